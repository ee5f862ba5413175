//! Imported numbers kept as files (SPEC sections 8 and 10):
//! `ritme.numbers/YYYY-MM.csv` beside `ritme.toml` are the truth, the
//! database's numbers are rebuilt from them like the plan from the lock.

use std::path::Path;

use crate::support::*;

/// The lives fixture planned from September, with three exports imported:
/// measured in October (`september.csv`), November (`oktober.csv`, no
/// `measured`: today) and both September and November (`herhaling.csv`).
fn imported() -> Scratch {
    let s = Scratch::fixture("lives");
    s.write(".gitignore", "ritme.db*\n");
    s.ritme(&["plan", "--from", "2026-09-01"]).ok();
    for file in ["september", "oktober", "herhaling"] {
        let path = s.path().join(format!("stats/{file}.csv"));
        s.ritme(&["import", "stats", path.to_str().unwrap()]).ok();
    }
    s
}

/// What the numbers show: engagement over the autumn, the items that went
/// live with their numbers, and the findings.
fn numbers_shown(dir: &Path) -> Vec<String> {
    let range = ["--from", "2026-09-01", "--until", "2026-11-30"];
    let mut engagement = vec!["report", "engagement", "--format", "json"];
    engagement.extend(range);
    let mut list = vec!["list", "--format", "json"];
    list.extend(range);
    vec![
        ritme_in(dir, &engagement).ok().stdout(),
        ritme_in(dir, &list).ok().stdout(),
        ritme_in(dir, &["check", "--format", "json"]).stdout(),
    ]
}

#[test]
fn an_import_writes_one_sorted_file_per_month_of_measurement() {
    let s = imported();
    let dir = s.path().join("ritme.numbers");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            ".gitattributes",
            "2026-09.csv",
            "2026-10.csv",
            "2026-11.csv"
        ]
    );
    let october = s.read("ritme.numbers/2026-10.csv");
    let mut lines: Vec<&str> = october.lines().collect();
    assert_eq!(
        lines[0],
        "key,measured,views,readers,reactions,comments,read_seconds,clicks,url"
    );
    assert_eq!(
        lines[1],
        "format/poll/2026-09-04,2026-10-01,90,70,1,0,20,1,https://intranet.example.org/poll/2026-09-04"
    );
    let body = lines.split_off(1);
    let mut sorted = body.clone();
    sorted.sort();
    assert_eq!(body, sorted);
    // Re-importing changes no file.
    let before = s.read("ritme.numbers/2026-10.csv");
    let path = s.path().join("stats/september.csv");
    s.ritme(&["import", "stats", path.to_str().unwrap()]).ok();
    assert_eq!(s.read("ritme.numbers/2026-10.csv"), before);
}

#[test]
fn deleting_the_database_or_cloning_shows_the_same_numbers() {
    let s = imported();
    let shown = numbers_shown(s.path());
    assert!(shown[0].contains("\"views_median\""), "{}", shown[0]);
    std::fs::remove_file(s.path().join("ritme.db")).unwrap();
    assert_eq!(numbers_shown(s.path()), shown, "after deleting ritme.db");
    // A fresh clone has no database at all.
    git(s.path(), &["init", "-q"]);
    git(s.path(), &["add", "-A"]);
    git(s.path(), &["commit", "-qm", "numbers"]);
    let clone = clone_of(s.path(), "clone");
    assert!(!clone.join("ritme.db").exists());
    assert_eq!(numbers_shown(&clone), shown, "in a fresh clone");
    std::fs::remove_dir_all(clone).unwrap();
}

#[test]
fn a_database_whose_numbers_are_not_the_files_takes_the_files() {
    // As after a `git pull` that brought another clone's import: the
    // database still has the old numbers.
    let s = imported();
    let shown = numbers_shown(s.path());
    let october = s.read("ritme.numbers/2026-10.csv");
    let changed = october.replacen(",90,70,", ",9000,70,", 1);
    assert_ne!(changed, october);
    s.write("ritme.numbers/2026-10.csv", &changed);
    let after = numbers_shown(s.path());
    assert_ne!(after[0], shown[0]);
    std::fs::remove_file(s.path().join("ritme.db")).unwrap();
    assert_eq!(numbers_shown(s.path()), after);
}

