//! `ritme quarter` and `ritme report ...`: snapshots of every view, the
//! machine-readable forms parsed back, fitting the terminal, bad input.

use crate::support::*;

const REPORTS: [&str; 6] = ["gaps", "load", "focus", "mix", "raci", "goals"];

fn with_env(dir: &std::path::Path, env: &[(&str, &str)], args: &[&str]) -> Run {
    let mut c = command();
    for (k, v) in env {
        c.env(k, v);
    }
    c.arg("-C").arg(dir).args(args);
    Run(c.output().expect("ritme runs"))
}

fn widest_line(text: &str) -> usize {
    text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

#[test]
fn quarter_marks_gaps_crowded_days_overload_and_blackouts() {
    let s = Scratch::fixture("check-all");
    let run = s.ritme(&["quarter"]).ok();
    let out = run.stdout();
    assert!(widest_line(&out) <= 120, "wider than 120 columns:\n{out}");
    for marker in [
        "[leeg]",
        "[dun] 1/2",
        "2 dec [vol]",
        "bert! 2/1",
        "chris!",
        "(Kerstdagen)",
        "(Kerstreces)",
        "(niemand)",
        "week 50",
        "ma",
    ] {
        assert!(out.contains(marker), "{marker} missing:\n{out}");
    }
    insta::assert_snapshot!("quarter_all_2026_q4", out);
}

#[test]
fn quarter_speaks_english_on_request_and_fits_narrow_terminals() {
    let s = Scratch::fixture("check-all");
    let out = s
        .ritme(&["--locale", "en", "quarter", "2027-Q1"])
        .ok()
        .stdout();
    assert!(out.contains("| Mon "), "{out}");
    assert!(out.contains("4–10 Jan"), "{out}");
    assert!(out.contains("(Nieuwjaarsdag)"), "{out}");
    assert!(out.contains("28 Dec–3 Jan"), "{out}");
    insta::assert_snapshot!("quarter_all_2027_q1_en", out);
    for width in ["100", "80", "71", "60", "40"] {
        let out = with_env(s.path(), &[("COLUMNS", width)], &["quarter"])
            .ok()
            .stdout();
        let w: usize = width.parse().unwrap();
        assert!(widest_line(&out) <= w, "wider than {w}:\n{out}");
        assert!(out.contains("week 49"), "{out}");
        // Below 71 columns the days stack, a row each, named.
        assert_eq!(out.contains("| Dag "), w < 71, "{w}:\n{out}");
        assert_eq!(out.contains("| ma 30 nov"), w < 71, "{w}:\n{out}");
    }
    let stacked = with_env(s.path(), &[("COLUMNS", "50")], &["quarter"])
        .ok()
        .stdout();
    insta::assert_snapshot!("quarter_all_2026_q4_50_columns", stacked);
}

#[test]
fn quarter_marks_an_owner_who_is_away_that_day() {
    // check-all: bert is away on Friday 2027-01-15 and keeps his
    // Vrijdagvraag (a fixed owner without a backup).
    let s = Scratch::fixture("check-all");
    let nl = s.ritme(&["quarter", "2027-Q1"]).ok().stdout();
    assert!(nl.contains("Vrijdagvra… bert?"), "{nl}");
    assert_eq!(nl.matches("?").count(), 2, "the item and the legend:\n{nl}");
    assert!(nl.contains("naam? afwezig die dag"), "{nl}");
    for width in ["50", "80"] {
        let out = with_env(s.path(), &[("COLUMNS", width)], &["quarter", "2027-Q1"])
            .ok()
            .stdout();
        assert!(out.contains("bert?"), "{width}:\n{out}");
    }
    // Nobody away on an item's day: no marker, no legend for it.
    let q4 = s.ritme(&["quarter", "2026-Q4"]).ok().stdout();
    assert!(!q4.contains('?'), "{q4}");
}

#[test]
fn quarter_without_a_database_plans_in_memory_and_reads_the_store_when_there_is_one() {
    let s = Scratch::fixture("check-all");
    let before = s.ritme(&["quarter"]).ok().stdout();
    assert!(!s.path().join("ritme.db").exists());
    s.ritme(&["plan"]).ok();
    // The stored plan starts this week: earlier weeks of the quarter are
    // not planned now, never empty (SPEC section 10).
    let after = s.ritme(&["quarter"]).ok().stdout();
    assert_ne!(before, after);
    let w40 = after.split("| week 40 ").nth(1).unwrap();
    let w40 = &w40[..w40.find("| week 41 ").unwrap()];
    assert!(w40.contains("[niet gepland]"), "{after}");
    assert!(!w40.contains("[leeg]"), "{after}");
    assert!(!before.contains("[niet gepland]"), "{before}");
    // This week shows the same cells, whatever the column widths.
    let w48 = |t: &str| {
        let w = t.split("| week 48 ").nth(1).unwrap();
        w[..w.find("| week 49 ").unwrap()]
            .split_whitespace()
            .filter(|w| !w.starts_with('|'))
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(w48(&before), w48(&after));
}

#[test]
fn each_report_as_a_table() {
    let s = Scratch::fixture("check-all");
    for report in REPORTS {
        let run = s
            .ritme(&[
                "report",
                report,
                "--from",
                "2026-11-23",
                "--until",
                "2027-01-17",
            ])
            .ok();
        insta::assert_snapshot!(format!("report_{report}_all"), run.stdout());
    }
}

#[test]
fn each_report_as_json_and_csv_with_the_same_columns() {
    let s = Scratch::fixture("check-all");
    for report in REPORTS {
        let range = ["--quarter", "2026-Q4"];
        let json = s
            .ritme(&[&["report", report, "--format", "json"][..], &range[..]].concat())
            .ok()
            .json();
        let rows = json
            .as_array()
            .unwrap_or_else(|| panic!("{report}: {json}"));
        assert!(!rows.is_empty(), "{report}");
        let keys: Vec<String> = rows[0].as_object().unwrap().keys().cloned().collect();
        let csv = s
            .ritme(&[&["report", report, "--format", "csv"][..], &range[..]].concat())
            .ok()
            .stdout();
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_string)
            .collect();
        let mut sorted = header.clone();
        sorted.sort();
        assert_eq!(keys, sorted, "{report}: JSON keys and CSV columns differ");
        assert_eq!(reader.records().count(), rows.len(), "{report}");
    }
}

#[test]
fn load_marks_people_over_capacity() {
    let s = Scratch::fixture("check-all");
    let json = s
        .ritme(&["report", "load", "--week", "2026-W48", "--format", "json"])
        .ok()
        .json();
    let bert = json
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["person"] == "bert")
        .unwrap()
        .clone();
    assert_eq!(
        bert,
        serde_json::json!({"person": "bert", "week": "2026-W48", "items": 2, "effort_minutes": 0, "capacity": 1, "over": true})
    );
    let table = s
        .ritme(&["report", "load", "--week", "2026-W48"])
        .ok()
        .stdout();
    assert!(table.contains("2/1 !"), "{table}");
}

