//! Numbers in the database: importing an analytics export (matched to the
//! stored items, written in one transaction) and reading the published
//! items back with their latest numbers.
//!
//! The `stat` table keeps one row per item and measurement date; a measure
//! counts from the newest row that has it, so a newer `measured` replaces
//! an older value and a partial export leaves the other measures standing.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{params, TransactionBehavior};

use super::Store;
use crate::clock::Clock;
use crate::error::Result;
use crate::item::{Item, Source, Status};
use crate::model::DateRange;
use crate::stats::export::{Candidate, Export, Matcher, Miss};
use crate::stats::{Measure, Measured, Measures};

/// What an import did.
#[derive(Debug, Default)]
pub struct ImportSummary {
    /// Data rows in the file.
    pub rows: usize,
    /// New measurements.
    pub added: usize,
    /// Measurements of the same day that changed.
    pub updated: usize,
    /// Rows that said what the database already knew.
    pub unchanged: usize,
    /// Items the file showed went live, now marked published (key, url).
    pub published: Vec<(String, Option<String>)>,
    /// Rows that found no item: line and why.
    pub unmatched: Vec<(usize, Miss)>,
    /// Rows whose numbers a later row of the file for the same item and
    /// day replaced: (line, later line, key).
    pub replaced: Vec<(usize, usize, String)>,
}

/// The stored measurements of one item, oldest first.
type History = Vec<(NaiveDate, Measures)>;

impl Store {
    /// Imports `export`: each row to its item, in one IMMEDIATE transaction.
    /// Rows without `measured` count as measured `clock.today`. An item the
    /// file has numbers for went live: a `planned`, `draft` or `ready` item
    /// becomes `published` (with the row's URL when it has none), recorded
    /// in its history like `ritme status KEY published --url URL`.
    pub fn import_stats(&mut self, export: &Export, clock: &Clock) -> Result<ImportSummary> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let candidates = candidates(&tx)?;
        let matcher = Matcher::new(&candidates);
        let mut history = histories(&tx)?;
        let mut summary = ImportSummary {
            rows: export.rows.len(),
            ..ImportSummary::default()
        };
        // The last row of the file for each (item, day) counts.
        let mut chosen: HashMap<(&str, NaiveDate), usize> = HashMap::new();
        let mut order: Vec<(&Candidate, NaiveDate, usize)> = Vec::new();
        for (i, row) in export.rows.iter().enumerate() {
            match matcher.find(&row.ident) {
                Ok(c) => {
                    let measured = row.measured.unwrap_or(clock.today);
                    match chosen.insert((c.key.as_str(), measured), order.len()) {
                        Some(earlier) => {
                            let (_, _, e) = order[earlier];
                            summary
                                .replaced
                                .push((export.rows[e].line, row.line, c.key.clone()));
                            order[earlier].2 = i;
                        }
                        None => order.push((c, measured, i)),
                    }
                }
                Err(miss) => summary.unmatched.push((row.line, miss)),
            }
        }
        let stamp = clock.stamp();
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO stat (key, measured, views, readers, reactions, comments, \
                 read_seconds, clicks, file, line, imported) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )?;
            let mut update = tx.prepare_cached(
                "UPDATE stat SET views = ?3, readers = ?4, reactions = ?5, comments = ?6, \
                 read_seconds = ?7, clicks = ?8, file = ?9, line = ?10, imported = ?11 \
                 WHERE key = ?1 AND measured = ?2",
            )?;
            let mut publish = tx.prepare_cached(
                "UPDATE item SET status = 'published', url = coalesce(url, ?2), edited = 1, \
                 sequence = sequence + 1, modified = ?3 WHERE key = ?1",
            )?;
            let mut record = tx.prepare_cached(
                "INSERT INTO edit (key, at, action, value) VALUES (?1, ?2, 'status', ?3)",
            )?;
            let mut published: HashMap<&str, ()> = HashMap::new();
            for (c, measured, i) in order {
                let row = &export.rows[i];
                let past = history.entry(c.key.clone()).or_default();
                let same_day = past.iter().position(|(d, _)| *d == measured);
                let mut merged = same_day.map_or_else(Measures::default, |p| past[p].1);
                for m in Measure::ALL {
                    if let Some(v) = row.measures.get(m) {
                        merged.set(m, Some(v));
                    }
                }
                let v = |m: Measure| merged.get(m);
                let count = |m: Measure| v(m).map(|x| x as i64);
                let values = params![
                    c.key,
                    measured.to_string(),
                    count(Measure::Views),
                    count(Measure::Readers),
                    count(Measure::Reactions),
                    count(Measure::Comments),
                    v(Measure::ReadSeconds),
                    count(Measure::Clicks),
                    export.file,
                    row.line as i64,
                    stamp,
                ];
                match same_day {
                    Some(p) if past[p].1 == merged => summary.unchanged += 1,
                    Some(p) => {
                        update.execute(values)?;
                        past[p].1 = merged;
                        summary.updated += 1;
                    }
                    None if says_nothing_new(past, &row.measures) => summary.unchanged += 1,
                    None => {
                        insert.execute(values)?;
                        past.push((measured, merged));
                        past.sort_by_key(|(d, _)| *d);
                        summary.added += 1;
                    }
                }
                let url = row.ident.url.as_deref().filter(|u| u.contains("://"));
                let needs_url = c.url.is_none() && url.is_some();
                let live = c.status == Status::Published;
                if (!live || needs_url) && published.insert(c.key.as_str(), ()).is_none() {
                    publish.execute(params![c.key, url, stamp])?;
                    let value = match url.filter(|_| needs_url) {
                        Some(u) => format!("published {u}"),
                        None => "published".to_string(),
                    };
                    record.execute(params![c.key, stamp, value])?;
                    summary
                        .published
                        .push((c.key.clone(), url.filter(|_| needs_url).map(str::to_string)));
                }
            }
        }
        tx.commit()?;
        summary.published.sort();
        Ok(summary)
    }

    /// The published items standing in `range` (review items excepted),
    /// each with its latest numbers, by date and key.
    pub fn measured(&self, range: DateRange) -> Result<Vec<Measured>> {
        let filter = super::Filter {
            status: Some(Status::Published),
            ..super::Filter::default()
        };
        let items: Vec<Item> = self
            .items(range, &filter)?
            .into_iter()
            .filter(|it| it.source != Source::Review)
            .collect();
        let history = histories(self.conn())?;
        Ok(items
            .into_iter()
            .map(|item| Measured {
                measures: history.get(&item.key).map(latest).unwrap_or_default(),
                item,
            })
            .collect())
    }

    /// How many measurements are stored.
    pub fn stat_count(&self) -> Result<i64> {
        Ok(self
            .conn()
            .query_row("SELECT count(*) FROM stat", [], |r| r.get(0))?)
    }
}

