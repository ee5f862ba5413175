//! Which rubric lives, and pages that stay fresh (SPEC sections 8 and 9):
//! `import stats`, `report engagement`, goals and fading formats, review
//! items, `reviewed`, `import pages`, `report pages`.
//!
//! The fixture `tests/fixtures/lives` has three weekly formats (verhaal on
//! Mondays, tip on Wednesdays, poll on Fridays), one one-off item and three
//! pages; `stats/*.csv` hold hand-made numbers whose medians are worked out
//! beside the tests that use them.

use crate::support::*;

/// The fixture planned from September 2026, so its past items exist.
fn planned() -> Scratch {
    let s = Scratch::fixture("lives");
    s.ritme(&["plan", "--from", "2026-09-01"]).ok();
    s
}

fn import(s: &Scratch, file: &str) -> Run {
    let path = s.path().join(file);
    s.ritme(&["import", "stats", path.to_str().unwrap()])
}

fn keys(run: &Run) -> Vec<String> {
    run.json()
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["key"].as_str().unwrap().to_string())
        .collect()
}

// ----- import stats ----------------------------------------------------------------

#[test]
fn importing_the_same_file_twice_changes_nothing() {
    let s = planned();
    let first = import(&s, "stats/september.csv").ok();
    assert!(
        first
            .stderr()
            .contains("14 rows, 14 matched an item; measurements: 14 new, 0 updated, 0 unchanged"),
        "{}",
        first.stderr()
    );
    let again = import(&s, "stats/september.csv").ok();
    assert!(
        again.stderr().contains("0 new, 0 updated, 14 unchanged"),
        "{}",
        again.stderr()
    );
    // The same rows without `measured` (counted as measured today) say nothing new either.
    let text = s.read("stats/september.csv");
    let undated: String = text
        .lines()
        .map(|l| l.rsplit_once(',').unwrap().0.to_string() + "\n")
        .collect();
    s.write("stats/ongedateerd.csv", &undated);
    let undated = import(&s, "stats/ongedateerd.csv").ok();
    assert!(
        undated.stderr().contains("0 new, 0 updated, 14 unchanged"),
        "{}",
        undated.stderr()
    );
}

#[test]
fn items_are_found_by_key_and_keep_the_status_people_gave_them() {
    let s = planned();
    import(&s, "stats/september.csv").ok();
    let list = s
        .ritme(&[
            "list",
            "--from",
            "2026-09-07",
            "--until",
            "2026-09-07",
            "--format",
            "json",
        ])
        .ok();
    let item = &list.json()[0];
    assert_eq!(item["key"], "format/verhaal/2026-09-07");
    assert_eq!(item["status"], "planned");
    assert_eq!(item["edited"], false);
    // The URL the export gave is where the item went live: a later export
    // by URL finds it (see items_are_found_by_url_with_or_without_the_host).
}

#[test]
fn items_are_found_by_date_and_title_and_unmatched_rows_are_listed() {
    let s = planned();
    let run = import(&s, "stats/oktober.csv").ok();
    let err = run.stderr();
    assert!(err.contains("14 rows, 13 matched an item"), "{err}");
    assert!(
        err.contains("oktober.csv:10: no item on 2026-10-06 titled \"Verhaal\""),
        "{err}"
    );
    // "verhaal" in lowercase on line 4 found its item all the same: 13 of
    // the 14 rows matched, and only line 10 is listed.
    assert!(err.contains("warning: 1 row matches no item"), "{err}");
}

#[test]
fn items_are_found_by_url_with_or_without_the_host() {
    let s = planned();
    import(&s, "stats/september.csv").ok();
    let run = import(&s, "stats/herhaling.csv").ok();
    let err = run.stderr();
    // Line 2 (trailing slash) and line 4 (path only) replace older numbers;
    // line 3 is an older measurement, kept as history.
    assert!(
        err.contains("4 rows, 3 matched an item; measurements: 3 new"),
        "{err}"
    );
    assert!(
        err.contains(
            "herhaling.csv:5: no item went live at \"https://intranet.example.org/onbekend\""
        ),
        "{err}"
    );
}

#[test]
fn a_measure_that_is_not_a_number_imports_nothing_of_the_file() {
    let s = planned();
    let mut text = s.read("stats/september.csv");
    text = text.replace("Poll,70,50", "Poll,zeventig,50");
    s.write("stats/fout.csv", &text);
    let run = import(&s, "stats/fout.csv").code_is(2);
    assert!(
        run.stderr()
            .contains("fout.csv:13: views \"zeventig\" is not a number; nothing was imported"),
        "{}",
        run.stderr()
    );
    let good = import(&s, "stats/september.csv").ok();
    assert!(good.stderr().contains("14 new"), "{}", good.stderr());
    let bad_date = "key,views,measured\nitem/jubileum,10,gisteren\n";
    s.write("stats/datum.csv", bad_date);
    let run = import(&s, "stats/datum.csv").code_is(2);
    assert!(
        run.stderr().contains("datum.csv:2: measured \"gisteren\""),
        "{}",
        run.stderr()
    );
}

