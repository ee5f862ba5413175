//! `ritme plan`: expand and assign the definitions over a window and apply
//! the result to the database, printing what changed.

use super::progress::Progress;
use super::stored::{self, Mode};
use chrono::NaiveDate;

use std::path::Path;

use crate::cli::range::RangeArgs;
use crate::config::{self, Digest};
use crate::dates::{default_window, DateRange};
use crate::error::{Error, Result};
use crate::lock;
use crate::model::{ImportEnd, ReviewInterval};
use crate::plan::shape::Shape;
use crate::plan::{self, assign::Unassigned};
use crate::store::{Binding, Change, Diff, Location, Restyle, Settled, Store};

// Arguments of `ritme plan`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  ritme -C calendars/voorbeeld plan\n  ritme -C calendars/voorbeeld plan --dry-run --quarter 2027-Q1\n  ritme -C calendars/voorbeeld plan --locked"
)]
pub struct Args {
    /// Show what would change; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Plan the stored range only and write nothing; exit 1 when the lock is not current
    #[arg(long, conflicts_with = "dry_run")]
    pub locked: bool,
    #[command(flatten)]
    pub range: RangeArgs,
}

/// Runs `ritme plan`.
pub(super) fn run(ctx: &super::Context, args: Args) -> Result<()> {
    // A plan that lost the race with an edit is made again from the new
    // lock, so the edit is neither lost nor undone.
    let mut tries = 0;
    loop {
        match run_once(ctx, &args) {
            Err(Error::Raced) if tries < 20 => tries += 1,
            other => return other,
        }
    }
}

