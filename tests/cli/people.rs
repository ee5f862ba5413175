//! People: rotations, pools, ambassadors, capacity and absences; edits that
//! survive re-planning; two writers at once; a plan killed halfway;
//! `import ics`. The expected owners in the fixtures are worked out by hand
//! in the comments of `tests/fixtures/people-*/ritme.toml`.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use proptest::prelude::*;
use serde_json::{json, Value};

use crate::support::*;

#[path = "../../benches/support/generate.rs"]
mod generate;

const WINDOW: [&str; 4] = ["--from", "2026-11-23", "--until", "2027-01-03"];

/// `people-basis`, planned over W48 to W53.
fn planned_basis() -> Scratch {
    let s = Scratch::fixture("people-basis");
    let mut args = vec!["plan"];
    args.extend(WINDOW);
    s.ritme(&args).ok();
    s
}

/// Every stored item by key, as `list --format json` shows it.
fn items(s: &Scratch) -> BTreeMap<String, Value> {
    let run = s
        .ritme(&[
            "list",
            "--from",
            "2025-01-01",
            "--until",
            "2028-12-31",
            "--format",
            "json",
        ])
        .ok();
    run.json()
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["key"].as_str().unwrap().to_string(), i.clone()))
        .collect()
}

fn field(items: &BTreeMap<String, Value>, key: &str, name: &str) -> Value {
    items.get(key).unwrap_or_else(|| panic!("no item {key}"))[name].clone()
}

fn owners(items: &BTreeMap<String, Value>, keys: &[&str]) -> Vec<Value> {
    keys.iter().map(|k| field(items, k, "owner")).collect()
}

/// Every row of the item and edit tables, as text: "the database is unchanged".
fn dump(db: &Path) -> String {
    let c = rusqlite::Connection::open(db).unwrap();
    let mut out = String::new();
    for table in ["item", "edit"] {
        let mut st = c
            .prepare(&format!("SELECT * FROM {table} ORDER BY 1"))
            .unwrap();
        let n = st.column_count();
        let rows = st
            .query_map([], |r| {
                (0..n)
                    .map(|i| {
                        r.get::<_, rusqlite::types::Value>(i)
                            .map(|v| format!("{v:?}"))
                    })
                    .collect::<rusqlite::Result<Vec<_>>>()
            })
            .unwrap();
        for row in rows {
            out.push_str(&row.unwrap().join("|"));
            out.push('\n');
        }
    }
    out
}

