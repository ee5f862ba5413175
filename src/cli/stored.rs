//! The stored plan a command works on (SPEC section 10): `ritme.lock` read
//! (for `plan`, with git's conflicts merged), and the database brought in
//! line with it: rebuilt from the lock and the definitions whenever it was
//! not built from exactly these, so deleting `ritme.db` or cloning the
//! repository elsewhere changes nothing a command shows.

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::config::{Digest, Loaded};
use crate::dates::DateRange;
use crate::error::{Error, Result};
use crate::lock::{self, Decision, Lock};
use crate::store::{lock_hash, Binding, Location, Store, Unpacked};

/// What a command does with the stored plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// Reads it: lists, views, reports, exports. Of a lock the database is
    /// in line with, only the header is read.
    Read,
    /// `plan --locked`: reads it as `Read` does, with the lock's records,
    /// to compare what a plan would store with the lock.
    Locked,
    /// `check`: reads it into memory and writes no file.
    Check,
    /// Changes it and keeps the lock: the edits, `reviewed`.
    Write,
    /// `plan`: also merges a lock git left in conflict.
    Plan,
    /// `plan --dry-run`: as `Plan`, but writes no file: without a database
    /// file it works in memory, and it never turns an old database into a
    /// lock.
    DryPlan,
}

/// A note for each imported file whose recurring events were written as
/// dates up to a day before `until`, the end of the range planned: past
/// that day the plan does not have them (`ritme import ics` wrote
/// `[imported] until`).
pub(super) fn note_imported_ends(
    ctx: &super::Context,
    imported: &[crate::model::ImportEnd],
    until: NaiveDate,
) {
    for end in imported.iter().filter(|e| e.until < until) {
        ctx.say(format!(
            "note: {} holds its recurring events up to {} only, and the plan runs to {until}: import the .ics again with --until {until} --replace",
            end.origin.file, end.until
        ));
    }
}

/// The lock and the database in line with it.
pub(crate) struct Stored {
    pub store: Store,
    pub lock: Lock,
    /// Fields the merge of a conflicted lock chose (only for `plan`).
    pub decisions: Vec<Decision>,
    /// Whether the lock's definitions hash is not the calendar's: the TOML
    /// changed and nobody ran `plan` since.
    pub behind: bool,
    /// Whether there is neither a lock nor a stored plan: nothing planned yet.
    pub nothing: bool,
    pub lock_path: PathBuf,
    /// The lock's text as read.
    pub lock_text: String,
    /// The hash of the lock `lock` was read from, which the database records.
    pub read_hash: String,
}

impl Stored {
    /// The stored range, if anything is planned.
    pub(crate) fn range(&self) -> Option<DateRange> {
        self.lock
            .range
            .map(|(from, until)| DateRange { from, until })
    }
}

/// Plans into `store` (a copy in memory of the stored plan) what `ritme
/// plan` with its default window would store now, stamping changes with
/// `now`. Returns the range it covers.
pub(super) fn plan_in_memory(
    ctx: &super::Context,
    loaded: &Loaded,
    lock: &Lock,
    store: &mut Store,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<DateRange> {
    let default = crate::dates::default_window(ctx.clock.today);
    let range = lock.range.map_or(default, |(from, until)| {
        DateRange { from, until }.spanning(default)
    });
    let today = lock.later_today(ctx.clock.today);
    let clock = crate::clock::Clock { today, now };
    let plan = crate::plan::build_at(&loaded.calendar, range, lock, Some(today))?;
    store.apply(&plan, &clock, false)?;
    Ok(range)
}

/// The text of the lock in `dir`, or `None` without one.
pub(super) fn read_lock(dir: &std::path::Path) -> Result<Option<String>> {
    let lock_path = dir.join(lock::FILE_NAME);
    match std::fs::read_to_string(&lock_path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(&lock_path, e)),
    }
}

/// The lock `text`, read; its errors name it `lock_name`.
pub(super) fn parse_lock(text: &str, lock_name: &std::path::Path) -> Result<Lock> {
    lock::parse(text).map_err(located(lock_name))
}

/// A lock's error, naming the lock `lock_name`.
fn located(lock_name: &std::path::Path) -> impl Fn(lock::LockError) -> Error + '_ {
    move |e| Error::Lock {
        path: lock_name.to_path_buf(),
        line: e.line,
        message: e.message,
    }
}

/// The range of `lock` when it is current for the calendar in `loaded`
/// (planned from these definitions) and holds `window`: then its stored
/// plan is what `plan` would store now, as it is, unless the plan makes an
/// item the lock lacks (see [`unpack`]).
pub(super) fn current(lock: &Lock, loaded: &Loaded, window: DateRange) -> Option<DateRange> {
    let (from, until) = lock.range?;
    let current = lock.definitions == loaded.definitions;
    (current && from <= window.from && window.until <= until).then_some(DateRange { from, until })
}

