//! The schedule in SQLite: opening (and upgrading) the database, applying a
//! [`crate::plan::Plan`] as a difference in one transaction, and reading
//! items back. Write transactions are IMMEDIATE so two ritme processes wait
//! for each other instead of failing.

mod apply;
mod blocks;
mod edit;
mod feed;
mod lock;
mod numbers;
#[cfg(test)]
mod properties;
mod query;
mod restyle;
mod reviews;
pub(crate) mod schema;
mod settled;
mod stats;
mod unpacked;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::types::{FromSql, FromSqlResult, ToSql, ToSqlOutput, ValueRef};
use rusqlite::{Connection, OpenFlags};

use crate::error::{Error, Result};
use crate::plan::text::Text;

pub(crate) use apply::{Change, Diff};
pub(crate) use edit::{Edit, Reset};
pub(crate) use feed::Tracked;
pub use lock::Binding;
pub(crate) use lock::{
    hash as lock_hash, hash_file as lock_file_hash, header_end as lock_header_end, PINNABLE,
};
pub(crate) use numbers::{read_numbers, NumbersFiles};
pub use query::Filter;
pub(crate) use restyle::Restyle;
pub(crate) use settled::Settled;
pub(crate) use unpacked::{review_log, Unpacked};

impl ToSql for Text {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(ValueRef::Text(self.as_bytes())))
    }
}

impl FromSql for Text {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        value.as_str().map(Text::from)
    }
}

/// Where the database lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    File(PathBuf),
    Memory,
}

impl Location {
    /// `:memory:` or a path.
    pub fn parse(text: &Path) -> Self {
        if text.as_os_str() == ":memory:" {
            Location::Memory
        } else {
            Location::File(text.to_path_buf())
        }
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::File(p) => write!(f, "{}", p.display()),
            Location::Memory => f.write_str(":memory:"),
        }
    }
}

/// An open, up-to-date database.
pub struct Store {
    conn: Connection,
    /// The lock every write keeps, once a command bound it.
    binding: Option<lock::Binding>,
    /// The lock hash a plan was made from: `apply` writes only while the
    /// database still records it (see [`Store::expect_lock`]).
    expected_lock: Option<String>,
    /// The lock file and the hash of the text a rebuild is made from: a
    /// rebuild writes only while the file still holds that text (see
    /// [`Store::guard_lock_file`]).
    lock_file: Option<(std::path::PathBuf, String)>,
    /// Where imports keep the numbers files, once a command said so (see
    /// [`Store::keep_numbers`]).
    numbers_dir: Option<PathBuf>,
    /// `apply` removes the items dated before this day (`[rules] history`).
    forget_before: Option<chrono::NaiveDate>,
    /// The calendar's writer lock, held as long as the store (see
    /// [`Store::hold`]).
    writer: Option<std::sync::Arc<crate::fs::Exclusive>>,
    /// The definitions the plans `apply` writes are made from (see
    /// [`Store::planned_from`]).
    shape: Option<crate::plan::shape::Shape>,
}

impl Store {
    /// Opens the database, creating it when `create` is set.
    pub fn open(location: &Location, create: bool) -> Result<Store> {
        let conn = match location {
            Location::Memory => Connection::open_in_memory()?,
            Location::File(path) => {
                if !create && !path.exists() {
                    return Err(Error::Storage(format!(
                        "no schedule at {} yet: run `ritme plan` first",
                        path.display()
                    )));
                }
                if path.exists() {
                    schema::check_owner(path)?;
                }
                let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
                if create {
                    flags |= OpenFlags::SQLITE_OPEN_CREATE;
                }
                Connection::open_with_flags(path, flags).map_err(|e| {
                    Error::Storage(format!("cannot open the database {}: {e}", path.display()))
                })?
            }
        };
        configure(&conn)?;
        // SQLite's default page size in memory, where the 16 KiB that speed
        // up inserting into a file gain nothing: `check` plans a hundred items
        // into memory, and each page it touches is four page faults of the
        // system allocator (BENCHMARKS.md, "start-up"; 100,000 items: the
        // same time either way).
        if *location == Location::Memory {
            conn.execute_batch("PRAGMA page_size = 4096")?;
        }
        let mut store = Store {
            conn,
            binding: None,
            expected_lock: None,
            lock_file: None,
            numbers_dir: None,
            forget_before: None,
            writer: None,
            shape: None,
        };
        schema::migrate(&mut store.conn)?;
        Ok(store)
    }

    /// Makes `apply` remove the items dated before `cutoff`, with their
    /// history: they ended longer ago than `[rules] history` keeps.
    pub fn forget_before(&mut self, cutoff: chrono::NaiveDate) {
        self.forget_before = Some(cutoff);
    }

    /// Says what definitions the plans given to `apply` are made from, so
    /// the next `plan` can tell which changed (issue 19).
    pub fn planned_from(&mut self, shape: crate::plan::shape::Shape) {
        self.shape = Some(shape);
    }

    /// Keeps the calendar's writer lock until the store is dropped.
    pub fn hold(&mut self, writer: std::sync::Arc<crate::fs::Exclusive>) {
        self.writer = Some(writer);
    }

    /// The connection, for the store's own modules.
    fn conn(&self) -> &Connection {
        &self.conn
    }
}

/// How long a command waits for another one's write to finish.
pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// The settings of every connection ritme opens (public so the benchmark's
/// floor runs with the same ones).
pub fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // 16 KiB pages for a new database (an existing one keeps its size): a
    // plan of 100,000 items inserted ~20% faster than with 4 KiB pages,
    // with fewer b-tree pages to split and balance (BENCHMARKS.md).
    // The first statement surfaces "not a database".
    conn.execute_batch("PRAGMA page_size = 16384")?;
    // WAL lets readers and a writer overlap.
    let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    conn.execute_batch("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;")?;
    cache_kib(conn, CACHE_KIB)
}

/// The page cache of every connection, allocated only as pages are used:
/// with SQLite's default of 2 MiB, a re-plan that changes every one of
/// 100,000 items spilled pages to the WAL mid-transaction and read them
/// back, 1.4x to 2x its time (BENCHMARKS.md).
const CACHE_KIB: i64 = 64 * 1024;

/// Bounds the connection's page cache to `kib` KiB.
fn cache_kib(conn: &Connection, kib: i64) -> rusqlite::Result<()> {
    conn.execute_batch(&format!("PRAGMA cache_size = -{kib}"))
}
