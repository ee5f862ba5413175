//! `ritme diff [BASE [HEAD]]`: what a change to the calendar does to the
//! plan (SPEC section 10, "Review in pull requests"). Each side's calendar
//! and lock are read from a git revision (or the working tree), planned in
//! memory as `check` plans them, and compared by [`crate::report::diff`].
//! Exit 0 whatever the difference; nothing is written, not even the
//! database.

use std::path::PathBuf;

use super::check::Checked;
use super::choices::DiffFormatChoice;
use super::range::RangeArgs;
use super::revision::{Checkout, Repository};
use super::schedule::Source;
use super::stored::{self, Mode};
use crate::config::{self, Loaded};
use crate::dates::monday_of;
use crate::dates::{default_window, DateRange};
use crate::error::{Error, Result};
use crate::plan::item::Item;
use crate::report::diff::{self, Scope, Side};
use crate::report::weeks::weeks_from;
use crate::report::Finding;
use crate::store::Filter;
use crate::view::{self, Shown, SideLabel};

// Arguments of `ritme diff`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Without revisions: HEAD against the working tree. With one: that revision against\nthe working tree. With two: BASE against HEAD. Both sides use the same today.\nExit status: 0 whatever the difference, 2 outside a git repository, for an\nunknown revision, a revision without the calendar, or a side with bad definitions.\n\nExamples:\n  ritme -C calendars/voorbeeld diff\n  ritme -C calendars/voorbeeld diff main\n  ritme -C calendars/voorbeeld diff main HEAD --format markdown > comment.md\n  ritme -C calendars/voorbeeld diff main --person anna --quarter 2027-Q1\n  ritme -C calendars/voorbeeld diff main --format json"
)]
pub struct Args {
    /// The revision to compare from (default: HEAD)
    #[arg(value_name = "BASE")]
    pub base: Option<String>,
    /// The revision to compare to (default: the working tree)
    #[arg(value_name = "HEAD")]
    pub head: Option<String>,
    /// How many ISO weeks of findings to compare, starting with the current one (as `check`)
    #[arg(long, default_value_t = 13, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=520))]
    pub weeks: u32,
    /// Only the items and findings of this person
    #[arg(long, value_name = "ID")]
    #[arg(add = super::complete::people())]
    pub person: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = DiffFormatChoice::Text)]
    pub format: DiffFormatChoice,
    #[command(flatten)]
    pub range: RangeArgs,
}

/// One side, read and planned.
pub(super) struct Planned {
    pub(super) label: SideLabel,
    pub(super) loaded: Loaded,
    /// Its items and `check`'s findings; both empty on both sides when
    /// the two sides were read from the same definitions and lock
    /// ([`plan_both`]): they plan and find the same, so there is nothing
    /// to compare.
    pub(super) items: Vec<Item>,
    pub(super) findings: Vec<Finding>,
    /// The range its plan covers.
    planned: DateRange,
}

/// One side read from its revision or the working tree, not planned yet.
pub(super) struct Read {
    label: SideLabel,
    loaded: Loaded,
    /// The lock's text; `None` without one.
    lock: Option<String>,
    /// Names the lock in errors: `main:ritme.lock`.
    lock_name: PathBuf,
    /// A revision's files, kept on disk until the side is planned.
    _checkout: Option<Checkout>,
}

/// The items' range when none is given: from `from` (the current week's
/// Monday) to the end of what either side plans.
pub(super) fn default_range(from: chrono::NaiveDate, base: &Planned, head: &Planned) -> DateRange {
    DateRange {
        from,
        until: base.planned.until.max(head.planned.until).max(from),
    }
}

/// The working tree's side: the calendar in `dir` and its lock.
pub(super) fn working_tree(dir: &std::path::Path) -> Result<Read> {
    let loaded = config::load(dir)?;
    let label = SideLabel {
        revision: "working tree".to_string(),
        commit: None,
        behind: false,
    };
    Ok(Read {
        label,
        lock: stored::read_lock(&loaded.dir)?,
        loaded,
        lock_name: dir.join(crate::lock::FILE_NAME),
        _checkout: None,
    })
}

