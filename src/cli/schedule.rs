//! Where `check`, `quarter` and the reports get their items: the stored plan
//! (in line with `ritme.lock`, rebuilt when needed), or, while nothing is
//! planned yet, a plan made in memory from the definitions.

use chrono::{Days, NaiveDate};

use super::stored::{self, Mode};
use crate::config::Loaded;
use crate::dates::{default_window, DateRange};
use crate::error::Result;
use crate::lock::Lock;
use crate::plan;
use crate::plan::item::Item;
use crate::store::{Filter, Store};

/// How far before a range the in-memory plan starts, so an item generated
/// just before it and shifted into it (a Friday holiday moved to Monday) is
/// not missed.
const SHIFT_LOOKBACK_DAYS: u64 = 31;

/// The items standing in `range`, and the keys of stored orphans there.
pub struct Schedule {
    pub items: Vec<Item>,
    pub orphans: Vec<String>,
    /// Whether they came from the stored plan.
    pub stored: bool,
}

/// The items of `range` for the calendar in `loaded`: from `store`, the
/// stored plan [`open`] found, or, with nothing planned yet, from a plan
/// made in memory.
pub fn items(loaded: &Loaded, range: DateRange, store: Option<&Store>) -> Result<Schedule> {
    if let Some(store) = store {
        return Ok(Schedule {
            items: store.items(range, &Filter::default())?,
            orphans: store.orphans(range)?,
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

/// The stored plan, in line with `ritme.lock`, with its recorded reviews
/// laid over the calendar's pages; `None` when nothing is planned yet.
/// For `check` without `--db` it is the plan `ritme plan` would store now,
/// made in memory from the TOML and the lock, over the stored range and
/// `cover` (the checked weeks): no file is written.
pub fn open(
    ctx: &super::Context,
    loaded: &mut Loaded,
    mode: Mode,
    cover: Option<DateRange>,
) -> Result<Option<Store>> {
    let mut opened = stored::open(ctx, loaded, mode)?;
    if mode == Mode::Check && ctx.global.db.is_none() {
        let mut default = default_window(ctx.clock.today);
        if let Some(c) = cover {
            default = DateRange {
                from: default.from.min(c.from),
                until: default.until.max(c.until),
            };
        }
        let range = match opened.range() {
            Some(r) => DateRange {
                from: r.from.min(default.from),
                until: r.until.max(default.until),
            },
            None => default,
        };
        let today = opened
            .lock
            .today
            .map_or(ctx.clock.today, |t| t.max(ctx.clock.today));
        let clock = crate::clock::Clock { today, ..ctx.clock };
        let plan = plan::build(&loaded.calendar, range, &opened.lock)?;
        opened.store.apply(&plan, &clock, false)?;
        return Ok(Some(opened.store));
    }
    if opened.nothing && opened.store.is_blank()? {
        return Ok(None);
    }
    Ok(Some(opened.store))
}

/// The items that went live, with their numbers, up to today (none without
/// a database).
pub fn measured(
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