/// Two clones import different exports, one of them into a month the
/// other also wrote; git merges the files (line by line, as the
/// `.gitattributes` ritme wrote says) and every number survives.
#[test]
fn imports_in_two_clones_merge_without_a_conflict() {
    let origin = Scratch::fixture("lives");
    origin.write(".gitignore", "ritme.db*\n");
    origin.ritme(&["plan", "--from", "2026-09-01"]).ok();
    let first = origin.path().join("stats/herhaling.csv");
    origin
        .ritme(&["import", "stats", first.to_str().unwrap()])
        .ok();
    git(origin.path(), &["init", "-q"]);
    git(origin.path(), &["add", "-A"]);
    git(origin.path(), &["commit", "-qm", "plan"]);
    let clone = |name: &str| clone_of(origin.path(), name);
    let (a, b) = (clone("a"), clone("b"));
    let import = |dir: &Path, file: &str| {
        let path = dir.join(file);
        ritme_in(dir, &["import", "stats", path.to_str().unwrap()]).ok();
        git(dir, &["add", "-A"]);
        git(dir, &["commit", "-qm", file]);
    };
    // a: measured 2026-10-01; b: measured 2026-10-15 and November.
    import(&a, "stats/september.csv");
    std::fs::write(
        b.join("stats/later.csv"),
        "key,views,measured\nformat/tip/2026-09-09,33,2026-10-15\nformat/verhaal/2026-09-07,170,2026-11-20\n",
    )
    .unwrap();
    import(&b, "stats/later.csv");
    pull(&a, &b);
    // The same numbers as one clone importing everything.
    let whole = clone("whole");
    import(&whole, "stats/september.csv");
    std::fs::copy(b.join("stats/later.csv"), whole.join("stats/later.csv")).unwrap();
    import(&whole, "stats/later.csv");
    std::fs::remove_file(a.join("ritme.db")).unwrap();
    assert_eq!(numbers_shown(&a), numbers_shown(&whole));
    let merged = std::fs::read_to_string(a.join("ritme.numbers/2026-10.csv")).unwrap();
    assert!(
        merged.contains("format/tip/2026-09-09,2026-10-15,33,"),
        "{merged}"
    );
    assert!(
        merged.contains("format/verhaal/2026-09-07,2026-10-01,100,"),
        "{merged}"
    );
    for dir in [a, b, whole] {
        std::fs::remove_dir_all(dir).unwrap();
    }
}

#[test]
fn a_broken_numbers_file_is_refused_naming_its_line_and_column() {
    let s = imported();
    std::fs::remove_file(s.path().join("ritme.db")).unwrap();
    let october = s.read("ritme.numbers/2026-10.csv");
    let broken = october.replacen(",90,70,", ",9O,70,", 1);
    s.write("ritme.numbers/2026-10.csv", &broken);
    for args in [
        &["list"][..],
        &["report", "engagement"],
        &["check"],
        &["plan"],
    ] {
        let run = s.ritme(args).code_is(2);
        assert!(
            run.stderr().contains("ritme.numbers/2026-10.csv:2:35")
                && run.stderr().contains("\"9O\""),
            "{args:?}: {}",
            run.stderr()
        );
    }
    assert!(
        !s.path().join("ritme.db").exists(),
        "a failed command wrote"
    );
    // A conflict git left (without the union merge) names its line too.
    let conflicted = october.replacen(
        "format/poll/2026-09-04",
        "<<<<<<< HEAD\nformat/poll/2026-09-04",
        1,
    );
    s.write("ritme.numbers/2026-10.csv", &conflicted);
    let run = s.ritme(&["list"]).code_is(2);
    assert!(
        run.stderr().contains("ritme.numbers/2026-10.csv:2:1") && run.stderr().contains("conflict"),
        "{}",
        run.stderr()
    );
}

#[test]
fn a_database_made_before_the_numbers_files_writes_them_losing_nothing() {
    let s = Scratch::fixture("upgrade-v0.1");
    std::fs::copy(
        fixture("upgrade-v0.1").join("prelock.db"),
        s.path().join("ritme.db"),
    )
    .unwrap();
    let args = [
        "report",
        "engagement",
        "--from",
        "2026-09-01",
        "--until",
        "2026-11-30",
        "--format",
        "json",
    ];
    let first = s.ritme(&args).ok();
    assert!(
        first.stderr().contains("ritme.numbers"),
        "{}",
        first.stderr()
    );
    assert!(
        first.stdout().contains("\"views_median\""),
        "{}",
        first.stdout()
    );
    std::fs::remove_file(s.path().join("ritme.db")).unwrap();
    let again = s.ritme(&args).ok();
    assert_eq!(again.stdout(), first.stdout());
    assert!(
        !again.stderr().contains("ritme.numbers"),
        "{}",
        again.stderr()
    );
}