fn run_once(ctx: &super::Context, args: &Args) -> Result<()> {
    let progress = Progress::new(ctx.global.quiet);
    progress.phase("reading the calendar");
    let dir = ctx.calendar_dir()?;
    let location = ctx.db_location(&dir);
    // The short ways (issue 19). The shortest: the files are byte for byte
    // those the last plan read, and their digest stands for reading them.
    // The database they read is opened once; one that cannot be opened
    // leaves them untaken, and the full path reports the definitions'
    // errors first, as it always did, and then the database's.
    let mut db = short_ways(args, &location)
        .then(|| Store::open(&location, true).ok())
        .flatten();
    let recorded = db.as_ref().and_then(|db| db.digest().ok().flatten());
    let held = recorded
        .as_deref()
        .and_then(|text| Digest::still(text, &dir));
    if let Some(digest) = &held {
        if let Some(short) = settled(ctx, &mut db, &dir, digest, args)? {
            progress.done();
            return report_short(ctx, args, short, &digest.imported, &location);
        }
    }
    let mut loaded = config::load(&dir)?;
    let digest = Digest::of(&loaded);
    // Then, chosen by the lock's header alone (the records are 10 MB on a
    // large calendar, read once at most): nothing to plan, or only some
    // formats' text to write again.
    let short = match db
        .is_some()
        .then(|| definitions_changed(&dir, &digest.definitions))
        .flatten()
    {
        // The digest held, so the definitions, history and lock are those
        // `settled` was just asked about: it would say no again.
        Some(false) if held.is_some() => None,
        Some(false) => {
            let short = settled(ctx, &mut db, &dir, &digest, args)?;
            let text = digest.to_text();
            if let Some(short) = short
                .as_ref()
                .filter(|_| recorded.as_deref() != Some(text.as_str()))
            {
                // The files changed where the definitions did not (a
                // comment, the layout): recorded, the next re-plan reads
                // them again only if they change again. Outside the
                // writer lock and any plan's transaction, since a digest
                // stands for the bytes it names whatever the database
                // holds: one written over a newer one only costs a reading
                // of the files. For the same reason a database that cannot
                // take it (read-only) fails nothing.
                let _ = short.store.record_digest(&text);
            }
            short
        }
        Some(true) => {
            // Restyling opens the database again, under the writer lock.
            drop(db.take());
            restyled(ctx, &mut loaded, &digest, args, &location)?
        }
        None => None,
    };
    if let Some(short) = short {
        progress.done();
        return report_short(ctx, args, short, &loaded.calendar.imported, &location);
    }
    // The full path opens the database itself, for writing.
    drop(db);
    let mode = if args.locked {
        Mode::Locked
    } else if args.dry_run {
        Mode::DryPlan
    } else {
        Mode::Plan
    };
    let mut stored = stored::open(ctx, &mut loaded, mode)?;
    let read_hash = stored.read_hash.clone();
    stored.store.expect_lock(read_hash);
    for d in &stored.decisions {
        ctx.say(format!(
            "  merged {}: {} {} (over {})",
            d.key, d.field, d.chosen, d.over
        ));
    }
    let today = stored.lock.later_today(ctx.clock.today);
    let clock = crate::clock::Clock { today, ..ctx.clock };
    let cutoff = history_cutoff(digest.history, today);
    let mut range = if args.locked {
        match stored.range() {
            Some(r) => r,
            None => {
                ctx.say("nothing is planned yet: run `ritme plan` and commit ritme.lock");
                return Err(Error::LockNotCurrent);
            }
        }
    } else {
        planned_range(args, ctx, stored.range())?
    };
    if let Some(cutoff) = cutoff.filter(|c| range.from < *c) {
        range.from = cutoff.min(range.until);
        stored.store.forget_before(cutoff);
    }
    stored::note_imported_ends(ctx, &loaded.calendar.imported, range.until);
    if !args.dry_run && !args.locked {
        stored.store.planned_from(Shape::of(&loaded.calendar));
    }
    progress.phase(format!("expanding {} to {}", range.from, range.until));
    let plan = plan::build_at(&loaded.calendar, range, &stored.lock, Some(today))?;
    if args.locked {
        return locked(ctx, &loaded, &stored, &plan, &clock);
    }
    if let Some(binding) = stored.store.binding_mut() {
        binding.range = (range.from, range.until);
        binding.today = today;
        binding.definitions = loaded.definitions.clone();
    } else if !args.dry_run {
        stored.store.bind(Binding {
            path: stored.lock_path.clone(),
            definitions: loaded.definitions.clone(),
            digest: digest.to_text(),
            range: (range.from, range.until),
            today,
            read_today: None,
        });
    }
    progress.phase(format!("comparing and writing {} items", plan.items.len()));
    let diff = stored.store.apply(&plan, &clock, args.dry_run)?;
    progress.done();
    let open = plan.unassigned.iter().collect::<Vec<_>>();
    let outcome = Outcome {
        range,
        items: plan.items.len(),
        changes: diff.changes,
        forgotten: diff.forgotten,
        dropped: &plan.dropped,
        carried: &plan.carried,
        unassigned: still_unassigned(&stored.store, &open, today, args.dry_run)?,
    };
    report(ctx, args, &outcome, &location)
}

/// Reports a re-plan that took a short way as the plan it stands for.
fn report_short(
    ctx: &super::Context,
    args: &Args,
    short: Short,
    imported: &[ImportEnd],
    location: &Location,
) -> Result<()> {
    stored::note_imported_ends(ctx, imported, short.range.until);
    let unassigned = short.settled.unassigned();
    let unassigned: Vec<&Unassigned> = unassigned.iter().collect();
    let changes = short
        .changed
        .iter()
        .map(|k| Change::Changed(k))
        .chain(short.settled.changes())
        .collect();
    let outcome = Outcome {
        range: short.range,
        items: short.settled.items,
        changes,
        forgotten: 0,
        dropped: &[],
        carried: &[],
        unassigned: still_unassigned(&short.store, &unassigned, short.today, false)?,
    };
    report(ctx, args, &outcome, location)
}

/// Whether a re-plan may take a short way: not a dry run, not `--locked`,
/// and a database file that exists.
fn short_ways(args: &Args, location: &Location) -> bool {
    !args.dry_run && !args.locked && matches!(location, Location::File(p) if p.exists())
}

