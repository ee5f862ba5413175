//! The test harness: a temporary copy of a fixture calendar, the real
//! binary run in a clean environment with a fixed today and clock, and its
//! stdout, stderr and exit code.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `tests/fixtures/<name>`.
pub fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

/// The shipped example calendar.
pub fn voorbeeld() -> PathBuf {
    root().join("calendars/voorbeeld")
}

/// Whether `name` (a file or folder directly in the example's directory)
/// is part of the example as shipped: the README's first command plans it,
/// and git ignores what that leaves (the database, the lock, the numbers).
pub fn shipped(name: &str) -> bool {
    !(name.starts_with("ritme.db") || name == "ritme.lock" || name == "ritme.numbers")
}

/// A scratch directory holding a copy of a calendar; removed on drop.
pub struct Scratch {
    pub dir: tempfile::TempDir,
}

impl Scratch {
    /// An empty scratch directory.
    pub fn empty() -> Self {
        Scratch {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// A copy of the calendar in `from`, without its database; of the
    /// shipped example, as shipped.
    pub fn copy_of(from: &Path) -> Self {
        let s = Scratch::empty();
        let example = from == voorbeeld();
        std::fs::create_dir_all(s.path()).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let name = entry.unwrap().file_name();
            let name = name.to_string_lossy();
            if !name.starts_with("ritme.db") && (!example || shipped(&name)) {
                copy(&from.join(&*name), &s.path().join(&*name));
            }
        }
        s
    }

    /// A copy of `tests/fixtures/<name>`.
    pub fn fixture(name: &str) -> Self {
        Scratch::copy_of(&fixture(name))
    }

    /// The directory.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file (creating directories).
    pub fn write(&self, name: &str, text: &str) {
        let p = self.path().join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    /// Reads a file.
    pub fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.path().join(name)).unwrap()
    }

    /// `ritme -C <this dir> <args>` with today 2026-11-23.
    pub fn ritme(&self, args: &[&str]) -> Run {
        ritme_in(self.path(), args)
    }
}

/// Copies the file or folder `from` to `to`.
fn copy(from: &Path, to: &Path) {
    if from.is_dir() {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let name = entry.unwrap().file_name();
            copy(&from.join(&name), &to.join(&name));
        }
    } else {
        std::fs::copy(from, to).unwrap();
    }
}

/// The `ritme` command in a clean environment: no inherited RITME_*,
/// NO_COLOR set, a fixed clock, today 2026-11-23 unless the args say otherwise.
pub fn command() -> Command {
    let mut c = Command::cargo_bin("ritme").expect("the ritme binary");
    c.env_clear()
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", "1795435200")
        .env("RITME_TODAY", "2026-11-23")
        .env("TZ", "UTC");
    c
}

/// Runs `ritme -C dir args`.
pub fn ritme_in(dir: &Path, args: &[&str]) -> Run {
    let mut c = command();
    c.arg("-C").arg(dir).args(args);
    Run(c.output().expect("ritme runs"))
}

/// What a run printed and how it ended.
pub struct Run(pub Output);

impl Run {
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.0.stdout).into_owned()
    }

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.0.stderr).into_owned()
    }

    pub fn code(&self) -> i32 {
        self.0.status.code().unwrap_or(-1)
    }

    /// Asserts the exit code, showing the output when it differs.
    #[track_caller]
    pub fn code_is(self, code: i32) -> Self {
        assert_eq!(
            self.code(),
            code,
            "exit code\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout(),
            self.stderr()
        );
        self
    }

    /// Asserts success.
    #[track_caller]
    pub fn ok(self) -> Self {
        self.code_is(0)
    }

    /// The stdout parsed as JSON.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout())
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout()))
    }
}

/// Runs git in `dir`, with an identity and fixed commit dates (so commit
/// hashes are the same on every run), failing the test on an error.
pub fn git(dir: &Path, args: &[&str]) -> String {
    git_at("2026-11-23T09:00:00Z", dir, args)
}

/// Runs git in `dir` as [`git`] does, with commits dated `when` (RFC 3339).
pub fn git_at(when: &str, dir: &Path, args: &[&str]) -> String {
    let out = std::process::Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
        .args(["-c", "init.defaultBranch=main", "-c", "core.autocrlf=false"])
        .env("GIT_AUTHOR_DATE", when)
        .env("GIT_COMMITTER_DATE", when)
        .args(args)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A git clone of the repository in `origin`, beside it, named after it
/// and `name`; the caller removes it.
pub fn clone_of(origin: &Path, name: &str) -> PathBuf {
    let dir = origin.with_extension(name);
    git(
        origin.parent().unwrap(),
        &[
            "clone",
            "-q",
            origin.to_str().unwrap(),
            dir.to_str().unwrap(),
        ],
    );
    dir
}

/// `git pull` in `dir` of the `main` branch of the clone `from`, merging.
pub fn pull(dir: &Path, from: &Path) {
    git(
        dir,
        &[
            "pull",
            "-q",
            "--no-rebase",
            "--no-edit",
            from.to_str().unwrap(),
            "main",
        ],
    );
}

/// The `key` of every item of a `--format json` list.
pub fn keys(run: &Run) -> Vec<String> {
    run.json()
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["key"].as_str().unwrap().to_string())
        .collect()
}

/// Runs ritme with its stdout or stderr a pipe whose reading end is already
/// closed, so its first write there fails with EPIPE, however short.
pub fn with_closed(stream: &str, dir: &Path, args: &[&str]) -> std::process::Output {
    let (reader, writer) = rustix::pipe::pipe().unwrap();
    drop(reader);
    let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("ritme"));
    c.env_clear()
        .env("NO_COLOR", "1")
        .env("RITME_TODAY", "2026-11-23")
        .env("TZ", "UTC")
        .arg("-C")
        .arg(dir)
        .args(args);
    match stream {
        "stdout" => c.stdout(std::process::Stdio::from(writer)),
        _ => c.stderr(std::process::Stdio::from(writer)),
    };
    c.output().unwrap()
}
