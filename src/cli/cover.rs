//! `ritme cover PERSON --by OTHER [range]`: OTHER takes the items PERSON
//! owns in the range (SPEC section 11): owners only, ambassador roles stay;
//! never past items. One edit per item, in one transaction.

use super::edit::{person, warn_person};
use super::range::RangeArgs;
use super::stored::{self, Mode};
use super::Context;
use crate::dates::DateRange;
use crate::error::{Error, Result};
use crate::store::{Edit, Filter};

// Arguments of `ritme cover`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Default range: today to the end of the stored plan. Items before today are history and stay.\n\nExamples:\n  ritme -C calendars/voorbeeld cover anna --by ivo --week 2026-W50\n  ritme -C calendars/voorbeeld cover chris --by dana"
)]
pub struct Args {
    /// The person whose items are taken over
    #[arg(add = super::complete::people())]
    pub person: String,
    /// Who takes them
    #[arg(long, value_name = "OTHER")]
    #[arg(add = super::complete::people())]
    pub by: String,
    #[command(flatten)]
    pub range: RangeArgs,
}

/// Runs `ritme cover`.
pub(super) fn run(ctx: &Context, args: Args) -> Result<()> {
    let mut loaded = ctx.calendar()?;
    let cal = &loaded.calendar.clone();
    let covered = person(cal, &args.person)?;
    let by = person(cal, &args.by)?;
    if covered.id == by.id {
        return Err(Error::usage(format!(
            "{} cannot cover for themselves: name someone else with --by",
            by.id
        )));
    }
    let today = ctx.clock.today;
    let mut opened = stored::open(ctx, &mut loaded, Mode::Write)?;
    let stored_until = opened.range().map_or(today, |r| r.until);
    let range = args.range.resolve(DateRange {
        from: today,
        until: stored_until.max(today),
    })?;
    let store = &mut opened.store;
    let filter = Filter {
        owner: Some(covered.id.clone()),
        ..Filter::default()
    };
    let items: Vec<_> = store
        .items(range, &filter)?
        .into_iter()
        .filter(|it| it.date >= today)
        .collect();
    if items.is_empty() {
        return Err(Error::usage(format!(
            "{} owns no item from {} to {}: nothing to cover",
            covered.id,
            range.from.max(today),
            range.until
        )));
    }
    let edits: Vec<(String, Edit)> = items
        .iter()
        .map(|it| {
            let edit = Edit::Cover {
                by: by.id.clone(),
                owner: covered.id.clone(),
            };
            (it.key.clone(), edit)
        })
        .collect();
    let done = store.edits(&edits, &ctx.clock)?;
    for (_, after) in &done {
        ctx.say(format!(
            "{}: owner {} (for {})",
            after.key, by.id, covered.id
        ));
        warn_person(ctx, store, cal, after)?;
    }
    Ok(())
}
