//! The spine: definitions, expansion, plan, list, show, errors.

use crate::support::*;

fn planned_spine() -> Scratch {
    let s = Scratch::fixture("spine");
    s.ritme(&["plan", "--from", "2026-01-01", "--until", "2026-12-31"])
        .ok();
    s
}

#[test]
fn init_writes_a_calendar_that_plans() {
    let s = Scratch::empty();
    let dir = s.path().join("mijn-intranet");
    let d = dir.to_str().unwrap();
    ritme_in(s.path(), &["init", d]).ok();
    ritme_in(&dir, &["plan"]).ok();
    let run = ritme_in(&dir, &["list", "--format", "json"]).ok();
    assert!(!run.json().as_array().unwrap().is_empty());
    let again = ritme_in(s.path(), &["init", d]).code_is(2);
    assert!(
        again.stderr().contains("already exists"),
        "{}",
        again.stderr()
    );
}

#[test]
fn init_writes_a_gitignore_and_a_calendar_whose_first_check_is_clean() {
    // Any day of the year, Christmas weeks included.
    for today in [
        "2026-01-05",
        "2026-06-15",
        "2026-11-23",
        "2026-12-14",
        "2027-12-20",
    ] {
        let s = Scratch::empty();
        let dir = s.path().join("intranet");
        let d = dir.to_str().unwrap();
        ritme_in(s.path(), &["--today", today, "init", d]).ok();
        let ignore = std::fs::read_to_string(dir.join(".gitignore")).unwrap();
        assert!(ignore.lines().any(|l| l == "ritme.db"), "{ignore}");
        let check = ritme_in(&dir, &["--today", today, "check", "--format", "json"]).ok();
        let codes: Vec<String> = check.json()["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["code"].as_str().unwrap().to_string())
            .collect();
        assert!(codes.is_empty(), "{today}: {codes:?}");
    }
}

#[test]
fn every_malformed_calendar_exits_2_naming_file_line_column_and_near_miss() {
    // (case, expected message, expected location)
    let cases = [
        (
            "toml-syntax",
            "string values must be quoted",
            "ritme.toml:4:12",
        ),
        (
            "unknown-field",
            "unknown field \"evry\"",
            "ritme.toml:9:1 (did you mean \"every\"?)",
        ),
        (
            "unknown-person",
            "unknown person \"ana\"",
            "ritme.toml:13:9 (did you mean \"anna\"?)",
        ),
        (
            "unknown-team",
            "unknown team \"comunicatie\"",
            "(did you mean \"communicatie\"?)",
        ),
        (
            "unknown-goal",
            "unknown goal \"verbindng\"",
            "(did you mean \"verbinding\"?)",
        ),
        (
            "unknown-focus-format",
            "unknown format \"welzijntip\"",
            "ritme.toml:14:12 (did you mean \"welzijnstip\"?)",
        ),
        (
            "duplicate-id",
            "duplicate person id \"anna\"",
            "in mensen.toml:4:6 (first defined in ritme.toml:7:6)",
        ),
        (
            "bad-rrule",
            "invalid rrule \"FREQ=WEEKLY;BYDAY=XX\"",
            "ritme.toml:8:9",
        ),
        (
            "impossible-date",
            "invalid date",
            "(found 2026-02-30) in ritme.toml:8:8",
        ),
        ("bad-time", "invalid time \"25:00\"", "ritme.toml:9:8"),
        ("bad-duration", "invalid duration \"3x\"", "ritme.toml:9:11"),
        (
            "unknown-timezone",
            "unknown time zone \"Europe/Amsterdm\"",
            "(did you mean \"Europe/Amsterdam\"?)",
        ),
        (
            "include-matches-nothing",
            "include \"formats/*.toml\" matches no file",
            "ritme.toml:4:12",
        ),
        (
            "post-outside-campaign",
            "post date 2026-10-12 lies outside its campaign",
            "ritme.toml:14:8",
        ),
        (
            "every-and-rrule",
            "has both `every` and `rrule`",
            "ritme.toml:9:9",
        ),
        (
            "no-recurrence",
            "[[format]] needs a recurrence",
            "ritme.toml:5:1",
        ),
        ("interval-zero", "INTERVAL=0", "ritme.toml:8:9"),
        ("never-occurs", "never produces a date", "ritme.toml:8:9"),
        (
            "unknown-weekday",
            "unknown weekday \"mnd\"",
            "(did you mean \"mon\"?)",
        ),
        ("on-without-nth", "needs `nth`", "ritme.toml:9:6"),
        // The caret is on the field to fix, not on the `every` line (8).
        (
            "nth-out-of-range",
            "nth = 6 is out of range",
            "ritme.toml:10:7",
        ),
        (
            "day-with-week",
            "day works with every = \"month\"",
            "ritme.toml:9:7",
        ),
        (
            "interval-with-weekday",
            "takes no interval",
            "ritme.toml:9:12",
        ),
        (
            "until-before-from",
            "until 2026-04-01 is before from 2026-05-01",
            "ritme.toml:10:9",
        ),
        ("no-calendar", "no [calendar] table", "ritme.toml:1:1"),
        (
            "rotation-counts-pool",
            "rotation_counts with `pool`",
            "ritme.toml:14:19 (a pool gives each item to its least-loaded member",
        ),
        (
            "bad-tag",
            "invalid tag \"cultuur;verbinding\"",
            "ritme.toml:9:20 (a tag is not empty and holds no `;`)",
        ),
        (
            "team-without-ambassadors",
            "team \"ict\" has no ambassadors to take its turns",
            "ritme.toml:19:24",
        ),
        (
            "team-rotation-with-team",
            "a team rotation with a `team` of its own",
            "ritme.toml:17:8",
        ),
        (
            "backup-unknown",
            "unknown person \"baz\"",
            "ritme.toml:16:10 (did you mean \"bas\"?)",
        ),
        (
            "backup-loop",
            "backups loop back to \"anna\"",
            "ritme.toml:7:10 (anna -> bas -> eva -> anna;",
        ),
        (
            "backup-with-pool",
            "backup with `rotation` or `pool`",
            "ritme.toml:16:10",
        ),
    ];
    for (case, message, location) in cases {
        let run = ritme_in(
            &fixture(&format!("invalid/{case}")),
            &["plan", "--db", ":memory:"],
        );
        let err = run.stderr();
        assert_eq!(run.code(), 2, "{case}: {err}");
        let first = err.lines().next().unwrap_or("");
        assert!(first.starts_with("error: "), "{case}: {err}");
        assert!(
            first.contains(message),
            "{case}: expected {message:?} in {first:?}"
        );
        assert!(
            first.contains(location),
            "{case}: expected {location:?} in {first:?}"
        );
        assert!(err.contains('^'), "{case}: a caret under the value: {err}");
        assert!(!err.contains("panicked"), "{case}: {err}");
    }
}

#[test]
fn all_definition_errors_are_reported_at_once() {
    let s = Scratch::fixture("invalid/unknown-person");
    s.write(
        "ritme.toml",
        &(s.read("ritme.toml")
            + "\n[[item]]\nid = \"b\"\ntitle = \"B\"\ndate = 2026-03-03\ntime = \"7:99\"\n"),
    );
    let run = s.ritme(&["plan"]).code_is(2);
    let err = run.stderr();
    assert!(err.contains("unknown person \"ana\""), "{err}");
    assert!(err.contains("invalid time \"7:99\""), "{err}");
    assert!(err.contains("2 errors"), "{err}");
}

#[test]
fn a_failed_plan_leaves_the_database_byte_for_byte() {
    let s = planned_spine();
    let before = std::fs::read(s.path().join("ritme.db")).unwrap();
    s.write(
        "formats/broken.toml",
        "[[format]]\nid = \"x\"\ntitle = \"X\"\nevery = \"wekelijks\"\n",
    );
    let run = s.ritme(&["plan"]).code_is(2);
    assert!(
        run.stderr().contains("formats/broken.toml:4:9"),
        "{}",
        run.stderr()
    );
    assert_eq!(std::fs::read(s.path().join("ritme.db")).unwrap(), before);
    assert!(!s.path().join("ritme.db-wal").exists());
}

#[test]
fn a_second_plan_changes_nothing_and_dry_run_writes_nothing() {
    let s = Scratch::fixture("spine");
    let dry = s.ritme(&["plan", "--dry-run"]).ok();
    assert!(
        dry.stderr().contains("+ format/maandagmomentje/2026-11-23"),
        "{}",
        dry.stderr()
    );
    assert!(
        !s.path().join("ritme.db").exists(),
        "dry run created the database"
    );
    let first = s.ritme(&["plan"]).ok();
    assert!(
        first.stderr().contains("0 changed, 0 removed"),
        "{}",
        first.stderr()
    );
    let listed = s.ritme(&["list", "--format", "json"]).ok().stdout();
    let second = s.ritme(&["plan"]).ok();
    assert!(
        second
            .stderr()
            .contains("0 added, 0 changed, 0 removed, 0 kept"),
        "{}",
        second.stderr()
    );
    assert_eq!(s.ritme(&["list", "--format", "json"]).ok().stdout(), listed);
}

#[test]
fn a_changed_definition_changes_removes_and_adds() {
    let s = Scratch::fixture("spine");
    s.ritme(&["plan"]).ok();
    let text = s
        .read("formats/week.toml")
        .replace("on = [\"fri\"]", "on = [\"thu\"]");
    s.write("formats/week.toml", &text);
    let run = s.ritme(&["plan", "-v"]).ok();
    let err = run.stderr();
    assert!(err.contains("- format/vrijdagvraag/2026-11-27"), "{err}");
    assert!(err.contains("+ format/vrijdagvraag/2026-11-26"), "{err}");
    let text = s
        .read("formats/week.toml")
        .replace("title = \"Maandagmomentje\"", "title = \"Maandagstart\"");
    s.write("formats/week.toml", &text);
    let run = s.ritme(&["plan"]).ok();
    // The 18 Mondays of the window change title; nothing else moves.
    assert!(
        run.stderr().starts_with(
            "planned 2026-11-23 to 2027-03-31: 57 items; 0 added, 18 changed, 0 removed, 0 kept ("
        ),
        "{}",
        run.stderr()
    );
    let items = s
        .ritme(&["list", "--source", "maandagmomentje", "--format", "json"])
        .ok()
        .json();
    let items = items.as_array().unwrap();
    assert_eq!(items.len(), 18);
    assert!(items.iter().all(|i| i["title"] == "Maandagstart"));
}

#[test]
fn json_items_carry_the_spec_fields() {
    let s = planned_spine();
    let run = s
        .ritme(&[
            "list",
            "--from",
            "2026-03-02",
            "--until",
            "2026-03-02",
            "--format",
            "json",
        ])
        .ok();
    let items = run.json();
    let it = &items[0];
    assert_eq!(it["key"], "format/maandagmomentje/2026-03-02");
    // The order of the fields is part of the contract: read it from the text.
    let text = run.stdout();
    let first = &text[..text.find('}').unwrap()];
    let mut fields: Vec<(usize, &str)> = it
        .as_object()
        .unwrap()
        .keys()
        .map(|k| (first.find(&format!("\"{k}\":")).unwrap(), k.as_str()))
        .collect();
    fields.sort();
    let fields: Vec<&str> = fields.into_iter().map(|(_, k)| k).collect();
    let spec = [
        "key",
        "title",
        "source",
        "source_id",
        "date",
        "time",
        "all_day",
        "duration_minutes",
        "due",
        "kind",
        "channel",
        "owner",
        "ambassador",
        "team",
        "goal",
        "tags",
        "focus",
        "status",
        "effort_minutes",
        "edited",
    ];
    assert_eq!(&fields[..spec.len()], &spec);
    assert_eq!(it["time"], "09:00");
    assert_eq!(it["all_day"], false);
    assert_eq!(it["duration_minutes"], 30);
    assert_eq!(it["due"], "2026-02-27");
    assert_eq!(it["effort_minutes"], 120);
    assert_eq!(it["tags"], serde_json::json!(["cultuur"]));
    assert_eq!(it["status"], "planned");
    assert_eq!(it["edited"], false);
}

#[test]
fn recurrence_forms_expand_as_the_spec_reads() {
    let s = planned_spine();
    let list = |src: &str| {
        keys(
            &s.ritme(&[
                "list",
                "--from",
                "2026-01-01",
                "--until",
                "2026-12-31",
                "--source",
                src,
                "--format",
                "json",
            ])
            .ok(),
        )
    };
    let board = list("bestuursbericht");
    assert_eq!(
        board,
        [
            "format/bestuursbericht/2026-01-05",
            "format/bestuursbericht/2026-04-06", // Easter Monday: skipped by the holiday policy
            "format/bestuursbericht/2026-07-06",
            "format/bestuursbericht/2026-10-05",
        ]
        .into_iter()
        .filter(|k| !k.ends_with("04-06"))
        .collect::<Vec<_>>()
    );
    let biweekly = list("tweewekelijks");
    assert_eq!(
        biweekly[..3],
        [
            "format/tweewekelijks/2026-01-07",
            "format/tweewekelijks/2026-01-21",
            "format/tweewekelijks/2026-02-04"
        ]
    );
    let last_working = list("maandcijfers");
    assert!(last_working.contains(&"format/maandcijfers/2026-03-31".to_string()));
    assert!(last_working.contains(&"format/maandcijfers/2026-10-30".to_string()));
    let werkgroep = list("werkgroep");
    assert_eq!(werkgroep[0], "format/werkgroep/2026-01-13");
    // Focus-only: the Welzijnstip runs inside 2026-Q2 only.
    let tips = list("welzijnstip");
    assert_eq!(tips.first().unwrap(), "format/welzijnstip/2026-04-07");
    assert_eq!(tips.last().unwrap(), "format/welzijnstip/2026-06-30");
    // skip = [2026-05-08]
    assert!(!list("vrijdagvraag").contains(&"format/vrijdagvraag/2026-05-08".to_string()));
    // The campaign: by date, by offset, and daily inside its window.
    let cyber = list("cyberweek");
    assert_eq!(
        cyber,
        [
            "campaign/cyberweek/kickoff/2026-10-05",
            "campaign/cyberweek/dagelijks/2026-10-05",
            "campaign/cyberweek/dagelijks/2026-10-06",
            "campaign/cyberweek/tips/2026-10-07", // all-day items come first on a day
            "campaign/cyberweek/dagelijks/2026-10-07",
            "campaign/cyberweek/dagelijks/2026-10-08",
            "campaign/cyberweek/dagelijks/2026-10-09",
        ]
    );
}

#[test]
fn holiday_shift_keeps_the_key_and_moves_the_date() {
    let s = planned_spine();
    // The studiedag blackout is Friday 2026-10-16: the Vrijdagvraag shifts to Monday.
    let run = s
        .ritme(&[
            "list",
            "--week",
            "2026-W43",
            "--source",
            "vrijdagvraag",
            "--format",
            "json",
        ])
        .ok();
    let it = &run.json()[0];
    assert_eq!(it["key"], "format/vrijdagvraag/2026-10-16");
    assert_eq!(it["date"], "2026-10-19");
}

#[test]
fn wall_clock_time_holds_across_daylight_saving() {
    let s = planned_spine();
    for day in ["2026-03-23", "2026-03-30", "2026-10-19", "2026-10-26"] {
        let run = s
            .ritme(&[
                "list",
                "--from",
                day,
                "--until",
                day,
                "--source",
                "maandagmomentje",
                "--format",
                "json",
            ])
            .ok();
        assert_eq!(run.json()[0]["time"], "09:00", "{day}");
    }
    // 02:30 does not exist on 2026-03-29: it moves forward by the gap.
    let gap = s
        .ritme(&[
            "list",
            "--from",
            "2026-03-29",
            "--until",
            "2026-03-29",
            "--format",
            "json",
        ])
        .ok();
    assert_eq!(gap.json()[0]["time"], "03:30");
    // 02:30 exists twice on 2026-10-25: it stays as written.
    let fold = s
        .ritme(&[
            "list",
            "--from",
            "2026-10-25",
            "--until",
            "2026-10-25",
            "--format",
            "json",
        ])
        .ok();
    assert_eq!(fold.json()[0]["time"], "02:30");
}

#[test]
fn focus_membership_and_one_off_items() {
    let s = planned_spine();
    let run = s
        .ritme(&[
            "list", "--month", "2026-09", "--source", "jubileum", "--format", "json",
        ])
        .ok();
    let it = &run.json()[0];
    assert_eq!(it["key"], "item/jubileum");
    assert_eq!(
        it["focus"],
        serde_json::json!([]),
        "September lies outside the Q2 block"
    );
    let run = s
        .ritme(&[
            "list", "--week", "2026-W15", "--tag", "welzijn", "--format", "json",
        ])
        .ok();
    assert_eq!(run.json()[0]["focus"], serde_json::json!(["q2-welzijn"]));
}

#[test]
fn list_ranges_and_filters() {
    let s = planned_spine();
    let week = keys(
        &s.ritme(&["list", "--week", "2026-W41", "--format", "json"])
            .ok(),
    );
    assert!(!week.is_empty());
    assert!(week.iter().all(|k| k.contains("2026-10-0")), "{week:?}");
    assert_eq!(
        keys(
            &s.ritme(&[
                "list",
                "--quarter",
                "2026-Q4",
                "--owner",
                "bert",
                "--kind",
                "poll",
                "--format",
                "json"
            ])
            .ok()
        )
        .len(),
        13
    );
    let csv = s
        .ritme(&["list", "--week", "2026-W10", "--format", "csv"])
        .ok()
        .stdout();
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("key,title,source,source_id,date,time,all_day,duration_minutes,due,kind,channel,owner,ambassador,team,goal,tags,focus,status,effort_minutes,edited"));
    assert!(lines.next().unwrap().starts_with("format/maandagmomentje/2026-03-02,Maandagmomentje,format,maandagmomentje,2026-03-02,09:00,false,30,2026-02-27"));
    let table = s.ritme(&["list", "--week", "2026-W10"]).ok().stdout();
    insta::assert_snapshot!("list_week_table", table);
    let dutch = s
        .ritme(&["list", "--week", "2026-W10", "--locale", "nl"])
        .ok()
        .stdout();
    assert!(dutch.contains("ma 2 mrt"), "{dutch}");
    assert!(!table.contains('\u{1b}'), "no colour when piped");
}