/// The range a plan covers: the stored range only grows, and covers any
/// gap between it and the window asked for.
fn planned_range(
    args: &Args,
    ctx: &super::Context,
    stored: Option<DateRange>,
) -> Result<DateRange> {
    let window = args.range.resolve(default_window(ctx.clock.today))?;
    Ok(stored.map_or(window, |r| r.spanning(window)))
}

/// A re-plan that took a short way: what the plan it stands for reports.
struct Short {
    store: Store,
    /// What a re-plan of the same inputs would report.
    settled: Settled,
    /// The items it changed, in plan order.
    changed: Vec<String>,
    range: DateRange,
    today: NaiveDate,
}

/// Whether the definitions differ from those the lock was planned from,
/// by the lock's header alone; `None` when the header is unreadable.
fn definitions_changed(dir: &Path, definitions: &str) -> Option<bool> {
    use std::io::Read;
    let mut file = std::fs::File::open(dir.join(lock::FILE_NAME)).ok()?;
    let mut head = Vec::new();
    let mut chunk = [0u8; 4096];
    let end = loop {
        let n = file.read(&mut chunk).ok()?;
        head.extend_from_slice(&chunk[..n]);
        if let Some(end) = crate::store::lock_header_end(&head) {
            break end;
        }
        if n == 0 {
            break head.len();
        }
    };
    let header = lock::parse_header(std::str::from_utf8(&head[..end]).ok()?).ok()?;
    Some(header.definitions != definitions)
}

/// A re-plan with nothing changed (issue 19): the lock file, the
/// definitions, the range and today are those the database's last plan
/// recorded, so what a plan would report is known, and there is nothing to
/// write. Anything else (no lock, no database, a git conflict, a dry run,
/// `--locked`) is left to a full plan.
///
/// The database `db` is taken into the [`Short`] when it is returned, and
/// left for the full path otherwise.
fn settled(
    ctx: &super::Context,
    db: &mut Option<Store>,
    dir: &Path,
    digest: &Digest,
    args: &Args,
) -> Result<Option<Short>> {
    let Some(read) = read_for_replan(ctx, dir, digest, args, Whole::No)? else {
        return Ok(None);
    };
    if read.header.definitions != digest.definitions {
        return Ok(None);
    }
    let Some(settled) = db.as_ref().map_or(Ok(None), |db| {
        db.settled(&read.hash, &digest.definitions, read.range, read.today)
    })?
    else {
        return Ok(None);
    };
    Ok(db.take().map(|store| Short {
        store,
        settled,
        changed: Vec::new(),
        range: read.range,
        today: read.today,
    }))
}

/// The lock as a short re-plan reads it, with the range and today a plan
/// would store.
struct Read {
    /// The lock's text, when asked for ([`Whole::Yes`]).
    text: String,
    hash: String,
    /// The header alone: the records are not parsed.
    header: lock::Lock,
    range: DateRange,
    today: NaiveDate,
}

/// Whether [`read_for_replan`] keeps the lock's text, or only its header
/// and hash.
#[derive(Clone, Copy)]
enum Whole {
    Yes,
    No,
}

/// The lock, when a re-plan that may take a short way ([`short_ways`])
/// can: a lock with a header, and no history to forget (a plan that
/// forgets writes).
fn read_for_replan(
    ctx: &super::Context,
    dir: &Path,
    digest: &Digest,
    args: &Args,
    whole: Whole,
) -> Result<Option<Read>> {
    let lock_path = dir.join(lock::FILE_NAME);
    let (text, hash, head) = match whole {
        Whole::Yes => {
            let Ok(text) = std::fs::read_to_string(&lock_path) else {
                return Ok(None);
            };
            let hash = crate::store::lock_hash(&text);
            (text, hash, None)
        }
        // The records only hashed, in blocks: 10 MB on a large calendar,
        // a tenth of a re-plan with nothing changed when read whole.
        Whole::No => {
            let Ok((hash, head)) = crate::store::lock_file_hash(&lock_path) else {
                return Ok(None);
            };
            let Ok(head) = String::from_utf8(head) else {
                return Ok(None);
            };
            (String::new(), hash, Some(head))
        }
    };
    let Ok(header) = lock::parse_header(head.as_deref().unwrap_or(&text)) else {
        return Ok(None);
    };
    let range = planned_range(
        args,
        ctx,
        header.range.map(|(from, until)| DateRange { from, until }),
    )?;
    let today = header.later_today(ctx.clock.today);
    if history_cutoff(digest.history, today).is_some_and(|c| range.from < c) {
        return Ok(None);
    }
    Ok(Some(Read {
        text,
        hash,
        header,
        range,
        today,
    }))
}

