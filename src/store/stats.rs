//! Numbers in the database: importing an analytics export (matched to the
//! stored items, written in one transaction) and reading the items that
//! went live back with their latest numbers.
//!
//! The `stat` table keeps one row per item and measurement date; a measure
//! counts from the newest row that has it, so a newer `measured` replaces
//! an older value and a partial export leaves the other measures standing.
//! An import writes only `stat`: an item's status stays a human decision.

use std::cell::RefCell;

use chrono::NaiveDate;
use rusqlite::TransactionBehavior;
use rustc_hash::FxHashMap;

use super::Store;

use crate::clock::Clock;
use crate::dates::DateRange;
use crate::error::Result;
use crate::import::analytics::{Candidate, Export, Matcher, Miss, Row};
use crate::plan::item::{self, Item, Source, Status};
use crate::stats::{numbers, Measure, Measured, Measures};

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
    /// Rows that found no item: line and why.
    pub unmatched: Vec<(usize, Miss)>,
    /// Rows whose numbers a later row of the file for the same item and
    /// day replaced: (line, later line, key).
    pub replaced: Vec<(usize, usize, String)>,
}

/// One stored measurement.
#[derive(Debug, Clone, PartialEq)]
struct Measurement {
    measured: NaiveDate,
    measures: Measures,
    url: Option<String>,
}

/// The stored measurements of one item, oldest first.
type History = Vec<Measurement>;

impl Store {
    /// Imports `export`: each row to its item, in one IMMEDIATE transaction.
    /// Rows without `measured` count as measured `clock.today`. A row whose
    /// numbers (and URL) equal what is stored changes nothing.
    pub fn import_stats(&mut self, export: &Export, clock: &Clock) -> Result<ImportSummary> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let wants = |f: fn(&Row) -> bool| export.rows.iter().any(f);
        let candidates = candidates(
            &tx,
            wants(|r| r.ident.url.is_some()),
            wants(|r| r.ident.date.is_some() && r.ident.title.is_some()),
        )?;
        let mut summary = ImportSummary {
            rows: export.rows.len(),
            ..ImportSummary::default()
        };
        // The last row of the file for each (item, day) counts.
        let mut chosen: FxHashMap<(usize, NaiveDate), usize> =
            FxHashMap::with_capacity_and_hasher(export.rows.len(), Default::default());
        let mut order: Vec<(usize, NaiveDate, usize)> = Vec::with_capacity(export.rows.len());
        // URLs earlier imports recorded, read only if a row is looked up by URL.
        let failed: RefCell<Option<rusqlite::Error>> = RefCell::new(None);
        let past_urls = || -> Vec<(String, String)> {
            recorded_urls(&tx).unwrap_or_else(|e| {
                *failed.borrow_mut() = Some(e);
                Vec::new()
            })
        };
        let matcher = Matcher::new(&candidates, &past_urls);
        for (i, row) in export.rows.iter().enumerate() {
            match matcher.find(&row.ident) {
                Ok(c) => {
                    let measured = row.measured.unwrap_or(clock.today);
                    match chosen.get(&(c, measured)) {
                        Some(&earlier) => {
                            let e = order[earlier].2;
                            summary.replaced.push((
                                export.rows[e].line,
                                row.line,
                                candidates[c].key.clone(),
                            ));
                            order[earlier].2 = i;
                        }
                        None => {
                            chosen.insert((c, measured), order.len());
                            order.push((c, measured, i));
                        }
                    }
                }
                Err(miss) => summary.unmatched.push((row.line, miss)),
            }
        }
        drop(matcher);
        if let Some(e) = failed.into_inner() {
            return Err(e.into());
        }
        // In key order: the stored measurements are read alongside in one
        // pass, and SQLite appends to the table's B-tree instead of
        // splitting pages all over it.
        // The key beside each entry: sorting through the index into
        // `candidates` missed the cache on every comparison.
        let mut keyed: Vec<(&str, NaiveDate, usize, usize)> = order
            .into_iter()
            .map(|(c, measured, i)| (candidates[c].key.as_str(), measured, c, i))
            .collect();
        keyed.sort_unstable_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        let order: Vec<(usize, NaiveDate, usize)> =
            keyed.into_iter().map(|(_, m, c, i)| (c, m, i)).collect();
        let mut items: Vec<usize> = order.iter().map(|o| o.0).collect();
        items.dedup();
        let mut pasts = past_measurements(&tx, &candidates, &items)?;
        {
            let mut upsert = tx.prepare_cached(
                "INSERT OR REPLACE INTO stat (key, measured, views, readers, reactions, comments, \
                 read_seconds, clicks, url, import, line) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )?;
            // An import that changes nothing leaves no trace, not even in `import`.
            let mut logged = false;
            let mut measured_text = String::with_capacity(10);
            let mut at = 0;
            let mut months = std::collections::BTreeSet::new();
            for (c, measured, i) in order {
                while items[at] != c {
                    at += 1;
                }
                let row = &export.rows[i];
                let Some(new) = merge(&mut pasts[at], row, measured, &mut summary) else {
                    continue;
                };
                if !logged {
                    tx.execute(
                        "INSERT INTO import (file, at, rows) VALUES (?1, ?2, ?3)",
                        rusqlite::params![export.file, clock.stamp(), export.rows.len() as i64],
                    )?;
                    // Bindings stay between executions: the import's id once.
                    upsert.raw_bind_parameter(10, tx.last_insert_rowid())?;
                    logged = true;
                }
                measured_text.clear();
                item::push_date(&mut measured_text, new.measured);
                upsert.raw_bind_parameter(1, candidates[c].key.as_str())?;
                upsert.raw_bind_parameter(2, measured_text.as_str())?;
                for (k, m) in Measure::ALL.iter().enumerate() {
                    let value = new.measures.get(*m);
                    if m.is_count() {
                        upsert.raw_bind_parameter(k + 3, value.map(|x| x as i64))?;
                    } else {
                        upsert.raw_bind_parameter(k + 3, value)?;
                    }
                }
                upsert.raw_bind_parameter(9, new.url.as_deref())?;
                upsert.raw_bind_parameter(11, row.line as i64)?;
                upsert.raw_execute()?;
                months.insert(numbers::file_name(new.measured));
            }
            drop(upsert);
            if let Some(dir) = &self.numbers_dir {
                super::numbers::seal_numbers(&tx, dir, &months)?;
            }
        }
        tx.commit()?;
        Ok(summary)
    }

