//! `ritme plan`: expand and assign the definitions over a window and apply
//! the result to the database, printing what changed.

use super::progress::Progress;
use crate::cli::range::RangeArgs;
use crate::dates::default_window;
use crate::error::Result;
use crate::plan;
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
    let progress = Progress::new(ctx.global.quiet);
    progress.phase("reading the calendar");
    let mut loaded = ctx.calendar()?;
    let window = args.range.resolve(default_window(ctx.clock.today))?;
    let location = ctx.db_location(&loaded.dir);
    let fresh = matches!(&location, Location::File(p) if !p.exists());
    let existing = if fresh {
        None
    } else {
        Some(Store::open(&location, false)?)
    };
    // Reviews recorded with `ritme reviewed` move the pages' next reviews.
    if let Some(store) = &existing {
        crate::plan::review::overlay(&mut loaded.calendar, &store.review_log()?);
    }
    progress.phase(format!("expanding {} to {}", window.from, window.until));
    let plan = plan::build(&loaded.calendar, window)?;
    // A new file is made only now that the definitions planned; a dry run
    // against a database that does not exist yet compares with an empty
    // one and creates no file.
    let mut store = match existing {
        Some(store) => store,
        None if args.dry_run => Store::open(&Location::Memory, true)?,
        None => Store::open(&location, true)?,
    };
    progress.phase(format!("comparing and writing {} items", plan.items.len()));
    let diff = store.apply(&plan, &ctx.clock, args.dry_run)?;
    progress.done();
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
    let unassigned = still_unassigned(&store, &plan, ctx.clock.today, args.dry_run)?;
    for u in &unassigned {
        ctx.say(format!("  ? {} unassigned: {}", u.key, u.reason));
    }
    let why: Vec<String> = diff
        .kept_by_reason()
        .into_iter()
        .map(|(reason, n)| format!("{n} {reason}"))
        .collect();
    let why = if why.is_empty() {
        String::new()
    } else {
        format!(" ({})", why.join(", "))
    };
    let open = if unassigned.is_empty() {
        String::new()
    } else {
        format!("; {} left unassigned", unassigned.len())
    };
    ctx.say(format!(
        "{verb} {} to {}: {} items; {added} added, {changed} changed, {removed} removed, {kept} kept{why}{open} ({})",
        window.from,
        window.until,
        plan.items.len(),
        location
    ));
    Ok(())
}

/// The items a rotation or pool could not staff that still need someone:
/// from today on, and (after writing) still without an owner in the
/// database, so an item a person assigned by hand is not reported.
fn still_unassigned<'p>(
    store: &Store,
    plan: &'p plan::Plan,
    today: chrono::NaiveDate,
    dry_run: bool,
) -> Result<Vec<&'p crate::plan::assign::Unassigned>> {
    let mut out = Vec::new();
    for u in plan.unassigned.iter().filter(|u| u.date >= today) {
        let open = dry_run
            || store.item(&u.key)?.is_none_or(|it| {
                it.owner.is_none() && it.status == crate::plan::item::Status::Planned
            });
        if open {
            out.push(u);
        }
    }
    Ok(out)
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
