//! ritme under faults a careful operator meets: an output path that is a
//! device, a FIFO or a symlink, a full disk, a closed stderr, another
//! application's SQLite file, and megabyte-long values in a calendar.

use std::path::Path;
use std::process::Stdio;

use crate::support::*;

/// `ritme -C <scratch> args`, run inside the scratch directory.
fn ritme(s: &Scratch, args: &[&str]) -> Run {
    let mut c = command();
    c.current_dir(s.path()).arg("-C").arg(s.path()).args(args);
    Run(c.output().expect("ritme runs"))
}

fn planned() -> Scratch {
    let s = Scratch::fixture("check-clean");
    ritme(&s, &["plan"]).ok();
    s
}

fn file_type(path: &Path) -> std::fs::FileType {
    std::fs::symlink_metadata(path).unwrap().file_type()
}

#[test]
fn an_output_symlink_is_followed_and_kept() {
    use std::os::unix::fs::symlink;
    let s = planned();
    s.write("real/feed.ics", "old");
    symlink("real/feed.ics", s.path().join("link.ics")).unwrap();
    symlink("real/new.ics", s.path().join("dangling.ics")).unwrap();
    ritme(&s, &["export", "ics", "-o", "link.ics"]).ok();
    ritme(&s, &["export", "json", "-o", "dangling.ics"]).ok();
    assert!(file_type(&s.path().join("link.ics")).is_symlink());
    assert!(file_type(&s.path().join("dangling.ics")).is_symlink());
    assert!(s.read("real/feed.ics").starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(s.read("real/new.ics").starts_with('['));
    let names: Vec<_> = std::fs::read_dir(s.path().join("real"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names.len(), 2, "no temporary file left: {names:?}");
}

#[test]
fn a_fifo_is_written_into_not_replaced() {
    let s = planned();
    let fifo = s.path().join("feed.fifo");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    for args in [
        &["export", "ics", "-o", "feed.fifo"][..],
        &["export", "csv", "-o", "feed.fifo"][..],
    ] {
        let mut reader = std::process::Command::new("cat")
            .arg(&fifo)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let run = ritme(&s, args);
        use std::os::unix::fs::FileTypeExt;
        let still_a_fifo = file_type(&fifo).is_fifo();
        if run.code() != 0 || !still_a_fifo {
            // ritme never wrote into the FIFO, so the reader waits for ever.
            let _ = reader.kill();
        }
        assert!(still_a_fifo, "still a FIFO after {args:?}");
        let read = reader.wait_with_output().unwrap();
        run.ok();
        let text = String::from_utf8(read.stdout).unwrap();
        assert!(
            text.starts_with("BEGIN:VCALENDAR") || text.starts_with("key,"),
            "{args:?}: {text:.80}"
        );
    }
}

#[test]
fn a_full_device_is_exit_3_and_stays_a_device() {
    use std::os::unix::fs::FileTypeExt;
    let s = planned();
    let full = s.path().join("full");
    // A private node like /dev/full (1, 7): every write fails with ENOSPC.
    // Making one needs CAP_MKNOD; without it there is nothing to test here.
    let made = std::process::Command::new("mknod")
        .arg(&full)
        .args(["c", "1", "7"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !made || std::fs::OpenOptions::new().write(true).open(&full).is_err() {
        eprintln!("skipped: cannot make a private device node here");
        return;
    }
    for args in [
        &["export", "ics", "-o", "full"][..],
        &["export", "json", "-o", "full"][..],
    ] {
        let run = ritme(&s, args).code_is(3);
        assert_eq!(
            run.stderr(),
            format!(
                "error: cannot write {}: no space left on the device\n",
                full.display()
            ),
            "{args:?}"
        );
        assert!(file_type(&full).is_char_device(), "still a device");
    }
}

#[test]
fn a_closed_stderr_is_not_a_panic() {
    let s = Scratch::empty();
    let missing = s.path().join("does-not-exist");
    let out = with_closed("stderr", &missing, &["plan"]);
    assert_eq!(out.status.code(), Some(2), "the code of the error itself");
    // A command that succeeds and talks on stderr.
    let s = Scratch::fixture("check-clean");
    let out = with_closed("stderr", s.path(), &["plan"]);
    assert_eq!(out.status.code(), Some(0));
}

/// A tiny tmpfs mounted at a directory, unmounted on drop.
struct Tmpfs(std::path::PathBuf);

impl Tmpfs {
    /// Mounts one of `size` (like `64k`), or `None` where this process
    /// may not mount.
    fn mount(at: &Path, size: &str) -> Option<Tmpfs> {
        std::fs::create_dir_all(at).unwrap();
        std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(at)
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
            .then(|| Tmpfs(at.to_path_buf()))
    }
}

impl Tmpfs {
    /// Fills the disk with a file `filler`, leaving `free` bytes.
    fn fill_but(&self, free: u64) {
        use std::io::Write;
        let filler = self.0.join("filler");
        let mut f = std::fs::File::create(&filler).unwrap();
        while f.write_all(&[b'x'; 512]).is_ok() {}
        drop(f);
        let len = std::fs::metadata(&filler).unwrap().len();
        std::fs::OpenOptions::new()
            .write(true)
            .open(&filler)
            .unwrap()
            .set_len(len.saturating_sub(free))
            .unwrap();
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_disk_keeps_the_old_file_whole() {
    let s = planned();
    let Some(disk) = Tmpfs::mount(&s.path().join("disk"), "64k") else {
        eprintln!("skipped: cannot mount a tmpfs here");
        return;
    };
    s.write("disk/feed.ics", "the old feed");
    // Less room left than a feed needs.
    disk.fill_but(1024);
    let run = ritme(&s, &["export", "ics", "-o", "disk/feed.ics"]).code_is(3);
    assert!(
        run.stderr().contains("no space left on the device"),
        "{}",
        run.stderr()
    );
    assert_eq!(s.read("disk/feed.ics"), "the old feed");
    let mut names: Vec<_> = std::fs::read_dir(&disk.0)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["feed.ics", "filler"], "no temporary file left");
}

/// `PRAGMA application_id` of the database at `db`.
fn application_id(db: &Path) -> i32 {
    let c = rusqlite::Connection::open(db).unwrap();
    c.query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn another_applications_database_is_refused_untouched() {
    let s = Scratch::fixture("check-clean");
    let db = s.path().join("other.db");
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        c.execute_batch(
            "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);
             CREATE TABLE item (id INTEGER PRIMARY KEY, what TEXT, owner INTEGER REFERENCES users);
             INSERT INTO users(name) VALUES ('anna'), ('bert');
             INSERT INTO item(what, owner) VALUES ('a', 1), ('b', 2);",
        )
        .unwrap();
    }
    let before = std::fs::read(&db).unwrap();
    for args in [
        &["plan"][..],
        &["list"][..],
        &["export", "json"][..],
        &["skip", "format/woensdagverhaal/2026-12-02"][..],
    ] {
        let mut all = vec!["--db", "other.db"];
        all.extend_from_slice(args);
        let run = ritme(&s, &all).code_is(3);
        assert_eq!(
            run.stderr(),
            format!(
                "error: {} is not a ritme database (it has tables: item, users)\n",
                db.display()
            ),
            "{args:?}"
        );
        assert!(std::fs::read(&db).unwrap() == before, "{args:?} changed it");
        let names: Vec<_> = std::fs::read_dir(s.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.starts_with("other.db"))
            .collect();
        assert_eq!(names, ["other.db"], "no WAL or shm file: {args:?}");
    }
}

#[test]
fn ritme_marks_its_databases_new_empty_and_old() {
    let s = Scratch::fixture("check-clean");
    // An empty file is a new database.
    std::fs::write(s.path().join("empty.db"), "").unwrap();
    ritme(&s, &["--db", "empty.db", "plan"]).ok();
    assert_eq!(application_id(&s.path().join("empty.db")), 0x5269_746d);
    // A database of an earlier ritme, unmarked, is recognised by its
    // schema_version and item tables, and marked.
    ritme(&s, &["plan"]).ok();
    let db = s.path().join("ritme.db");
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute_batch("PRAGMA application_id = 0")
        .unwrap();
    ritme(&s, &["list"]).ok();
    assert_eq!(application_id(&db), 0x5269_746d);
}

#[test]
fn a_megabyte_value_gives_a_short_error_with_its_location_up_front() {
    let tags: Vec<String> = (0..75_000).map(|i| format!("\"t{i:05}\"")).collect();
    let long = "x".repeat(600_000);
    let cases = [
        (
            format!("every = \"week\"\ntags = [{}, \"x;y\"]", tags.join(", ")),
            "invalid tag \"x;y\" in ritme.toml:9:",
        ),
        (
            format!("every = \"week\"\ntags = [\"{long};\"]"),
            "invalid tag \"xxx",
        ),
        (
            format!("every = \"week\"\nprepare = \"{long}\""),
            "invalid duration \"xxx",
        ),
        (
            format!("rrule = \"FREQ=WEEKLY;BYDAY={long}\""),
            "invalid rrule \"FREQ=WEEKLY;BYDAY=XXX",
        ),
        (format!("evry{long} = \"week\""), "unknown field \"evryxxx"),
    ];
    for (definition, start) in cases {
        let s = Scratch::empty();
        s.write(
            "ritme.toml",
            &format!(
                "[calendar]\nid = \"fout\"\nstart = 2026-01-01\n\n[[format]]\nid = \"a\"\ntitle = \"A\"\n{definition}\n"
            ),
        );
        assert!(
            std::fs::metadata(s.path().join("ritme.toml"))
                .unwrap()
                .len()
                > 600_000
        );
        for command in ["plan", "check"] {
            let run = ritme(&s, &[command]).code_is(2);
            let out = run.stdout() + &run.stderr();
            assert!(out.len() < 2_000, "{command} {start}: {} bytes", out.len());
            let line = out
                .lines()
                .find(|l| l.contains(start))
                .unwrap_or_else(|| panic!("{command}: no {start:?} in\n{out}"));
            let at = line.find(" in ritme.toml:").expect("a location");
            assert!(at < 150, "{command}: the location comes late: {line}");
            assert!(line.chars().count() < 600, "{command}: {line}");
        }
    }
}

/// Every row of the item table, as text.
fn rows(db: &Path) -> Vec<String> {
    let c = rusqlite::Connection::open(db).unwrap();
    let mut st = c
        .prepare("SELECT key, date, owner, title FROM item ORDER BY key")
        .unwrap();
    st.query_map([], |r| {
        Ok(format!(
            "{}|{}|{:?}|{}",
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, String>(3)?
        ))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

#[test]
fn a_full_disk_during_plan_is_exit_3_and_keeps_the_schedule() {
    let s = Scratch::copy_of(&voorbeeld());
    let Some(disk) = Tmpfs::mount(&s.path().join("disk"), "4m") else {
        eprintln!("skipped: cannot mount a tmpfs here");
        return;
    };
    let db = disk.0.join("ritme.db");
    let db_arg = db.to_str().unwrap();
    // A first plan of one week fits; the next, of two years, does not.
    ritme(
        &s,
        &[
            "--db",
            db_arg,
            "plan",
            "--from",
            "2026-11-23",
            "--until",
            "2026-11-29",
        ],
    )
    .ok();
    let before = rows(&db);
    disk.fill_but(64 * 1024);
    let run = ritme(
        &s,
        &[
            "--db",
            db_arg,
            "plan",
            "--from",
            "2026-01-01",
            "--until",
            "2027-12-31",
        ],
    );
    let run = run.code_is(3);
    assert!(
        run.stderr()
            .contains("the disk is full: the database was left as it was"),
        "{}",
        run.stderr()
    );
    let after = rows(&db);
    assert_eq!(before, after);
    let c = rusqlite::Connection::open(&db).unwrap();
    let ok: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

/// The inputs the fuzz targets (fuzz/) crashed on, through the binary:
/// each is refused with a message, and nothing panics.
#[test]
fn what_the_fuzzers_found_is_refused_without_a_panic() {
    let s = Scratch::fixture("check-clean");
    let ics = fixture("fuzz/import_ics-rrule-inside-a-character.ics");
    let run = ritme(
        &s,
        &["import", "ics", "--as", "blackout", ics.to_str().unwrap()],
    )
    .code_is(2);
    assert!(
        run.stderr().contains("an RRULE is plain ASCII"),
        "{}",
        run.stderr()
    );
    s.write(
        "ritme.toml",
        "[calendar]\nid = \"fout\"\nstart = 2026-01-01\n\n[[format]]\nid = \"a\"\ntitle = \"A\"\nrrule = \"FREQ=YEARLY;BYDAY=2Չ\"\n",
    );
    for command in ["check", "plan"] {
        let run = ritme(&s, &[command]).code_is(2);
        assert!(run.stderr().contains("ritme.toml:8:9") || run.stdout().contains("ritme.toml:8:9"));
        assert!(!run.stderr().contains("panicked"));
    }
}