/// A calendar of 32 people in four teams, each team's first its
/// ambassador: a pool of everyone, a team rotation, a fixed owner.
fn thirty_two_people() -> Scratch {
    let s = Scratch::empty();
    let teams = ["hr", "ict", "fin", "com"];
    let mut toml = String::from(
        "[calendar]\nid = \"groot\"\nstart = 2026-11-23\n\n[rules]\nno_goal = \"off\"\n\n",
    );
    for (t, team) in teams.iter().enumerate() {
        toml.push_str(&format!(
            "[[team]]\nid = \"{team}\"\nambassadors = [\"p{:02}\"]\n\n",
            t * 8 + 1
        ));
    }
    for n in 1..=32 {
        let team = teams[(n - 1) / 8];
        // p05 has room for one item a week, and the column takes two.
        let capacity = if n == 5 { "capacity = 1\n" } else { "" };
        toml.push_str(&format!(
            "[[person]]\nid = \"p{n:02}\"\nteam = \"{team}\"\n{capacity}\n"
        ));
    }
    toml.push_str(
        "[[format]]\nid = \"nieuws\"\ntitle = \"Nieuws\"\nevery = \"weekday\"\npool = \"all\"\neffort = \"30m\"\naccountable = \"p01\"\ninformed = [\"all\"]\n\n\
         [[format]]\nid = \"kijker\"\ntitle = \"Kijker\"\nevery = \"week\"\non = [\"wed\"]\nrotation = [\"team:hr\", \"team:ict\", \"team:fin\", \"team:com\"]\n\n\
         [[format]]\nid = \"column\"\ntitle = \"Column\"\nevery = \"week\"\non = [\"tue\", \"fri\"]\nowner = \"p05\"\nconsulted = [\"ict\"]\n\n\
         [[format]]\nid = \"los\"\ntitle = \"Los\"\nevery = \"week\"\non = [\"thu\"]\n",
    );
    s.write("ritme.toml", &toml);
    s
}

