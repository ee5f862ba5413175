//! Reading items back with their bookkeeping (created, modified, sequence),
//! for the feeds: iCal's DTSTAMP, LAST-MODIFIED and SEQUENCE must move only
//! when an item changes, so they come from the database, never from the clock.

use chrono::{DateTime, NaiveDateTime, Utc};

use super::query::{row_to_item, COLUMNS};
use super::{Filter, Store};
use crate::dates::DateRange;
use crate::error::{Error, Result};
use crate::plan::item::Item;

/// An item with the stamps of its last change.
#[derive(Debug, Clone, PartialEq)]
pub struct Tracked {
    pub item: Item,
    /// When the item was first stored.
    pub created: DateTime<Utc>,
    /// When `plan` or an edit last changed it.
    pub modified: DateTime<Utc>,
    /// How often it changed since it was created.
    pub sequence: u32,
}

impl Store {
    /// Items standing in `range` (every stored item when `None`) that pass
    /// `filter`, by date, time and key, with their bookkeeping.
    pub fn tracked_items(&self, range: Option<DateRange>, filter: &Filter) -> Result<Vec<Tracked>> {
        // All rows: a plain table scan. A range: the date index. Sorting
        // happens below, in Rust: SQLite's sorter would drag every column
        // of 100,000 rows through a temporary B-tree, at twice the cost.
        let (sql, bounds) = match range {
            Some(r) => (
                format!("SELECT {COLUMNS}, created, modified, sequence FROM item WHERE date BETWEEN ?1 AND ?2"),
                vec![r.from.to_string(), r.until.to_string()],
            ),
            None => (format!("SELECT {COLUMNS}, created, modified, sequence FROM item"), vec![]),
        };
        let mut st = self.conn().prepare_cached(&sql)?;
        let n = COLUMNS.split(',').count();
        let rows = st.query_map(rusqlite::params_from_iter(bounds), |r| {
            Ok((
                row_to_item(r)?,
                r.get::<_, String>(n)?,
                r.get::<_, String>(n + 1)?,
                r.get::<_, i64>(n + 2)?,
            ))
        })?;
        let mut out = Vec::new();
        // A plan stamps all its items alike: parse each distinct stamp once.
        let mut last: Option<(String, DateTime<Utc>)> = None;
        let mut stamp = |key: &str, text: String| -> Result<DateTime<Utc>> {
            if let Some((t, at)) = &last {
                if *t == text {
                    return Ok(*at);
                }
            }
            let at = parse_stamp(&text).ok_or_else(|| {
                Error::Storage(format!(
                    "item {key} has an unreadable time stamp \"{text}\" in the database"
                ))
            })?;
            last = Some((text, at));
            Ok(at)
        };
        for row in rows {
            let (item, created, modified, sequence) = row?;
            if !filter.matches(&item) {
                continue;
            }
            out.push(Tracked {
                created: stamp(&item.key, created)?,
                modified: stamp(&item.key, modified)?,
                sequence: u32::try_from(sequence.max(0)).unwrap_or(u32::MAX),
                item,
            });
        }
        // The order of `Store::items`: date, all-day before timed, time, key.
        out.sort_unstable_by(|a, b| {
            let (a, b) = (&a.item, &b.item);
            (a.date, a.time.is_some(), a.time, &a.key).cmp(&(
                b.date,
                b.time.is_some(),
                b.time,
                &b.key,
            ))
        });
        Ok(out)
    }
}

/// A stored stamp: RFC 3339 as ritme writes it (`2026-11-23T12:00:00Z`),
/// or SQLite's `datetime()` form (`2026-11-23 12:00:00`, UTC) for rows a
/// person wrote by hand.
fn parse_stamp(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|d| d.with_timezone(&Utc))
        .ok()
        .or_else(|| {
            NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S")
                .ok()
                .map(|d| d.and_utc())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_in_both_forms() {
        let want = "2026-11-23T12:00:00Z".parse::<DateTime<Utc>>().unwrap();
        assert_eq!(parse_stamp("2026-11-23T12:00:00Z"), Some(want));
        assert_eq!(parse_stamp("2026-11-23 12:00:00"), Some(want));
        assert_eq!(parse_stamp("2026-11-23T13:00:00+01:00"), Some(want));
        assert_eq!(parse_stamp("gisteren"), None);
    }
}
