//! `[rules] freeze` and rotations that go on (SPEC sections 10 and 11): a
//! changed owner rule leaves the stored items before today plus the freeze
//! with their owners, and a changed rotation list continues from the turn
//! the last kept item held, never reshuffling from the start.

use crate::support::*;

const PEOPLE: &str = r#"
[[person]]
id = "anna"
name = "Anna"
capacity = 5

[[person]]
id = "bert"
name = "Bert"
capacity = 5

[[person]]
id = "chris"
name = "Chris"
capacity = 5

[[person]]
id = "dana"
name = "Dana"
capacity = 5

[[person]]
id = "erik"
name = "Erik"
capacity = 5
"#;

/// A weekly rotation on Mondays from 2026-11-02 (turn 0: anna, 11-09 bert,
/// 11-16 chris, 11-23 dana, 11-30 anna, 12-07 bert, ...) and a fixed owner
/// on Wednesdays; `rules` goes into `[rules]`.
fn calendar(rotation: &str, owner: &str, rules: &str) -> String {
    format!(
        r#"[calendar]
id = "beurten"
name = "Beurten"
start = 2026-11-02

[rules]
{rules}
{PEOPLE}
[[format]]
id = "rubriek"
title = "Rubriek"
every = "week"
on = ["mon"]
rotation = {rotation}

[[format]]
id = "vast"
title = "Vast"
every = "week"
on = ["wed"]
owner = "{owner}"
"#
    )
}

const FIRST: &str = r#"["anna", "bert", "chris", "dana"]"#;
/// Chris leaves, Erik joins, and the order changes.
const CHANGED: &str = r#"["erik", "dana", "bert", "anna"]"#;

/// `(date, owner)` of every stored item of `source`, by date.
fn owners(s: &Scratch, today: &str, source: &str) -> Vec<(String, String)> {
    let list = s
        .ritme(&[
            "--today",
            today,
            "list",
            "--from",
            "2026-11-23",
            "--format",
            "json",
        ])
        .ok()
        .json();
    list.as_array()
        .unwrap()
        .iter()
        .filter(|i| i["source_id"] == source)
        .map(|i| {
            (
                i["date"].as_str().unwrap().to_string(),
                i["owner"].as_str().unwrap_or("-").to_string(),
            )
        })
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(d, o)| (d.to_string(), o.to_string()))
        .collect()
}

/// Planned on 2026-11-23 to the end of January, then the list changed and
/// planned again a week later.
fn changed_a_week_later(rules: &str) -> Scratch {
    let s = Scratch::empty();
    s.write("ritme.toml", &calendar(FIRST, "anna", rules));
    s.ritme(&["--today", "2026-11-23", "plan", "--until", "2027-01-17"])
        .ok();
    assert_eq!(
        owners(&s, "2026-11-23", "rubriek")[..4],
        pairs(&[
            ("2026-11-23", "dana"),
            ("2026-11-30", "anna"),
            ("2026-12-07", "bert"),
            ("2026-12-14", "chris"),
        ])
    );
    s.write("ritme.toml", &calendar(CHANGED, "bert", rules));
    s.ritme(&["--today", "2026-11-30", "plan"]).ok();
    s
}

