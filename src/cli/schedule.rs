//! Where `check`, `quarter` and the reports get their items: the stored plan
//! (with its edits), or a plan made in memory from the definitions, so a
//! calendar repository without a database can still be checked and viewed.

use chrono::{Days, NaiveDate};

use crate::config::Loaded;
use crate::dates::DateRange;
use crate::error::Result;
use crate::plan;
use crate::plan::item::Item;
use crate::store::{Filter, Location, Store};

/// How far before a range the in-memory plan starts, so an item generated
/// just before it and shifted into it (a Friday holiday moved to Monday) is
/// not missed.
const SHIFT_LOOKBACK_DAYS: u64 = 31;

/// Which plan to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// The database, only when `--db`/`RITME_DB` names one (`check`).
    StoredIfNamed,
    /// The database when there is one, named or beside `ritme.toml` (views).
    StoredIfPresent,
}

/// The items standing in `range`, and the keys of stored orphans there.
pub struct Schedule {
    pub items: Vec<Item>,
    pub orphans: Vec<String>,
    /// Whether they came from the database.
    pub stored: bool,
}

/// The items of `range` for the calendar in `loaded`, read as `basis` says
/// from `store`, the database [`open`] found, if any.
pub fn items(
    ctx: &super::Context,
    loaded: &Loaded,
    range: DateRange,
    basis: Basis,
    store: Option<&Store>,
) -> Result<Schedule> {
    let named = ctx.global.db.is_some();
    let stored = store.filter(|_| named || basis == Basis::StoredIfPresent);
    if let Some(store) = stored {
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
    let items = plan::build(&loaded.calendar, window)?
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

/// The database when there is one (named with `--db`, or `ritme.db` beside
/// `ritme.toml`), with the reviews recorded there laid over the calendar's
/// pages: imported numbers and recorded reviews live there, so they are
/// read even when the plan itself is made in memory.
pub fn open(ctx: &super::Context, loaded: &mut Loaded) -> Result<Option<Store>> {
    let location = ctx.db_location(&loaded.dir);
    if ctx.global.db.is_none() && !matches!(&location, Location::File(p) if p.exists()) {
        return Ok(None);
    }
    let store = ctx.store(&loaded.dir, false)?;
    crate::plan::review::overlay(&mut loaded.calendar, &store.review_log()?);
    Ok(Some(store))
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