/// The stored plan of the lock `text` (named `lock_name` in errors),
/// worked out in memory without a database, and the range it covers, when
/// the lock is [`current`] over `window`; what [`open`] and a rebuild would
/// give. `None` for a lock behind its TOML or short of `window` (only its
/// header is read: [`open`] reads it again, into a database), and when the
/// definitions' plan makes an item the lock lacks (a page's next review
/// after `ritme reviewed`): then `plan` would store more than the lock
/// holds, and only [`open`] and [`plan_in_memory`] say what. Reads what
/// [`open`] reads, with the same errors, and lays the recorded reviews over
/// the calendar's pages as it does (again, the same, where [`open`]
/// follows).
pub(super) fn unpack(
    loaded: &mut Loaded,
    text: &str,
    lock_name: &std::path::Path,
    window: DateRange,
) -> Result<Option<(Unpacked, DateRange)>> {
    let header = lock::parse_header(text).map_err(located(lock_name))?;
    let Some(range) = current(&header, loaded, window) else {
        return Ok(None);
    };
    let lock = parse_lock(text, lock_name)?;
    // Not needed for the plan, but a broken numbers file fails every
    // command that opens the calendar.
    crate::store::read_numbers(&loaded.dir)?;
    crate::plan::review::overlay(&mut loaded.calendar, &crate::store::review_log(&lock));
    let plan = crate::plan::build(&loaded.calendar, range, &lock)?;
    Ok(Unpacked::new(plan, &lock).map(|unpacked| (unpacked, range)))
}

/// Reads the lock of the calendar in `loaded` and opens its database in line
/// with it; when another command replaces the lock meanwhile, reads again.
pub(super) fn open(ctx: &super::Context, loaded: &mut Loaded, mode: Mode) -> Result<Stored> {
    let mut tries = 0;
    loop {
        match open_once(ctx, loaded, mode) {
            Err(Error::Raced) if tries < 20 => tries += 1,
            other => return other,
        }
    }
}