#[test]
fn a_changed_rotation_keeps_the_frozen_items_and_goes_on_from_the_last_kept_turn() {
    let s = changed_a_week_later("");
    // The freeze (default two weeks) runs to 2026-12-14: 11-30 and 12-07
    // keep their owners. The last kept turn was bert's (position 1 of the
    // old list); the next old member, chris, is gone, so dana goes on, at
    // her new position, and the rotation continues round the new list.
    let expected = pairs(&[
        ("2026-11-23", "dana"),
        ("2026-11-30", "anna"),
        ("2026-12-07", "bert"),
        ("2026-12-14", "dana"),
        ("2026-12-21", "bert"),
        ("2026-12-28", "anna"),
        ("2027-01-04", "erik"),
        ("2027-01-11", "dana"),
    ]);
    assert_eq!(owners(&s, "2026-11-30", "rubriek")[..8], expected);
    // The fixed owner changed too: the two Wednesdays inside the freeze
    // stay with anna, the later ones go to bert.
    let vast = owners(&s, "2026-11-30", "vast");
    assert_eq!(
        vast[..4],
        pairs(&[
            ("2026-11-25", "anna"),
            ("2026-12-02", "anna"),
            ("2026-12-09", "anna"),
            ("2026-12-16", "bert"),
        ])
    );
    assert!(vast[4..].iter().all(|(_, o)| o == "bert"), "{vast:?}");
    // The lock says where the rotation stands.
    let lock = s.read("ritme.lock");
    assert!(
        lock.contains(
            "[rotation/format/rubriek]\nsegment = [0,0,[\"anna\",\"bert\",\"chris\",\"dana\"]]\n\
             segment = [6,1,[\"erik\",\"dana\",\"bert\",\"anna\"]]\n"
        ),
        "{lock}"
    );
    // Today moving on, a rebuild, and a fresh clone of the directory move
    // nobody.
    let lock = s.read("ritme.lock");
    s.ritme(&["--today", "2026-12-07", "plan"]).ok();
    assert_eq!(s.read("ritme.lock"), lock, "a later plan changes nothing");
    std::fs::remove_file(s.path().join("ritme.db")).unwrap();
    assert_eq!(owners(&s, "2026-12-07", "rubriek")[..8], expected);
    s.ritme(&["--today", "2026-12-07", "plan", "--locked"]).ok();

    // A second change, two weeks on: dana leaves. The freeze now runs to
    // 2027-01-04: 12-21 (bert) and 12-28 (anna, position 3 of the second
    // list, turn 8) keep theirs; after anna comes erik (the second list's
    // position 0), who is at position 1 of the third list.
    s.write(
        "ritme.toml",
        &calendar(r#"["bert", "erik", "anna"]"#, "bert", ""),
    );
    let third = pairs(&[
        ("2026-11-23", "dana"),
        ("2026-11-30", "anna"),
        ("2026-12-07", "bert"),
        ("2026-12-14", "dana"),
        ("2026-12-21", "bert"),
        ("2026-12-28", "anna"),
        ("2027-01-04", "erik"),
        ("2027-01-11", "anna"),
        ("2027-01-18", "bert"),
        ("2027-01-25", "erik"),
    ]);
    // Read before `plan` (the lock is behind): what plan will store.
    assert_eq!(owners(&s, "2026-12-21", "rubriek")[..10], third);
    s.ritme(&["--today", "2026-12-21", "plan"]).ok();
    assert_eq!(owners(&s, "2026-12-21", "rubriek")[..10], third);
    assert!(
        s.read("ritme.lock")
            .contains("segment = [9,1,[\"bert\",\"erik\",\"anna\"]]\n"),
        "{}",
        s.read("ritme.lock")
    );
}

#[test]
fn without_a_freeze_the_new_rule_starts_today() {
    let s = changed_a_week_later("freeze = \"0d\"");
    // The last kept turn is 11-23's, dana (position 3): anna goes on.
    assert_eq!(
        owners(&s, "2026-11-30", "rubriek")[..5],
        pairs(&[
            ("2026-11-23", "dana"),
            ("2026-11-30", "anna"),
            ("2026-12-07", "erik"),
            ("2026-12-14", "dana"),
            ("2026-12-21", "bert"),
        ])
    );
    assert_eq!(
        owners(&s, "2026-11-30", "vast")[..2],
        pairs(&[("2026-11-25", "anna"), ("2026-12-02", "bert")])
    );
}

#[test]
fn a_frozen_owner_who_is_away_is_replaced_by_the_rules() {
    let s = changed_a_week_later("");
    let away = calendar(CHANGED, "bert", "").replace(
        "id = \"anna\"\nname = \"Anna\"",
        "id = \"anna\"\nname = \"Anna\"\naway = [{ from = 2026-12-02, until = 2026-12-02 }]",
    );
    s.write("ritme.toml", &away);
    s.ritme(&["--today", "2026-11-30", "plan"]).ok();
    let vast = owners(&s, "2026-11-30", "vast");
    assert_eq!(vast[1], pairs(&[("2026-12-02", "bert")])[0], "{vast:?}");
    assert_eq!(vast[2], pairs(&[("2026-12-09", "anna")])[0], "{vast:?}");
}

#[test]
fn a_freeze_that_is_not_whole_days_is_refused_where_it_stands() {
    let s = Scratch::empty();
    s.write("ritme.toml", &calendar(FIRST, "anna", "freeze = \"36h\""));
    let run = s.ritme(&["plan"]).code_is(2);
    let err = run.stderr();
    assert!(err.contains("ritme.toml:7:10"), "{err}");
    assert!(
        err.contains("freeze \"36h\" is not a whole number of days"),
        "{err}"
    );
    assert!(!s.path().join("ritme.lock").exists());
}

/// `git pull` that may stop at a conflict in `ritme.lock`: `ritme plan`
/// merges what git left, as the README tells a user to do, and the merge
/// is committed.
fn pull_and_plan(dir: &std::path::Path, from: &std::path::Path, today: &str) {
    let pulled = std::process::Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
        .args(["pull", "-q", "--no-rebase", "--no-edit"])
        .arg(from)
        .arg("main")
        .output()
        .unwrap();
    let conflicted = !pulled.status.success();
    let toml = std::fs::read_to_string(dir.join("ritme.toml")).unwrap();
    assert!(!toml.contains("<<<<<<<"), "only the lock may conflict");
    ritme_in(dir, &["--today", today, "plan"]).ok();
    if conflicted {
        git(dir, &["commit", "-qam", "merge"]);
    }
}

/// `(date, owner, note)` of the one item `key` names, read in `dir`.
fn item(dir: &std::path::Path, today: &str, key: &str) -> (String, String, String) {
    let shown = ritme_in(dir, &["--today", today, "list", "--format", "json"])
        .ok()
        .json();
    let it = shown
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["key"] == key)
        .unwrap_or_else(|| panic!("no {key} in {dir:?}"))
        .clone();
    let text = |f: &str| it[f].as_str().unwrap_or("-").to_string();
    (text("date"), text("owner"), text("note"))
}

