//! Where `check`, `quarter` and the reports get their items: the stored plan
//! (in line with `ritme.lock`, rebuilt when needed), or, while nothing is
//! planned yet, a plan made in memory from the definitions.

use chrono::{Days, NaiveDate};

use super::stored::{self, Mode};
use crate::config::Loaded;
use crate::dates::DateRange;
use crate::error::Result;
use crate::lock::Lock;
use crate::plan;
use crate::plan::item::Item;
use crate::store::{Filter, Store, Unpacked};

/// How far before a range the in-memory plan starts, so an item generated
/// just before it and shifted into it (a Friday holiday moved to Monday) is
/// not missed.
const SHIFT_LOOKBACK_DAYS: u64 = 31;

/// The items standing in `range`, and the keys of stored orphans there.
pub(super) struct Schedule {
    pub items: Vec<Item>,
    pub orphans: Vec<String>,
    /// Whether they came from the stored plan.
    pub stored: bool,
}

/// Where a stored plan is read: the database, or one worked out in memory
/// ([`Unpacked`]: a current lock, or a first plan with no lock).
#[derive(Clone, Copy)]
pub(super) enum Source<'s> {
    Database(&'s Store),
    Lock(&'s Unpacked),
}

impl Source<'_> {
    /// The stored items standing in `range`, by date, time and key.
    pub(super) fn items(self, range: DateRange) -> Result<Vec<Item>> {
        match self {
            Source::Database(store) => store.items(range, &Filter::default()),
            Source::Lock(unpacked) => Ok(unpacked.items(range)),
        }
    }

    /// The keys of the stored orphans standing in `range`.
    fn orphans(self, range: DateRange) -> Result<Vec<String>> {
        match self {
            Source::Database(store) => store.orphans(range),
            Source::Lock(unpacked) => Ok(unpacked.orphans(range)),
        }
    }
}

/// The items of `range` for the calendar in `loaded`: from `store`, the
/// stored plan [`open`] found, or, with nothing planned yet, from a plan
/// made in memory.
pub(super) fn items(loaded: &Loaded, range: DateRange, store: Option<&Store>) -> Result<Schedule> {
    items_from(loaded, range, store.map(Source::Database))
}

/// [`items`] from a stored plan wherever it is read.
pub(super) fn items_from(
    loaded: &Loaded,
    range: DateRange,
    stored: Option<Source>,
) -> Result<Schedule> {
    if let Some(stored) = stored {
        return Ok(Schedule {
            items: stored.items(range)?,
            orphans: stored.orphans(range)?,
            stored: true,
        });
    }
    let window = DateRange {
        from: range
            .from
            .checked_sub_days(Days::new(SHIFT_LOOKBACK_DAYS))
            .unwrap_or(range.from),
        until: range.until,
    };
    let items = plan::build(&loaded.calendar, window, &Lock::default())?
        .items
        .into_iter()
        .filter(|it| range.contains(it.date))
        .map(|it| *it)
        .collect();
    Ok(Schedule {
        items,
        orphans: Vec::new(),
        stored: false,
    })
}

/// The stored plan a view or `check` reads, and the range it covers.
pub(super) struct Opened {
    /// `None` while nothing is planned yet: views then plan in memory.
    pub store: Option<Store>,
    /// The range the store covers; weeks outside it are not planned. For
    /// `check` without `--db`, what a plan made now would store.
    pub planned: Option<DateRange>,
    /// The lock's stored range: the only past work people were given
    /// (`overdue`, `unpublished` look at nothing else).
    pub stored: Option<DateRange>,
}

/// The stored plan, in line with `ritme.lock`, with its recorded reviews
/// laid over the calendar's pages. For `check` without `--db` it is the
/// plan `ritme plan` would store now (the lock's range and the default
/// window), made in memory from the TOML and the lock: no file is written.
pub(super) fn open(ctx: &super::Context, loaded: &mut Loaded, mode: Mode) -> Result<Opened> {
    let mut opened = stored::open(ctx, loaded, mode)?;
    let stored_range = opened.range();
    if mode == Mode::Check && ctx.global.db.is_none() {
        let range =
            stored::plan_in_memory(ctx, loaded, &opened.lock, &mut opened.store, ctx.clock.now)?;
        return Ok(Opened {
            store: Some(opened.store),
            planned: Some(range),
            stored: stored_range,
        });
    }
    if opened.nothing && opened.store.is_blank()? {
        return Ok(Opened {
            store: None,
            planned: None,
            stored: None,
        });
    }
    Ok(Opened {
        store: Some(opened.store),
        planned: stored_range,
        stored: stored_range,
    })
}

/// The part of `range` a report looks at: its days in the whole weeks the
/// stored plan covers. The weeks outside are not planned, never empty:
/// said once on stderr, and left out (SPEC section 10).
pub(super) fn planned_part(
    ctx: &super::Context,
    range: DateRange,
    planned: Option<DateRange>,
) -> Option<DateRange> {
    let Some(p) = planned else {
        return Some(range);
    };
    let inside = range.weeks_inside(p);
    let part = inside.map(|w| DateRange {
        from: range.from.max(w.from),
        until: range.until.min(w.until),
    });
    if part != Some(range) {
        let shown = match part {
            Some(w) => format!("; this shows {} to {}", w.from, w.until),
            None => String::new(),
        };
        ctx.say(format!(
            "note: the stored plan covers {} to {}: the weeks of {} to {} outside it are not planned (`ritme plan --from/--until` plans them){shown}",
            p.from, p.until, range.from, range.until
        ));
    }
    part
}

/// The items that went live, with their numbers, up to today (none without
/// a database).
pub(super) fn measured(
    ctx: &super::Context,
    store: Option<&Store>,
) -> Result<Vec<crate::stats::Measured>> {
    match store {
        None => Ok(Vec::new()),
        Some(store) => store.measured(DateRange {
            from: NaiveDate::from_ymd_opt(1, 1, 1).unwrap_or(NaiveDate::MIN),
            until: ctx.clock.today,
        }),
    }
}