    /// The items standing in `range` that went live (review items excepted),
    /// each with its latest numbers, by date and key: items whose status is
    /// `published`, and items with imported numbers that are not skipped.
    pub fn measured(&self, range: DateRange) -> Result<Vec<Measured>> {
        let history = histories(self.conn())?;
        Ok(self
            .items(range, &super::Filter::default())?
            .into_iter()
            .filter(|it| it.source != Source::Review && it.status != Status::Skipped)
            .filter_map(|item: Item| {
                let h = history.get(&item.key);
                if item.status != Status::Published && h.is_none() {
                    return None;
                }
                Some(Measured {
                    measures: h.map(latest).unwrap_or_default(),
                    item,
                })
            })
            .collect())
    }
}

/// The measurement `row` makes of an item with `past` measurements, added
/// to `past` and counted in `summary`; `None` when it changes nothing.
fn merge<'p>(
    past: &'p mut History,
    row: &Row,
    measured: NaiveDate,
    summary: &mut ImportSummary,
) -> Option<&'p Measurement> {
    let same_day = past.iter().position(|m| m.measured == measured);
    let before = same_day.map(|p| &past[p]);
    let mut measures = before.map_or_else(Measures::default, |m| m.measures);
    for m in Measure::ALL {
        if let Some(v) = row.measures.get(m) {
            measures.set(m, Some(v));
        }
    }
    let url = row
        .ident
        .url
        .as_ref()
        .or(before.and_then(|m| m.url.as_ref()));
    if let Some(b) = before {
        if b.measures == measures && b.url.as_ref() == url {
            summary.unchanged += 1;
            return None;
        }
    }
    let new = Measurement {
        measured,
        measures,
        url: url.cloned(),
    };
    let p = match same_day {
        Some(p) => {
            summary.updated += 1;
            p
        }
        None if says_nothing_new(past, &new) => {
            summary.unchanged += 1;
            return None;
        }
        None => {
            summary.added += 1;
            let p = past.partition_point(|m| m.measured < measured);
            past.insert(p, new);
            return Some(&past[p]);
        }
    };
    past[p] = new;
    Some(&past[p])
}

/// The latest value of every measure over an item's measurements.
fn latest(history: &History) -> Measures {
    let mut out = Measures::default();
    for m in history {
        for x in Measure::ALL {
            if let Some(v) = m.measures.get(x) {
                out.set(x, Some(v));
            }
        }
    }
    out
}