/// SPEC section 10 over git: a changed rotation list in one clone and an
/// edit in another merge into one plan, and clones that never had a
/// database (one after a weekday change carried the edit) read the same
/// owners, dates and notes, with `plan --locked` current.
#[test]
fn a_changed_rotation_and_a_carried_edit_travel_through_clones_and_a_merge() {
    let origin = Scratch::empty();
    let o = origin.path();
    origin.write(".gitignore", "ritme.db*\n");
    origin.write("ritme.toml", &calendar(FIRST, "anna", ""));
    origin
        .ritme(&["--today", "2026-11-23", "plan", "--until", "2027-01-17"])
        .ok();
    git(o, &["init", "-q"]);
    git(o, &["add", "-A"]);
    git(o, &["commit", "-qm", "plan"]);
    let (a, b) = (clone_of(o, "a"), clone_of(o, "b"));

    // In a: the list changes a week later. In b, the same day: a note on
    // a later Wednesday, whose owner the changed rule also changes.
    std::fs::write(a.join("ritme.toml"), calendar(CHANGED, "bert", "")).unwrap();
    ritme_in(&a, &["--today", "2026-11-30", "plan"]).ok();
    git_at("2026-11-30T10:00:00Z", &a, &["commit", "-qam", "new list"]);
    let edited = "format/vast/2027-01-13";
    ritme_in(&b, &["--today", "2026-11-30", "note", edited, "met foto"]).ok();
    git_at("2026-11-30T11:00:00Z", &b, &["commit", "-qam", "note"]);
    pull_and_plan(&a, &b, "2026-11-30");

    let expected = pairs(&[
        ("2026-11-23", "dana"),
        ("2026-11-30", "anna"),
        ("2026-12-07", "bert"),
        ("2026-12-14", "dana"),
        ("2026-12-21", "bert"),
        ("2026-12-28", "anna"),
        ("2027-01-04", "erik"),
        ("2027-01-11", "dana"),
    ]);
    let rubriek = |dir: &std::path::Path| {
        let s = Scratch::copy_of(dir);
        owners(&s, "2026-11-30", "rubriek")[..8].to_vec()
    };
    assert_eq!(rubriek(&a), expected);
    let noted = || {
        (
            "2027-01-13".to_string(),
            "bert".to_string(),
            "met foto".to_string(),
        )
    };
    assert_eq!(item(&a, "2026-11-30", edited), noted());
    let lock = std::fs::read_to_string(a.join("ritme.lock")).unwrap();
    assert!(
        lock.contains(
            "[rotation/format/rubriek]\nsegment = [0,0,[\"anna\",\"bert\",\"chris\",\"dana\"]]\n\
             segment = [6,1,[\"erik\",\"dana\",\"bert\",\"anna\"]]\n"
        ),
        "{lock}"
    );
    ritme_in(&a, &["--today", "2026-11-30", "plan", "--locked"]).ok();

    // A clone that never had a database reads the same, a week later too.
    let c = clone_of(&a, "c");
    assert_eq!(rubriek(&c), expected);
    assert_eq!(item(&c, "2026-12-07", edited), noted());
    ritme_in(&c, &["--today", "2026-12-07", "plan", "--locked"]).ok();

    // In a: the Wednesday format moves to Thursday; the noted item is
    // carried with its key, and a fresh clone carries it the same way.
    let thursday = calendar(CHANGED, "bert", "").replace(
        "on = [\"wed\"]\nowner = \"bert\"",
        "on = [\"thu\"]\nowner = \"bert\"",
    );
    std::fs::write(a.join("ritme.toml"), thursday).unwrap();
    ritme_in(&a, &["--today", "2026-12-07", "plan"]).ok();
    git_at("2026-12-07T10:00:00Z", &a, &["commit", "-qam", "thursdays"]);
    let carried = (
        "2027-01-14".to_string(),
        "bert".to_string(),
        "met foto".to_string(),
    );
    assert_eq!(item(&a, "2026-12-07", edited), carried);
    let d = clone_of(&a, "d");
    assert_eq!(item(&d, "2026-12-07", edited), carried);
    assert!(std::fs::read_to_string(d.join("ritme.lock"))
        .unwrap()
        .contains("carried = \"2027-01-14\"\n"));
    assert_eq!(rubriek(&d), expected);
    ritme_in(&d, &["--today", "2026-12-07", "plan", "--locked"]).ok();
    for dir in [a, b, c, d] {
        std::fs::remove_dir_all(dir).unwrap();
    }
}
