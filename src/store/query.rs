//! Reading items back: a date range in SQL, the other filters on the rows.

use std::sync::Arc;

use chrono::{NaiveDate, NaiveTime};
use rusqlite::Row;

use super::Store;
use crate::dates::DateRange;
use crate::error::Result;
use crate::plan::item::{date_text, generated_in, Details, Item, Source, Status};
use crate::plan::text::Text;

/// What `list` and the exports select, besides the date range.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub owner: Option<String>,
    /// The team: its own items, and what its people deliver elsewhere.
    pub team: Option<String>,
    /// The people of `team` (members and ambassadors): an item they own or
    /// are the ambassador of is the team's work too.
    pub team_people: Vec<String>,
    pub ambassador: Option<String>,
    pub goal: Option<String>,
    /// A focus block id: the items serving it.
    pub focus: Option<String>,
    pub source: Option<String>,
    pub kind: Option<String>,
    pub tag: Option<String>,
    pub status: Option<Status>,
    pub unassigned: bool,
    /// Only items carrying edits (a pin, a note or a URL).
    pub edited: bool,
}

impl Filter {
    /// Whether `item` passes every filter that is set.
    pub fn matches(&self, item: &Item) -> bool {
        let eq = |want: &Option<String>, have: Option<&str>| {
            want.as_deref().is_none_or(|w| have == Some(w))
        };
        let by_team_people =
            |p: Option<&str>| p.is_some_and(|p| self.team_people.iter().any(|m| m == p));
        eq(&self.owner, item.owner.as_deref())
            && (eq(&self.team, item.team.as_deref())
                || by_team_people(item.owner.as_deref())
                || by_team_people(item.ambassador.as_deref()))
            && eq(&self.ambassador, item.ambassador.as_deref())
            && eq(&self.goal, item.goal.as_deref())
            && self.focus.as_deref().is_none_or(|f| item.serves_focus(f))
            && (!self.edited || item.edited)
            && eq(&self.source, Some(item.source_id.as_ref()))
            && eq(&self.kind, item.kind.as_deref())
            && self
                .tag
                .as_ref()
                .is_none_or(|t| item.tags.iter().any(|x| **x == **t))
            && self.status.is_none_or(|s| item.status == s)
            && (!self.unassigned || (item.owner.is_none() && !item.reserve))
    }
}

pub(super) const COLUMNS: &str = "key, title, source, source_id, generated, date, time, duration_minutes, due, \
    kind, channel, description, owner, ambassador, team, goal, tags, focus, status, effort_minutes, \
    reserve, edited, note, url";

