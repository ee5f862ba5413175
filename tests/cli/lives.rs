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
    // Matched by key all the same: Verhaal's four September items carry
    // their numbers (100, 120, 80, 140: median and mean 110).
    let verhaal = verhaal_in_september(&s);
    assert_eq!(verhaal["measured"], 4);
    assert_eq!(verhaal["views_median"], 110.0);
    // The URL the export gave is where the item went live: a later export
    // by URL finds it (see items_are_found_by_url_with_or_without_the_host).
}

/// Verhaal's row of `report engagement` for September 2026.
fn verhaal_in_september(s: &Scratch) -> serde_json::Value {
    let rows = s
        .ritme(&[
            "report",
            "engagement",
            "--month",
            "2026-09",
            "--format",
            "json",
        ])
        .ok()
        .json();
    rows.as_array()
        .unwrap()
        .iter()
        .find(|r| r["format"] == "verhaal")
        .cloned()
        .expect("a row for verhaal")
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
    // The newer numbers count, the older one does not: 150, 125, 80
    // (September's, newer than line 3's 40) and 140.
    let verhaal = verhaal_in_september(&s);
    assert_eq!(verhaal["views_median"], 132.5);
    assert_eq!(verhaal["views_mean"], 123.75);
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
fn reset_puts_a_review_back_where_the_recorded_reviews_schedule_it() {
    let s = planned();
    s.ritme(&["reviewed", "verlof", "--date", "2026-11-20"])
        .ok();
    s.ritme(&["plan"]).ok();
    let k = "review/verlof/2027-02-20";
    s.ritme(&["move", k, "2027-02-24"]).ok();
    // Without the recorded review, the definitions would not hold this key
    // and reset would remove the item.
    let run = s.ritme(&["reset", k]).ok();
    assert!(
        run.stderr().contains(&format!(
            "{k}: back to its definition: 2027-02-22 (all day), owner bert"
        )),
        "{}",
        run.stderr()
    );
    assert!(reviews(&s).contains(&(k.to_string(), "2027-02-22".to_string(), "bert".to_string())));
}

#[test]
fn an_archived_page_is_never_reviewed_again() {
    let s = planned();
    let archived = s.ritme(&["reviewed", "huisstijl", "--archive"]).ok();
    // No TOML line archives a page: the advice is what does.
    assert!(
        archived
            .stderr()
            .contains("ritme.lock keeps this (commit it); to stop defining the page, remove the [[page]] at pages/intranet.toml:17"),
        "{}",
        archived.stderr()
    );
    assert!(
        !archived.stderr().contains("reviewed = "),
        "{}",
        archived.stderr()
    );
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

#[test]
fn import_pages_names_every_bad_row_at_once() {
    let s = Scratch::fixture("lives");
    let csv = s.path().join("inventaris.csv");
    s.write(
        "inventaris.csv",
        "id,title,owner,review,reviewed\n\
         goed,Goed,anna,6m,\n\
         x,X,anna,6x,\n\
         y,Y,ana,6m,morgen\n\
         verlof,Verlof,anna,6m,\n",
    );
    let run = s
        .ritme(&["import", "pages", csv.to_str().unwrap()])
        .code_is(2);
    assert_eq!(
        run.stderr(),
        format!(
            "error: 4 problems in {0}; nothing was written:\n  \
             {0}:3: invalid review interval \"6x\": write 30d, 6w, 6m or 1y\n  \
             {0}:4: reviewed \"morgen\" is not a date like 2026-02-10 or 10-02-2026\n  \
             {0}:4: unknown owner \"ana\": not a person or team of the calendar (did you mean \"anna\"?)\n  \
             {0}: these page ids already exist in the calendar or earlier in the file, and ritme does not overwrite pages: verlof ({0}:5)\n",
            csv.display()
        )
    );
    assert!(!s.path().join("imported/inventaris.toml").exists());
}

#[test]
fn a_damaged_database_is_named() {
    let s = Scratch::fixture("lives");
    s.write(
        "ritme.db",
        "dit is geen database, maar een boodschappenlijst\n",
    );
    let run = s.ritme(&["list"]).code_is(3);
    assert_eq!(
        run.stderr(),
        format!(
            "error: {} is not a SQLite database (restore it from a backup, or use --db to choose another file)\n",
            s.path().join("ritme.db").display()
        )
    );
}

// ----- report engagement, goals, check ----------------------------------------------

/// The fixture with September's numbers (by key) and October's (by date
/// and title) imported.
fn measured() -> Scratch {
    let s = planned();
    import(&s, "stats/september.csv").ok();
    import(&s, "stats/oktober.csv").ok();
    s
}

fn rows(run: &Run) -> Vec<serde_json::Value> {
    run.json().as_array().unwrap().clone()
}

#[test]
fn engagement_ranks_by_median_views_and_compares_with_the_month_before() {
    let s = measured();
    // October against the month before it, worked out by hand from
    // stats/*.csv:
    //
    // verhaal  October   200 260 180 220 -> sorted 180 200 220 260:
    //                    median (200+220)/2 = 210, mean 860/4 = 215;
    //                    reactions 10+14+8+12 = 44, comments 2+4+2+4 = 12:
    //                    56 per 860 views = 6.51 per 100
    //          September 100 120 80 140 -> median (100+120)/2 = 110;
    //                    interactions 8+1 = 9 per 440 = 2.05 per 100
    //          change    210/110 - 1 = +0.91; +4.47 points
    // tip      October   150 170 160 140 -> median (150+160)/2 = 155
    //          September 300 310 290 305 295 -> median 300; 155/300 - 1 = -0.48
    // poll     October   50 45 40 35 30 -> median 40
    //          September 90 80 70 60 -> median (80+70)/2 = 75; 40/75 - 1 = -0.47
    // September ranked (one-off) 500, tip 300, verhaal 110, poll 75.
    let run = s
        .ritme(&[
            "report",
            "engagement",
            "--month",
            "2026-10",
            "--format",
            "json",
        ])
        .ok();
    let r = rows(&run);
    let col = |c: &str| -> Vec<serde_json::Value> { r.iter().map(|x| x[c].clone()).collect() };
    assert_eq!(col("format"), ["verhaal", "tip", "poll"]);
    assert_eq!(col("rank"), [1, 2, 3]);
    assert_eq!(col("items"), [4, 4, 5]);
    assert_eq!(col("views_median"), [210.0, 155.0, 40.0]);
    assert_eq!(col("views_mean"), [215.0, 155.0, 40.0]);
    assert_eq!(col("previous_views_median"), [110.0, 300.0, 75.0]);
    assert_eq!(col("views_change"), [0.91, -0.48, -0.47]);
    assert_eq!(col("previous_rank"), [3, 2, 4]);
    assert_eq!(r[0]["interactions_per_100_views"], 6.51);
    assert_eq!(r[0]["previous_interactions_per_100_views"], 2.05);
    assert_eq!(r[0]["interactions_change"], 4.47);
    // October has no readers: null, not zero.
    assert_eq!(r[0]["readers_median"], serde_json::Value::Null);
    // Without a range: the last complete month before today (2026-11-23).
    let default = s.ritme(&["report", "engagement", "--format", "json"]).ok();
    assert_eq!(default.json(), run.json());
}

#[test]
fn engagement_groups_by_kind_channel_team_or_goal() {
    let s = measured();
    let by = |g: &str| -> Vec<String> {
        rows(
            &s.ritme(&[
                "report",
                "engagement",
                "--by",
                g,
                "--month",
                "2026-09",
                "--format",
                "json",
            ])
            .ok(),
        )
        .iter()
        .map(|r| r[g].as_str().unwrap().to_string())
        .collect()
    };
    // September: jubileum (event, no channel) 500; tip (kennisbank, hr, bereik) 300;
    // verhaal (story, homepage, gesprek) 110; poll (poll, homepage, bereik) 75.
    assert_eq!(by("kind"), ["event", "tip", "story", "poll"]);
    // homepage: verhaal 100 120 80 140 and poll 90 80 70 60 -> median (80+90)/2 = 85.
    assert_eq!(by("channel"), ["(none)", "kennisbank", "homepage"]);
    // hr: tip, 300; no team: verhaal, poll and the jubileum, 60 70 80 80 90
    // 100 120 140 500 -> 90.
    assert_eq!(by("team"), ["hr", "(none)"]);
    // bereik: 60 70 80 90 290 295 300 305 310 -> 290; gesprek: 80 100 120 140 500 -> 120.
    assert_eq!(by("goal"), ["bereik", "gesprek"]);
    let wrong = s
        .ritme(&["report", "engagement", "--by", "formaat"])
        .code_is(2);
    assert!(wrong.stderr().contains("'format'"), "{}", wrong.stderr());
    let period = s
        .ritme(&["report", "engagement", "--by", "month"])
        .code_is(2);
    assert!(
        period.stderr().contains("groups --by format, kind"),
        "{}",
        period.stderr()
    );
    let mix = s.ritme(&["report", "mix", "--by", "kind"]).code_is(2);
    assert!(
        mix.stderr().contains("month or quarter"),
        "{}",
        mix.stderr()
    );
}

#[test]
fn a_published_item_counts_and_its_url_finds_its_numbers() {
    let s = planned();
    s.ritme(&[
        "status",
        "format/tip/2026-11-04",
        "published",
        "--url",
        "https://intranet.example.org/tip/november",
    ])
    .ok();
    let before = s
        .ritme(&[
            "report",
            "engagement",
            "--month",
            "2026-11",
            "--format",
            "json",
        ])
        .ok();
    assert_eq!(before.json()[0]["items"], 1);
    assert_eq!(before.json()[0]["measured"], 0);
    s.write(
        "stats/november.csv",
        "URL,Views\nhttps://intranet.example.org/tip/november,321\n",
    );
    import(&s, "stats/november.csv").ok();
    let after = s
        .ritme(&[
            "report",
            "engagement",
            "--month",
            "2026-11",
            "--format",
            "json",
        ])
        .ok();
    assert_eq!(after.json()[0]["views_median"], 321.0);
    // A skipped item never counts, numbers or not.
    s.ritme(&["status", "format/tip/2026-11-04", "skipped"])
        .ok();
    let skipped = s
        .ritme(&["report", "engagement", "--month", "2026-11"])
        .ok();
    assert!(
        skipped.stderr().contains("no published items"),
        "{}",
        skipped.stderr()
    );
}

#[test]
fn goals_show_their_value_against_the_target_and_check_reports_the_misses() {
    let s = measured();
    // The last complete quarter with numbers on 2026-11-23 is 2026-Q3 (only
    // September has numbers). gesprek (interaction_rate, target 5): verhaal
    // 9 interactions per 440 views and the jubileum 12 per 500: 21 per 940 =
    // 2.23 per 100, missed. bereik (views, target 150): tip and poll in
    // September, 60 70 80 90 290 295 300 305 310: median 290, met.
    let run = s.ritme(&["report", "goals", "--format", "json"]).ok();
    let goals = rows(&run);
    let g = |id: &str| goals.iter().find(|x| x["goal"] == id).unwrap().clone();
    assert_eq!(g("gesprek")["value"], 2.23);
    assert_eq!(g("gesprek")["period"], "2026-Q3");
    assert_eq!(g("gesprek")["met"], false);
    assert_eq!(g("bereik")["value"], 290.0);
    assert_eq!(g("bereik")["met"], true);
    // Over October (a range given): verhaal 56 per 860 and nothing else: 6.51.
    let oct = s
        .ritme(&["report", "goals", "--month", "2026-10", "--format", "json"])
        .ok();
    let oct = rows(&oct);
    let gesprek = oct.iter().find(|x| x["goal"] == "gesprek").unwrap();
    assert_eq!(gesprek["value"], 6.51);
    assert_eq!(gesprek["period"], "2026-10-01 to 2026-10-31");

    let check = s.ritme(&["check", "--format", "json"]).ok();
    let findings = check.json()["findings"].as_array().unwrap().clone();
    let of = |code: &str| -> Vec<serde_json::Value> {
        findings
            .iter()
            .filter(|f| f["code"] == code)
            .cloned()
            .collect()
    };
    let missed = of("goal_missed");
    assert_eq!(missed.len(), 1, "{findings:?}");
    assert_eq!(
        missed[0]["message"],
        "goal \"gesprek\" missed in 2026-Q3: interactions per 100 views 2.2, target 5 (5 measured items)"
    );
    assert_eq!(missed[0]["file"], "ritme.toml");
    assert_eq!(missed[0]["severity"], "warning");
}

#[test]
fn check_reports_a_fading_format_and_a_stale_page() {
    let s = measured();
    // Every measured item: 27 views, sorted 30 35 40 45 50 60 70 80 80 90 100
    // 120 140 140 150 160 170 180 200 220 260 290 295 300 305 310 500: the
    // 14th, 140, is the calendar's median; half is 70. poll's last six (25
    // September to 30 October) are 60 50 45 40 35 30: median 42.5, fading.
    // tip's last six have median 165 and verhaal's 190: not fading.
    let check = s.ritme(&["check", "--format", "json"]).ok();
    let findings = check.json()["findings"].as_array().unwrap().clone();
    let fading: Vec<_> = findings
        .iter()
        .filter(|f| f["code"] == "fading_format")
        .collect();
    assert_eq!(fading.len(), 1, "{findings:?}");
    assert_eq!(
        fading[0]["message"],
        "format \"poll\" is fading: median views of its last 6 measured items 42.5, below half the calendar's median (140)"
    );
    assert_eq!(fading[0]["date"], "2026-10-30");
    let stale: Vec<_> = findings
        .iter()
        .filter(|f| f["code"] == "stale_page")
        .collect();
    assert_eq!(stale.len(), 1, "{findings:?}");
    assert_eq!(stale[0]["person"], "anna");
    assert_eq!(stale[0]["date"], "2026-09-02");
    assert_eq!(stale[0]["file"], "pages/intranet.toml");
    assert_eq!(stale[0]["line"], 9);
    assert_eq!(
        stale[0]["message"],
        "page \"thuiswerken\" (Thuiswerken) was due for review on 2026-09-02 (6m after its review on 2026-03-02); anna reviews it: record it with `ritme reviewed thuiswerken`"
    );
    // Never reviewed, a page is due at the start itself, not 6 months after.
    let pages = s.read("pages/intranet.toml");
    s.write(
        "pages/intranet.toml",
        &pages.replace("reviewed = 2026-03-02", ""),
    );
    let never = s.ritme(&["check", "--format", "json"]).ok().json();
    let message: Vec<_> = never["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "stale_page")
        .map(|f| f["message"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        message,
        ["page \"thuiswerken\" (Thuiswerken) was never reviewed: due since the calendar's start, 2026-01-01; anna reviews it: record it with `ritme reviewed thuiswerken`"]
    );
    s.write("pages/intranet.toml", &pages);
    // Reviewed, the page is fresh again; fading_format off, poll is left alone.
    s.ritme(&["reviewed", "thuiswerken"]).ok();
    let text = s
        .read("ritme.toml")
        .replace("fading_format = \"warning\"", "fading_format = \"off\"");
    s.write("ritme.toml", &text);
    let again = s.ritme(&["check", "--format", "json"]).ok();
    let codes: Vec<_> = again.json()["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_string())
        .collect();
    assert!(!codes.contains(&"stale_page".to_string()), "{codes:?}");
    assert!(!codes.contains(&"fading_format".to_string()), "{codes:?}");
}

#[test]
fn report_pages_lists_pages_by_due_date() {
    let s = planned();
    s.ritme(&["reviewed", "huisstijl", "--archive"]).ok();
    let run = s.ritme(&["report", "pages", "--format", "json"]).ok();
    let pages = rows(&run);
    let col = |c: &str| -> Vec<serde_json::Value> { pages.iter().map(|x| x[c].clone()).collect() };
    assert_eq!(col("page"), ["thuiswerken", "verlof", "huisstijl"]);
    assert_eq!(col("status"), ["overdue", "due soon", "archived"]);
    // verlof's review (due Saturday 5 December) stands on Monday 7 December,
    // when Bert is away: Chris. The archived page keeps its owner.
    assert_eq!(col("reviewer"), ["anna", "chris", "chris"]);
    assert_eq!(
        col("days"),
        [
            serde_json::json!(-82),
            serde_json::json!(12),
            serde_json::Value::Null
        ]
    );
    let december = s
        .ritme(&["report", "pages", "--month", "2026-12", "--format", "json"])
        .ok();
    assert_eq!(rows(&december).len(), 1);
}

// ----- the example calendar ---------------------------------------------------------

/// The example calendar planned from July 2026 with both sample exports imported.
fn voorbeeld_measured() -> Scratch {
    let s = Scratch::copy_of(&voorbeeld());
    s.ritme(&["plan", "--from", "2026-07-01"]).ok();
    let key = root().join("examples/stats/per-sleutel.csv");
    s.ritme(&["import", "stats", key.to_str().unwrap()]).ok();
    let nl = root().join("examples/stats/intranet-export.csv");
    let mut args = vec!["import", "stats", nl.to_str().unwrap()];
    for map in DUTCH_MAPS {
        args.extend(["--map", map]);
    }
    s.ritme(&args).ok();
    s
}

#[test]
fn the_example_calendar_engagement_report() {
    let s = voorbeeld_measured();
    let run = s.ritme(&["report", "engagement"]).ok();
    insta::assert_snapshot!("voorbeeld_report_engagement", run.stdout());
    let by_kind = s
        .ritme(&[
            "report",
            "engagement",
            "--by",
            "kind",
            "--quarter",
            "2026-Q3",
        ])
        .ok();
    insta::assert_snapshot!("voorbeeld_report_engagement_kind_q3", by_kind.stdout());
}

#[test]
fn the_example_calendar_pages_report() {
    let s = voorbeeld_measured();
    let run = s.ritme(&["report", "pages"]).ok();
    insta::assert_snapshot!("voorbeeld_report_pages", run.stdout());
}
