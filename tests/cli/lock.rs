//! `ritme.lock` (SPEC section 10): the calendar directory is the whole
//! truth, the database is derived from it, git conflicts in the lock are
//! resolved by `plan`, and `plan --locked` tells CI whether it is current.

use crate::support::*;

/// The spine fixture planned, with edits of several kinds.
fn planned_with_edits() -> Scratch {
    let s = Scratch::fixture("spine");
    s.ritme(&["plan"]).ok();
    s.ritme(&["assign", "format/vrijdagvraag/2026-12-04", "anna"])
        .ok();
    s.ritme(&["note", "format/maandagmomentje/2026-12-07", "met foto"])
        .ok();
    s.ritme(&["move", "format/werkgroep/2026-12-08", "2026-12-09", "10:00"])
        .ok();
    s
}

/// Every file `export ics --out` writes (feeds in subfolders too), by path.
fn feeds(s: &Scratch, out: &str) -> Vec<(String, Vec<u8>)> {
    fn walk(dir: &std::path::Path, base: &std::path::Path, files: &mut Vec<(String, Vec<u8>)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, base, files);
            } else {
                let name = path
                    .strip_prefix(base)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                files.push((name, std::fs::read(&path).unwrap()));
            }
        }
    }
    let dir = s.path().join(out);
    s.ritme(&["export", "ics", "--out", dir.to_str().unwrap()])
        .ok();
    let mut files = Vec::new();
    walk(&dir, &dir, &mut files);
    files.sort();
    files
}

#[test]
fn deleting_the_database_changes_no_list_and_no_feed_byte() {
    let s = planned_with_edits();
    let list = s.ritme(&["list", "--format", "json"]).ok().stdout();
    let before = feeds(&s, "feeds-a");
    assert!(
        before.iter().any(|(n, _)| n.ends_with(".ics")),
        "{before:?}"
    );
    std::fs::remove_file(s.path().join("ritme.db")).unwrap();
    let again = s.ritme(&["list", "--format", "json"]).ok().stdout();
    assert_eq!(again, list, "list after deleting ritme.db");
    assert!(again.contains("met foto") && again.contains("2026-12-09"));
    // The feeds of a second deletion, so they too come from a rebuild.
    std::fs::remove_file(s.path().join("ritme.db")).unwrap();
    let after = feeds(&s, "feeds-b");
    assert_eq!(after.len(), before.len());
    for ((name, a), (other, b)) in before.iter().zip(&after) {
        assert_eq!(name, other);
        assert!(a == b, "{name} differs after deleting ritme.db");
    }
}

#[test]
fn a_conflicted_lock_stops_every_command_but_plan_which_merges_it() {
    let s = planned_with_edits();
    let text = s.read("ritme.lock");
    let lines: Vec<&str> = text.lines().collect();
    // The owner line of the item that was assigned by hand, as two clones
    // might have left it: one assigned anna, the other bert, later.
    let key = lines
        .iter()
        .position(|l| *l == "[format/vrijdagvraag/2026-12-04]")
        .unwrap();
    let owner = key
        + lines[key..]
            .iter()
            .position(|l| l.starts_with("owner = "))
            .unwrap();
    let ours = lines[owner];
    assert!(ours.starts_with("owner = \"anna\" @ "), "{ours}");
    let theirs = ours
        .replace("\"anna\"", "\"bert\"")
        .replace("2026-11-23T12:00:00Z", "2026-11-24T08:00:00Z");
    let mut conflicted: Vec<String> = lines[..owner].iter().map(|l| l.to_string()).collect();
    conflicted.extend([
        "<<<<<<< HEAD".to_string(),
        ours.to_string(),
        "=======".to_string(),
        theirs,
        ">>>>>>> other".to_string(),
    ]);
    conflicted.extend(lines[owner + 1..].iter().map(|l| l.to_string()));
    s.write("ritme.lock", &(conflicted.join("\n") + "\n"));
    let marker = owner + 1;

    let run = s.ritme(&["list"]).code_is(2);
    assert!(
        run.stderr().contains(&format!("ritme.lock:{marker}")),
        "names the conflict's line {marker}: {}",
        run.stderr()
    );
    assert!(run.stderr().contains("ritme plan"), "{}", run.stderr());

    let run = s.ritme(&["plan"]).ok();
    assert!(
        run.stderr().contains("format/vrijdagvraag/2026-12-04"),
        "plan reports the field it decided: {}",
        run.stderr()
    );
    let merged = s.read("ritme.lock");
    assert!(!merged.contains("<<<<<<<") && !merged.contains(">>>>>>>"));
    // The later edit wins.
    let list = s.ritme(&["list", "--format", "json"]).ok();
    let item = list
        .json()
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["key"] == "format/vrijdagvraag/2026-12-04")
        .cloned()
        .unwrap();
    assert_eq!(item["owner"], "bert");
}

#[test]
fn plan_locked_passes_on_a_current_lock_and_fails_after_a_toml_change() {
    let s = planned_with_edits();
    let lock = s.read("ritme.lock");
    let db = std::fs::read(s.path().join("ritme.db")).unwrap();
    s.ritme(&["plan", "--locked"]).ok();
    assert_eq!(s.read("ritme.lock"), lock);

    let toml = s.read("formats/week.toml");
    assert!(toml.contains("title = \"Vrijdagvraag\""));
    s.write(
        "formats/week.toml",
        &toml.replace("title = \"Vrijdagvraag\"", "title = \"Vraag van de week\""),
    );
    let run = s.ritme(&["plan", "--locked"]).code_is(1);
    assert!(
        run.stderr().contains("~ format/vrijdagvraag/2026-12-04"),
        "prints the changes: {}",
        run.stderr()
    );
    assert_eq!(s.read("ritme.lock"), lock, "plan --locked wrote the lock");
    assert_eq!(
        std::fs::read(s.path().join("ritme.db")).unwrap(),
        db,
        "plan --locked wrote the database"
    );
    // `plan` brings the lock up to date; then --locked passes again.
    s.ritme(&["plan"]).ok();
    assert_ne!(s.read("ritme.lock"), lock);
    s.ritme(&["plan", "--locked"]).ok();
}
