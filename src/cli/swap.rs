//! `ritme swap KEY1 KEY2`: two items exchange owners (SPEC section 11), as
//! one edit of each, pinned, in one transaction.

use super::edit::edit_store;
use super::Context;
use crate::error::{Error, Result};
use crate::store::Edit;

// Arguments of `ritme swap`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Both owners are pinned; `ritme reset KEY` gives an item back to its definition.\n\nExample:\n  ritme -C calendars/voorbeeld swap format/maandagmomentje/2026-12-07 format/vrijdagvraag/2026-12-11"
)]
pub struct Args {
    /// One item's key
    #[arg(add = super::complete::keys())]
    pub first: String,
    /// The other item's key
    #[arg(add = super::complete::keys())]
    pub second: String,
}

/// Runs `ritme swap`.
pub(super) fn run(ctx: &Context, args: Args) -> Result<()> {
    let mut store = edit_store(ctx)?;
    let mut owners = Vec::new();
    for key in [&args.first, &args.second] {
        let Some(item) = store.item(key)? else {
            return Err(store.unknown_key(key));
        };
        owners.push((item.key.clone(), item.owner.as_deref().map(String::from)));
    }
    let [(one, first), (two, second)] = [owners[0].clone(), owners[1].clone()];
    if one == two {
        return Err(Error::usage(format!(
            "swap needs two items: {one} was named twice"
        )));
    }
    if first.is_none() && second.is_none() {
        return Err(Error::usage(format!(
            "{one} and {two} have no owner: nothing to swap (`ritme assign KEY PERSON` gives one)"
        )));
    }
    let edits = [
        (
            one.clone(),
            Edit::Swap {
                owner: second.clone(),
                with: two.clone(),
            },
        ),
        (
            two.clone(),
            Edit::Swap {
                owner: first.clone(),
                with: one.clone(),
            },
        ),
    ];
    store.edits(&edits, &ctx.clock)?;
    let name = |o: &Option<String>| o.clone().unwrap_or_else(|| "nobody".into());
    ctx.say(format!(
        "{one}: owner {} (was {})",
        name(&second),
        name(&first)
    ));
    ctx.say(format!(
        "{two}: owner {} (was {})",
        name(&first),
        name(&second)
    ));
    Ok(())
}
