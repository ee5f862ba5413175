//! `ritme claim KEY --team T [--title TEXT] [--owner P]`: a team's
//! spontaneous post fills a reserve slot (SPEC section 11). The slot stays
//! a reserve slot; the edit pins its team and owner, and its title when
//! given.

use super::edit::{edit_store, person, warn_person};
use super::Context;
use crate::error::suggest;
use crate::error::{Error, Result};
use crate::plan::assign::is_away;
use crate::store::Edit;

// Arguments of `ritme claim`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Owner: --owner, else the team's first ambassador who is not away that day.\n\nExample:\n  ritme -C calendars/voorbeeld claim format/teamplek/2026-12-10 --team hr --title \"Nieuwe collega's\""
)]
pub struct Args {
    /// The reserve slot's key
    #[arg(add = super::complete::keys())]
    pub key: String,
    /// The team whose post it becomes
    #[arg(long, value_name = "TEAM")]
    pub team: String,
    /// The post's title
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// Who writes it; default: the team's ambassador
    #[arg(long, value_name = "PERSON")]
    #[arg(add = super::complete::people())]
    pub owner: Option<String>,
}

/// Runs `ritme claim`.
pub(super) fn run(ctx: &Context, args: Args) -> Result<()> {
    let loaded = ctx.calendar()?;
    let cal = &loaded.calendar;
    let Some(team) = cal.team(&args.team) else {
        let hint = suggest::hint(&args.team, cal.teams.iter().map(|t| t.id.as_str()))
            .unwrap_or_else(|| "see [[team]] in the calendar".into());
        return Err(Error::usage(format!(
            "unknown team \"{}\" ({hint})",
            args.team
        )));
    };
    if args.title.as_deref().is_some_and(|t| t.trim().is_empty()) {
        return Err(Error::usage("--title is empty: give the post's title"));
    }
    let mut store = edit_store(ctx)?;
    let Some(slot) = store.item(&args.key)? else {
        return Err(store.unknown_key(&args.key));
    };
    if !slot.reserve {
        return Err(Error::usage(format!(
            "{} is not a reserve slot: claim fills slots of a format with `reserve = true` (`ritme assign` gives any item an owner)",
            slot.key
        )));
    }
    let owner = match &args.owner {
        Some(id) => person(cal, id)?.id.clone(),
        None => team
            .ambassadors
            .iter()
            .find(|a| cal.person(a).is_none_or(|p| !is_away(p, slot.date)))
            .or(team.ambassadors.first())
            .cloned()
            .ok_or_else(|| {
                Error::usage(format!(
                    "team \"{}\" has no ambassador to write it: name one with --owner",
                    team.id
                ))
            })?,
    };
    let edit = Edit::Claim {
        team: team.id.clone(),
        owner: owner.clone(),
        title: args.title.clone(),
    };
    let (_, after) = store.edit(&slot.key, &edit, &ctx.clock)?;
    ctx.say(format!(
        "{}: claimed by {} for team {}: \"{}\"",
        after.key, owner, team.id, after.title
    ));
    warn_person(ctx, &store, cal, &after)
}