#[test]
fn load_and_raci_put_people_in_rows_when_there_are_more_than_twelve() {
    let s = thirty_two_people();
    // A quarter: fourteen weeks.
    let range = ["--from", "2026-11-23", "--until", "2027-02-28"];
    let load = s
        .ritme(&[&["report", "load"][..], &range[..]].concat())
        .ok()
        .stdout();
    assert!(widest_line(&load) <= 120, "{load}");
    assert!(load.starts_with("| person | W48 "), "{load}");
    assert_eq!(load.lines().count(), 2 + 32, "{load}");
    assert!(load.contains("| ! p05  | 2/1! |"), "{load}");
    insta::assert_snapshot!("report_load_32_people", load);
    let raci = s.ritme(&["report", "raci"]).ok().stdout();
    assert!(raci.starts_with("| person"), "{raci}");
    insta::assert_snapshot!("report_raci_32_people", raci);
    // JSON keeps its long form whatever the table does.
    let json = s
        .ritme(&[&["report", "load", "--format", "json"][..], &range[..]].concat())
        .ok()
        .json();
    assert_eq!(json.as_array().unwrap().len(), 32 * 14);
    assert_eq!(json[0]["person"], "p01");
}

#[test]
fn goals_show_the_goal_nobody_serves_and_raci_the_roles() {
    let s = Scratch::fixture("check-all");
    let goals = s
        .ritme(&["report", "goals", "--month", "2027-01", "--format", "json"])
        .ok()
        .json();
    let served: Vec<(String, bool)> = goals
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["title"].as_str().unwrap().into(),
                g["served"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        served,
        [
            ("Collega's kennen elkaar".to_string(), true),
            ("Wij leren van elkaar".to_string(), false),
            ("(no goal)".to_string(), false),
        ]
    );
    let raci = s.ritme(&["report", "raci", "--format", "json"]).ok().json();
    let roles: Vec<String> = raci
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["id"] == "woensdagverhaal")
        .map(|r| {
            format!(
                "{}:{}",
                r["person"].as_str().unwrap(),
                r["role"].as_str().unwrap()
            )
        })
        .collect();
    // anna owns it, dirk is accountable, HR (chris) consulted, everyone
    // else informed: R and A are not told again.
    assert!(roles.contains(&"anna:R".to_string()), "{roles:?}");
    assert!(roles.contains(&"chris:C".to_string()), "{roles:?}");
    assert!(roles.contains(&"dirk:A".to_string()), "{roles:?}");
    for role in ["anna:I", "chris:I", "dirk:I"] {
        assert!(!roles.contains(&role.to_string()), "{roles:?}");
    }
    assert_eq!(
        raci[0].as_object().unwrap().keys().collect::<Vec<_>>(),
        ["id", "person", "role", "source", "title"]
    );
}

#[test]
fn mix_groups_by_month_or_quarter() {
    let s = Scratch::fixture("check-all");
    let by_quarter = s
        .ritme(&[
            "report",
            "mix",
            "--by",
            "quarter",
            "--quarter",
            "2026-Q4",
            "--format",
            "json",
        ])
        .ok()
        .json();
    assert!(by_quarter
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["period"] == "2026-Q4"));
    let bad = s.ritme(&["report", "gaps", "--by", "quarter"]).code_is(2);
    assert!(bad.stderr().contains("--by"), "{}", bad.stderr());
}

#[test]
fn bad_ranges_and_unknown_reports_exit_2_with_a_clear_message() {
    let s = Scratch::fixture("check-all");
    let cases: [(&[&str], &str); 6] = [
        (&["report", "lod"], "a similar value exists: 'load'"),
        (
            &["report", "gaps", "--week", "2026-W54"],
            "2026 has no ISO week 54",
        ),
        (
            &[
                "report",
                "load",
                "--from",
                "2026-05-01",
                "--until",
                "2026-04-01",
            ],
            "the range ends (2026-04-01) before it starts (2026-05-01)",
        ),
        (
            &["report", "mix", "--month", "2026-13"],
            "invalid month \"2026-13\"",
        ),
        (&["quarter", "2026-Q5"], "invalid quarter \"2026-Q5\""),
        (
            &["report", "focus", "--from", "2026-02-30"],
            "\"2026-02-30\" is not a date",
        ),
    ];
    for (args, message) in cases {
        let run = s.ritme(args).code_is(2);
        assert!(run.stderr().contains(message), "{args:?}: {}", run.stderr());
        assert!(run.stdout().is_empty(), "{args:?}");
    }
}

#[test]
fn the_example_calendar_quarter_view() {
    let s = Scratch::copy_of(&voorbeeld());
    for quarter in ["2026-Q4", "2027-Q1"] {
        let out = s.ritme(&["quarter", quarter]).ok().stdout();
        assert!(widest_line(&out) <= 120, "wider than 120 columns:\n{out}");
        insta::assert_snapshot!(format!("voorbeeld_quarter_{quarter}"), out);
    }
}

