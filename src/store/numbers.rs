//! The store's side of the numbers files (SPEC sections 8 and 10): an
//! import writes the months it changed into `ritme.numbers/` inside its
//! transaction, just before the commit, and records the files' hash; a
//! command that finds the files' hash not the one its database recorded
//! (no database yet, a `git pull`, a crash between the writes) replaces the
//! database's numbers with the files'. As with the lock, the files are the
//! truth and the database is derived.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, TransactionBehavior};

use super::lock::{hash, meta, set_meta};
use super::Store;
use crate::error::{Error, Result};
use crate::plan::item;
use crate::stats::numbers::{self, Row, DIR};
use crate::stats::{Measure, Measures};

/// The numbers files of a calendar as read: their rows, with the name
/// (relative to the calendar) and line of each, and one hash of them all.
#[derive(Debug, Clone)]
pub struct NumbersFiles {
    rows: Vec<(usize, Row)>,
    files: usize,
    pub hash: String,
}

impl NumbersFiles {
    /// Whether there is no numbers file.
    pub fn is_empty(&self) -> bool {
        self.files == 0
    }
}

/// The meta row that records the hash of the files the numbers came from.
const META: &str = "numbers";

/// Reads the numbers files of the calendar in `calendar_dir` (none when
/// the directory is absent): a broken one is an error before anything is
/// written.
pub fn read_numbers(calendar_dir: &Path) -> Result<NumbersFiles> {
    let dir = calendar_dir.join(DIR);
    let mut files = Vec::new();
    match std::fs::read_dir(&dir) {
        Ok(entries) => {
            for entry in entries {
                let entry = entry.map_err(|e| Error::io(&dir, e))?;
                let name = entry.file_name().to_string_lossy().into_owned();
                if !numbers::is_numbers_file(&name) {
                    continue;
                }
                let path = entry.path();
                let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
                files.push((format!("{DIR}/{name}"), text));
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::io(&dir, e)),
    }
    files.sort();
    let mut all = String::new();
    let mut rows = Vec::new();
    for (name, text) in &files {
        all.push_str(name);
        all.push('\0');
        all.push_str(text);
        all.push('\0');
        rows.extend(numbers::parse(name, text)?);
    }
    Ok(NumbersFiles {
        hash: hash(&all),
        files: files.len(),
        rows,
    })
}

impl Store {
    /// From now on, an import also writes the numbers files of the calendar
    /// in `calendar_dir`.
    pub fn keep_numbers(&mut self, calendar_dir: &Path) {
        self.numbers_dir = Some(calendar_dir.join(DIR));
    }

    /// Whether the database recorded the numbers files it holds: a
    /// database from before the files has numbers only it knows.
    pub fn numbers_recorded(&self) -> Result<bool> {
        Ok(meta(&self.conn, META)?.is_some())
    }

    /// Brings the database's numbers in line with `files`. A database from
    /// before the files (numbers, no record of files, no files) writes its
    /// numbers out instead, once, when `migrate` is set and the store keeps
    /// numbers files.
    pub fn sync_numbers(&mut self, files: &NumbersFiles, migrate: bool) -> Result<bool> {
        if meta(&self.conn, META)?.as_deref() == Some(files.hash.as_str()) {
            return Ok(false);
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let has_numbers: bool =
            tx.query_row("SELECT EXISTS (SELECT 1 FROM stat)", [], |r| r.get(0))?;
        let before_files = meta(&tx, META)?.is_none() && files.is_empty() && has_numbers;
        if before_files {
            if !migrate {
                return Ok(false);
            }
            let Some(dir) = self.numbers_dir.as_deref() else {
                return Ok(false);
            };
            let months = months(&tx)?;
            seal_numbers(&tx, dir, &months)?;
            tx.commit()?;
            return Ok(true);
        }
        tx.execute("DELETE FROM stat", [])?;
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO stat (key, measured, views, readers, reactions, comments, \
                 read_seconds, clicks, url, import, line) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, ?10)",
            )?;
            for (line, row) in &files.rows {
                insert.execute(rusqlite::params![
                    row.key,
                    item::date_text(row.measured),
                    count(&row.measures, Measure::Views),
                    count(&row.measures, Measure::Readers),
                    count(&row.measures, Measure::Reactions),
                    count(&row.measures, Measure::Comments),
                    row.measures.get(Measure::ReadSeconds),
                    count(&row.measures, Measure::Clicks),
                    row.url,
                    *line as i64,
                ])?;
            }
        }
        set_meta(&tx, META, &files.hash)?;
        tx.commit()?;
        Ok(false)
    }
}

fn count(m: &Measures, which: Measure) -> Option<i64> {
    m.get(which).map(|v| v as i64)
}

/// Every month (as its file name) with a stored measurement.
fn months(conn: &Connection) -> Result<BTreeSet<String>> {
    let mut st = conn.prepare("SELECT DISTINCT substr(measured, 1, 7) FROM stat")?;
    let rows = st.query_map([], |r| r.get::<_, String>(0))?;
    let mut out = BTreeSet::new();
    for month in rows {
        out.insert(format!("{}.csv", month?));
    }
    Ok(out)
}

/// Inside a writing transaction, just before its commit: writes the files
/// of `months` (file names) from what the transaction stored, each
/// atomically and only when its bytes change, then records the hash of
/// all the files. A crash between a rename and the commit leaves files
/// whose hash the database does not record, so the next command takes the
/// numbers from the files.
pub(super) fn seal_numbers(
    tx: &rusqlite::Transaction,
    dir: &Path,
    months: &BTreeSet<String>,
) -> Result<()> {
    if !months.is_empty() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        crate::fs::write_atomic(
            &dir.join(".gitattributes"),
            numbers::GITATTRIBUTES.as_bytes(),
        )?;
    }
    let mut st = tx.prepare_cached(
        "SELECT key, measured, views, readers, reactions, comments, read_seconds, clicks, url \
         FROM stat WHERE measured >= ?1 AND measured < ?2 ORDER BY key, measured",
    )?;
    for month in months {
        let stem = month.trim_end_matches(".csv");
        let mut rows = st.query([format!("{stem}-01"), format!("{stem}-32")])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let measured: String = r.get(1)?;
            let mut measures = Measures::default();
            for (i, m) in Measure::ALL.iter().enumerate() {
                measures.set(*m, r.get::<_, Option<f64>>(i + 2)?);
            }
            out.push(Row {
                key: r.get(0)?,
                measured: item::parse_date(&measured).unwrap_or(chrono::NaiveDate::MIN),
                measures,
                url: r.get(8)?,
            });
        }
        crate::fs::write_atomic(&dir.join(month), numbers::render(&out).as_bytes())?;
    }
    let calendar: PathBuf = dir.parent().map(Path::to_path_buf).unwrap_or_default();
    set_meta(tx, META, &read_numbers(&calendar)?.hash)
}
