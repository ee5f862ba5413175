//! Writing a file so that a reader sees the old text or the new one, never
//! half of either: write a temporary file beside it, then rename it over.
//! A rename within one directory is atomic on POSIX file systems.
//!
//! Only a regular file (or a new path) is replaced that way. A symlink is
//! followed, so its target is replaced and the link stays; a character
//! device, a FIFO or a socket is written straight into, because renaming
//! over it would swap the device for a plain file (and `-o /dev/stdout`
//! would stop reaching the terminal).

use std::fs::Metadata;
use std::io::{BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// How many symlinks are followed before giving up (Linux's own limit).
const MAX_LINKS: usize = 40;

/// Writes `bytes` to `path` atomically. The temporary file is
/// `.<name>.<pid>.tmp` in the same directory and is removed when anything
/// fails. Nothing is written when the file already holds exactly `bytes`,
/// so an unchanged feed keeps its modification time (and web servers their
/// ETag).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_parts(path, &[bytes])
}

/// [`write_atomic`] of the concatenation of `parts`, without ever holding
/// the whole text in one buffer.
pub fn write_atomic_parts(path: &Path, parts: &[&[u8]]) -> Result<()> {
    let io = |e| Error::io(path, e);
    // `metadata` follows links in the kernel, so `/dev/stdout` and other
    // magic links of /proc are judged by what they reach.
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => Err(io(std::io::Error::new(
            std::io::ErrorKind::IsADirectory,
            "is a directory",
        ))),
        Ok(meta) if meta.is_file() => {
            let target = std::fs::canonicalize(path).map_err(io)?;
            replace(path, &target, parts, Some(&meta))
        }
        // A device, a FIFO or a socket.
        Ok(_) => write_into(path, parts).map_err(io),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let target = follow_links(path).map_err(io)?;
            replace(path, &target, parts, None)
        }
        Err(e) => Err(io(e)),
    }
}

/// The path that `path` names once every symlink at its end is followed,
/// for a path that does not exist yet: a dangling link gives its missing
/// target, which is then created; any other path is itself.
fn follow_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut at = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&at) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let to = std::fs::read_link(&at)?;
                at = match at.parent() {
                    Some(dir) => dir.join(to),
                    None => to,
                };
            }
            _ => return Ok(at),
        }
    }
    Err(std::io::Error::other(format!(
        "more than {MAX_LINKS} symbolic links to follow"
    )))
}

/// Writes the parts to a temporary file beside `target`, then renames it
/// over `target`; `old` is the file there now, whose permissions the new
/// one keeps. Errors name `shown`, the path the user gave.
fn replace(shown: &Path, target: &Path, parts: &[&[u8]], old: Option<&Metadata>) -> Result<()> {
    if old.is_some() && holds(target, parts) {
        return Ok(());
    }
    let temp = temp_name(target);
    let result = (|| {
        let f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        if let Some(old) = old {
            f.set_permissions(old.permissions())?;
        }
        let mut w = BufWriter::with_capacity(1 << 18, f);
        for p in parts {
            w.write_all(p)?;
        }
        w.into_inner().map_err(|e| e.into_error())?;
        std::fs::rename(&temp, target)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&temp);
        Error::io(shown, e)
    })
}

/// Writes the parts straight into a device or FIFO, which cannot be
/// replaced (and need not be: a reader sees bytes as they come). A reader
/// that closed its end early is not an error, as on stdout.
fn write_into(target: &Path, parts: &[&[u8]]) -> std::io::Result<()> {
    let f = std::fs::OpenOptions::new().write(true).open(target)?;
    let mut w = BufWriter::with_capacity(1 << 16, f);
    let result = parts
        .iter()
        .try_for_each(|p| w.write_all(p))
        .and_then(|()| w.flush());
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Whether the file at `path` already holds exactly `parts`. Reads it only
/// when its size matches, in blocks, so a large feed costs no large buffer.
fn holds(path: &Path, parts: &[&[u8]]) -> bool {
    let size: usize = parts.iter().map(|p| p.len()).sum();
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    if file.metadata().map_or(true, |m| m.len() != size as u64) {
        return false;
    }
    let mut old = std::io::BufReader::with_capacity(1 << 18, file);
    for p in parts {
        let mut rest: &[u8] = p;
        while !rest.is_empty() {
            let Ok(block) = old.fill_buf() else {
                return false;
            };
            if block.is_empty() {
                return false;
            }
            let n = block.len().min(rest.len());
            if block[..n] != rest[..n] {
                return false;
            }
            old.consume(n);
            rest = &rest[n..];
        }
    }
    old.fill_buf().is_ok_and(|b| b.is_empty())
}

fn temp_name(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary_file() {
        let dir = std::env::temp_dir().join(format!("ritme-atomic-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("feed.ics");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("feed.ics")]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_failed_write_is_an_io_error_naming_the_file() {
        let path = std::env::temp_dir().join("ritme-no-such-dir/x/feed.ics");
        let e = write_atomic(&path, b"x").unwrap_err();
        assert_eq!(e.exit_code(), 3);
        assert!(e.to_string().contains("feed.ics"), "{e}");
    }
}

/// An exclusive advisory lock (`flock`) on a directory, held until the
/// last clone of it is dropped: a writing command holds its calendar's
/// while it reads, commits and replaces `ritme.lock` (SPEC section 10), so
/// a second writer waits instead of interleaving. The directory, not the
/// file: `ritme.lock` is replaced by a rename, which would leave a waiter
/// holding the old file, and a lock file of its own would be one more file
/// in the calendar's `git status`.
#[derive(Debug)]
pub struct Exclusive {
    dir: PathBuf,
    _file: std::fs::File,
}

/// The locks this process holds: a command that opens its calendar twice
/// (an edit, then the plan that settles it) shares the first.
static HELD: std::sync::Mutex<Vec<std::sync::Weak<Exclusive>>> = std::sync::Mutex::new(Vec::new());

/// Takes the exclusive lock on `dir`, waiting up to `wait` for another
/// process to let go of it; `what` names what the lock guards, for the
/// message when the wait runs out.
pub fn lock_exclusive(
    dir: &Path,
    wait: std::time::Duration,
    what: &Path,
) -> Result<std::sync::Arc<Exclusive>> {
    let mut held = HELD
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    held.retain(|w| w.strong_count() > 0);
    if let Some(mine) = held
        .iter()
        .filter_map(std::sync::Weak::upgrade)
        .find(|l| l.dir == dir)
    {
        return Ok(mine);
    }
    let file = std::fs::File::open(dir).map_err(|e| Error::io(dir, e))?;
    let start = std::time::Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => break,
            Err(std::fs::TryLockError::WouldBlock) if start.elapsed() < wait => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(Error::Storage(format!(
                    "another ritme command is writing {} and still was after {}s: run this one again when it is done (RITME_LOCK_WAIT sets the wait in seconds)",
                    what.display(),
                    wait.as_secs()
                )))
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(Error::io(dir, e)),
        }
    }
    let lock = std::sync::Arc::new(Exclusive {
        dir: dir.to_path_buf(),
        _file: file,
    });
    held.push(std::sync::Arc::downgrade(&lock));
    Ok(lock)
}