#[test]
fn bad_ranges_and_statuses_are_usage_errors() {
    let s = planned_spine();
    for (args, message) in [
        (
            vec!["list", "--week", "2026-W54"],
            "2026 has no ISO week 54",
        ),
        (
            vec!["list", "--month", "2026-13"],
            "invalid month \"2026-13\"",
        ),
        (vec!["list", "--quarter", "2026-Q5"], "invalid quarter"),
        (
            vec!["list", "--from", "2026-05-01", "--until", "2026-04-01"],
            "ends (2026-04-01) before it starts",
        ),
        (vec!["list", "--from", "2026-02-30"], "not a date"),
        (
            vec!["list", "--status", "publishd"],
            "did you mean \"published\"",
        ),
    ] {
        let run = s.ritme(&args).code_is(2);
        assert!(run.stderr().contains(message), "{args:?}: {}", run.stderr());
    }
}

#[test]
fn too_many_items_is_a_usage_error_naming_no_date_the_user_did_not_give() {
    let s = planned_spine();
    let before = std::fs::read(s.path().join("ritme.db")).unwrap();
    let run = s
        .ritme(&["plan", "--from", "2026-01-01", "--until", "9999-12-31"])
        .code_is(2);
    assert!(
        run.stderr()
            .contains("\"maandagmomentje\" makes more than 200000 items in the window asked for"),
        "{}",
        run.stderr()
    );
    assert_eq!(std::fs::read(s.path().join("ritme.db")).unwrap(), before);
    // A report without a database plans in memory, over whole weeks from
    // a month earlier: the message names no dates the user did not give.
    let unplanned = Scratch::fixture("spine");
    let run = unplanned
        .ritme(&[
            "report",
            "gaps",
            "--from",
            "2026-01-01",
            "--until",
            "9999-12-31",
        ])
        .code_is(2);
    assert!(
        run.stderr()
            .contains("200000 items in the window asked for: ask for a shorter one"),
        "{}",
        run.stderr()
    );
}