/// Runs `ritme diff`.
pub(super) fn run(ctx: &super::Context, args: Args) -> Result<()> {
    let dir = calendar_dir(ctx, args.head.is_some())?;
    let repo = Repository::find(&dir, "`ritme diff`")?;
    let base_rev = args.base.as_deref().unwrap_or("HEAD");
    let checked = weeks_from(ctx.clock.today, args.weeks);
    let from = monday_of(ctx.clock.today);
    let (base, head) = plan_both(
        ctx,
        || at_revision(&repo, base_rev, None),
        || match args.head.as_deref() {
            Some(rev) => at_revision(&repo, rev, None),
            None => working_tree(&dir),
        },
        checked,
        from,
    )?;
    let range = args.range.resolve(default_range(from, &base, &head))?;
    if let Some(id) = args.person.as_deref() {
        let known = |p: &Planned| p.loaded.calendar.person(id).is_some();
        if !known(&base) && !known(&head) {
            let mut ids: Vec<&str> = [&base, &head]
                .iter()
                .flat_map(|s| s.loaded.calendar.people.iter().map(|p| p.id.as_str()))
                .collect();
            ids.sort_unstable();
            ids.dedup();
            return Err(super::agenda::unknown("person", id, ids.into_iter()));
        }
    }
    let comparison = diff::compare(
        &head.loaded.calendar,
        Side {
            items: &base.items,
            findings: &base.findings,
        },
        Side {
            items: &head.items,
            findings: &head.findings,
        },
        Scope {
            range,
            person: args.person.as_deref(),
        },
    );
    let shown = Shown {
        base: base.label,
        head: head.label,
        today: ctx.clock.today,
        range,
        checked,
        person: args.person.as_deref(),
        comparison: &comparison,
        color: ctx.style(None).color,
    };
    view::emit(view::render_diff(args.format.into(), &shown).as_bytes())
}

/// Reads the two sides, then plans them as [`plan`] does. Two sides read
/// from the same definitions and the same lock, current and holding the
/// default window (a pull request that touches no calendar file, the most
/// common case in CI), plan the same items and find the same: then
/// neither is planned, and both are handed over without items or
/// findings, which compare as no change, as their plans would
/// (BENCHMARKS.md, `diff`). The base side's error comes first, as when
/// read and planned one after the other.
pub(super) fn plan_both(
    ctx: &super::Context,
    base: impl FnOnce() -> Result<Read> + Send,
    head: impl FnOnce() -> Result<Read> + Send,
    checked: DateRange,
    from: chrono::NaiveDate,
) -> Result<(Planned, Planned)> {
    let (base, head) = both_sides(base, head);
    let (base, head) = match (base?, head) {
        (base, Ok(head)) => (base, head),
        (base, Err(e)) => {
            plan(ctx, base, checked, from)?;
            return Err(e);
        }
    };
    if let Some(range) = same(ctx, &base, &head)? {
        let unplanned = |read: Read| Planned {
            label: read.label,
            loaded: read.loaded,
            items: Vec::new(),
            findings: Vec::new(),
            planned: range,
        };
        return Ok((unplanned(base), unplanned(head)));
    }
    let (base, head) = both_sides(
        || plan(ctx, base, checked, from),
        || plan(ctx, head, checked, from),
    );
    Ok((base?, head?))
}

/// Runs `base` and `head` at once, `head` on another thread: the two sides
/// share nothing, and reading and planning each is most of the command's
/// time (BENCHMARKS.md, `diff`).
fn both_sides<T: Send>(
    base: impl FnOnce() -> Result<T> + Send,
    head: impl FnOnce() -> Result<T> + Send,
) -> (Result<T>, Result<T>) {
    let (base, head) = std::thread::scope(|scope| {
        let head = scope.spawn(head);
        (base(), head.join())
    });
    let head = head.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    (base, head)
}

/// The range both sides' plans cover when they were read from the same
/// definitions and the same lock text, the lock current and holding the
/// default window, so that [`plan`] would unpack both the same way. It
/// reads what [`plan`] would read before planning, with the same errors;
/// planning such a lock cannot fail, since `plan` stored its range from
/// these very definitions.
fn same(ctx: &super::Context, base: &Read, head: &Read) -> Result<Option<DateRange>> {
    let (Some(text), true) = (
        &base.lock,
        base.loaded.definitions == head.loaded.definitions,
    ) else {
        return Ok(None);
    };
    if head.lock.as_ref() != Some(text) {
        return Ok(None);
    }
    let lock = stored::parse_lock(text, &base.lock_name)?;
    let Some(range) = stored::current(&lock, &base.loaded, default_window(ctx.clock.today)) else {
        return Ok(None);
    };
    crate::store::read_numbers(&base.loaded.dir)?;
    crate::store::read_numbers(&head.loaded.dir)?;
    Ok(Some(range))
}