#[test]
fn a_file_without_key_url_or_date_needs_a_map() {
    let s = planned();
    s.write(
        "stats/nl.csv",
        "Pagina-URL;Weergaven\nhttps://intranet.example.org/jubileum;500\n",
    );
    let run = import(&s, "stats/nl.csv").code_is(2);
    assert!(
        run.stderr().contains("no key, url or date column"),
        "{}",
        run.stderr()
    );
    assert!(
        run.stderr().contains("Pagina-URL, Weergaven"),
        "{}",
        run.stderr()
    );
    // Mapped, it finds the item by the URL the September export recorded.
    import(&s, "stats/september.csv").ok();
    let path = s.path().join("stats/nl.csv");
    let mapped = s
        .ritme(&[
            "import",
            "stats",
            path.to_str().unwrap(),
            "--map",
            "Pagina-URL=url",
            "--map",
            "weergaven=views",
        ])
        .ok();
    assert!(
        mapped.stderr().contains("1 rows, 1 matched an item"),
        "{}",
        mapped.stderr()
    );
}

#[test]
fn an_unknown_map_field_or_column_is_refused_with_the_near_miss() {
    let s = planned();
    let path = s.path().join("stats/september.csv");
    let p = path.to_str().unwrap();
    let field = s
        .ritme(&["import", "stats", p, "--map", "views=veiws"])
        .code_is(2);
    assert!(
        field
            .stderr()
            .contains("unknown field \"veiws\" (did you mean \"views\"?)"),
        "{}",
        field.stderr()
    );
    let column = s
        .ritme(&["import", "stats", p, "--map", "view=views"])
        .code_is(2);
    assert!(
        column
            .stderr()
            .contains("has no column \"view\" (did you mean \"views\"?)"),
        "{}",
        column.stderr()
    );
}

#[test]
fn the_example_exports_match_the_example_calendar() {
    let s = Scratch::copy_of(&voorbeeld());
    s.ritme(&["plan", "--from", "2026-07-01"]).ok();
    let key = root().join("examples/stats/per-sleutel.csv");
    let run = s.ritme(&["import", "stats", key.to_str().unwrap()]).ok();
    assert!(
        run.stderr().contains("115 rows, 115 matched"),
        "{}",
        run.stderr()
    );
    let nl = root().join("examples/stats/intranet-export.csv");
    let mut args = vec!["import", "stats", nl.to_str().unwrap()];
    for map in DUTCH_MAPS {
        args.extend(["--map", map]);
    }
    let run = s.ritme(&args).ok();
    let err = run.stderr();
    assert!(
        err.contains("65 rows, 63 matched an item; measurements: 63 new"),
        "{err}"
    );
    assert!(
        err.contains(
            "intranet-export.csv:9: no item went live at \"https://intranet.voorbeeld.nl/\""
        ),
        "{err}"
    );
}

/// The `--map`s of the Dutch example export.
const DUTCH_MAPS: [&str; 8] = [
    "Pagina-URL=url",
    "Weergaven=views",
    "Unieke lezers=readers",
    "Reacties=reactions",
    "Opmerkingen=comments",
    "Leestijd (s)=read_seconds",
    "Klikken=clicks",
    "Gemeten op=measured",
];

// ----- pages and reviews -----------------------------------------------------------

fn reviews(s: &Scratch) -> Vec<(String, String, String)> {
    s.ritme(&[
        "list",
        "--from",
        "2026-09-01",
        "--until",
        "2028-12-31",
        "--kind",
        "review",
        "--format",
        "json",
    ])
    .ok()
    .json()
    .as_array()
    .unwrap()
    .iter()
    .map(|i| {
        (
            i["key"].as_str().unwrap().to_string(),
            i["date"].as_str().unwrap().to_string(),
            i["owner"].as_str().unwrap_or("-").to_string(),
        )
    })
    .collect()
}

fn strs(list: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    list.iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect()
}