impl Store {
    /// Items standing in `range`, passing `filter`, by date, time and key.
    pub fn items(&self, range: DateRange, filter: &Filter) -> Result<Vec<Item>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM item WHERE date BETWEEN ?1 AND ?2 ORDER BY date, time IS NOT NULL, time, key"
        );
        let mut st = self.conn().prepare_cached(&sql)?;
        let rows = st.query_map(
            [range.from.to_string(), range.until.to_string()],
            row_to_item,
        )?;
        let mut out = Vec::new();
        for row in rows {
            let item = row?;
            if filter.matches(&item) {
                out.push(item);
            }
        }
        Ok(out)
    }

    /// One item by key.
    pub fn item(&self, key: &str) -> Result<Option<Item>> {
        item_on(self.conn(), key)
    }

    /// Every stored key, for near-miss suggestions.
    pub fn keys(&self) -> Result<Vec<String>> {
        let mut st = self
            .conn()
            .prepare_cached("SELECT key FROM item ORDER BY key")?;
        let rows = st.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Keys of the orphans standing in `range`: kept items whose definition is gone.
    pub fn orphans(&self, range: DateRange) -> Result<Vec<String>> {
        let mut st = self.conn().prepare_cached(
            "SELECT key FROM item WHERE orphan = 1 AND date BETWEEN ?1 AND ?2 ORDER BY date, key",
        )?;
        let rows = st.query_map([range.from.to_string(), range.until.to_string()], |r| {
            r.get(0)
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The stored bookkeeping of an item: created, modified, sequence, orphan.
    pub fn bookkeeping(&self, key: &str) -> Result<Option<(String, String, i64, bool)>> {
        let mut st = self.conn().prepare_cached(
            "SELECT created, modified, sequence, orphan FROM item WHERE key = ?1",
        )?;
        let mut rows = st.query_map([key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        Ok(rows.next().transpose()?)
    }

    /// The edit history of an item: (at, action, value), oldest first.
    pub fn history(&self, key: &str) -> Result<Vec<(String, String, Option<String>)>> {
        let mut st = self
            .conn()
            .prepare_cached("SELECT at, action, value FROM edit WHERE key = ?1 ORDER BY id")?;
        let rows = st.query_map([key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// One item by key, on a connection or inside a transaction. A carried
/// item (SPEC section 10) is also named by the key of the date it now
/// stands for: `format/x/2026-12-09` finds `format/x/2026-12-08` carried
/// there.
pub(super) fn item_on(conn: &rusqlite::Connection, key: &str) -> Result<Option<Item>> {
    let sql = format!("SELECT {COLUMNS} FROM item WHERE key = ?1");
    let mut st = conn.prepare_cached(&sql)?;
    let mut rows = st.query_map([key], row_to_item)?;
    if let Some(item) = rows.next().transpose()? {
        return Ok(Some(item));
    }
    let (Some((prefix, _)), Some(generated)) = (key.rsplit_once('/'), generated_in(key)) else {
        return Ok(None);
    };
    let sql = format!(
        "SELECT {COLUMNS} FROM item WHERE generated = ?1 AND key > ?2 AND key < ?3 AND key <> ?4"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let (from, until) = (format!("{prefix}/"), format!("{prefix}0"));
    let mut rows = st.query_map(
        [date_text(generated).as_str(), &from, &until, key],
        row_to_item,
    )?;
    Ok(rows.next().transpose()?)
}

fn date(s: Option<String>) -> Option<NaiveDate> {
    s.and_then(|s| parse_date(&s))
}

/// `YYYY-MM-DD` as stored, by hand (chrono's general parser was a tenth of
/// the time of reading 100,000 items for a feed), else any form chrono reads.
pub(super) fn parse_date(s: &str) -> Option<NaiveDate> {
    crate::plan::item::parse_date(s).or_else(|| s.parse().ok())
}

/// `HH:MM` as stored.
fn parse_time(s: &str) -> Option<NaiveTime> {
    let b = s.as_bytes();
    if b.len() != 5 || b[2] != b':' {
        return NaiveTime::parse_from_str(s, "%H:%M").ok();
    }
    NaiveTime::from_hms_opt(digits(&b[..2])?, digits(&b[3..])?, 0)
}

fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |n, &c| {
        c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
    })
}

/// A `;`-separated column as tags or focus blocks.
fn list<T: FromIterator<Text>>(s: String) -> T {
    s.split(';')
        .filter(|x| !x.is_empty())
        .map(Text::from)
        .collect()
}

pub(super) fn row_to_item(r: &Row) -> rusqlite::Result<Item> {
    let source: String = r.get(2)?;
    let status: String = r.get(18)?;
    let time: Option<String> = r.get(6)?;
    Ok(Item {
        key: r.get(0)?,
        title: r.get(1)?,
        source: Source::parse(&source).unwrap_or(Source::Item),
        generated: date(r.get(4)?).unwrap_or(NaiveDate::MIN),
        date: date(r.get(5)?).unwrap_or(NaiveDate::MIN),
        time: time.and_then(|t| parse_time(&t)),
        duration_minutes: r.get(7)?,
        due: date(r.get(8)?),
        owner: r.get(12)?,
        ambassador: r.get(13)?,
        team: r.get(14)?,
        focus: list(r.get(17)?),
        status: Status::parse(&status).unwrap_or(Status::Planned),
        edited: r.get(21)?,
        details: Arc::new(Details {
            source_id: r.get(3)?,
            kind: r.get(9)?,
            channel: r.get(10)?,
            description: r.get(11)?,
            goal: r.get(15)?,
            tags: list(r.get(16)?),
            effort_minutes: r.get(19)?,
            reserve: r.get(20)?,
            note: r.get(22)?,
            url: r.get(23)?,
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_dates_and_times_parse_by_hand_and_otherwise() {
        assert_eq!(
            parse_date("2027-03-29"),
            NaiveDate::from_ymd_opt(2027, 3, 29)
        );
        assert_eq!(parse_date("2027-02-30"), None);
        assert_eq!(parse_date("2027-0a-01"), None);
        assert_eq!(
            parse_date("+12027-03-29"),
            NaiveDate::from_ymd_opt(12027, 3, 29)
        );
        assert_eq!(parse_time("09:05"), NaiveTime::from_hms_opt(9, 5, 0));
        assert_eq!(parse_time("24:00"), None);
        assert_eq!(parse_time("9:05"), NaiveTime::from_hms_opt(9, 5, 0));
    }
}