#[test]
fn show_prints_fields_definition_and_history() {
    let s = planned_spine();
    let out = s
        .ritme(&["show", "format/vrijdagvraag/2026-10-16"])
        .ok()
        .stdout();
    assert!(out.contains("Vrijdagvraag"), "{out}");
    assert!(out.contains("2026-10-19"), "{out}");
    assert!(out.contains("2026-10-16 (moved)"), "{out}");
    assert!(
        out.contains("formats/week.toml:17"),
        "the definition's file and line: {out}"
    );
    assert!(out.contains("history: no edits"), "{out}");
    let run = s
        .ritme(&["show", "format/vrijdagvraag/2026-10-17"])
        .code_is(2);
    assert!(
        run.stderr()
            .contains("did you mean \"format/vrijdagvraag/2026-10-16\""),
        "{}",
        run.stderr()
    );
}

#[test]
fn database_location_and_failures() {
    let s = Scratch::fixture("spine");
    let elsewhere = s.path().join("elders.db");
    let mut c = command();
    c.arg("-C")
        .arg(s.path())
        .arg("plan")
        .env("RITME_DB", &elsewhere);
    assert!(c.output().unwrap().status.success());
    assert!(elsewhere.exists() && !s.path().join("ritme.db").exists());
    s.ritme(&["plan", "--db", ":memory:"]).ok();

    // The lock is the whole truth (SPEC section 10): with it, a command
    // builds the missing ritme.db and shows what the other database holds.
    let here = s.ritme(&["list", "--format", "json"]).ok().stdout();
    let mut c = command();
    c.arg("-C")
        .arg(s.path())
        .args(["list", "--format", "json"])
        .env("RITME_DB", &elsewhere);
    let there = c.output().unwrap();
    assert!(there.status.success());
    assert_eq!(here, String::from_utf8_lossy(&there.stdout));
    assert!(s.path().join("ritme.db").exists());
    // Without a lock and a database nothing is planned.
    std::fs::remove_file(s.path().join("ritme.lock")).unwrap();
    std::fs::remove_file(s.path().join("ritme.db")).unwrap();
    let run = s.ritme(&["list"]).code_is(3);
    assert!(
        run.stderr().contains("run `ritme plan` first"),
        "{}",
        run.stderr()
    );

    std::fs::write(
        s.path().join("ritme.db"),
        "dit is geen database, maar een boodschappenlijst\n".repeat(200),
    )
    .unwrap();
    let run = s.ritme(&["plan"]).code_is(3);
    assert!(
        run.stderr().contains("not a SQLite database"),
        "{}",
        run.stderr()
    );
}