#[test]
fn review_items_fall_due_for_the_owner_or_the_first_ambassador_who_is_there() {
    let s = planned();
    // verlof (3m from 2026-09-05): 2026-12-05 is a Saturday, so the review
    // stands on Monday 7 December, when Bert is away: Chris, the team's
    // second ambassador, reviews. On 2027-03-05 Bert is back.
    // thuiswerken (6m from 2026-03-02) was due 2026-09-02, then 2027-03-02.
    // huisstijl (1y from 2026-06-15) falls beyond the window.
    assert_eq!(
        reviews(&s),
        strs(&[
            ("review/thuiswerken/2026-09-02", "2026-09-02", "anna"),
            ("review/verlof/2026-12-05", "2026-12-07", "chris"),
            ("review/thuiswerken/2027-03-02", "2027-03-02", "anna"),
            ("review/verlof/2027-03-05", "2027-03-05", "bert"),
        ])
    );
    let item = s
        .ritme(&[
            "list", "--week", "2026-W50", "--kind", "review", "--format", "json",
        ])
        .ok()
        .json();
    assert_eq!(item[0]["all_day"], true);
    assert_eq!(item[0]["effort_minutes"], 60);
    assert_eq!(item[0]["team"], "hr");
    assert_eq!(item[0]["ambassador"], serde_json::Value::Null);
    assert_eq!(item[0]["title"], "Review: Verlofregeling");
}

#[test]
fn a_recorded_review_removes_the_open_items_and_plan_schedules_the_next() {
    let s = planned();
    let run = s
        .ritme(&["reviewed", "verlof", "--date", "2026-11-20"])
        .ok();
    let err = run.stderr();
    // 2026-11-20 + 3 months = 2027-02-20, a Saturday (the item moves, the due date does not).
    assert!(
        err.contains(
            "recorded the review of \"verlof\" on 2026-11-20; the next is due 2027-02-20, by bert"
        ),
        "{err}"
    );
    assert!(
        err.contains("- review/verlof/2026-12-05 (left the schedule)"),
        "{err}"
    );
    assert!(
        err.contains("set `reviewed = 2026-11-20` in pages/intranet.toml:1"),
        "{err}"
    );
    let after = reviews(&s);
    assert!(
        !after.iter().any(|r| r.0.starts_with("review/verlof")),
        "{after:?}"
    );
    s.ritme(&["plan"]).ok();
    let replanned = reviews(&s);
    assert!(
        replanned.contains(&(
            "review/verlof/2027-02-20".to_string(),
            "2027-02-22".to_string(),
            "bert".to_string()
        )),
        "{replanned:?}"
    );
    assert!(!replanned.iter().any(|r| r.0 == "review/verlof/2027-03-05"));
    // The overdue review is answered too: its past item leaves without becoming an orphan.
    s.ritme(&["reviewed", "thuiswerken"]).ok();
    let plan = s
        .ritme(&["plan", "--from", "2026-09-01", "--until", "2027-06-30"])
        .ok();
    assert!(!plan.stderr().contains("orphan"), "{}", plan.stderr());
    assert!(reviews(&s)
        .iter()
        .any(|r| r.0 == "review/thuiswerken/2027-05-23"));
}

#[test]
fn an_archived_page_is_never_reviewed_again() {
    let s = planned();
    s.ritme(&["reviewed", "huisstijl", "--archive"]).ok();
    s.ritme(&["plan", "--until", "2030-12-31"]).ok();
    assert!(!reviews(&s).iter().any(|r| r.0.contains("huisstijl")));
    let again = s.ritme(&["reviewed", "huisstijl"]).code_is(2);
    assert!(
        again.stderr().contains("was archived on 2026-11-23"),
        "{}",
        again.stderr()
    );
}

#[test]
fn reviewed_refuses_an_unknown_page_and_a_future_date() {
    let s = planned();
    let run = s.ritme(&["reviewed", "verlov"]).code_is(2);
    assert!(
        run.stderr()
            .contains("no page \"verlov\" in the calendar (did you mean \"verlof\"?)"),
        "{}",
        run.stderr()
    );
    let run = s
        .ritme(&["reviewed", "verlof", "--date", "2026-12-01"])
        .code_is(2);
    assert!(run.stderr().contains("after today"), "{}", run.stderr());
}

#[test]
fn a_review_interval_like_6x_is_a_definition_error() {
    let s = Scratch::fixture("lives");
    let text = s
        .read("pages/intranet.toml")
        .replace("review = \"6m\"", "review = \"6x\"");
    s.write("pages/intranet.toml", &text);
    let run = s.ritme(&["plan"]).code_is(2);
    assert!(
        run.stderr().contains(
            "invalid review interval \"6x\" in pages/intranet.toml:14:10 (write 30d, 6w, 6m or 1y)"
        ),
        "{}",
        run.stderr()
    );
}

// ----- import pages ----------------------------------------------------------------