/// The (key, action, value) rows of the edit table, oldest first.
fn edits(db: &Path) -> Vec<(String, String, Option<String>)> {
    let c = rusqlite::Connection::open(db).unwrap();
    let mut st = c
        .prepare("SELECT key, action, value FROM edit ORDER BY id")
        .unwrap();
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// The real binary as a child process, in the harness's clean environment.
fn spawn(dir: &Path, args: &[&str]) -> Child {
    std::process::Command::new(assert_cmd::cargo::cargo_bin("ritme"))
        .env_clear()
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", "1795435200")
        .env("RITME_TODAY", "2026-11-23")
        .env("TZ", "UTC")
        .arg("-C")
        .arg(dir)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ritme starts")
}

// ----- assignment ------------------------------------------------------------

#[test]
fn rotations_count_held_or_all_occurrences_and_pass_over_the_away_and_the_full() {
    let s = planned_basis();
    let it = items(&s);
    let tuesdays = [
        "2026-11-24",
        "2026-12-08",
        "2026-12-15",
        "2026-12-22",
        "2026-12-29",
    ];
    let held: Vec<String> = tuesdays
        .iter()
        .map(|d| format!("format/dinsdag/{d}"))
        .collect();
    let held: Vec<&str> = held.iter().map(String::as_str).collect();
    // 11-24 is Chris's turn (the skipped 11-17 used up nobody's turn);
    // 12-15 is Bert's, but he is away ([[away]] in afwezig.toml): Chris
    // takes that one item; 12-22 is Chris's own turn again (the rotation did
    // not shift), but his overleg on Monday filled his capacity of 1: Anna.
    assert_eq!(
        owners(&it, &held),
        ["chris", "anna", "chris", "anna", "anna"]
    );
    let all: Vec<String> = tuesdays
        .iter()
        .map(|d| format!("format/dinsdag-alles/{d}"))
        .collect();
    let all: Vec<&str> = all.iter().map(String::as_str).collect();
    // rotation_counts = "all": the skipped 11-17 and the blackout 12-01 use
    // up turns; 12-08 is Chris's, but he is away that week: Anna.
    assert_eq!(owners(&it, &all), ["anna", "anna", "anna", "bert", "chris"]);
    assert_eq!(field(&it, "item/overleg", "owner"), "chris");
    assert!(!it.contains_key("format/dinsdag/2026-12-01"), "blackout");
}

#[test]
fn team_items_get_the_teams_ambassadors_in_turn_passing_over_the_away() {
    let s = planned_basis();
    let it = items(&s);
    let ambassadors: Vec<Value> = [
        "2026-11-24",
        "2026-12-08",
        "2026-12-15",
        "2026-12-22",
        "2026-12-29",
    ]
    .iter()
    .map(|d| field(&it, &format!("format/dinsdag/{d}"), "ambassador"))
    .collect();
    // Turns 2..6 over [bert, chris]: bert, (chris away) bert, (bert away)
    // chris, chris, bert. Being an ambassador does not count as load: Chris
    // is one on 12-22 although his week is full.
    assert_eq!(ambassadors, ["bert", "bert", "chris", "chris", "bert"]);
    assert_eq!(
        field(&it, "format/dinsdag-alles/2026-11-24", "ambassador"),
        Value::Null,
        "no team, no ambassador"
    );
    assert_eq!(field(&it, "item/overleg", "ambassador"), Value::Null);
}

#[test]
fn pools_take_the_least_loaded_then_the_lowest_total_then_the_id() {
    let s = Scratch::fixture("people-pool");
    let run = s
        .ritme(&["plan", "--from", "2026-11-23", "--until", "2026-12-06"])
        .ok();
    let it = items(&s);
    let keys = [
        "format/woensdag/2026-11-25",
        "format/donderdag/2026-11-26",
        "format/vrijdag/2026-11-27",
        "format/zomaar/2026-11-27",
        "format/woensdag/2026-12-02",
        "format/donderdag/2026-12-03",
        "format/vrijdag/2026-12-04",
        "format/zomaar/2026-12-04",
    ];
    // W48: all -> anna (nobody has anything this week; id); team:ict -> dana
    // (chris away); ambassadors -> anna (dana full, capacity 1); the second
    // ambassador item finds anna and dana full: unassigned, and plan says so.
    // W49: all -> chris: anna, chris and dana have 0 this week, chris has
    // the lowest total (bert has his fixed Monday).
    assert_eq!(
        owners(&it, &keys),
        [
            Value::from("anna"),
            "dana".into(),
            "anna".into(),
            Value::Null,
            "chris".into(),
            "dana".into(),
            "anna".into(),
            "anna".into(),
        ]
    );
    let err = run.stderr();
    assert!(
        err.contains("? format/zomaar/2026-11-27 unassigned: nobody in the pool \"ambassadors\" is available (anna has 2 of 2 items that week, dana has 1 of 1 items that week)"),
        "{err}"
    );
    assert!(err.contains("; 1 left unassigned"), "{err}");
    // A person who takes it by hand silences the report.
    s.ritme(&["assign", "format/zomaar/2026-11-27", "bert"])
        .ok();
    let again = s
        .ritme(&["plan", "--from", "2026-11-23", "--until", "2026-12-06"])
        .ok();
    assert!(!again.stderr().contains("unassigned"), "{}", again.stderr());
}

#[test]
fn rotation_owners_do_not_depend_on_the_window() {
    // One day: the week's Monday (Chris's overleg, which fills him) lies
    // outside the window, yet it counts.
    let day = Scratch::fixture("people-basis");
    day.ritme(&["plan", "--from", "2026-12-22", "--until", "2026-12-22"])
        .ok();
    let wide = Scratch::fixture("people-basis");
    wide.ritme(&["plan", "--from", "2026-01-01", "--until", "2027-06-30"])
        .ok();
    let default = Scratch::fixture("people-basis");
    default.ritme(&["plan"]).ok();
    let (day, wide, default) = (items(&day), items(&wide), items(&default));
    assert_eq!(field(&day, "format/dinsdag/2026-12-22", "owner"), "anna");
    for (key, item) in &day {
        assert_eq!(item, &wide[key], "{key}");
    }
    for (key, item) in &default {
        assert_eq!(item["owner"], wide[key]["owner"], "{key}");
        assert_eq!(item["ambassador"], wide[key]["ambassador"], "{key}");
    }
}

#[test]
fn the_example_calendar_plans_cleanly_with_rotations_pools_and_ambassadors() {
    let s = Scratch::copy_of(&voorbeeld());
    for args in [
        vec!["plan"],
        vec!["plan", "--from", "2026-01-01", "--until", "2027-12-31"],
    ] {
        let run = s.ritme(&args).ok();
        assert!(!run.stderr().contains("unassigned"), "{}", run.stderr());
    }
    let it = items(&s);
    let some = |f: &dyn Fn(&Value) -> bool| it.values().filter(|i| f(i)).count();
    // Rotations and pools spread the work: some format has three or more
    // different owners, and team-scoped items have ambassadors.
    let mut owners_per_source: BTreeMap<&str, std::collections::BTreeSet<&str>> = BTreeMap::new();
    for i in it.values() {
        if let Some(o) = i["owner"].as_str() {
            owners_per_source
                .entry(i["source_id"].as_str().unwrap())
                .or_default()
                .insert(o);
        }
    }
    assert!(
        owners_per_source.values().any(|o| o.len() >= 3),
        "{owners_per_source:?}"
    );
    assert!(some(&|i| i["ambassador"].is_string()) > 50);
    // The welzijnsweek's two HR ambassadors take turns over its posts.
    let week: Vec<Value> = [
        "campaign/welzijnsweek-2026/aftrap/2026-06-08",
        "campaign/welzijnsweek-2026/lunchwandeling/2026-06-09",
        "campaign/welzijnsweek-2026/webinar/2026-06-11",
        "campaign/welzijnsweek-2026/afsluiter/2026-06-12",
    ]
    .iter()
    .map(|k| field(&it, k, "ambassador"))
    .collect();
    assert_eq!(week, ["bert", "hanna", "bert", "hanna"]);
    // Only unassigned items are the reserve slots (teamplek).
    assert_eq!(
        some(&|i| i["owner"].is_null() && i["reserve"] != true),
        0,
        "every item that needs an owner has one"
    );
}

// ----- edits -------------------------------------------------------------------

#[test]
fn every_edit_is_recorded_shown_and_survives_plan() {
    let s = planned_basis();
    let k = "format/dinsdag/2026-12-08";
    s.ritme(&["assign", k, "dana"]).ok();
    let moved = s.ritme(&["move", k, "2026-12-09", "10:30"]).ok();
    assert!(
        moved
            .stderr()
            .contains("moved to 2026-12-09 10:30 (was 2026-12-08 (all day))"),
        "{}",
        moved.stderr()
    );
    s.ritme(&["note", k, "Foto's", "bij", "Bert"]).ok();
    s.ritme(&["status", k, "ready"]).ok();
    let skip = "format/dinsdag-alles/2026-12-15";
    s.ritme(&["skip", skip, "--reason", "Kerstdrukte"]).ok();
    let off = "format/dinsdag/2026-12-22";
    s.ritme(&["unassign", off]).ok();
    let published = "format/dinsdag/2026-11-24";
    s.ritme(&[
        "status",
        published,
        "published",
        "--url",
        "https://intranet.example.org/nieuws/1",
    ])
    .ok();
    let check = |s: &Scratch| {
        let it = items(s);
        assert_eq!(field(&it, k, "owner"), "dana");
        assert_eq!(field(&it, k, "date"), "2026-12-09");
        assert_eq!(field(&it, k, "time"), "10:30");
        assert_eq!(field(&it, k, "duration_minutes"), 30);
        assert_eq!(field(&it, k, "note"), "Foto's bij Bert");
        assert_eq!(field(&it, k, "status"), "ready");
        assert_eq!(field(&it, k, "edited"), true);
        assert_eq!(field(&it, skip, "status"), "skipped");
        assert_eq!(field(&it, off, "owner"), Value::Null);
        assert_eq!(field(&it, published, "status"), "published");
        assert_eq!(
            field(&it, published, "url"),
            "https://intranet.example.org/nieuws/1"
        );
        assert_eq!(field(&it, "format/dinsdag/2026-12-15", "edited"), false);
    };
    check(&s);
    let mut args = vec!["plan"];
    args.extend(WINDOW);
    let run = s.ritme(&args).ok();
    assert!(
        run.stderr()
            .contains("0 added, 0 changed, 0 removed, 0 kept"),
        "{}",
        run.stderr()
    );
    check(&s);
    // A changed definition changes every item it makes, edited ones too:
    // they keep only their pinned fields (SPEC section 10).
    s.write(
        "ritme.toml",
        &s.read("ritme.toml")
            .replace("title = \"Dinsdagrubriek\"", "title = \"Dinsdagverhaal\""),
    );
    let run = s.ritme(&args).ok();
    let err = run.stderr();
    assert!(!err.contains("kept (edited)"), "{err}");
    assert!(
        err.contains("0 added, 5 changed, 0 removed, 0 kept"),
        "{err}"
    );
    check(&s);
    let it = items(&s);
    for key in ["format/dinsdag/2026-12-15", k, off, published] {
        assert_eq!(field(&it, key, "title"), "Dinsdagverhaal", "{key}");
    }
    // `show` prints the history with the time of each edit.
    let out = s.ritme(&["show", k]).ok().stdout();
    for line in [
        "2026-11-23T12:00:00Z  assign dana",
        "2026-11-23T12:00:00Z  move 2026-12-09 10:30",
        "2026-11-23T12:00:00Z  note Foto's bij Bert",
        "2026-11-23T12:00:00Z  status ready",
    ] {
        assert!(out.contains(line), "{line}\n{out}");
    }
    let out = s.ritme(&["show", skip]).ok().stdout();
    assert!(out.contains("skip Kerstdrukte"), "{out}");
}

#[test]
fn every_edit_bumps_sequence_and_modified_for_the_feeds() {
    let s = planned_basis();
    let db = s.path().join("ritme.db");
    let k = "format/dinsdag/2026-12-29";
    let seq = || -> (i64, String, bool) {
        let c = rusqlite::Connection::open(&db).unwrap();
        c.query_row(
            "SELECT sequence, modified, edited FROM item WHERE key = ?1",
            [k],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap()
    };
    assert_eq!(seq().0, 0);
    let mut c = command();
    c.env("SOURCE_DATE_EPOCH", "1795521600")
        .arg("-C")
        .arg(s.path())
        .args(["status", k, "draft"]);
    assert!(c.output().unwrap().status.success());
    assert_eq!(seq(), (1, "2026-11-24T12:00:00Z".to_string(), true));
    s.ritme(&["note", k, "x"]).ok();
    assert_eq!(seq().0, 2);
}

#[test]
fn bad_edits_exit_2_with_advice_and_leave_the_database_unchanged() {
    let s = planned_basis();
    let db = s.path().join("ritme.db");
    let before = dump(&db);
    let k = "format/dinsdag/2026-12-08";
    for (args, message) in [
        (
            vec!["assign", "format/dinsdag/2026-12-09", "bert"],
            "no item with key \"format/dinsdag/2026-12-09\" (did you mean \"format/dinsdag/2026-12-08\"?)",
        ),
        (
            vec!["assign", k, "brt"],
            "unknown person \"brt\" (did you mean \"bert\"?)",
        ),
        (
            vec!["assign", k, "zoltan"],
            "unknown person \"zoltan\" (the people are: anna, bert, chris, dana)",
        ),
        (vec!["move", k, "2026-02-30"], "\"2026-02-30\" is not a date"),
        (vec!["move", k, "2026-12-09", "25:00"], "invalid time \"25:00\""),
        (
            vec!["status", k, "publised"],
            "unknown status \"publised\" (did you mean \"published\"?)",
        ),
        (vec!["status", k, "klaar"], "unknown status \"klaar\""),
        (vec!["unassign", "format/dinsdg/2026-12-08"], "did you mean"),
        (vec!["skip", "item/overlg"], "did you mean \"item/overleg\""),
        (vec!["note", "nergens/2026", "x"], "`ritme list` shows the keys"),
        (vec!["reset", "format/dinsdag/2026-12-01"], "no item with key"),
    ] {
        let run = s.ritme(&args).code_is(2);
        assert!(run.stderr().contains(message), "{args:?}: {}", run.stderr());
        assert!(!run.stderr().contains("panicked"));
    }
    assert_eq!(dump(&db), before);
}

#[test]
fn edits_warn_when_the_owner_is_away_or_over_capacity() {
    let s = planned_basis();
    // Chris is away in W50 and already holds a full W52.
    for (args, note) in [
        (
            ["assign", "format/dinsdag/2026-12-08", "chris"],
            "note: chris is away on 2026-12-08",
        ),
        (
            ["assign", "format/dinsdag/2026-12-22", "chris"],
            "note: chris now has 2 items in 2026-W52, above their capacity of 1",
        ),
        (
            ["move", "format/dinsdag/2026-12-29", "2027-01-02"],
            "note: 2027-01-02 is a Sat, not a working day",
        ),
    ] {
        let run = s.ritme(&args).ok();
        assert!(run.stderr().contains(note), "{args:?}: {}", run.stderr());
    }
}

#[test]
fn reset_puts_the_definition_back_at_once() {
    let s = planned_basis();
    let k = "format/dinsdag/2026-12-15";
    let fresh = items(&s)[k].clone();
    s.ritme(&["assign", k, "dana"]).ok();
    s.ritme(&["move", k, "2026-12-17", "09:00"]).ok();
    s.ritme(&["status", k, "published", "--url", "https://x.example/1"])
        .ok();
    s.ritme(&["note", k, "weg ermee"]).ok();
    let run = s.ritme(&["reset", k]).ok();
    assert!(
        run.stderr().contains(
            "format/dinsdag/2026-12-15: back to its definition: 2026-12-15 (all day), owner chris, planned"
        ),
        "{}",
        run.stderr()
    );
    // Without --all, reset drops every pin but keeps the note and the
    // published URL (SPEC section 10): the item is still edited.
    let mut kept = fresh.clone();
    kept["note"] = "weg ermee".into();
    kept["url"] = "https://x.example/1".into();
    kept["edited"] = true.into();
    assert_eq!(
        items(&s)[k],
        kept,
        "the definition's fields, note and URL kept"
    );
    // --all would lose where it went live: it asks for --force.
    s.ritme(&["reset", k, "--all"]).code_is(2);
    s.ritme(&["reset", k, "--all", "--force"]).ok();
    assert_eq!(items(&s)[k], fresh, "the item as the definition says");
    let mut args = vec!["plan"];
    args.extend(WINDOW);
    let run = s.ritme(&args).ok();
    assert!(
        run.stderr()
            .contains("0 added, 0 changed, 0 removed, 0 kept"),
        "{}",
        run.stderr()
    );
    let out = s.ritme(&["show", k]).ok().stdout();
    assert!(
        out.contains("assign dana") && out.contains("  reset"),
        "{out}"
    );
}

#[test]
fn orphans_are_kept_when_edited_or_past_and_dropped_when_untouched() {
    let s = Scratch::fixture("people-basis");
    // A first plan that starts before today creates the past items too.
    s.ritme(&["plan", "--from", "2026-11-01", "--until", "2027-01-03"])
        .ok();
    s.ritme(&["note", "format/dinsdag-alles/2026-12-08", "houden"])
        .ok();
    s.ritme(&["status", "format/dinsdag-alles/2026-12-22", "draft"])
        .ok();
    let text = s.read("ritme.toml");
    let start = text.find("# Every generated occurrence counts").unwrap();
    let end = text.find("[[item]]").unwrap();
    s.write("ritme.toml", &format!("{}{}", &text[..start], &text[end..]));
    let run = s
        .ritme(&["plan", "--from", "2026-11-01", "--until", "2027-01-03"])
        .ok();
    let err = run.stderr();
    // Only future items with edits become orphans (SPEC section 10); past
    // items are history, kept silently.
    for line in [
        "! format/dinsdag-alles/2026-12-08 kept as an orphan: it carries edits",
        "! format/dinsdag-alles/2026-12-22 kept as an orphan: it carries edits",
    ] {
        assert!(err.contains(line), "{line}\n{err}");
    }
    assert!(!err.contains("2026-11-03"), "{err}");
    assert!(err.contains("3 removed, 2 kept (2 orphans)"), "{err}");
    let it = items(&s);
    assert!(
        it.contains_key("format/dinsdag-alles/2026-11-03"),
        "history"
    );
    assert!(it.contains_key("format/dinsdag-alles/2026-12-08"));
    assert!(!it.contains_key("format/dinsdag-alles/2026-12-15"));
    // Reset without --all keeps the note: still edited, still an orphan.
    s.ritme(&["reset", "format/dinsdag-alles/2026-12-08"]).ok();
    assert!(items(&s).contains_key("format/dinsdag-alles/2026-12-08"));
    // Reset an orphan with --all: its definition is gone, so it goes too.
    let run = s
        .ritme(&["reset", "format/dinsdag-alles/2026-12-08", "--all"])
        .ok();
    assert!(
        run.stderr().contains("removed; its definition is gone"),
        "{}",
        run.stderr()
    );
    assert!(!items(&s).contains_key("format/dinsdag-alles/2026-12-08"));
}

#[test]
fn past_items_are_history_and_a_published_item_follows_its_definition() {
    let s = Scratch::fixture("people-basis");
    s.ritme(&["plan", "--from", "2026-11-01", "--until", "2027-01-03"])
        .ok();
    s.ritme(&["status", "format/dinsdag/2026-12-29", "published"])
        .ok();
    s.write(
        "ritme.toml",
        &s.read("ritme.toml")
            .replace("title = \"Dinsdagrubriek\"", "title = \"Nieuwe titel\""),
    );
    let run = s
        .ritme(&[
            "plan",
            "-v",
            "--from",
            "2026-11-01",
            "--until",
            "2027-01-03",
        ])
        .ok();
    let err = run.stderr();
    assert!(
        err.contains(
            "= format/dinsdag/2026-11-03 kept as history, although its definition changed"
        ),
        "{err}"
    );
    assert!(
        err.contains("5 changed, 0 removed, 2 kept (2 history)"),
        "{err}"
    );
    let it = items(&s);
    assert_eq!(
        field(&it, "format/dinsdag/2026-11-10", "title"),
        "Dinsdagrubriek"
    );
    // The edit pinned only the status: the title follows the definition
    // (SPEC section 10, "edits pin fields, not items").
    assert_eq!(
        field(&it, "format/dinsdag/2026-12-29", "title"),
        "Nieuwe titel"
    );
    assert_eq!(
        field(&it, "format/dinsdag/2026-12-29", "status"),
        "published"
    );
    assert_eq!(
        field(&it, "format/dinsdag/2026-12-22", "title"),
        "Nieuwe titel"
    );
}

// ----- determinism and properties ------------------------------------------------

/// One step of a random session.
#[derive(Debug, Clone)]
enum Step {
    Assign(usize, usize),
    Unassign(usize),
    Move(usize, u64, Option<u32>),
    Skip(usize),
    Status(usize, usize),
    Note(usize, String),
    Reset(usize),
    Plan(usize),
    /// Rewrite the definitions: new titles and another rotation order, so a
    /// plan would overwrite every item it does not keep.
    Redefine(usize),
}

/// `people-basis`'s ritme.toml in variant `n` (0 is the fixture as is).
fn variant(base: &str, n: usize) -> String {
    if n == 0 {
        return base.to_string();
    }
    let people = ["anna", "bert", "chris"];
    let order: Vec<String> = (0..3)
        .map(|i| format!("\"{}\"", people[(i + n) % 3]))
        .collect();
    base.replace("Dinsdagrubriek", &format!("Dinsdagrubriek {n}"))
        .replace(
            "title = \"Dinsdag, alles telt\"",
            &format!("title = \"Alles telt {n}\""),
        )
        .replace(
            "rotation = [\"anna\", \"bert\", \"chris\"]",
            &format!("rotation = [{}]", order.join(", ")),
        )
}

const KEYS: [&str; 6] = [
    "format/dinsdag/2026-11-24",
    "format/dinsdag/2026-12-08",
    "format/dinsdag/2026-12-22",
    "format/dinsdag-alles/2026-12-15",
    "format/dinsdag-alles/2026-12-29",
    "item/overleg",
];
const PEOPLE: [&str; 4] = ["anna", "bert", "chris", "dana"];
const STATUSES: [&str; 5] = ["planned", "draft", "ready", "published", "skipped"];
const WINDOWS: [&[&str]; 3] = [
    &[],
    &["--from", "2026-11-23", "--until", "2027-01-03"],
    &["--from", "2026-12-14", "--until", "2026-12-31"],
];

fn step() -> impl Strategy<Value = Step> {
    let k = 0..KEYS.len();
    prop_oneof![
        (k.clone(), 0..PEOPLE.len()).prop_map(|(k, p)| Step::Assign(k, p)),
        k.clone().prop_map(Step::Unassign),
        (k.clone(), 0u64..40, prop::option::of(8u32..18)).prop_map(|(k, d, t)| Step::Move(k, d, t)),
        k.clone().prop_map(Step::Skip),
        (k.clone(), 0..STATUSES.len()).prop_map(|(k, s)| Step::Status(k, s)),
        (k.clone(), "[a-z]{1,8}").prop_map(|(k, t)| Step::Note(k, t)),
        k.prop_map(Step::Reset),
        (0..WINDOWS.len()).prop_map(Step::Plan),
        (0..WINDOWS.len()).prop_map(Step::Plan),
        (1usize..3).prop_map(Step::Redefine),
    ]
}

/// What each edited item should show, by key and field.
type Wanted = BTreeMap<&'static str, BTreeMap<&'static str, Value>>;

/// Runs the steps; returns what each edited item should show and the
/// variant of the definitions in force at the end.
fn play(s: &Scratch, steps: &[Step]) -> (Wanted, usize) {
    let base = s.read("ritme.toml");
    let mut definitions = 0;
    let mut want = Wanted::new();
    for st in steps {
        let mut set = |k: usize, f: &'static str, v: Value| {
            want.entry(KEYS[k]).or_default().insert(f, v);
            want.entry(KEYS[k])
                .or_default()
                .insert("edited", true.into());
        };
        match st {
            Step::Assign(k, p) => {
                s.ritme(&["assign", KEYS[*k], PEOPLE[*p]]).ok();
                set(*k, "owner", PEOPLE[*p].into());
            }
            Step::Unassign(k) => {
                s.ritme(&["unassign", KEYS[*k]]).ok();
                set(*k, "owner", Value::Null);
            }
            Step::Move(k, d, t) => {
                let date = (chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
                    + chrono::Days::new(*d))
                .to_string();
                let time = t.map(|h| format!("{h:02}:15"));
                let mut args = vec!["move", KEYS[*k], &date];
                if let Some(t) = &time {
                    args.push(t);
                    set(*k, "time", t.clone().into());
                }
                s.ritme(&args).ok();
                set(*k, "date", date.clone().into());
            }
            Step::Skip(k) => {
                s.ritme(&["skip", KEYS[*k]]).ok();
                set(*k, "status", "skipped".into());
            }
            Step::Status(k, x) => {
                s.ritme(&["status", KEYS[*k], STATUSES[*x]]).ok();
                set(*k, "status", STATUSES[*x].into());
            }
            Step::Note(k, t) => {
                s.ritme(&["note", KEYS[*k], t]).ok();
                set(*k, "note", t.clone().into());
            }
            Step::Reset(k) => {
                s.ritme(&["reset", KEYS[*k]]).ok();
                // The pins go; the note stays (SPEC section 10: without --all).
                let note = want.remove(KEYS[*k]).and_then(|mut w| w.remove("note"));
                if let Some(note) = note {
                    let w = want.entry(KEYS[*k]).or_default();
                    w.insert("note", note);
                    w.insert("edited", true.into());
                }
            }
            Step::Redefine(n) => {
                s.write("ritme.toml", &variant(&base, *n));
                definitions = *n;
            }
            Step::Plan(w) => {
                let mut args = vec!["plan"];
                args.extend(WINDOWS[*w]);
                s.ritme(&args).ok();
                let again = s.ritme(&args).ok();
                assert!(
                    again.stderr().contains("0 added, 0 changed, 0 removed"),
                    "a second plan changed something: {}",
                    again.stderr()
                );
            }
        }
    }
    (want, definitions)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, max_shrink_iters: 20, ..ProptestConfig::default() })]

    #[test]
    fn every_edit_survives_random_replans_and_replanning_is_idempotent(
        steps in prop::collection::vec(step(), 1..9)
    ) {
        let s = planned_basis();
        let (want, definitions) = play(&s, &steps);
        // The reference plans the fixture first too: a stored item keeps its
        // owner through a changed rotation while it stands inside the freeze
        // (SPEC section 10), so a fresh plan of the variant is no reference.
        let reference = planned_basis();
        reference.write("ritme.toml", &variant(&reference.read("ritme.toml"), definitions));
        let mut args = vec!["plan"];
        args.extend(WINDOW);
        reference.ritme(&args).ok();
        let reference = items(&reference);
        s.ritme(&args).ok();
        // The lock is current after the edits and the plan.
        s.ritme(&["plan", "--locked"]).ok();
        let have = items(&s);
        // An assign or a move adds load to someone's week: past capacity,
        // that week's other items go to the next member (SPEC section 10),
        // which the reference, without the edit, does not do. Only then may
        // an untouched item's owner differ from the reference's.
        // A reset lets the rules choose afresh, where the reference keeps the
        // owner it had (an incumbent stays while valid); an unassign frees
        // room in a week, which the reference does not have either.
        let load_moved = steps.iter().any(|st| {
            matches!(st, Step::Assign(..) | Step::Move(..) | Step::Unassign(..) | Step::Reset(..))
        });
        for key in KEYS {
            match want.get(key) {
                Some(fields) => {
                    for (f, v) in fields {
                        prop_assert_eq!(&have[key][*f], v, "{} {}", key, f);
                    }
                }
                None if load_moved => {
                    let mut h = have[key].clone();
                    let mut r = reference[key].clone();
                    for f in ["owner", "ambassador"] {
                        h[f] = Value::Null;
                        r[f] = Value::Null;
                    }
                    prop_assert_eq!(h, r, "{} untouched or reset, owners aside", key);
                }
                None => prop_assert_eq!(&have[key], &reference[key], "{} untouched or reset", key),
            }
        }
    }
}