/// Reads the lock of the calendar in `loaded` and opens its database in line
/// with it. Reviews recorded in the lock are laid over the calendar's pages.
fn open_once(ctx: &super::Context, loaded: &mut Loaded, mode: Mode) -> Result<Stored> {
    let lock_path = loaded.dir.join(lock::FILE_NAME);
    // A writer holds the calendar from before it reads the lock until it
    // ends: a second writer waits (SPEC section 10).
    let writer = match mode {
        Mode::Write | Mode::Plan => Some(crate::fs::lock_exclusive(
            &loaded.dir,
            lock_wait()?,
            &lock_path,
        )?),
        _ => None,
    };
    let lock_text = read_lock(&loaded.dir)?;
    let located = located(&lock_path);
    let text = lock_text.as_deref().unwrap_or_default();
    // A view of a database in line with the lock needs the header alone;
    // the records are read below where they are needed after all.
    let mut records_read = mode != Mode::Read;
    let (mut lock, decisions) = if matches!(mode, Mode::Plan | Mode::DryPlan) {
        lock::resolve(text).map_err(&located)?
    } else if records_read {
        (lock::parse(text).map_err(&located)?, Vec::new())
    } else {
        (lock::parse_header(text).map_err(&located)?, Vec::new())
    };
    let location = ctx.db_location(&loaded.dir);
    let db_exists = matches!(&location, Location::File(p) if p.exists());
    let behind = lock_text.is_some() && lock.definitions != loaded.definitions;
    // `check` writes no file; nor does a read with nothing planned anywhere,
    // nor a read of a lock that is behind (it shows, in memory, what `plan`
    // would store now).
    let location = match mode {
        Mode::Check if ctx.global.db.is_none() => Location::Memory,
        Mode::Read | Mode::Locked if behind => Location::Memory,
        Mode::Read | Mode::Locked | Mode::Check if lock_text.is_none() && !db_exists => {
            Location::Memory
        }
        Mode::DryPlan if !db_exists => Location::Memory,
        _ => location,
    };
    // Read (and judged) before anything is written.
    let numbers = crate::store::read_numbers(&loaded.dir)?;
    let mut store = Store::open(&location, true)?;
    if let Some(writer) = writer {
        store.hold(writer);
    }
    let mut nothing = lock_text.is_none();
    let mut migrated = None;
    let before_lock = lock_text.is_none() && db_exists && !store.is_blank()?;
    // A database from before the lock: its plan and edits become the lock,
    // once, losing nothing. A dry run leaves it as it is.
    if before_lock && !matches!(mode, Mode::Check | Mode::DryPlan) {
        if let Some(range) = store.stored_range()? {
            store.bind(Binding {
                path: lock_path.clone(),
                definitions: loaded.definitions.clone(),
                digest: Digest::of(loaded).to_text(),
                range,
                today: ctx.clock.today,
                read_today: None,
            });
            store.write_lock()?;
            ctx.say(format!(
                "wrote {} from the database's plan and edits: commit it beside ritme.toml",
                lock_path.display()
            ));
            let written =
                std::fs::read_to_string(&lock_path).map_err(|e| Error::io(&lock_path, e))?;
            lock = lock::parse(&written).map_err(&located)?;
            records_read = true;
            store.set_synced(&lock_hash(&written), &loaded.definitions)?;
            migrated = Some(written);
            nothing = false;
        }
    }
    // The hash of the very text `lock` was parsed from.
    let hash = lock_hash(migrated.as_deref().unwrap_or(text));
    // A database built from this very lock holds every item the lock has,
    // also those the changed definitions no longer make: rebuilding it from
    // the new definitions would drop them (and with them their edits) before
    // `plan` could report them removed or orphaned. So only a database that
    // is not the lock's is rebuilt.
    let as_is = (before_lock && mode == Mode::DryPlan) || store.matches_lock(&hash)?;
    let rebuild = !as_is && !store.matches(&hash, &loaded.definitions)?;
    if !records_read && (rebuild || behind) {
        lock = lock::parse(text).map_err(&located)?;
    }
    if rebuild {
        // Only a file database is shared with other commands.
        if matches!(location, Location::File(_)) {
            store.guard_lock_file(&lock_path, &hash);
        }
        store.restore_reviews(&lock)?;
        crate::plan::review::overlay(&mut loaded.calendar, &store.review_log()?);
        let plan = match lock.range {
            Some((from, until)) => {
                crate::plan::build(&loaded.calendar, DateRange { from, until }, &lock)?
            }
            None => crate::plan::Plan {
                window: DateRange {
                    from: ctx.clock.today,
                    until: ctx.clock.today,
                },
                items: Vec::new(),
                unassigned: Vec::new(),
                dropped: Vec::new(),
                rotations: Default::default(),
                carried: Vec::new(),
            },
        };
        store.rebuild(&plan, &lock, &hash, &loaded.definitions)?;
    } else {
        crate::plan::review::overlay(&mut loaded.calendar, &store.review_log()?);
    }
    sync_numbers(ctx, &loaded.dir, &mut store, &numbers, &location, mode)?;
    if behind && matches!(mode, Mode::Read | Mode::Locked | Mode::Check) {
        ctx.say(format!(
            "note: {} is behind the calendar's files: this shows what `ritme plan` would store; run it and commit the lock",
            lock_path.display()
        ));
    }
    if behind && matches!(mode, Mode::Read | Mode::Locked) {
        // Items that change get the newest stamp in the lock, so every
        // machine shows the same feeds (SPEC section 10).
        let now = lock
            .newest_stamp()
            .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
            .map_or(ctx.clock.now, |t| t.with_timezone(&chrono::Utc));
        plan_in_memory(ctx, loaded, &lock, &mut store, now)?;
    }
    if matches!(mode, Mode::Write | Mode::Plan) {
        if let Some(range) = lock.range {
            store.bind(Binding {
                path: lock_path.clone(),
                definitions: lock.definitions.clone(),
                digest: Digest::of(loaded).to_text(),
                range,
                today: lock.today.unwrap_or(ctx.clock.today),
                read_today: lock.today,
            });
        }
    }
    drop(located);
    Ok(Stored {
        store,
        lock,
        decisions,
        behind,
        nothing,
        lock_path,
        lock_text: lock_text.unwrap_or_default(),
        read_hash: hash,
    })
}

/// Imported numbers: the files in the calendar directory are the truth
/// (`numbers`, read before anything was written). A database from before
/// the numbers files writes them once, as it writes the lock.
pub(super) fn sync_numbers(
    ctx: &super::Context,
    dir: &std::path::Path,
    store: &mut Store,
    numbers: &crate::store::NumbersFiles,
    location: &Location,
    mode: Mode,
) -> Result<()> {
    let migrate =
        matches!(location, Location::File(_)) && !matches!(mode, Mode::Check | Mode::DryPlan);
    if migrate || matches!(mode, Mode::Write | Mode::Plan) {
        store.keep_numbers(dir);
    }
    if store.sync_numbers(numbers, migrate)? {
        ctx.say(format!(
            "wrote the database's imported numbers to {}: commit it beside ritme.toml",
            dir.join(crate::stats::numbers::DIR).display()
        ));
    }
    Ok(())
}

/// How long a writer waits for another to finish: `RITME_LOCK_WAIT`
/// seconds, default 30 (as long as SQLite waits for a busy database).
pub(super) fn lock_wait() -> Result<std::time::Duration> {
    match std::env::var("RITME_LOCK_WAIT") {
        Err(_) => Ok(std::time::Duration::from_secs(30)),
        Ok(v) => v
            .trim()
            .parse::<u64>()
            .map(std::time::Duration::from_secs)
            .map_err(|_| {
                Error::usage(format!(
                    "RITME_LOCK_WAIT is a whole number of seconds, not {v:?}"
                ))
            }),
    }
}
