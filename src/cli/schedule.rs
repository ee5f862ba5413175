//! Where `check`, `quarter` and the reports get their items: the stored plan
//! (with its edits), or a plan made in memory from the definitions, so a
//! calendar repository without a database can still be checked and viewed.

use chrono::{Days, NaiveDate};

use crate::config::Loaded;
use crate::error::Result;
use crate::item::Item;
use crate::model::DateRange;
use crate::plan;
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

/// The items of `range` for the calendar in `loaded`, read as `basis` says.
pub fn items(
    ctx: &super::Context,
    loaded: &Loaded,
    range: DateRange,
    basis: Basis,
) -> Result<Schedule> {
    let location = ctx.db_location(&loaded.dir);
    let use_store = match basis {
        Basis::StoredIfNamed => ctx.global.db.is_some(),
        Basis::StoredIfPresent => {
            ctx.global.db.is_some() || matches!(&location, Location::File(p) if p.exists())
        }
    };
    if use_store {
        let store = ctx.store(&loaded.dir, false)?;
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
/// `ritme.toml`): imported numbers and recorded reviews live there, so they
/// are read even when the plan itself is made in memory.
pub fn existing_store(ctx: &super::Context, loaded: &Loaded) -> Result<Option<Store>> {
    let location = ctx.db_location(&loaded.dir);
    if ctx.global.db.is_some() || matches!(&location, Location::File(p) if p.exists()) {
        Ok(Some(ctx.store(&loaded.dir, false)?))
    } else {
        Ok(None)
    }
}

/// What the database knows beyond the plan: it lays the review log over the
/// calendar's pages and returns the items that went live, with their
/// numbers (none without a database).
pub fn numbers_and_reviews(
    ctx: &super::Context,
    loaded: &mut Loaded,
) -> Result<Vec<crate::stats::Measured>> {
    let Some(store) = existing_store(ctx, loaded)? else {
        return Ok(Vec::new());
    };
    crate::review::overlay(&mut loaded.calendar, &store.review_log()?);
    store.measured(DateRange {
        from: NaiveDate::from_ymd_opt(1, 1, 1).unwrap_or(NaiveDate::MIN),
        until: ctx.clock.today,
    })
}
