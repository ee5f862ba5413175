//! `[rules] history` (SPEC section 10): items that ended longer ago than it
//! says leave the lock, the database and the feeds, and stay gone.

use std::path::Path;

use crate::support::*;

/// `ritme` in `dir` on another day than the suite's.
fn on(day: &str, dir: &Path, args: &[&str]) -> Run {
    let out = command()
        .env("RITME_TODAY", day)
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .unwrap();
    Run(out)
}

/// The lives fixture planned from September with a note on an old item,
/// then given `[rules] history = "30d"`: today 2026-11-23, so what is
/// dated before 2026-10-24 goes.
#[test]
fn items_older_than_history_leave_the_lock_the_database_and_the_feeds() {
    let s = Scratch::fixture("lives");
    s.ritme(&["plan", "--from", "2026-09-01"]).ok();
    s.ritme(&["note", "format/verhaal/2026-09-07", "oud nieuws"])
        .ok();
    let all = [
        "--from",
        "2026-01-01",
        "--until",
        "2027-12-31",
        "--format",
        "json",
    ];
    let list = |s: &Scratch| s.ritme(&[&["list"][..], &all].concat()).ok();
    assert!(keys(&list(&s)).contains(&"format/verhaal/2026-09-07".to_string()));
    let toml = s.read("ritme.toml");
    s.write(
        "ritme.toml",
        &toml.replacen("[rules]\n", "[rules]\nhistory = \"30d\"\n", 1),
    );
    let run = s.ritme(&["plan"]).ok();
    assert!(
        run.stderr()
            .contains("items that ended before 2026-10-24 left the plan")
            && run.stderr().contains("planned 2026-10-24 to"),
        "{}",
        run.stderr()
    );
    let kept = keys(&list(&s));
    assert!(!kept.is_empty());
    let date = |k: &String| k.rsplit('/').next().unwrap().to_string();
    assert!(
        kept.iter().all(|k| date(k).as_str() >= "2026-10-24"),
        "{kept:?}"
    );
    let lock = s.read("ritme.lock");
    assert!(lock.contains("range = \"2026-10-24.."), "{lock}");
    assert!(!lock.contains("oud nieuws") && !lock.contains("2026-09-07]"));
    let feed = s.ritme(&["export", "ics", "-o", "-"]).ok().stdout();
    assert!(feed.contains("2026-10-26") && !feed.contains("2026-09-07"));
    // Planning again, also with a --from before the cutoff, brings nothing
    // back; nor does the lock alone.
    s.ritme(&["plan", "--from", "2026-09-01"]).ok();
    assert_eq!(keys(&list(&s)), kept);
    std::fs::remove_file(s.path().join("ritme.db")).unwrap();
    assert_eq!(keys(&list(&s)), kept);
    s.ritme(&["plan", "--locked"]).ok();
    // A week later, a week more leaves.
    let later = on("2026-11-30", s.path(), &["plan"]).ok();
    assert!(
        later
            .stderr()
            .contains("ended before 2026-10-31 left the plan"),
        "{}",
        later.stderr()
    );
    let listed = on("2026-11-30", s.path(), &[&["list"][..], &all].concat()).ok();
    let left = keys(&listed);
    assert!(!left.is_empty());
    assert!(left.iter().all(|k| date(k).as_str() >= "2026-10-31"));
    assert!(!on("2026-11-30", s.path(), &["export", "ics", "-o", "-"])
        .ok()
        .stdout()
        .contains("2026-10-26"));
}

#[test]
fn a_bad_history_is_refused_at_its_place() {
    let s = Scratch::fixture("lives");
    let toml = s.read("ritme.toml");
    s.write(
        "ritme.toml",
        &toml.replacen("[rules]\n", "[rules]\nhistory = \"2 jaar\"\n", 1),
    );
    let line = s
        .read("ritme.toml")
        .lines()
        .position(|l| l.starts_with("history"))
        .unwrap()
        + 1;
    let run = s.ritme(&["plan"]).code_is(2);
    assert!(
        run.stderr().contains(&format!(
            "invalid history \"2 jaar\" in ritme.toml:{line}:11"
        )),
        "{}",
        run.stderr()
    );
    assert!(!s.path().join("ritme.lock").exists());
}