#[test]
fn the_same_definitions_and_edits_give_byte_identical_json() {
    let run = || {
        let s = planned_basis();
        s.ritme(&["assign", "format/dinsdag/2026-12-08", "dana"])
            .ok();
        s.ritme(&["move", "item/overleg", "2026-12-23", "11:00"])
            .ok();
        s.ritme(&["skip", "format/dinsdag-alles/2026-12-15"]).ok();
        s.ritme(&["plan"]).ok();
        s.ritme(&[
            "list",
            "--from",
            "2026-11-01",
            "--until",
            "2027-03-31",
            "--format",
            "json",
        ])
        .ok()
        .stdout()
    };
    let (one, two) = (run(), run());
    assert!(one.contains("\"edited\": true"));
    assert_eq!(one, two);
}

// ----- two writers, and a plan killed halfway ---------------------------------------

/// A calendar of `formats` weekly formats, planned over 2026.
fn big(formats: usize) -> Scratch {
    let s = Scratch::empty();
    generate::write_calendar(s.path(), formats, 12).unwrap();
    s.ritme(&[
        "plan",
        "--today",
        "2026-01-01",
        "--from",
        "2026-01-01",
        "--until",
        "2026-12-31",
    ])
    .ok();
    s
}

const YEAR: [&str; 6] = [
    "--today",
    "2026-01-01",
    "--from",
    "2026-01-01",
    "--until",
    "2026-12-31",
];

