//! A calendar as it was at a git revision, for `ritme diff` and `ritme
//! agenda --since`: its directory's
//! files (includes and globs included, `ritme.lock` too) read from the
//! revision's tree into a temporary directory, where `config::load` reads
//! them like any calendar. Nothing in the repository is written.
//!
//! It runs the `git` binary rather than a library (gix): every user of a
//! calendar kept in git has it, it reads every repository format git
//! writes (worktrees, partial clones, alternates, sha256), and two
//! processes per revision (`ls-tree`, `cat-file --batch`) cost
//! milliseconds next to planning (BENCHMARKS.md, `diff`), while gix would
//! add some hundred crates for the same bytes.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use chrono::{NaiveDate, NaiveTime, TimeZone};

use crate::error::{Error, Result};

/// The repository holding a calendar directory.
#[derive(Debug, Clone)]
pub struct Repository {
    /// The work tree's top directory.
    top: PathBuf,
    /// The calendar directory relative to `top`, with a trailing `/`, or
    /// empty when it is the top.
    pub prefix: String,
}

/// A revision's calendar, extracted; removed on drop.
pub struct Checkout {
    /// The calendar directory inside the temporary one.
    pub dir: PathBuf,
    _temp: tempfile::TempDir,
}

impl Repository {
    /// The repository that `dir` is in; an error (exit 2) when there is
    /// none, saying that `what` (`ritme diff`) needs one.
    pub fn find(dir: &Path, what: &str) -> Result<Self> {
        let out = git(dir, &["rev-parse", "--show-toplevel", "--show-prefix"]).map_err(|e| {
            Error::usage(format!(
                "{} is not in a git repository: {what} reads git revisions ({e})",
                dir.display()
            ))
        })?;
        let mut lines = out.lines();
        let top = PathBuf::from(lines.next().unwrap_or_default());
        let prefix = lines.next().unwrap_or_default().to_string();
        Ok(Repository { top, prefix })
    }

    /// The commit `rev` names; an unknown revision is a usage error.
    pub fn commit(&self, rev: &str) -> Result<String> {
        let spec = format!("{rev}^{{commit}}");
        git(
            &self.top,
            &[
                "rev-parse",
                "--verify",
                "--quiet",
                "--end-of-options",
                &spec,
            ],
        )
        .map(|s| s.trim().to_string())
        .map_err(|_| {
            Error::usage(format!(
                "unknown revision \"{rev}\": give a commit, branch or tag of this repository"
            ))
        })
    }

    /// The last commit reachable from HEAD made before `day` began in
    /// `tz` (by committer date, as `git log --before`); a usage error when
    /// there is none, naming the first commit's day.
    pub fn last_before(&self, day: NaiveDate, tz: chrono_tz::Tz) -> Result<String> {
        let midnight = day.and_time(NaiveTime::MIN);
        let start = tz
            .from_local_datetime(&midnight)
            .earliest()
            // Midnight skipped by a change of the clocks: the day begins
            // at 01:00, when the clocks have jumped.
            .or_else(|| {
                tz.from_local_datetime(&(midnight + chrono::Duration::hours(1)))
                    .earliest()
            })
            .map_or_else(|| midnight.and_utc().timestamp(), |t| t.timestamp());
        // `--before` keeps commits at or before the time: one second less.
        let before = format!("--before=@{} +0000", start - 1);
        let found = git(&self.top, &["rev-list", "-1", &before, "HEAD", "--"])
            .map_err(|e| Error::usage(format!("cannot read the history before {day}: {e}")))?;
        match found.trim() {
            "" => {
                // The earliest of the root commits (a merged history has
                // several), on the calendar's clock.
                let first = git(
                    &self.top,
                    &["log", "--format=%ct", "--max-parents=0", "HEAD"],
                )
                .ok()
                .and_then(|s| s.lines().filter_map(|l| l.parse::<i64>().ok()).min())
                .and_then(|t| chrono::DateTime::from_timestamp(t, 0))
                .map(|t| {
                    format!(
                        ": the first commit is of {}",
                        t.with_timezone(&tz).date_naive()
                    )
                })
                .unwrap_or_default();
                Err(Error::usage(format!(
                    "no commit before {day} (--since){first}"
                )))
            }
            commit => Ok(commit.to_string()),
        }
    }