/// A re-plan after only some formats' own text changed (issue 19), when
/// the database is what the last plan left and that plan recorded the
/// definitions it was made from: only those formats' items are compared
/// and written, and only their blocks of the lock rendered. Anything else
/// is left to a full plan. Holds the calendar's writer lock from before it
/// reads the lock, as every writer does.
fn restyled(
    ctx: &super::Context,
    loaded: &mut crate::config::Loaded,
    digest: &Digest,
    args: &Args,
    location: &Location,
) -> Result<Option<Short>> {
    let lock_path = loaded.dir.join(lock::FILE_NAME);
    let writer = crate::fs::lock_exclusive(&loaded.dir, stored::lock_wait()?, &lock_path)?;
    let Some(read) = read_for_replan(ctx, &loaded.dir, digest, args, Whole::Yes)?
        .filter(|r| r.header.definitions != digest.definitions)
    else {
        return Ok(None);
    };
    // Read (and judged) before anything is written, as a full plan does.
    let numbers = crate::store::read_numbers(&loaded.dir)?;
    let mut store = Store::open(location, true)?;
    store.hold(writer);
    let Some(before) =
        store.settled(&read.hash, &read.header.definitions, read.range, read.today)?
    else {
        return Ok(None);
    };
    let Some(then) = &before.shape else {
        return Ok(None);
    };
    // The calendar as a plan sees it: with the reviews the lock records.
    crate::plan::review::overlay(&mut loaded.calendar, &store.review_log()?);
    let shape = Shape::of(&loaded.calendar);
    let Some(formats) = shape.restyled(then) else {
        return Ok(None);
    };
    stored::sync_numbers(ctx, &loaded.dir, &mut store, &numbers, location, Mode::Plan)?;
    let formats: Vec<&str> = formats.iter().map(String::as_str).collect();
    let restyle = Restyle {
        calendar: &loaded.calendar,
        shape: shape.clone(),
        formats: &formats,
        settled: &before,
        lock_text: &read.text,
        lock_hash: &read.hash,
        binding: Binding {
            path: lock_path,
            definitions: loaded.definitions.clone(),
            digest: digest.to_text(),
            range: (read.range.from, read.range.until),
            today: read.today,
            read_today: read.header.today,
        },
        window: read.range,
        clock: crate::clock::Clock {
            today: read.today,
            ..ctx.clock
        },
    };
    Ok(store.restyle(restyle)?.map(|r| Short {
        store,
        settled: r.settled,
        changed: r.changed,
        range: read.range,
        today: read.today,
    }))
}

/// What `plan` tells once the plan is applied (or found settled).
struct Outcome<'a> {
    range: DateRange,
    items: usize,
    changes: Vec<Change<'a>>,
    /// Items before `[rules] history` that left the plan.
    forgotten: usize,
    dropped: &'a [plan::DroppedPin],
    carried: &'a [plan::carry::Carried],
    unassigned: Vec<&'a Unassigned>,
}