/// Switches every format's title, so a plan rewrites every unedited row.
fn retitle(s: &Scratch, round: usize) {
    let text = s.read("formats.toml");
    let text = text
        .lines()
        .map(|l| match l.strip_prefix("title = \"") {
            Some(rest) => {
                let base = rest.split(" #").next().unwrap().trim_end_matches('"');
                format!("title = \"{base} #{round}\"")
            }
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    s.write("formats.toml", &text);
}

#[test]
fn a_plan_and_an_assign_at_once_both_succeed_and_no_edit_is_lost() {
    let s = big(150);
    let rounds = 10;
    let mut waited = Duration::ZERO;
    for round in 0..rounds {
        retitle(&s, round);
        // f0, f5, f10, ... run on Mondays.
        let monday = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
            + chrono::Days::new(7 * round as u64);
        let key = format!("format/f{}/{monday}", round * 5);
        let mut plan_args = vec!["plan"];
        plan_args.extend(YEAR);
        let plan = spawn(s.path(), &plan_args);
        // Let the plan get going, then write at the same time.
        std::thread::sleep(Duration::from_millis(20 * (round as u64 % 5)));
        let person = format!("p{}", round % 12);
        let started = Instant::now();
        let assign = spawn(s.path(), &["assign", &key, &person]);
        let a = assign.wait_with_output().unwrap();
        waited = waited.max(started.elapsed());
        let p = plan.wait_with_output().unwrap();
        assert!(
            p.status.success(),
            "plan: {}",
            String::from_utf8_lossy(&p.stderr)
        );
        assert!(
            a.status.success(),
            "assign: {}",
            String::from_utf8_lossy(&a.stderr)
        );
    }
    eprintln!("longest assign while a plan ran: {waited:?}");
    let db = s.path().join("ritme.db");
    let recorded = edits(&db);
    assert_eq!(recorded.len(), rounds, "{recorded:?}");
    let it = items(&s);
    for (key, action, value) in &recorded {
        assert_eq!(action, "assign");
        assert_eq!(field(&it, key, "owner").as_str(), value.as_deref(), "{key}");
        assert_eq!(field(&it, key, "edited"), true, "{key}");
    }
    assert!(it.values().all(|i| i["edited"] == true
        || i["title"]
            .as_str()
            .unwrap()
            .ends_with(&format!("#{}", rounds - 1))));
}

#[test]
fn a_plan_killed_halfway_leaves_a_consistent_database_with_every_edit() {
    let s = big(400);
    let db = s.path().join("ritme.db");
    let edited = [
        ("format/f0/2026-03-02", vec!["assign", "p7"]),
        ("format/f1/2026-06-02", vec!["note", "blijft"]),
        ("format/f2/2026-09-02", vec!["status", "ready"]),
        ("format/f3/2026-10-01", vec!["move", "2026-10-02"]),
        ("format/f4/2026-12-04", vec!["skip"]),
    ];
    for (key, edit) in &edited {
        let mut args = vec![edit[0], *key];
        args.extend(&edit[1..]);
        s.ritme(&args).ok();
    }
    let recorded = edits(&db);
    assert_eq!(recorded.len(), edited.len());
    let stored = |c: &rusqlite::Connection| -> Vec<String> {
        edited
            .iter()
            .map(|(k, _)| {
                c.query_row(
                    // Not the title: edits pin fields, and no edit here pins
                    // the title, so edited items follow the retitling too.
                    "SELECT owner, date, status, note, edited FROM item WHERE key = ?1",
                    [k],
                    |r| {
                        Ok(format!(
                            "{:?}",
                            (0..5)
                                .map(|i| r.get::<_, rusqlite::types::Value>(i))
                                .collect::<rusqlite::Result<Vec<_>>>()?
                        ))
                    },
                )
                .unwrap()
            })
            .collect()
    };
    let snapshot = stored(&rusqlite::Connection::open(&db).unwrap());
    let (mut killed, mut finished, mut old, mut new) = (0, 0, 0, 0);
    let mut plan_args = vec!["plan"];
    plan_args.extend(YEAR);
    // How long a plan that rewrites every row takes here, uninterrupted: the
    // kills below land from early in it to just after it.
    retitle(&s, 100);
    let mut dry_args = plan_args.clone();
    dry_args.push("--dry-run");
    let started = Instant::now();
    s.ritme(&dry_args).ok();
    let dry = started.elapsed();
    let started = Instant::now();
    s.ritme(&plan_args).ok();
    let full = started.elapsed();
    let mut in_writes = 0;
    let rounds = 14;
    for round in 0..rounds {
        retitle(&s, round);
        let mut child = spawn(s.path(), &plan_args);
        let wait = full.mul_f64(0.1 + 1.1 * round as f64 / rounds as f64);
        std::thread::sleep(wait);
        match child.try_wait().unwrap() {
            Some(status) => {
                assert!(status.success());
                finished += 1;
            }
            None => {
                child.kill().unwrap();
                child.wait().unwrap();
                killed += 1;
                // A dry run does all but the writing: later than that, the
                // kill most likely hit the write transaction.
                if wait > dry {
                    in_writes += 1;
                }
            }
        }
        let c = rusqlite::Connection::open(&db).unwrap();
        let check: String = c
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok", "round {round}");
        assert_eq!(edits(&db), recorded, "round {round}: the edit table");
        // One transaction: every row (edited ones follow the title too) has
        // the old title or every one the new.
        let titles: Vec<String> = c
            .prepare(
                "SELECT DISTINCT CASE instr(title, '#') WHEN 0 THEN '' \
                 ELSE substr(title, instr(title, '#')) END FROM item",
            )
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(
            titles.len(),
            1,
            "round {round}: half a plan is visible: {titles:?}"
        );
        if titles[0] == format!("#{round}") {
            new += 1;
        } else {
            old += 1;
        }
        assert_eq!(stored(&c), snapshot, "round {round}: the edited items");
    }
    eprintln!(
        "a full plan took {full:?} (dry run {dry:?}); killed {killed} plans, {in_writes} of them after the dry-run time; {old} rounds left the old plan, {new} the new; {finished} finished first"
    );
    assert!(old > 0, "no plan was killed before it committed");
    s.ritme(&plan_args).ok();
    assert_eq!(edits(&db), recorded);
}

/// A small xorshift generator: the kill moments, reproducible from the
/// seed the test prints.
struct Dice(u64);

impl Dice {
    fn from_clock() -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos();
        Dice(u64::from(nanos) | 1)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

/// The example calendar planned over 2026 and 2027, so that the example
/// statistics find their items: every writing command has work to do.
fn planned_example() -> Scratch {
    let s = Scratch::copy_of(&voorbeeld());
    s.ritme(&["plan", "--from", "2026-01-01", "--until", "2027-12-31"])
        .ok();
    s
}

/// Every file under `dir` by name, less the hidden temporary files a kill
/// leaves behind (`.feed.ics.<pid>.tmp`).
fn feed_files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries {
            let p = e.unwrap().path();
            let name = p.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
            if p.is_dir() {
                stack.push(p);
            } else if !(name.rsplit('/').next().unwrap().starts_with('.') && name.ends_with(".tmp"))
            {
                out.insert(name, std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

fn count(db: &Path, table: &str) -> i64 {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

/// The calendar directory alone (a copy without the database, as a fresh
/// clone has) gives the same items and numbers as the calendar with its
/// database, and its rebuilt history holds every edit in `done`: the lock
/// and the numbers files were written with the database, never apart.
fn whole_without_database(s: &Scratch, done: &[(String, String, Option<String>)], why: &str) {
    let copy = Scratch::copy_of(s.path());
    for f in ["ritme.db", "ritme.db-wal", "ritme.db-shm"] {
        let _ = std::fs::remove_file(copy.path().join(f));
    }
    let engagement = |dir: &Path| {
        let args = [
            "report",
            "engagement",
            "--from",
            "2026-01-01",
            "--until",
            "2026-11-23",
        ];
        ritme_in(dir, &[&args[..], &["--format", "json"]].concat())
            .ok()
            .stdout()
    };
    assert_eq!(
        engagement(copy.path()),
        engagement(s.path()),
        "{why}: numbers"
    );
    assert_eq!(items(&copy), items(s), "{why}: items from the lock alone");
    let lock = copy.read("ritme.lock");
    for (key, action, value) in done {
        let block = lock
            .split("\n\n")
            .find(|b| b.starts_with(&format!("[{key}]\n")))
            .unwrap_or_else(|| panic!("{why}: no [{key}] in the lock"));
        let logged = format!(",{},{}]", json!(action), json!(value));
        assert!(
            block
                .lines()
                .any(|l| l.starts_with("log = ") && l.ends_with(&logged)),
            "{why}: the lock lost {action} {value:?} of {key}:\n{block}"
        );
    }
}

#[test]
fn every_writing_command_killed_at_a_random_moment_leaves_everything_whole() {
    let s = planned_example();
    let db = s.path().join("ritme.db");
    let mut dice = Dice::from_clock();
    eprintln!("dice seed {}", dice.0);
    let stats = root().join("examples/stats/per-sleutel.csv");
    let pages = root().join("examples/pages/inventaris.csv");
    let ics = s.path().join("ics/studiedagen.ics");
    // Absolute: the commands run in the test's directory, not the scratch.
    let (one, all) = (s.path().join("een.ics"), s.path().join("feeds"));
    let (stats, pages, ics, one, all) = (
        stats.to_str().unwrap(),
        pages.to_str().unwrap(),
        ics.to_str().unwrap(),
        one.to_str().unwrap(),
        all.to_str().unwrap(),
    );
    // Items from the first week of 2027 on, one per edit round.
    let keys: Vec<String> = items(&s)
        .into_keys()
        .filter(|k| k.starts_with("format/") && k.rsplit('/').next().unwrap() >= "2027-01-04")
        .collect();
    let people = ["anna", "bram", "carla", "dana"];
    let kinds = [
        "assign",
        "note",
        "status",
        "skip",
        "unassign",
        "stats",
        "pages",
        "ics",
        "reviewed",
        "export-one",
        "export-all",
        "plan",
    ];
    // How long an edit takes here, uninterrupted (a loaded machine is slower).
    let timed = Instant::now();
    s.ritme(&["note", &keys[keys.len() - 1], "gemeten"]).ok();
    let span = 2 * timed.elapsed().as_millis().max(20) as u64;
    // Edits that finished: (key, action, value), each must stay.
    let mut done: Vec<(String, String, Option<String>)> = vec![(
        keys[keys.len() - 1].clone(),
        "note".into(),
        Some("gemeten".into()),
    )];
    let (mut killed, mut finished) = (0, 0);
    let started = Instant::now();
    for round in 0..kinds.len() * 2 {
        let kind = kinds[round % kinds.len()];
        let key = keys[round].as_str();
        let note = format!("ronde {round}");
        let day = format!("2026-10-{:02}", round + 1);
        let person = people[round % people.len()];
        let args: Vec<&str> = match kind {
            "assign" => vec!["assign", key, person],
            "note" => vec!["note", key, &note],
            "status" => vec!["status", key, "ready"],
            "skip" => vec!["skip", key],
            "unassign" => vec!["unassign", key],
            "stats" => vec!["import", "stats", stats],
            "pages" => vec!["import", "pages", pages, "--replace"],
            "ics" => vec!["import", "ics", "--as", "blackout", ics, "--replace"],
            "reviewed" => vec!["reviewed", "organogram", "--date", &day],
            "export-one" => vec!["export", "ics", "-o", one],
            "export-all" => vec!["export", "ics", "--out", all],
            _ => vec!["plan", "--from", "2026-01-01", "--until", "2027-12-31"],
        };
        let one_before = std::fs::read(one).ok();
        let all_before = feed_files(Path::new(all));
        let stats_before = (count(&db, "import"), count(&db, "stat"));
        let reviews_before = count(&db, "review");
        let mut child = spawn(s.path(), &args);
        // The kills land anywhere from before the database is opened to
        // after the exit: up to twice an uninterrupted edit's time.
        std::thread::sleep(Duration::from_millis(dice.below(span)));
        let ok = match child.try_wait().unwrap() {
            Some(status) => {
                finished += 1;
                status.success()
            }
            None => {
                child.kill().unwrap();
                child.wait().unwrap();
                killed += 1;
                false
            }
        };
        let why = format!("round {round}, {args:?} (dice seed printed above)");
        if ok {
            match kind {
                "assign" => done.push((key.into(), "assign".into(), Some(person.into()))),
                "note" => done.push((key.into(), "note".into(), Some(note.clone()))),
                "status" => done.push((key.into(), "status".into(), Some("ready".into()))),
                "skip" => done.push((key.into(), "skip".into(), None)),
                "unassign" => done.push((key.into(), "unassign".into(), None)),
                _ => {}
            }
        }
        let c = rusqlite::Connection::open(&db).unwrap();
        let check: String = c
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok", "{why}");
        // Every edit that finished is there (the table's order is not
        // time's: it can be rebuilt from ritme.lock), and this round's edit,
        // when it is there, shows on its item.
        let stored = edits(&db);
        for e in &done {
            assert!(stored.contains(e), "{why}: lost {e:?} from {stored:?}");
        }
        let edit_kind = ["assign", "note", "status", "skip", "unassign"].contains(&kind);
        let this = stored.iter().find(|(k, a, _)| k == key && a == kind);
        if let Some((key, action, value)) = this.filter(|_| edit_kind) {
            let it = items(&s);
            match action.as_str() {
                "assign" => assert_eq!(field(&it, key, "owner").as_str(), value.as_deref()),
                "note" => assert_eq!(field(&it, key, "note").as_str(), value.as_deref()),
                "status" => assert_eq!(field(&it, key, "status").as_str(), value.as_deref()),
                "skip" => assert_eq!(field(&it, key, "status"), "skipped"),
                _ => {}
            }
        }
        match kind {
            // The calendar files these imports write still load.
            "pages" | "ics" => {
                let check = s.ritme(&["check"]);
                assert!(check.code() <= 1, "{why}: {}", check.stderr());
            }
            "stats" => {
                let after = (count(&db, "import"), count(&db, "stat"));
                s.ritme(&args).ok();
                let full = (count(&db, "import"), count(&db, "stat"));
                assert!(
                    after == stats_before || after == full,
                    "{why}: half an import: {stats_before:?} -> {after:?}, whole {full:?}"
                );
            }
            "reviewed" => {
                let after = count(&db, "review");
                assert!(
                    after == reviews_before || after == reviews_before + 1,
                    "{why}"
                );
                assert!(
                    !ok || after == reviews_before + 1,
                    "{why}: the review was lost"
                );
            }
            "export-one" => {
                let now = std::fs::read(one).ok();
                assert!(
                    !ok || now.is_some(),
                    "{why}: no een.ics after a finished export"
                );
                let fresh = s.ritme(&["export", "ics", "-o", "-"]).ok().0.stdout;
                assert!(
                    now == one_before || now.as_deref() == Some(&fresh[..]),
                    "{why}: een.ics is neither the old nor the new feed"
                );
            }
            "export-all" => {
                let now = feed_files(Path::new(all));
                assert!(
                    !ok || !now.is_empty(),
                    "{why}: no feeds after a finished export"
                );
                let fresh_dir = Scratch::empty();
                let out = fresh_dir.path().to_str().unwrap();
                s.ritme(&["export", "ics", "--out", out]).ok();
                let fresh = feed_files(fresh_dir.path());
                for (name, bytes) in &now {
                    assert!(
                        all_before.get(name) == Some(bytes) || fresh.get(name) == Some(bytes),
                        "{why}: feeds/{name} is neither the old nor the new feed"
                    );
                }
            }
            _ => {}
        }
        whole_without_database(&s, &done, &why);
    }
    eprintln!(
        "killed {killed} commands, {finished} finished first, in {:?}",
        started.elapsed()
    );
    assert!(
        killed > 0 && !done.is_empty(),
        "killed {killed}, done {}",
        done.len()
    );
}

#[test]
fn every_writing_command_at_once_succeeds_and_nothing_is_lost() {
    let s = planned_example();
    let db = s.path().join("ritme.db");
    let stats = root().join("examples/stats/per-sleutel.csv");
    let pages = root().join("examples/pages/inventaris.csv");
    let (one, all) = (s.path().join("een.ics"), s.path().join("feeds"));
    let (stats, pages, one, all) = (
        stats.to_str().unwrap(),
        pages.to_str().unwrap(),
        one.to_str().unwrap(),
        all.to_str().unwrap(),
    );
    let keys: Vec<String> = items(&s)
        .into_keys()
        .filter(|k| k.starts_with("format/") && k.rsplit('/').next().unwrap() >= "2027-01-04")
        .take(8)
        .collect();
    for round in 0..3 {
        let note = format!("ronde {round}");
        let day = format!("2026-10-{:02}", round + 1);
        let k = |i: usize| keys[(round * 2 + i) % keys.len()].as_str();
        let commands: Vec<Vec<&str>> = vec![
            vec!["plan", "--from", "2026-01-01", "--until", "2027-12-31"],
            vec!["assign", k(0), "dana"],
            vec!["note", k(1), &note],
            vec!["import", "stats", stats],
            vec!["import", "pages", pages, "--replace"],
            vec!["reviewed", "organogram", "--date", &day],
            vec!["export", "ics", "-o", one],
            vec!["export", "ics", "--out", all],
        ];
        let children: Vec<_> = commands.iter().map(|a| spawn(s.path(), a)).collect();
        for (child, args) in children.into_iter().zip(&commands) {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "round {round}, {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let it = items(&s);
        assert_eq!(field(&it, k(0), "owner"), "dana", "round {round}");
        assert_eq!(field(&it, k(1), "note"), note.as_str(), "round {round}");
        assert_eq!(count(&db, "review"), round as i64 + 1, "round {round}");
        // A file imported again with the same numbers changes nothing.
        assert_eq!(count(&db, "import"), 1, "round {round}");
        assert!(count(&db, "stat") > 100, "round {round}");
        whole_without_database(&s, &edits(&db), &format!("round {round}"));
    }
    let c = rusqlite::Connection::open(&db).unwrap();
    let check: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    assert_eq!(edits(&db).len(), 6);
}

/// SPEC section 10: a writing command holds an exclusive lock on the
/// calendar for as long as it runs. While another process holds it, a
/// writer waits (and goes on once it is let go), gives up after
/// `RITME_LOCK_WAIT` seconds with a clear message and nothing written, and
/// readers are not held up.
#[test]
fn a_second_writer_waits_for_the_first_and_gives_up_clearly() {
    let s = planned_basis();
    let key = "format/dinsdag/2026-12-08";
    let lock_before = s.read("ritme.lock");
    let held = std::fs::File::open(s.path()).unwrap();
    held.lock().unwrap();
    let started = Instant::now();
    let run = command()
        .env("RITME_LOCK_WAIT", "1")
        .arg("-C")
        .arg(s.path())
        .args(["note", key, "te laat"])
        .output()
        .unwrap();
    let run = Run(run).code_is(3);
    assert!(started.elapsed() >= Duration::from_secs(1));
    assert!(
        run.stderr().contains("another ritme command is writing")
            && run.stderr().contains("ritme.lock")
            && run.stderr().contains("RITME_LOCK_WAIT"),
        "{}",
        run.stderr()
    );
    assert_eq!(s.read("ritme.lock"), lock_before);
    // A reader goes on meanwhile.
    s.ritme(&["list"]).ok();
    // A writer started now waits, and finishes once the lock is let go.
    let child = spawn(s.path(), &["note", key, "op tijd"]);
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(s.read("ritme.lock"), lock_before, "wrote while locked");
    drop(held);
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(s.read("ritme.lock").contains("\"op tijd\""));
    let bad = command()
        .env("RITME_LOCK_WAIT", "soms")
        .arg("-C")
        .arg(s.path())
        .args(["note", key, "x"])
        .output()
        .unwrap();
    assert!(Run(bad).code_is(2).stderr().contains("\"soms\""));
}

// ----- import ics ---------------------------------------------------------------------

#[test]
fn import_ics_as_blackout_writes_definitions_and_plan_skips_those_days() {
    let s = planned_basis();
    let run = s
        .ritme(&[
            "import",
            "ics",
            fixture("people-ics/feestdagen.ics").to_str().unwrap(),
            "--as",
            "blackout",
        ])
        .ok();
    let err = run.stderr();
    // Eerste Kerstdag's two years are one rule.
    assert!(err.contains("imported 3 blackouts from"), "{err}");
    assert!(err.contains("into imported/feestdagen.toml (left out: 1 outside 2026-01-01 to 2028-12-31, 1 cancelled); added \"imported/*.toml\" to `include` in ritme.toml"), "{err}");
    insta::assert_snapshot!("import_blackout_toml", s.read("imported/feestdagen.toml"));
    assert!(s
        .read("ritme.toml")
        .contains("include = [\"mensen.toml\", \"afwezig.toml\", \"imported/*.toml\"]"));
    let mut args = vec!["plan", "-v"];
    args.extend(WINDOW);
    let run = s.ritme(&args).ok();
    assert!(
        run.stderr().contains("- format/dinsdag/2026-12-29"),
        "{}",
        run.stderr()
    );
    assert!(!items(&s).contains_key("format/dinsdag/2026-12-29"));
    // Again: refused without --replace; with it, the same bytes.
    let file = fixture("people-ics/feestdagen.ics");
    let again = s
        .ritme(&["import", "ics", file.to_str().unwrap(), "--as", "blackout"])
        .code_is(2);
    assert!(
        again.stderr().contains("pass --replace"),
        "{}",
        again.stderr()
    );
    let before = s.read("imported/feestdagen.toml");
    s.ritme(&[
        "import",
        "ics",
        file.to_str().unwrap(),
        "--as",
        "blackout",
        "--replace",
    ])
    .ok();
    assert_eq!(s.read("imported/feestdagen.toml"), before);
}

/// Item 15 of issue 16: a yearly holiday is imported as its rule, so a plan
/// three years on still has it; a yearly event a rule cannot say (two days)
/// is written as dates up to --until, and `plan` and `check` say where they end.
#[test]
fn import_ics_keeps_a_yearly_rule_and_names_the_end_of_expanded_dates() {
    let s = planned_basis();
    let file = fixture("people-ics/jaarlijks.ics");
    let run = s
        .ritme(&["import", "ics", file.to_str().unwrap(), "--as", "blackout"])
        .ok();
    // Kerstdag once (its rule), Zomersluiting in 2027 and 2028.
    assert!(
        run.stderr().contains("imported 3 blackouts"),
        "{}",
        run.stderr()
    );
    let toml = s.read("imported/jaarlijks.toml");
    assert!(
        toml.contains("id = \"eerste-kerstdag-2026-12-25\"\nname = \"Eerste Kerstdag\"\nfrom = 2026-12-25\nrrule = \"FREQ=YEARLY\"\n"),
        "{toml}"
    );
    assert!(
        toml.contains("\n[imported]\nuntil = 2028-12-31  #"),
        "{toml}"
    );
    assert!(toml.contains("id = \"zomersluiting-2028-08-03\"\nname = \"Zomersluiting\"\nfrom = 2028-08-03\nuntil = 2028-08-04\n"), "{toml}");
    // Inside the imported days: no note.
    let check = s.ritme(&["check"]);
    assert!(!check.stderr().contains("jaarlijks"), "{}", check.stderr());
    // Christmas 2029 is a Tuesday: the rule still keeps the rubric off it.
    let run = s
        .ritme(&["plan", "--from", "2029-12-17", "--until", "2030-01-06"])
        .ok();
    let note = "note: imported/jaarlijks.toml holds its recurring events up to 2028-12-31 only, and the plan runs to 2030-01-06: import the .ics again with --until 2030-01-06 --replace";
    assert!(run.stderr().contains(note), "{}", run.stderr());
    // A second plan with nothing changed (the fast path) says it again.
    let again = s.ritme(&["plan"]).ok();
    assert!(again.stderr().contains(note), "{}", again.stderr());
    let list = s
        .ritme(&[
            "list",
            "--from",
            "2029-12-17",
            "--until",
            "2030-01-06",
            "--format",
            "json",
        ])
        .ok()
        .json();
    let dinsdag: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["key"].as_str().unwrap().starts_with("format/dinsdag/"))
        .map(|i| i["date"].as_str().unwrap())
        .collect();
    assert_eq!(dinsdag, ["2029-12-18", "2030-01-01"]);
    assert!(s.ritme(&["check"]).stderr().contains(note));
    // As absences ([[away]] has no rule) every event is written as dates.
    s.ritme(&[
        "import",
        "ics",
        file.to_str().unwrap(),
        "--as",
        "away",
        "--person",
        "anna",
    ])
    .ok();
    let away = s.read("imported/anna-jaarlijks.toml");
    assert!(!away.contains("rrule"), "{away}");
    assert!(
        away.contains("\n[imported]\nuntil = 2028-12-31  #"),
        "{away}"
    );
    assert!(away.contains("date = 2028-12-25"), "{away}");
}

/// `from` anchors a blackout's rule; `until` does not go with one, and
/// `[imported]` needs its `until`.
#[test]
fn a_blackout_rule_takes_from_and_imported_needs_until() {
    let s = Scratch::fixture("people-basis");
    let root = s.read("ritme.toml");
    let with = |extra: &str| {
        s.write("ritme.toml", &format!("{root}\n{extra}"));
        let mut args = vec!["plan"];
        args.extend(WINDOW);
        s.ritme(&args)
    };
    // Every 8 December from 2026: Tuesday the 8th is off for the rubric.
    let ok = with(
        "[[blackout]]\nid = \"b\"\nname = \"B\"\nfrom = 2026-12-08\nrrule = \"FREQ=YEARLY\"\n",
    );
    assert_eq!(ok.code(), 0, "{}", ok.stderr());
    let planned = items(&s);
    assert!(planned.contains_key("format/dinsdag/2026-12-15"));
    assert!(!planned.contains_key("format/dinsdag/2026-12-08"));
    let both = with("[[blackout]]\nid = \"b\"\nname = \"B\"\nfrom = 2026-12-08\nuntil = 2026-12-09\nrrule = \"FREQ=YEARLY\"\n").code_is(2);
    assert!(
        both.stderr()
            .contains("[[blackout]] takes `rrule` (with `from` as its first day"),
        "{}",
        both.stderr()
    );
    let bare = with("[imported]\n").code_is(2);
    assert!(
        bare.stderr().contains("[imported] needs `until`"),
        "{}",
        bare.stderr()
    );
}

#[test]
fn import_ics_as_away_makes_rotations_pass_over_the_person() {
    let s = planned_basis();
    let file = fixture("people-ics/anna-afwezig.ics");
    let run = s
        .ritme(&[
            "import",
            "ics",
            file.to_str().unwrap(),
            "--as",
            "away",
            "--person",
            "anna",
        ])
        .ok();
    assert!(
        run.stderr().contains("imported 2 absences of anna"),
        "{}",
        run.stderr()
    );
    insta::assert_snapshot!("import_away_toml", s.read("imported/anna-afwezig.toml"));
    let mut args = vec!["plan"];
    args.extend(WINDOW);
    s.ritme(&args).ok();
    let it = items(&s);
    // 12-08 was Anna's turn; she is away that week now: Bert takes it.
    assert_eq!(field(&it, "format/dinsdag/2026-12-08", "owner"), "bert");
    assert_eq!(
        field(&it, "format/dinsdag-alles/2026-12-08", "owner"),
        "bert"
    );
}

#[test]
fn import_ics_refuses_bad_input_and_writes_nothing() {
    let s = planned_basis();
    let root = s.read("ritme.toml");
    let file = |n: &str| {
        fixture(&format!("people-ics/{n}"))
            .to_str()
            .unwrap()
            .to_string()
    };
    for (args, message) in [
        (
            vec![
                "import",
                "ics",
                &file("zonder-datum.ics"),
                "--as",
                "blackout",
            ],
            "zonder-datum.ics:9: event \"Heidag\": it has no DTSTART, so no date; nothing imported",
        ),
        (
            vec!["import", "ics", &file("kapot.ics"), "--as", "blackout"],
            "kapot.ics: not a valid iCalendar file",
        ),
        (
            vec!["import", "ics", &file("feestdagen.ics"), "--as", "away"],
            "--as away needs --person",
        ),
        (
            vec![
                "import",
                "ics",
                &file("feestdagen.ics"),
                "--as",
                "away",
                "--person",
                "ana",
            ],
            "unknown person \"ana\" (did you mean \"anna\"?)",
        ),
        (
            vec![
                "import",
                "ics",
                &file("feestdagen.ics"),
                "--as",
                "blackout",
                "--person",
                "anna",
            ],
            "--person goes with --as away",
        ),
    ] {
        let run = s.ritme(&args).code_is(2);
        assert!(run.stderr().contains(message), "{args:?}: {}", run.stderr());
    }
    assert_eq!(s.read("ritme.toml"), root);
    assert!(!s.path().join("imported").exists());
    // An id the calendar already has is refused, naming where it is.
    s.write(
        "mensen.toml",
        &(s.read("mensen.toml")
            + "\n[[blackout]]\nid = \"tweede-kerstdag-2026-12-26\"\nname = \"Al getypt\"\ndate = 2026-12-26\n"),
    );
    let run = s
        .ritme(&["import", "ics", &file("feestdagen.ics"), "--as", "blackout"])
        .code_is(2);
    assert!(
        run.stderr().contains(
            "the calendar already has blackout id \"tweede-kerstdag-2026-12-26\" (mensen.toml:"
        ),
        "{}",
        run.stderr()
    );
    assert_eq!(s.read("ritme.toml"), root);
    assert!(!s.path().join("imported").exists());
}

#[test]
fn a_one_off_moved_into_the_window_is_updated_not_added_twice() {
    let s = Scratch::fixture("people-basis");
    let later = s
        .read("ritme.toml")
        .replace("date = 2026-12-21", "date = 2027-06-07");
    s.write("ritme.toml", &later);
    s.ritme(&["plan", "--from", "2026-11-23", "--until", "2027-06-30"])
        .ok();
    // Its definition moves it back into the default window, whose rows do
    // not include the stored one (generated 2027-06-07): it must be found
    // by its key, not inserted a second time.
    s.write(
        "ritme.toml",
        &later.replace("date = 2027-06-07", "date = 2026-12-21"),
    );
    let run = s.ritme(&["plan", "-v"]).ok();
    assert!(run.stderr().contains("~ item/overleg"), "{}", run.stderr());
    assert_eq!(field(&items(&s), "item/overleg", "date"), "2026-12-21");
}

#[test]
fn json_and_csv_carry_the_generated_date_and_the_week_where_an_item_stands() {
    let s = planned_basis();
    let k = "format/dinsdag/2026-12-29";
    s.ritme(&["move", k, "2027-01-05"]).ok();
    let range = ["--from", "2027-01-04", "--until", "2027-01-10"];
    for command in [&["list", "--format", "json"][..], &["export", "json"][..]] {
        let args: Vec<&str> = [command, &range].concat();
        let all = s.ritme(&args).ok().json();
        let it = all
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["key"] == k)
            .unwrap_or_else(|| panic!("{k} in {all}"))
            .clone();
        assert_eq!(it["date"], "2027-01-05");
        assert_eq!(it["generated"], "2026-12-29");
        assert_eq!(it["week"], "2027-W01");
    }
    let csv = s
        .ritme(&[
            "list",
            "--from",
            "2027-01-04",
            "--until",
            "2027-01-10",
            "--format",
            "csv",
        ])
        .ok()
        .stdout();
    let header = csv.lines().next().unwrap();
    assert!(
        header.contains(",effort_minutes,edited,generated,week,reserve,"),
        "{header}"
    );
    let row = csv.lines().find(|l| l.starts_with(k)).unwrap();
    assert!(row.contains(",true,2026-12-29,2027-W01,"), "{row}");
}

// ----- team rotations and backups (SPEC section 11) --------------------------

/// `people-teams`, planned over W48 to W52.
fn planned_teams() -> Scratch {
    let s = Scratch::fixture("people-teams");
    s.ritme(&["plan", "--from", "2026-11-23", "--until", "2026-12-27"])
        .ok();
    s
}

#[test]
fn a_team_rotation_gives_each_turn_to_a_team_and_its_ambassadors_in_turn() {
    let s = planned_teams();
    let it = items(&s);
    let of = |date: &str, name: &str| field(&it, &format!("format/kijker/{date}"), name);
    let dates = [
        "2026-11-25",
        "2026-12-02",
        "2026-12-09",
        "2026-12-16",
        "2026-12-23",
    ];
    // Worked out in the fixture's comment: ICT's only ambassador is away on
    // 12-02, so dana (the next member) takes that one item, and ICT's turn
    // comes back on 12-23 with chris.
    let owners: Vec<Value> = dates.iter().map(|d| of(d, "owner")).collect();
    assert_eq!(owners, ["anna", "dana", "dana", "bert", "chris"]);
    let ambassadors: Vec<Value> = dates.iter().map(|d| of(d, "ambassador")).collect();
    assert_eq!(
        ambassadors,
        [
            json!("anna"),
            Value::Null,
            Value::Null,
            json!("bert"),
            json!("chris")
        ]
    );
    let teams: Vec<Value> = dates.iter().map(|d| of(d, "team")).collect();
    assert_eq!(
        teams,
        [
            json!("hr"),
            Value::Null,
            Value::Null,
            json!("hr"),
            json!("ict")
        ]
    );
    // The team's feed holds its turns.
    let out = s.path().join("feeds");
    s.ritme(&["export", "ics", "--out", out.to_str().unwrap()])
        .ok();
    let hr = std::fs::read_to_string(out.join("team/hr.ics")).unwrap();
    assert_eq!(hr.matches("BEGIN:VEVENT").count(), 2, "{hr}");
    // A pinned owner keeps the turn's team.
    s.ritme(&["assign", "format/kijker/2026-12-16", "dana"])
        .ok();
    let it = items(&s);
    assert_eq!(field(&it, "format/kijker/2026-12-16", "owner"), "dana");
    assert_eq!(field(&it, "format/kijker/2026-12-16", "team"), "hr");
}

#[test]
fn a_backup_takes_a_fixed_owners_item_when_the_owner_is_away_or_full() {
    let s = planned_teams();
    let it = items(&s);
    let tips: Vec<Value> = ["11-26", "12-03", "12-10", "12-17", "12-24"]
        .iter()
        .map(|d| field(&it, &format!("format/tip/2026-{d}"), "owner"))
        .collect();
    // The format's backup (fred) first, then eva's own (gijs); nobody on
    // 12-24: eva keeps it and check reports it.
    assert_eq!(tips, ["eva", "fred", "gijs", "fred", "eva"]);
    let check = s.ritme(&["check", "--format", "json"]);
    let findings = check.json()["findings"].clone();
    let away: Vec<&Value> = findings
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "away_assigned")
        .collect();
    assert_eq!(away.len(), 1, "{findings}");
    assert_eq!(away[0]["item"], "format/tip/2026-12-24");
    // An owner set by an edit has no backup: eva is away, and stays.
    s.ritme(&["assign", "format/tip/2026-12-03", "eva"]).ok();
    assert_eq!(field(&items(&s), "format/tip/2026-12-03", "owner"), "eva");
    // Planning again changes nothing.
    let again = s
        .ritme(&["plan", "--from", "2026-11-23", "--until", "2026-12-27"])
        .ok();
    let said = again.stdout() + &again.stderr();
    assert!(said.contains(" 0 changed"), "{said}");
}

// ----- swap, cover, claim (SPEC section 11) ----------------------------------

/// `calendars/voorbeeld`, planned with the default window from 2026-11-23.
fn planned_voorbeeld() -> Scratch {
    let s = Scratch::copy_of(&voorbeeld());
    s.ritme(&["plan"]).ok();
    s
}

/// The lock and the database, as text: "nothing was written".
fn written(s: &Scratch) -> (String, String) {
    (s.read("ritme.lock"), dump(&s.path().join("ritme.db")))
}

#[test]
fn swap_exchanges_owners_pinned_and_reset_gives_them_back() {
    let s = planned_voorbeeld();
    let (one, two) = (
        "format/maandagmomentje/2026-12-07",
        "format/vrijdagvraag/2026-12-11",
    );
    let before = items(&s);
    let (a, b) = (field(&before, one, "owner"), field(&before, two, "owner"));
    assert_ne!(a, b);
    s.ritme(&["swap", one, two]).ok();
    s.ritme(&["plan"]).ok();
    let after = items(&s);
    assert_eq!(field(&after, one, "owner"), b);
    assert_eq!(field(&after, two, "owner"), a);
    assert_eq!(field(&after, one, "edited"), true);
    let lock = s.read("ritme.lock");
    let block = &lock[lock.find(&format!("[{one}]")).unwrap()..];
    assert!(
        block
            .lines()
            .nth(2)
            .unwrap()
            .starts_with(&format!("owner = {b} @ ")),
        "{block}"
    );
    let show = s.ritme(&["show", one]).ok().stdout();
    assert!(
        show.contains(&format!(
            "swap {} (swapped with {two})",
            b.as_str().unwrap()
        )),
        "{show}"
    );
    // The same from the lock alone.
    std::fs::remove_file(s.path().join("ritme.db")).unwrap();
    assert_eq!(field(&items(&s), one, "owner"), b);
    s.ritme(&["reset", one]).ok();
    s.ritme(&["reset", two]).ok();
    let reset = items(&s);
    assert_eq!(field(&reset, one, "owner"), a);
    assert_eq!(field(&reset, two, "owner"), b);
}

#[test]
fn cover_gives_someones_coming_items_to_another_and_never_the_past() {
    let s = planned_voorbeeld();
    let before = items(&s);
    let annas: Vec<&String> = before
        .iter()
        .filter(|(_, it)| it["owner"] == "anna" && it["week"] == "2026-W51")
        .map(|(k, _)| k)
        .collect();
    assert!(!annas.is_empty());
    s.ritme(&["cover", "anna", "--by", "ivo", "--week", "2026-W51"])
        .ok();
    s.ritme(&["plan"]).ok();
    let after = items(&s);
    for key in &annas {
        assert_eq!(field(&after, key, "owner"), "ivo", "{key}");
        // Owners only: the ambassador stays.
        assert_eq!(
            field(&after, key, "ambassador"),
            field(&before, key, "ambassador")
        );
    }
    let show = s.ritme(&["show", annas[0]]).ok().stdout();
    assert!(show.contains("cover ivo for anna"), "{show}");
    // Nothing of anna's before today moves: only W51 was named, and
    // without a range cover starts today.
    s.ritme(&["cover", "anna", "--by", "hanna"]).ok();
    let all = items(&s);
    assert!(all
        .values()
        .filter(|it| it["date"].as_str().unwrap() >= "2026-11-23")
        .all(|it| it["owner"] != "anna"));
    s.ritme(&["reset", annas[0]]).ok();
    assert_eq!(field(&items(&s), annas[0], "owner"), "anna");
}

#[test]
fn claim_fills_a_reserve_slot_with_a_teams_post() {
    let s = planned_voorbeeld();
    let slot = "format/teamplek/2026-11-26";
    let unclaimed = |s: &Scratch| -> Vec<Value> {
        let check = s.ritme(&["check", "--format", "json", "--weeks", "4"]);
        check.json()["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["code"] == "unclaimed_slot")
            .map(|f| f["item"].clone())
            .collect()
    };
    assert_eq!(unclaimed(&s), [json!(slot)]);
    s.ritme(&["claim", slot, "--team", "hr", "--title", "Nieuwe collega's"])
        .ok();
    s.ritme(&["plan"]).ok();
    let it = items(&s);
    assert_eq!(field(&it, slot, "team"), "hr");
    assert_eq!(field(&it, slot, "owner"), "bert", "HR's first ambassador");
    assert_eq!(field(&it, slot, "title"), "Nieuwe collega's");
    // A claimed slot is no longer an unclaimed one.
    assert_eq!(unclaimed(&s), Vec::<Value>::new());
    let other = "format/teamplek/2026-12-17";
    s.ritme(&["claim", other, "--team", "ict", "--owner", "chris"])
        .ok();
    let it = items(&s);
    assert_eq!(field(&it, other, "owner"), "chris");
    assert_eq!(
        field(&it, other, "title"),
        "Teamplek",
        "no --title: the format's"
    );
    s.ritme(&["reset", slot]).ok();
    let it = items(&s);
    assert_eq!(field(&it, slot, "owner"), Value::Null);
    assert_eq!(field(&it, slot, "team"), Value::Null);
    assert_eq!(field(&it, slot, "title"), "Teamplek");
}

#[test]
fn swap_cover_and_claim_refuse_what_they_cannot_do_and_write_nothing() {
    let s = planned_voorbeeld();
    let was = written(&s);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "swap",
                "format/vrijdagvraag/2026-12-11",
                "format/vrijdagvraag/2026-12-11",
            ],
            "swap needs two items",
        ),
        (
            vec![
                "swap",
                "format/teamplek/2026-12-10",
                "format/teamplek/2026-12-03",
            ],
            "have no owner: nothing to swap",
        ),
        (
            vec![
                "swap",
                "format/vrijdagvraag/2026-12-11",
                "format/vrijdagvraag/2026-12-12",
            ],
            "no item with key",
        ),
        (
            vec!["cover", "joost", "--by", "ivo", "--week", "2026-W51"],
            "joost owns no item from 2026-12-14 to 2026-12-20: nothing to cover",
        ),
        (
            vec!["cover", "anna", "--by", "anna"],
            "cannot cover for themselves",
        ),
        (
            vec!["cover", "ana", "--by", "ivo"],
            "unknown person \"ana\"",
        ),
        (
            vec!["claim", "format/maandagmomentje/2026-12-14", "--team", "hr"],
            "is not a reserve slot",
        ),
        (
            vec!["claim", "format/teamplek/2026-12-10", "--team", "hrr"],
            "unknown team \"hrr\"",
        ),
    ];
    for (args, message) in cases {
        let run = s.ritme(&args).code_is(2);
        assert!(run.stderr().contains(message), "{args:?}: {}", run.stderr());
        assert!(!run.stderr().contains("panicked"));
        assert_eq!(written(&s), was, "{args:?} wrote something");
    }
}