    /// The calendar directory's files at `commit` (named `rev` in errors),
    /// extracted into a temporary directory.
    pub fn checkout(&self, rev: &str, commit: &str) -> Result<Checkout> {
        let temp = tempfile::Builder::new()
            .prefix("ritme-diff-")
            .tempdir()
            .map_err(|e| Error::io(std::env::temp_dir(), e))?;
        let dir = temp.path().join("calendar");
        let mut args = vec!["ls-tree", "-r", "-z", "--end-of-options", commit];
        if !self.prefix.is_empty() {
            args.extend(["--", self.prefix.as_str()]);
        }
        let listing = git(&self.top, &args).map_err(Error::Storage)?;
        // Blobs only (no submodules), regular files and executables (no
        // symbolic links), and no database: it is derived, never read here.
        let files: Vec<(&str, &str)> = listing
            .split('\0')
            .filter_map(|entry| {
                let (meta, path) = entry.split_once('\t')?;
                let mut meta = meta.split(' ');
                let (mode, kind, hash) = (meta.next()?, meta.next()?, meta.next()?);
                let rel = path.strip_prefix(self.prefix.as_str())?;
                let wanted = kind == "blob"
                    && mode != "120000"
                    && !rel
                        .rsplit('/')
                        .next()
                        .unwrap_or(rel)
                        .starts_with("ritme.db");
                wanted.then_some((hash, rel))
            })
            .collect();
        if !files
            .iter()
            .any(|(_, rel)| *rel == crate::config::ROOT_FILE)
        {
            let place = if self.prefix.is_empty() {
                "the repository's top directory".to_string()
            } else {
                self.prefix.clone()
            };
            return Err(Error::usage(format!(
                "revision \"{rev}\" has no calendar at {place} (no {} there)",
                crate::config::ROOT_FILE
            )));
        }
        let blobs = cat_files(&self.top, files.iter().map(|(hash, _)| *hash))?;
        for ((_, rel), bytes) in files.iter().zip(blobs) {
            let path = dir.join(rel);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
            }
            std::fs::write(&path, bytes).map_err(|e| Error::io(&path, e))?;
        }
        Ok(Checkout { dir, _temp: temp })
    }
}

/// Runs git in `dir`; its stdout, or its stderr's first line as the error.
fn git(dir: &Path, args: &[&str]) -> std::result::Result<String, String> {
    let out = Command::new("git")
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        let err = String::from_utf8_lossy(&out.stderr);
        Err(err.lines().next().unwrap_or("git failed").to_string())
    }
}

/// The contents of `hashes`' blobs, in order, through one `git cat-file
/// --batch`: one process for the whole calendar.
fn cat_files<'h>(dir: &Path, hashes: impl Iterator<Item = &'h str>) -> Result<Vec<Vec<u8>>> {
    let mut child = Command::new("git")
        .current_dir(dir)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Error::Storage(format!("cannot run git: {e}")))?;
    let request: String = hashes.map(|h| format!("{h}\n")).collect();
    let mut stdin = child.stdin.take();
    // Written from another thread: git answers while it reads, and a full
    // pipe on both sides would otherwise wait forever.
    let writer = std::thread::spawn(move || {
        if let Some(stdin) = stdin.as_mut() {
            let _ = stdin.write_all(request.as_bytes());
        }
    });
    let mut out = Vec::new();
    if let Some(mut stdout) = child.stdout.take() {
        stdout
            .read_to_end(&mut out)
            .map_err(|e| Error::io("<git cat-file>", e))?;
    }
    let _ = writer.join();
    let status = child.wait().map_err(|e| Error::io("<git cat-file>", e))?;
    if !status.success() {
        return Err(Error::Storage("git cat-file failed".to_string()));
    }
    let mut blobs = Vec::new();
    let mut rest = out.as_slice();
    while !rest.is_empty() {
        let end = rest
            .iter()
            .position(|b| *b == b'\n')
            .ok_or_else(|| Error::Storage("git cat-file: a header without its end".into()))?;
        let header = String::from_utf8_lossy(&rest[..end]);
        let size: usize = header
            .rsplit(' ')
            .next()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| Error::Storage(format!("git cat-file: unexpected \"{header}\"")))?;
        let body = rest
            .get(end + 1..end + 1 + size)
            .ok_or_else(|| Error::Storage("git cat-file: a blob cut short".into()))?;
        blobs.push(body.to_vec());
        rest = rest.get(end + 2 + size..).unwrap_or_default();
    }
    Ok(blobs)
}
