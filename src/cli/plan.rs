//! `ritme plan`: expand and assign the definitions over a window and apply
//! the result to the database, printing what changed.

use crate::error::Result;
use crate::plan;
use crate::range::{default_window, RangeArgs};
use crate::store::{Change, Location, Store};

/// Arguments of `ritme plan`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  ritme -C calendars/voorbeeld plan\n  ritme -C calendars/voorbeeld plan --dry-run --quarter 2027-Q1"
)]
pub struct Args {
    /// Show what would change; write nothing
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub range: RangeArgs,
}

/// Runs `ritme plan`.
pub fn run(ctx: &super::Context, args: Args) -> Result<()> {
    let loaded = ctx.calendar()?;
    let window = args.range.resolve(default_window(ctx.clock.today))?;
    let plan = plan::build(&loaded.calendar, window)?;
    let location = ctx.db_location(&loaded.dir);
    let fresh = matches!(&location, Location::File(p) if !p.exists());
    // A dry run against a database that does not exist yet compares with an
    // empty one, and creates no file.
    let mut store = if args.dry_run && fresh {
        Store::open(&Location::Memory, true)?
    } else {
        Store::open(&location, true)?
    };
    let diff = store.apply(&plan, &ctx.clock, args.dry_run)?;
    let (added, changed, removed, kept) = diff.counts();
    let verb = if args.dry_run {
        "would plan"
    } else {
        "planned"
    };
    if ctx.global.verbose || args.dry_run {
        for change in &diff.changes {
            ctx.say(describe(change));
        }
    } else {
        for change in &diff.changes {
            if matches!(change, Change::Kept(..) | Change::Orphaned(..)) {
                ctx.say(describe(change));
            }
        }
    }
    ctx.say(format!(
        "{verb} {} to {}: {} items; {added} added, {changed} changed, {removed} removed, {kept} kept ({})",
        window.from,
        window.until,
        plan.items.len(),
        location
    ));
    Ok(())
}

fn describe(change: &Change) -> String {
    match change {
        Change::Added(k) => format!("  + {k}"),
        Change::Changed(k) => format!("  ~ {k}"),
        Change::Removed(k) => format!("  - {k}"),
        Change::Kept(k, why) => format!("  = {k} kept ({why}), although its definition changed"),
        Change::Orphaned(k, why) => {
            format!("  ! {k} kept as an orphan ({why}): its definition is gone")
        }
    }
}