#[test]
fn the_example_calendar_reports() {
    let s = Scratch::copy_of(&voorbeeld());
    for report in REPORTS {
        let out = s
            .ritme(&["report", report, "--quarter", "2027-Q1"])
            .ok()
            .stdout();
        insta::assert_snapshot!(format!("voorbeeld_report_{report}"), out);
    }
}

#[test]
fn colour_marks_on_request_and_words_stay() {
    let s = Scratch::fixture("check-all");
    let out = s.ritme(&["--color", "always", "quarter"]).ok().stdout();
    assert!(out.contains("\u{1b}["), "no ANSI colour:\n{out}");
    assert!(out.contains("[leeg]") && out.contains("bert!"), "{out}");
    let plain = s.ritme(&["quarter"]).ok().stdout();
    assert!(!plain.contains('\u{1b}'), "{plain}");
    let check = s.ritme(&["--color", "always", "check"]).code_is(1).stdout();
    assert!(check.contains("\u{1b}[1;31merrors (4)"), "{check}");
}

#[test]
fn reports_read_the_stored_plan_with_its_edits() {
    let s = Scratch::fixture("check-all");
    s.ritme(&["plan"]).ok();
    let conn = rusqlite::Connection::open(s.path().join("ritme.db")).unwrap();
    conn.execute(
        "UPDATE item SET owner = 'anna', edited = 1 WHERE key = 'item/open-dag'",
        [],
    )
    .unwrap();
    let json = s
        .ritme(&["report", "load", "--week", "2026-W49", "--format", "json"])
        .ok()
        .json();
    let items = |who: &str| {
        json.as_array()
            .unwrap()
            .iter()
            .find(|r| r["person"] == who)
            .unwrap()["items"]
            .as_i64()
            .unwrap()
    };
    assert_eq!((items("anna"), items("chris")), (2, 2));
}

/// `report mix` and `report gaps` for December 2026 of `check-all`, worked
/// out by hand from the fixture (not read back from ritme's output):
/// - woensdagverhaal (story, homepage), Wednesdays 2, 9, 16, 23, 30, skips
///   9, 23 and 30: the 2nd and the 16th;
/// - vrijdagvraag (poll, homepage), Fridays 4, 11, 18, 25, skips 11 and 18;
///   the 25th is Christmas, shifted past the 26th to Monday the 28th;
///   New Year's Day shifts to 2027-01-04;
/// - welzijnstip (tip, no channel), Thursdays 3, 10, 17, 24, 31, skips 10
///   and 17 (a quiet period drops nothing): the 3rd, 24th and 31st;
/// - losse-draad (story, nieuwsbrief), the 1st of the month: Tuesday the 1st;
/// - kerstquiz and open-dag, one-offs without kind or channel, on the 2nd.
#[test]
fn mix_and_gaps_match_values_worked_out_by_hand() {
    let s = Scratch::fixture("check-all");
    let mix = s
        .ritme(&["report", "mix", "--month", "2026-12", "--format", "csv"])
        .ok()
        .stdout();
    assert_eq!(
        mix,
        "period,dimension,value,items,share\n\
         2026-12,kind,story,3,0.3\n\
         2026-12,kind,tip,3,0.3\n\
         2026-12,kind,,2,0.2\n\
         2026-12,kind,poll,2,0.2\n\
         2026-12,channel,,5,0.5\n\
         2026-12,channel,homepage,4,0.4\n\
         2026-12,channel,nieuwsbrief,1,0.1\n"
    );
    // Weeks: W49 has the 1st, three on the 2nd (max 2: crowded), the 3rd
    // and the 4th; W50 has everything skipped; W51 only the 16th; W52 the
    // 24th, in the Christmas recess; W53 the shifted 28th and the 31st.
    let gaps = s
        .ritme(&["report", "gaps", "--month", "2026-12", "--format", "csv"])
        .ok()
        .stdout();
    assert_eq!(
        gaps,
        "week,date,items,min,max,state,note\n\
         2026-W49,,6,2,,ok,\n\
         2026-W49,2026-12-02,3,,2,crowded,\n\
         2026-W50,,0,2,,empty,\n\
         2026-W51,,1,2,,thin,\n\
         2026-W52,,1,2,,resting,\"Kerstreces, Kerstdagen\"\n\
         2026-W53,,2,2,,resting,\"Kerstreces, Nieuwjaarsdag\"\n"
    );
}
