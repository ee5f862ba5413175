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
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_parts(path, &[bytes])
}

/// [`write_atomic`] of the concatenation of `parts`, without ever holding
/// the whole text in one buffer.
pub(crate) fn write_atomic_parts(path: &Path, parts: &[&[u8]]) -> Result<()> {
    let mut file = Replacement::start(path)?;
    if file.replaces_file() && holds(&file.target, parts) {
        return Ok(());
    }
    for p in parts {
        file.write_all(p).map_err(|e| file.error(e))?;
    }
    file.finish()
}

/// A file written piece by piece and put in place as [`write_atomic`]
/// puts it, for a text too large to hold whole (the lock of a million
/// items): a regular file (or a new path) through a temporary file beside
/// it, renamed over it by [`Replacement::finish`] and removed when the
/// replacement is dropped unfinished; a device, a FIFO or a socket
/// straight, where a reader that closed its end early is not an error, as
/// on stdout.
pub(crate) struct Replacement {
    /// The path the user gave, for errors.
    shown: PathBuf,
    /// What the text replaces: the path once its links are followed.
    target: PathBuf,
    /// The file there now, whose permissions the new one keeps; `None`
    /// for a new path.
    old: Option<Metadata>,
    /// The temporary file, `None` when writing straight into a device.
    temp: Option<PathBuf>,
    /// Opened on the first write.
    out: Option<BufWriter<std::fs::File>>,
    /// A device's reader went away: the rest is dropped.
    closed: bool,
}

impl Replacement {
    /// Starts replacing `path`; nothing is written before the first write.
    pub(crate) fn start(path: &Path) -> Result<Replacement> {
        let io = |e| Error::io(path, e);
        // `metadata` follows links in the kernel, so `/dev/stdout` and other
        // magic links of /proc are judged by what they reach.
        let (target, old, temp) = match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                return Err(io(std::io::Error::new(
                    std::io::ErrorKind::IsADirectory,
                    "is a directory",
                )))
            }
            Ok(meta) if meta.is_file() => {
                let target = std::fs::canonicalize(path).map_err(io)?;
                let temp = temp_name(&target);
                (target, Some(meta), Some(temp))
            }
            // A device, a FIFO or a socket.
            Ok(_) => (path.to_path_buf(), None, None),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let target = follow_links(path).map_err(io)?;
                let temp = temp_name(&target);
                (target, None, Some(temp))
            }
            Err(e) => return Err(io(e)),
        };
        Ok(Replacement {
            shown: path.to_path_buf(),
            target,
            old,
            temp,
            out: None,
            closed: false,
        })
    }

    /// Whether a regular file is there now.
    pub(crate) fn replaces_file(&self) -> bool {
        self.old.is_some()
    }

    /// The error of a write, naming the path the user gave.
    pub(crate) fn error(&self, e: std::io::Error) -> Error {
        Error::io(&self.shown, e)
    }

    /// The temporary file, or the device.
    fn create(&self) -> std::io::Result<std::fs::File> {
        let Some(temp) = &self.temp else {
            return std::fs::OpenOptions::new().write(true).open(&self.target);
        };
        let f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(temp)?;
        if let Some(old) = &self.old {
            f.set_permissions(old.permissions())?;
        }
        Ok(f)
    }

    fn take_out(&mut self) -> std::io::Result<BufWriter<std::fs::File>> {
        match self.out.take() {
            Some(out) => Ok(out),
            None => Ok(BufWriter::with_capacity(1 << 18, self.create()?)),
        }
    }

    /// Puts what was written in place.
    pub(crate) fn finish(mut self) -> Result<()> {
        let result = self
            .take_out()
            .and_then(|out| out.into_inner().map_err(|e| e.into_error()))
            .and_then(|_| match &self.temp {
                Some(temp) => std::fs::rename(temp, &self.target),
                None => Ok(()),
            });
        match result {
            Err(e) if self.temp.is_none() && e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(self.error(e)),
            Ok(()) => {
                // Renamed: nothing left to remove.
                self.temp = None;
                Ok(())
            }
        }
    }
}

impl Write for Replacement {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.closed {
            return Ok(buf.len());
        }
        let mut out = self.take_out()?;
        let written = out.write(buf);
        self.out = Some(out);
        match written {
            Err(e) if self.temp.is_none() && e.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(buf.len())
            }
            other => other,
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.out {
            Some(out) => out.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for Replacement {
    /// An unfinished replacement leaves no temporary file.
    fn drop(&mut self) {
        if let Some(temp) = &self.temp {
            self.out = None;
            let _ = std::fs::remove_file(temp);
        }
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

/// Whether the file at `path` already holds exactly `parts`. Reads it only
/// when its size matches, in blocks, so a large feed costs no large buffer.
fn holds(path: &Path, parts: &[&[u8]]) -> bool {
    let size: usize = parts.iter().map(|p| p.len()).sum();
    if std::fs::metadata(path).map_or(true, |m| m.len() != size as u64) {
        return false;
    }
    let mut old = Compare::open(path);
    for p in parts {
        old.feed(p);
    }
    old.same()
}

/// A file compared with a text given piece by piece, read in blocks
/// alongside it.
pub(crate) struct Compare {
    /// `None` once they differ (or the file cannot be read).
    old: Option<std::io::BufReader<std::fs::File>>,
}

impl Compare {
    pub(crate) fn open(path: &Path) -> Compare {
        let old = std::fs::File::open(path)
            .ok()
            .map(|f| std::io::BufReader::with_capacity(1 << 18, f));
        Compare { old }
    }

    /// Compares the next piece of the text.
    pub(crate) fn feed(&mut self, mut rest: &[u8]) {
        let Some(old) = &mut self.old else {
            return;
        };
        while !rest.is_empty() {
            let n = match old.fill_buf() {
                Ok(block) if !block.is_empty() => {
                    let n = block.len().min(rest.len());
                    if block[..n] != rest[..n] {
                        self.old = None;
                        return;
                    }
                    n
                }
                _ => {
                    self.old = None;
                    return;
                }
            };
            old.consume(n);
            rest = &rest[n..];
        }
    }

    /// Whether the file holds exactly the text fed, and nothing after it.
    pub(crate) fn same(self) -> bool {
        self.old
            .is_some_and(|mut old| old.fill_buf().is_ok_and(|b| b.is_empty()))
    }
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
    fn a_replacement_dropped_unfinished_leaves_the_file_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ritme.lock");
        write_atomic(&path, b"old").unwrap();
        let mut file = Replacement::start(&path).unwrap();
        file.write_all(b"half of the new").unwrap();
        drop(file);
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        let mut file = Replacement::start(&path).unwrap();
        file.write_all(b"new").unwrap();
        file.finish().unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
    }

    #[test]
    fn a_compared_file_is_the_same_only_when_it_ends_with_the_text() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, b"abcdef").unwrap();
        let same = |parts: &[&[u8]]| {
            let mut c = Compare::open(&path);
            parts.iter().for_each(|p| c.feed(p));
            c.same()
        };
        assert!(same(&[b"abc", b"def"]));
        assert!(!same(&[b"abc"]));
        assert!(!same(&[b"abc", b"defg"]));
        assert!(!same(&[b"abd", b"ef"]));
        assert!(!Compare::open(&dir.path().join("none")).same());
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
pub(crate) fn lock_exclusive(
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