/// The latest value of every measure over an item's measurements.
fn latest(history: &History) -> Measures {
    let mut out = Measures::default();
    for (_, m) in history {
        for x in Measure::ALL {
            if let Some(v) = m.get(x) {
                out.set(x, Some(v));
            }
        }
    }
    out
}

/// Whether every measure of `row` equals the item's latest known value.
fn says_nothing_new(history: &History, row: &Measures) -> bool {
    if history.is_empty() {
        return false;
    }
    let now = latest(history);
    Measure::ALL
        .iter()
        .all(|m| row.get(*m).is_none() || row.get(*m) == now.get(*m))
}

fn candidates(conn: &rusqlite::Connection) -> Result<Vec<Candidate>> {
    let mut st = conn.prepare_cached("SELECT key, url, date, title, status, source FROM item")?;
    let rows = st.query_map([], |r| {
        let date: String = r.get(2)?;
        let status: String = r.get(4)?;
        let source: String = r.get(5)?;
        Ok(Candidate {
            key: r.get(0)?,
            url: r.get(1)?,
            date: date.parse().unwrap_or(NaiveDate::MIN),
            title: r.get(3)?,
            status: Status::parse(&status).unwrap_or(Status::Planned),
            source: Source::parse(&source).unwrap_or(Source::Item),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn histories(conn: &rusqlite::Connection) -> Result<HashMap<String, History>> {
    let mut st = conn.prepare_cached(
        "SELECT key, measured, views, readers, reactions, comments, read_seconds, clicks \
         FROM stat ORDER BY key, measured",
    )?;
    let mut rows = st.query([])?;
    let mut out: HashMap<String, History> = HashMap::new();
    while let Some(r) = rows.next()? {
        let key: String = r.get(0)?;
        let measured: String = r.get(1)?;
        let mut m = Measures::default();
        for (i, x) in Measure::ALL.iter().enumerate() {
            m.set(*x, r.get::<_, Option<f64>>(i + 2)?);
        }
        out.entry(key)
            .or_default()
            .push((measured.parse().unwrap_or(NaiveDate::MIN), m));
    }
    Ok(out)
}