/// Whether a new measurement only repeats the item's latest numbers (and
/// a URL it already has), whatever its date: re-importing an export
/// without `measured` on another day changes nothing.
fn says_nothing_new(history: &History, new: &Measurement) -> bool {
    if history.is_empty() {
        return false;
    }
    let now = latest(history);
    Measure::ALL
        .iter()
        .all(|m| new.measures.get(*m).is_none() || new.measures.get(*m) == now.get(*m))
        && new
            .url
            .as_ref()
            .is_none_or(|u| history.iter().any(|m| m.url.as_ref() == Some(u)))
}

/// Every stored item as the matcher sees it, with its URL and title only
/// when the export can match by them.
fn candidates(conn: &rusqlite::Connection, urls: bool, titles: bool) -> Result<Vec<Candidate>> {
    let sql = format!(
        "SELECT key, {}, date, {}, status, source FROM item",
        if urls { "url" } else { "NULL" },
        if titles { "title" } else { "''" }
    );
    let mut st = conn.prepare(&sql)?;
    let mut rows = st.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let date = r.get_ref(2)?.as_str().map_err(rusqlite::Error::from)?;
        let status = r.get_ref(4)?.as_str().map_err(rusqlite::Error::from)?;
        let source = r.get_ref(5)?.as_str().map_err(rusqlite::Error::from)?;
        out.push(Candidate {
            key: r.get(0)?,
            url: r.get(1)?,
            date: item::parse_date(date).unwrap_or(NaiveDate::MIN),
            title: r.get(3)?,
            status: Status::parse(status).unwrap_or(Status::Planned),
            source: Source::parse(source).unwrap_or(Source::Item),
        });
    }
    Ok(out)
}

/// (key, url) of every measurement that recorded a URL.
fn recorded_urls(conn: &rusqlite::Connection) -> rusqlite::Result<Vec<(String, String)>> {
    let mut st = conn.prepare("SELECT DISTINCT key, url FROM stat WHERE url IS NOT NULL")?;
    let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

/// The stored measurements of `items` (indexes into `candidates`, in key
/// order), in one pass over the `stat` table in its own key order.
fn past_measurements(
    conn: &rusqlite::Connection,
    candidates: &[Candidate],
    items: &[usize],
) -> Result<Vec<History>> {
    let mut out: Vec<History> = vec![Vec::new(); items.len()];
    if items.is_empty() {
        return Ok(out);
    }
    let mut st = conn.prepare_cached(
        "SELECT key, measured, views, readers, reactions, comments, read_seconds, clicks, url \
         FROM stat WHERE key >= ?1 ORDER BY key, measured",
    )?;
    let mut rows = st.query([&candidates[items[0]].key])?;
    let mut at = 0;
    while let Some(r) = rows.next()? {
        let key = r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
        while at < items.len() && candidates[items[at]].key.as_str() < key {
            at += 1;
        }
        if at == items.len() {
            break;
        }
        if candidates[items[at]].key != key {
            continue;
        }
        out[at].push(measurement(r)?);
    }
    Ok(out)
}

/// A `stat` row from `measured` on (column 1 onwards).
fn measurement(r: &rusqlite::Row) -> Result<Measurement> {
    let measured = r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
    let mut measures = Measures::default();
    for (i, x) in Measure::ALL.iter().enumerate() {
        measures.set(*x, r.get::<_, Option<f64>>(i + 2)?);
    }
    Ok(Measurement {
        measured: item::parse_date(measured).unwrap_or(NaiveDate::MIN),
        measures,
        url: r.get(8)?,
    })
}

fn histories(conn: &rusqlite::Connection) -> Result<FxHashMap<String, History>> {
    let mut st = conn.prepare_cached(
        "SELECT key, measured, views, readers, reactions, comments, read_seconds, clicks, url \
         FROM stat ORDER BY key, measured",
    )?;
    let mut rows = st.query([])?;
    let mut out: FxHashMap<String, History> = FxHashMap::default();
    let mut current: Option<(String, History)> = None;
    while let Some(r) = rows.next()? {
        let key = r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
        let m = measurement(r)?;
        match &mut current {
            Some((k, h)) if k == key => h.push(m),
            _ => {
                if let Some((k, h)) = current.take() {
                    out.insert(k, h);
                }
                current = Some((key.to_string(), vec![m]));
            }
        }
    }
    if let Some((k, h)) = current {
        out.insert(k, h);
    }
    Ok(out)
}