/// The calendar directory; with two revisions the working tree need not
/// hold a calendar, only the directory where the revisions have it.
fn calendar_dir(ctx: &super::Context, two_revisions: bool) -> Result<PathBuf> {
    match ctx.calendar_dir() {
        Ok(dir) => Ok(dir),
        Err(e) if two_revisions => {
            let dir = match &ctx.global.calendar {
                Some(d) => ctx.cwd.join(d),
                None => ctx.cwd.clone(),
            };
            if dir.is_dir() {
                Ok(dir)
            } else {
                Err(e)
            }
        }
        Err(e) => Err(e),
    }
}

/// The side at git revision `rev` (named so in errors and the label), or
/// at `commit` when the caller resolved it already.
pub(super) fn at_revision(repo: &Repository, rev: &str, commit: Option<String>) -> Result<Read> {
    let commit = match commit {
        Some(c) => c,
        None => repo.commit(rev)?,
    };
    let checkout: Checkout = repo.checkout(rev, &commit)?;
    let shown = |file: &str| format!("{rev}:{}{file}", repo.prefix);
    let loaded = config::load(&checkout.dir).map_err(|e| match e {
        // The errors of a revision name it, as git does: `main:formats/week.toml:12:9`.
        Error::Definitions(mut diagnostics) => {
            for d in &mut diagnostics {
                if let Some(loc) = d.location.as_mut() {
                    loc.file = shown(&loc.file);
                }
            }
            Error::Definitions(diagnostics)
        }
        e => e,
    })?;
    let label = SideLabel {
        revision: rev.to_string(),
        commit: Some(commit),
        behind: false,
    };
    Ok(Read {
        label,
        lock: stored::read_lock(&loaded.dir)?,
        loaded,
        lock_name: PathBuf::from(shown(crate::lock::FILE_NAME)),
        _checkout: Some(checkout),
    })
}

/// Plans a side in memory, as `check` does: the lock's stored plan (read
/// without a database: most sides of a pull request have a current lock),
/// and where the lock is behind its TOML (or absent, or its range ends
/// before the default window), what `ritme plan` would store now.
fn plan(
    ctx: &super::Context,
    read: Read,
    checked: DateRange,
    from: chrono::NaiveDate,
) -> Result<Planned> {
    let Read {
        mut label,
        mut loaded,
        lock,
        lock_name,
        _checkout,
    } = read;
    // No database is read or written, and the notes about a lock behind
    // are this command's to say, once per side, in its output.
    let quiet = super::Context {
        global: super::Global {
            db: Some(PathBuf::from(":memory:")),
            quiet: true,
            ..ctx.global.clone()
        },
        clock: ctx.clock,
        cwd: ctx.cwd.clone(),
    };
    let located = |e| match e {
        Error::Lock { line, message, .. } => Error::Lock {
            path: lock_name.clone(),
            line,
            message,
        },
        e => e,
    };
    let window = default_window(ctx.clock.today);
    // A current lock whose range holds the default window is what `plan`
    // would store now: its stored plan, worked out without a database.
    // The lock's text and records are dropped as soon as it is unpacked,
    // or found not current: `open` reads it again, into a database, and
    // the two sides are planned at once, so what one holds adds to the
    // other's peak.
    let unpacked = match lock {
        Some(text) => stored::unpack(&mut loaded, &text, &lock_name, window)?,
        None => None,
    };
    if let Some((unpacked, planned)) = unpacked {
        let checked_plan = Checked {
            store: Some(Source::Lock(&unpacked)),
            planned: Some(planned),
            stored: Some(planned),
        };
        let findings = super::check::findings_of(&quiet, &loaded, checked_plan, &[], checked)?;
        let items = unpacked.into_items(DateRange {
            from: from.min(planned.from),
            until: planned.until,
        });
        return Ok(Planned {
            label,
            loaded,
            items,
            findings,
            planned,
        });
    }
    let mut opened = stored::open(&quiet, &mut loaded, Mode::Check).map_err(located)?;
    // Any other side: what `plan` would store now, planned in memory.
    label.behind = opened.behind || opened.nothing;
    let planned = stored::plan_in_memory(
        &quiet,
        &loaded,
        &opened.lock,
        &mut opened.store,
        ctx.clock.now,
    )?;
    let checked_plan = Checked {
        store: Some(Source::Database(&opened.store)),
        planned: Some(planned),
        stored: opened.range(),
    };
    let findings = super::check::findings_of(&quiet, &loaded, checked_plan, &[], checked)?;
    let items = opened.store.items(
        DateRange {
            from: from.min(planned.from),
            until: planned.until,
        },
        &Filter::default(),
    )?;
    Ok(Planned {
        label,
        loaded,
        items,
        findings,
        planned,
    })
}