#[test]
fn a_newer_database_is_refused_untouched() {
    let s = planned_spine();
    let db = s.path().join("ritme.db");
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        c.execute("UPDATE schema_version SET version = 99", [])
            .unwrap();
    }
    let before = std::fs::read(&db).unwrap();
    for cmd in [["plan"], ["list"]] {
        let run = s.ritme(&cmd).code_is(3);
        assert!(
            run.stderr()
                .contains("schema version 99, newer than this ritme"),
            "{}",
            run.stderr()
        );
    }
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn the_database_can_be_queried_with_its_views() {
    let s = planned_spine();
    let c = rusqlite::Connection::open(s.path().join("ritme.db")).unwrap();
    let (week, n): (String, i64) = c
        .query_row("SELECT week, count(*) FROM items WHERE date BETWEEN '2026-03-02' AND '2026-03-08' GROUP BY week", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert_eq!(week, "2026-W10");
    assert!(n >= 3);
    let load: i64 = c
        .query_row(
            "SELECT items FROM load WHERE person = 'anna' AND week = '2026-W10'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(load, 2, "Maandagmomentje and the biweekly on Wednesday");
}

#[test]
fn no_calendar_found_is_a_usage_error() {
    let s = Scratch::empty();
    let mut c = command();
    c.current_dir(s.path()).arg("list");
    let out = c.output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no ritme.toml"));
}

#[test]
fn a_filter_that_names_nothing_is_a_typo_not_an_empty_list() {
    let s = planned_spine();
    for (args, want) in [
        (vec!["list", "--owner", "gret"], "--owner \"gret\" matches no owner"),
        (vec!["list", "--tag", "welzjin"], "--tag \"welzjin\" matches no tag in the calendar or the stored plan (did you mean \"welzijn\"?)"),
        (vec!["list", "--kind", "nope"], "--kind \"nope\" matches no kind"),
        (vec!["export", "json", "--team", "hx"], "--team \"hx\" matches no team"),
    ] {
        let run = s.ritme(&args).code_is(2);
        assert!(run.stderr().contains(want), "{args:?}: {}", run.stderr());
    }
}

#[test]
fn quarterly_rules_stop_cleanly_at_the_end_of_year_9999() {
    // Dates end on 9999-12-31 (SPEC: four-digit years in TOML, keys and
    // feeds). A quarter rule makes its dates through 9999-Q4 and then stops:
    // no panic, no error, no key in year 10000.
    let s = Scratch::fixture("end-of-range");
    s.ritme(&[
        "--today",
        "9999-06-01",
        "plan",
        "--from",
        "9998-01-01",
        "--until",
        "9999-12-31",
    ])
    .ok();
    let list = |source: &str| {
        keys(
            &s.ritme(&[
                "--today",
                "9999-06-01",
                "list",
                "--from",
                "9999-01-01",
                "--until",
                "9999-12-31",
                "--source",
                source,
                "--format",
                "json",
            ])
            .ok(),
        )
    };
    assert_eq!(
        list("eerste"),
        [
            "format/eerste/9999-01-04",
            "format/eerste/9999-04-05",
            "format/eerste/9999-07-05",
            "format/eerste/9999-10-04",
        ]
    );
    assert_eq!(
        list("slot"),
        [
            "format/slot/9999-03-31",
            "format/slot/9999-06-30",
            "format/slot/9999-09-30",
            "format/slot/9999-12-31",
        ]
    );
    // The default window (to the end of next quarter) stops at 9999-12-31;
    // on a calendar not planned before, so the window is the default's.
    let fresh = Scratch::fixture("end-of-range");
    let run = fresh
        .ritme(&["--today", "9999-12-01", "plan", "--db", ":memory:"])
        .ok();
    assert_eq!(
        run.stderr(),
        "planned 9999-11-29 to 9999-12-31: 1 items; 1 added, 0 changed, 0 removed, 0 kept (:memory:)\n"
    );
    // The feed holds the last day; its all-day end cannot be 10000-01-01.
    s.ritme(&["--today", "9999-12-01", "plan"]).ok();
    let out = s.path().join("feeds");
    s.ritme(&[
        "--today",
        "9999-12-01",
        "export",
        "ics",
        "--out",
        out.to_str().unwrap(),
    ])
    .ok();
    let feed = s.read("feeds/einde.ics");
    assert!(
        feed.contains("DTSTART;VALUE=DATE:99991231\r\nDURATION:P1D\r\n"),
        "{feed}"
    );
    assert!(!feed.contains("+1000"), "{feed}");
}

#[test]
fn list_filters_by_what_a_manager_means() {
    let s = planned_spine();
    let list = |args: &[&str]| {
        let mut all = vec!["list", "--month", "2026-02", "--format", "json"];
        all.extend_from_slice(args);
        keys(&s.ritme(&all).ok())
    };
    // --team: the team's own items, and what its people (anna, bert) own or
    // are ambassador of for definitions without that team.
    assert_eq!(
        list(&["--team", "communicatie"]),
        [
            "format/maandagmomentje/2026-02-02",
            "format/tweewekelijks/2026-02-04",
            "format/vrijdagvraag/2026-02-06",
            "format/maandagmomentje/2026-02-09",
            "format/werkgroep/2026-02-10",
            "format/vrijdagvraag/2026-02-13",
            "format/maandagmomentje/2026-02-16",
            "format/tweewekelijks/2026-02-18",
            "format/vrijdagvraag/2026-02-20",
            "format/maandagmomentje/2026-02-23",
            "format/maandcijfers/2026-02-27",
            "format/vrijdagvraag/2026-02-27",
        ]
    );
    assert_eq!(
        list(&["--ambassador", "bert"]),
        [
            "format/maandagmomentje/2026-02-02",
            "format/maandagmomentje/2026-02-09",
            "format/maandagmomentje/2026-02-16",
            "format/maandagmomentje/2026-02-23",
        ]
    );
    let focus = keys(
        &s.ritme(&[
            "list",
            "--month",
            "2026-04",
            "--focus",
            "q2-welzijn",
            "--format",
            "json",
        ])
        .ok(),
    );
    assert_eq!(
        focus,
        [
            "format/welzijnstip/2026-04-07",
            "format/welzijnstip/2026-04-14",
            "format/welzijnstip/2026-04-21",
            "format/welzijnstip/2026-04-28",
        ]
    );
    assert!(list(&["--edited"]).is_empty());
    s.ritme(&["note", "format/werkgroep/2026-02-10", "agenda", "volgt"])
        .ok();
    assert_eq!(list(&["--edited"]), ["format/werkgroep/2026-02-10"]);
    for (args, near) in [
        (["--ambassador", "brt"], "did you mean \"bert\""),
        (["--goal", "verbindng"], "did you mean \"verbinding\""),
        (["--focus", "q2-welzjin"], "did you mean \"q2-welzijn\""),
    ] {
        let run = s.ritme(&[&["list"], &args[..]].concat()).code_is(2);
        assert!(run.stderr().contains(near), "{}", run.stderr());
    }
    // --goal on the example calendar, where goals differ.
    let v = Scratch::copy_of(&voorbeeld());
    v.ritme(&["plan"]).ok();
    let run = v.ritme(&[
        "list",
        "--week",
        "2026-W50",
        "--goal",
        "veiligheid",
        "--format",
        "json",
    ]);
    assert_eq!(keys(&run.ok()), ["format/veiligheidsweetje/2026-12-08"]);
}

#[test]
fn the_readme_first_command_shows_a_planned_quarter_on_any_day() {
    // `plan && quarter`: the current quarter, from this week on, is in the
    // default window, so only weeks before today can be empty. A quarter
    // named in the README would fall out of the window as time goes by.
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let first = readme.lines().find(|l| l.starts_with("cargo run")).unwrap();
    assert!(
        first.ends_with("plan && cargo run --release -- -C calendars/voorbeeld quarter"),
        "{first}"
    );
    let s = Scratch::copy_of(&voorbeeld());
    for today in [
        "2026-11-23",
        "2027-01-01",
        "2027-03-31",
        "2027-05-12",
        "2027-09-20",
        "2028-02-29",
    ] {
        let db = s.path().join(format!("{today}.db"));
        let db = db.to_str().unwrap();
        s.ritme(&["--today", today, "--db", db, "plan"]).ok();
        let run = s
            .ritme(&["--today", today, "--db", db, "--locale", "en", "quarter"])
            .ok();
        let text = run.stdout();
        let date = chrono::NaiveDate::parse_from_str(today, "%Y-%m-%d").unwrap();
        let quarter = format!(
            "{}-Q{}",
            &today[..4],
            (chrono::Datelike::month0(&date) / 3) + 1
        );
        assert!(text.contains(&format!("— {quarter} ")), "{today}: {text}");
        let first_monday = {
            let q0 = chrono::NaiveDate::from_ymd_opt(
                chrono::Datelike::year(&date),
                (chrono::Datelike::month0(&date) / 3) * 3 + 1,
                1,
            )
            .unwrap();
            q0 - chrono::Days::new(u64::from(
                chrono::Datelike::weekday(&q0).num_days_from_monday(),
            ))
        };
        let weeks_before = (date - first_monday).num_days() / 7;
        assert!(
            !text.contains("| [empty] "),
            "{today}: an empty week:\n{text}"
        );
        let unplanned = text.matches("| [not planned] ").count() as i64;
        assert!(
            unplanned <= weeks_before,
            "{today}: {unplanned} weeks not planned, {weeks_before} before today:\n{text}"
        );
        assert!(
            !run.stderr().contains("no items"),
            "{today}: {}",
            run.stderr()
        );
    }
}

/// Formats that share a rule get it built once (issue 19), and each is
/// still judged on its own: an `until` before the shared rule's first date,
/// a bad rule written twice.
#[test]
fn formats_sharing_a_rule_are_each_judged_on_their_own() {
    let s = Scratch::empty();
    let format = |id: &str, recurrence: &str| {
        format!("[[format]]\nid = \"{id}\"\ntitle = \"{id}\"\n{recurrence}\n\n")
    };
    let monday = "every = \"week\"\non = [\"mon\"]";
    s.write(
        "ritme.toml",
        &[
            "[calendar]\nid = \"fout\"\nstart = 2026-01-06\n\n".to_string(),
            format("a", monday),
            // The shared rule's first Monday is 2026-01-12.
            format("b", &format!("{monday}\nuntil = 2026-01-10")),
            format("c", monday),
            format("d", "rrule = \"FREQ=WEEKLY;BYDAY=XX\""),
            format("e", "rrule = \"FREQ=WEEKLY;BYDAY=XX\""),
        ]
        .concat(),
    );
    let err = s.ritme(&["plan", "--db", ":memory:"]).code_is(2).stderr();
    let errors: Vec<&str> = err.lines().filter(|l| l.starts_with("error: ")).collect();
    assert_eq!(errors.len(), 3, "{err}");
    assert!(
        errors[0].contains("never produces a date between 2026-01-06 and 2026-01-10")
            && errors[0].contains("ritme.toml:14:"),
        "{err}"
    );
    assert!(
        errors[1].contains("invalid rrule") && errors[1].contains("ritme.toml:27:"),
        "{err}"
    );
    assert!(
        errors[2].contains("invalid rrule") && errors[2].contains("ritme.toml:32:"),
        "{err}"
    );
}