fn report(ctx: &super::Context, args: &Args, outcome: &Outcome, location: &Location) -> Result<()> {
    let diff = Diff {
        changes: outcome.changes.clone(),
        forgotten: outcome.forgotten,
    };
    let (added, changed, removed, kept) = diff.counts();
    if diff.forgotten > 0 {
        ctx.say(format!(
            "  {} {} that ended before {} left the plan ([rules] history)",
            diff.forgotten,
            if diff.forgotten == 1 { "item" } else { "items" },
            outcome.range.from
        ));
    }
    let verb = if args.dry_run {
        "would plan"
    } else {
        "planned"
    };
    for change in &diff.changes {
        if ctx.global.verbose || args.dry_run || matches!(change, Change::Orphaned(..)) {
            ctx.say(describe(change));
        }
    }
    for c in outcome.carried {
        ctx.say(format!(
            "  > {}: its edits carried from {} to {}, where its definition now makes it (same key and UID; {}/{} also names it)",
            c.key,
            c.from,
            c.to,
            c.key.rsplit_once('/').map_or("", |(prefix, _)| prefix),
            c.to
        ));
    }
    for pin in outcome.dropped {
        ctx.say(format!(
            "  ! {}: the {} pinned to \"{}\" is dropped: the calendar has no such {}; the rules decide again",
            pin.key,
            pin.field,
            pin.value,
            if pin.field == "owner" { "person" } else { "team" }
        ));
    }
    for u in &outcome.unassigned {
        ctx.say(format!("  ? {} unassigned: {}", u.key, u.reason));
    }
    let orphans = diff
        .changes
        .iter()
        .filter(|c| matches!(c, Change::Orphaned(..)))
        .count();
    let why = match (kept - orphans, orphans) {
        (0, 0) => String::new(),
        (h, 0) => format!(" ({h} history)"),
        (0, o) => format!(" ({o} {})", if o == 1 { "orphan" } else { "orphans" }),
        (h, o) => format!(
            " ({h} history, {o} {})",
            if o == 1 { "orphan" } else { "orphans" }
        ),
    };
    let open = if outcome.unassigned.is_empty() {
        String::new()
    } else {
        format!("; {} left unassigned", outcome.unassigned.len())
    };
    ctx.say(format!(
        "{verb} {} to {}: {} items; {added} added, {changed} changed, {removed} removed, {kept} kept{why}{open} ({})",
        outcome.range.from,
        outcome.range.until,
        outcome.items,
        location
    ));
    Ok(())
}

/// `[rules] history`: items dated before this day leave the plan.
fn history_cutoff(history: Option<ReviewInterval>, today: NaiveDate) -> Option<NaiveDate> {
    history.and_then(|h| h.before(today))
}

/// `plan --locked`: plans the stored range into a copy in memory and
/// compares the lock that would be written with the one in the repository.
fn locked(
    ctx: &super::Context,
    loaded: &crate::config::Loaded,
    stored: &stored::Stored,
    plan: &plan::Plan,
    clock: &crate::clock::Clock,
) -> Result<()> {
    let mut copy = Store::open(&Location::Memory, true)?;
    copy.rebuild(plan, &stored.lock, "", "")?;
    if let Some(cutoff) = history_cutoff(loaded.calendar.rules.history, clock.today) {
        copy.forget_before(cutoff);
    }
    let diff = copy.apply(plan, clock, false)?;
    let wanted = copy.lock_text(&crate::lock::Header {
        range: Some((plan.window.from, plan.window.until)),
        today: stored.lock.today,
        definitions: &loaded.definitions,
    })?;
    let current = wanted == stored.lock_text;
    if current {
        ctx.say(format!("{} is current", stored.lock_path.display()));
        return Ok(());
    }
    for change in &diff.changes {
        ctx.say(describe(change));
    }
    if stored.behind {
        ctx.say("  the calendar's definitions changed since the lock was planned");
    }
    Err(Error::LockNotCurrent)
}

/// The items a rotation or pool could not staff that still need someone:
/// from today on, and (after writing) still without an owner in the
/// database, so an item a person assigned by hand is not reported.
fn still_unassigned<'p>(
    store: &Store,
    unassigned: &[&'p Unassigned],
    today: NaiveDate,
    dry_run: bool,
) -> Result<Vec<&'p Unassigned>> {
    let mut out = Vec::new();
    for &u in unassigned.iter().filter(|u| u.date >= today) {
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
        Change::Kept(k) => format!("  = {k} kept as history, although its definition changed"),
        Change::Orphaned(k) => {
            format!(
                "  ! {k} kept as an orphan: it carries edits and its definition no longer makes it"
            )
        }
    }
}
