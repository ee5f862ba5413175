//! The one error type of ritme and the table that maps it to exit codes.
//!
//! The codes are SPEC section 6: 0 success, 1 `check` found problems,
//! 2 bad usage or bad definitions, 3 storage or I/O failure. They are
//! decided here and nowhere else.

pub(crate) mod diagnostic;
pub(crate) mod suggest;

use std::fmt;
use std::path::PathBuf;

use crate::error::diagnostic::Diagnostic;

/// Everything that can make a ritme command fail.
#[derive(Debug)]
pub enum Error {
    /// The calendar's definitions are wrong; every problem found, with its location.
    Definitions(Vec<Diagnostic>),
    /// The command line asked for something that cannot be (a bad range, an unknown key).
    Usage(String),
    /// SQLite refused: a locked, corrupt, foreign or too-new database.
    Storage(String),
    /// A file could not be read or written.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// `check` found findings at or above the failing severity; they were already printed.
    CheckFailed,
    /// `plan --locked`: planning would change the lock; the changes were printed.
    LockNotCurrent,
    /// Another command committed to the stored plan after this `plan` read
    /// it: the plan it made is stale and was not written (it plans again).
    Raced,
    /// `ritme.lock` cannot be read: a broken line, an unknown version, or a
    /// git conflict that only `plan` resolves.
    Lock {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

impl Error {
    /// The process exit code for this error (SPEC section 6).
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::CheckFailed | Error::LockNotCurrent => 1,
            Error::Definitions(_) | Error::Usage(_) | Error::Lock { .. } => 2,
            Error::Storage(_) | Error::Io { .. } | Error::Raced => 3,
        }
    }

    /// A usage error from anything displayable.
    pub fn usage(message: impl Into<String>) -> Self {
        Error::Usage(message.into())
    }

    /// An I/O error on a path.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Definitions(diagnostics) => {
                for (i, d) in diagnostics.iter().enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{}", d.render())?;
                }
                if diagnostics.len() > 1 {
                    write!(
                        f,
                        "\n{} errors in the calendar's definitions",
                        diagnostics.len()
                    )?;
                }
                Ok(())
            }
            Error::Usage(message) | Error::Storage(message) => {
                write!(f, "error: {}", diagnostic::clip_echoes(message))
            }
            Error::Io { path, source } if source.kind() == std::io::ErrorKind::StorageFull => {
                write!(
                    f,
                    "error: cannot write {}: no space left on the device",
                    path.display()
                )
            }
            Error::Io { path, source } => write!(f, "error: {}: {source}", path.display()),
            Error::CheckFailed => write!(f, "check failed"),
            Error::Raced => write!(
                f,
                "error: other commands kept changing the plan while this one planned: run it again"
            ),
            Error::LockNotCurrent => write!(
                f,
                "error: ritme.lock is not current: run `ritme plan` and commit ritme.lock"
            ),
            Error::Lock {
                path,
                line,
                message,
            } => write!(f, "error: {}:{line}: {message}", path.display()),
        }
    }
}

impl std::error::Error for Error {}

/// How a storage message about an unreadable database file begins, until
/// [`Error::naming_database`] puts the file's path in its place.
const UNREADABLE: &str = "the database file is ";

/// The way out of an unreadable database file.
const UNREADABLE_ADVICE: &str = "restore it from a backup, or use --db to choose another file";

impl Error {
    /// The same error, naming `path` when SQLite found the file is no
    /// database or a damaged one: the user has to find that file.
    pub fn naming_database(self, path: &std::path::Path) -> Error {
        match self {
            Error::Storage(text) => match text.strip_prefix(UNREADABLE) {
                Some(what) => Error::Storage(format!("{} is {what}", path.display())),
                None => Error::Storage(text),
            },
            e => e,
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        let text = match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::NotADatabase) => {
                format!("{UNREADABLE}not a SQLite database ({UNREADABLE_ADVICE})")
            }
            Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
                format!("{UNREADABLE}damaged: {e} ({UNREADABLE_ADVICE})")
            }
            Some(rusqlite::ErrorCode::DiskFull) => {
                "the disk is full: the database was left as it was".to_string()
            }
            Some(rusqlite::ErrorCode::DatabaseBusy) | Some(rusqlite::ErrorCode::DatabaseLocked) => {
                "the database is busy: another ritme is writing to it; try again".to_string()
            }
            _ => format!("database: {e}"),
        };
        Error::Storage(text)
    }
}

/// The result of every fallible ritme operation.
pub type Result<T, E = Error> = std::result::Result<T, E>;