const INVENTORY: &str = "id,title,url,owner,review,reviewed
declareren,Declaraties,https://intranet.example.org/fin/declareren,anna,12m,2026-06-01
arbo,\"Arbo, veiligheid en BHV\",https://intranet.example.org/hr/arbo,hr,6m,
";

#[test]
fn import_pages_writes_its_own_file_and_refuses_ids_that_exist() {
    let s = Scratch::fixture("lives");
    s.write("inventaris.csv", INVENTORY);
    let csv = s.path().join("inventaris.csv");
    let run = s.ritme(&["import", "pages", csv.to_str().unwrap()]).ok();
    assert!(
        run.stderr().contains(
            "imported 2 pages from {CSV} into imported/inventaris.toml; added \"imported/*.toml\" to `include` in ritme.toml"
                .replace("{CSV}", csv.to_str().unwrap())
                .as_str()
        ),
        "{}",
        run.stderr()
    );
    assert!(s
        .read("ritme.toml")
        .contains("include = [\"pages/*.toml\", \"imported/*.toml\"]"));
    let text = s.read("imported/inventaris.toml");
    assert!(text.contains("[[page]]\nid = \"arbo\"\ntitle = \"Arbo, veiligheid en BHV\"\nurl = \"https://intranet.example.org/hr/arbo\"\nteam = \"hr\"\nreview = \"6m\"\n"), "{text}");
    assert!(text.contains("reviewed = 2026-06-01\n"), "{text}");
    s.ritme(&["plan"]).ok();
    // arbo was never reviewed: due at calendar.start (2026-01-01), then every 6 months.
    let got = reviews(&s);
    assert!(
        got.iter().any(|r| r.0 == "review/arbo/2027-01-01"),
        "{got:?}"
    );
    // The same pages from another file: the ids exist, nothing is written.
    s.write("kopie.csv", INVENTORY);
    let copy = s.path().join("kopie.csv");
    let again = s
        .ritme(&["import", "pages", copy.to_str().unwrap()])
        .code_is(2);
    let err = again.stderr();
    assert!(
        err.contains("does not overwrite pages: declareren ("),
        "{err}"
    );
    assert!(err.contains("kopie.csv:2), arbo ("), "{err}");
    assert!(!s.path().join("imported/kopie.toml").exists());
    // The same file again needs --replace, and then rewrites only its own file.
    let twice = s
        .ritme(&["import", "pages", csv.to_str().unwrap()])
        .code_is(2);
    assert!(
        twice.stderr().contains("pass --replace"),
        "{}",
        twice.stderr()
    );
    let root = s.read("ritme.toml");
    let replaced = s
        .ritme(&["import", "pages", csv.to_str().unwrap(), "--replace"])
        .ok();
    assert!(
        !replaced.stderr().contains("added"),
        "{}",
        replaced.stderr()
    );
    assert_eq!(s.read("ritme.toml"), root);
}

#[test]
fn import_pages_refuses_bad_rows_with_file_and_line() {
    let s = Scratch::fixture("lives");
    let csv = s.path().join("inventaris.csv");
    let cases: [(&str, &[&str]); 7] = [
        (
            "id,title,owner,review\nverlof,Verlof,anna,6m\n",
            &["ritme does not overwrite pages: verlof (", "inventaris.csv:2)"],
        ),
        (
            "id,title,owner,review\nx,X,anna,6x\n",
            &["inventaris.csv:2: invalid review interval \"6x\""],
        ),
        (
            "id,title,owner,review\nx,X,ana,6m\n",
            &["inventaris.csv:2: unknown owner \"ana\": not a person or team of the calendar (did you mean \"anna\"?)"],
        ),
        (
            "id,title,owner,review\nx,X,anna,6m\nx,Y,anna,1y\n",
            &["pages: x (", "inventaris.csv:3)"],
        ),
        (
            "id,title,owner,review,reviewed\nx,X,anna,6m,morgen\n",
            &["inventaris.csv:2: reviewed \"morgen\""],
        ),
        (
            "title,owner\nX,anna\n",
            &["needs the columns id,title,url,owner,review,reviewed"],
        ),
        (
            "id,title,owner,review\n,Verlof,anna,6m\n",
            &["ritme does not overwrite pages: verlof ("],
        ),
    ];
    for (text, want) in cases {
        s.write("inventaris.csv", text);
        let run = s
            .ritme(&["import", "pages", csv.to_str().unwrap()])
            .code_is(2);
        for w in want {
            assert!(run.stderr().contains(w), "{text}\n{}", run.stderr());
        }
        assert!(!s.path().join("imported/inventaris.toml").exists());
    }
}
