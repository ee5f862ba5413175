//! Fairness (SPEC section 11): `report fairness` on `tests/fixtures/fairness`
//! (numbers worked out by hand in its header) and the `unfair_pool` finding
//! on stored quarters, in every check format.

use crate::support::*;

const RANGE: [&str; 4] = ["--from", "2026-11-23", "--until", "2026-12-20"];

fn fairness(s: &Scratch, extra: &[&str]) -> Run {
    s.ritme(&[&["report", "fairness"][..], &RANGE[..], extra].concat())
}

/// (id, member, items, spread, waited longest) of each JSON row.
fn counts(json: &serde_json::Value) -> Vec<(String, String, i64, i64, bool)> {
    json.as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_string(),
                r["member"].as_str().unwrap().to_string(),
                r["items"].as_i64().unwrap(),
                r["spread"].as_i64().unwrap(),
                r["waited_longest"].as_bool().unwrap(),
            )
        })
        .collect()
}

fn row(
    id: &str,
    member: &str,
    items: i64,
    spread: i64,
    longest: bool,
) -> (String, String, i64, i64, bool) {
    (id.into(), member.into(), items, spread, longest)
}

#[test]
fn the_hand_worked_shares_by_person_and_by_team() {
    let s = Scratch::fixture("fairness");
    let json = fairness(&s, &["--format", "json"]).ok().json();
    assert_eq!(
        counts(&json),
        [
            row("kijker", "anna", 1, 1, true),
            row("kijker", "bert", 1, 1, false),
            row("kijker", "chris", 2, 1, false),
            row("rubriek", "anna", 1, 1, true),
            row("rubriek", "bert", 2, 1, false),
            row("rubriek", "chris", 1, 1, false),
        ]
    );
    let bert = &json[4];
    assert_eq!(bert["rule"], "pool all");
    assert_eq!(bert["effort_minutes"], 120);
    assert_eq!(bert["mean_items"], 1.33);
    assert_eq!(bert["mean_effort_minutes"], 80.0);
    assert_eq!(bert["vs_mean"], 1.5);
    assert_eq!(bert["last_item"], "2026-12-16");
    assert_eq!(json[3]["last_item"], "2026-12-02");

    let teams = fairness(&s, &["--by", "team", "--format", "json"])
        .ok()
        .json();
    assert_eq!(
        counts(&teams),
        [
            row("kijker", "ict", 2, 0, false),
            row("kijker", "redactie", 2, 0, true),
            row("rubriek", "ict", 1, 2, true),
            row("rubriek", "redactie", 3, 2, false),
        ]
    );
    let only = fairness(&s, &["--source", "rubriek", "--format", "json"])
        .ok()
        .json();
    assert_eq!(counts(&only), counts(&json)[3..]);
}

#[test]
fn table_json_and_csv() {
    let s = Scratch::fixture("fairness");
    let table = fairness(&s, &[]).ok().stdout();
    insta::assert_snapshot!("fairness_table", table);
    let json = fairness(&s, &["--by", "team", "--format", "json"])
        .ok()
        .stdout();
    insta::assert_snapshot!("fairness_by_team_json", json);
    let csv = fairness(&s, &["--format", "csv"]).ok().stdout();
    insta::assert_snapshot!("fairness_csv", csv);
    // The same plan stored reads the same.
    s.ritme(&["plan"]).ok();
    assert_eq!(fairness(&s, &["--format", "csv"]).ok().stdout(), csv);
}

#[test]
fn bad_fairness_arguments_exit_2() {
    let s = Scratch::fixture("fairness");
    for (args, says) in [
        (&["--source", "rubrik"][..], "did you mean \"rubriek\"?"),
        (
            &["--source", "vast"][..],
            "no format, campaign or item with a pool or rotation",
        ),
        (&["--by", "month"][..], "counts --by person or team"),
    ] {
        let err = fairness(&s, args).code_is(2).stderr();
        assert!(err.contains(says), "{args:?}: {err}");
    }
    let err = s
        .ritme(&["report", "load", "--source", "rubriek"])
        .code_is(2)
        .stderr();
    assert!(err.contains("--source picks a pool or rotation"), "{err}");
    let err = s
        .ritme(&["report", "gaps", "--by", "person"])
        .code_is(2)
        .stderr();
    assert!(err.contains("report fairness"), "{err}");
}

/// A pool of three over 2026, planned from April: with `away`, bert and
/// chris are away all of 2026-Q2 and Q3 (the two quarters before today's).
fn pool_of_three(away: bool, rules: &str) -> Scratch {
    let s = Scratch::empty();
    let away = if away {
        "away = [{ from = 2026-04-01, until = 2026-09-30 }]\n"
    } else {
        ""
    };
    s.write(
        "ritme.toml",
        &format!(
            "[calendar]\nid = \"p\"\nstart = 2026-01-01\n\n[rules]\nno_goal = \"off\"\n{rules}\n\
             [[person]]\nid = \"anna\"\n\n\
             [[person]]\nid = \"bert\"\n{away}\n\
             [[person]]\nid = \"chris\"\n{away}\n\
             [[format]]\nid = \"rubriek\"\ntitle = \"Rubriek\"\nevery = \"week\"\non = [\"wed\"]\npool = \"all\"\n"
        ),
    );
    s.ritme(&["plan", "--from", "2026-04-01", "--until", "2027-02-28"])
        .ok();
    s
}

#[test]
fn unfair_pool_fires_when_one_holds_more_than_twice_the_mean() {
    // 27 Wednesdays from 2026-04-01 to 2026-09-30, all anna's: mean 9.
    let s = pool_of_three(true, "unfair_pool = \"warning\"\n");
    let run = s.ritme(&["check", "--format", "json"]).ok();
    let json = run.json();
    let unfair: Vec<&serde_json::Value> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "unfair_pool")
        .collect();
    assert_eq!(unfair.len(), 1, "{json}");
    let f = unfair[0];
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["person"], "anna");
    assert_eq!(f["file"], "ritme.toml");
    assert_eq!(f["line"], 20);
    assert_eq!(
        f["message"],
        "anna held 27 of the 27 items of format \"rubriek\" (pool all) in 2026-Q2–2026-Q3, more than twice the mean of 9.0 over 3 members"
    );
    let text = s.ritme(&["check"]).ok().stdout();
    assert!(
        text.contains("unfair_pool") && text.contains("anna held 27"),
        "{text}"
    );
    let github = s.ritme(&["check", "--format", "github"]).ok().stdout();
    assert!(
        github.contains("ritme.toml,line=20,title=ritme unfair_pool::anna held 27"),
        "{github}"
    );
    let junit = s.ritme(&["check", "--format", "junit"]).ok().stdout();
    let doc = roxmltree::Document::parse(&junit).unwrap();
    let suite = doc
        .descendants()
        .find(|n| n.has_tag_name("testsuite") && n.attribute("name") == Some("unfair_pool"))
        .unwrap_or_else(|| panic!("{junit}"));
    // A warning below the failing severity: a passing case that says it.
    assert!(
        suite.descendants().any(|n| n.has_tag_name("testcase")
            && n.attribute("name")
                .is_some_and(|t| t.starts_with("anna held 27"))),
        "{junit}"
    );
    s.ritme(&["check", "--deny", "warnings"]).code_is(1);
}

#[test]
fn unfair_pool_is_off_by_default_quiet_when_fair_and_an_error_on_request() {
    let off = pool_of_three(true, "");
    let junit = off.ritme(&["check", "--format", "junit"]).ok().stdout();
    assert!(!junit.contains("unfair_pool"), "{junit}");
    off.ritme(&["check", "--deny", "warnings"]).ok();

    // Nobody away: 9, 9 and 9.
    let fair = pool_of_three(false, "unfair_pool = \"error\"\n");
    let json = fair.ritme(&["check", "--format", "json"]).ok().json();
    let findings = json["findings"].as_array().unwrap();
    assert!(
        !findings.iter().any(|f| f["code"] == "unfair_pool"),
        "{json}"
    );
    let junit = fair.ritme(&["check", "--format", "junit"]).ok().stdout();
    assert!(
        junit.contains("name=\"unfair_pool\""),
        "a passing suite: {junit}"
    );

    let error = pool_of_three(true, "unfair_pool = \"error\"\n");
    let run = error.ritme(&["check", "--format", "json"]).code_is(1);
    let f = run.json()["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "unfair_pool")
        .cloned()
        .unwrap();
    assert_eq!(f["severity"], "error");

    let bad = pool_of_three(false, "");
    let toml = bad
        .read("ritme.toml")
        .replace("[rules]\n", "[rules]\nunfair_pool = \"sometimes\"\n");
    bad.write("ritme.toml", &toml);
    let err = bad.ritme(&["check"]).code_is(2).stderr();
    assert!(err.contains("ritme.toml:6:"), "{err}");
}

/// Over time: `unfair_pool` looks at the two complete quarters before
/// today's, so re-planned week by week it says the same while today stays
/// in 2026-Q4 and goes quiet on 2027-01-01, when Q4's catching up (bert and
/// chris, back, took every Wednesday) joins the window and Q2 leaves it.
#[test]
fn unfair_pool_follows_today_quarter_by_quarter() {
    let s = pool_of_three(true, "unfair_pool = \"warning\"\n");
    let mut day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let mut said = Vec::new();
    while day <= chrono::NaiveDate::from_ymd_opt(2027, 3, 29).unwrap() {
        let today = day.to_string();
        s.ritme(&["--today", &today, "plan"]).ok();
        let json = s
            .ritme(&["--today", &today, "check", "--format", "json"])
            .ok()
            .json();
        let unfair: Vec<String> = json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["code"] == "unfair_pool")
            .map(|f| f["message"].as_str().unwrap().to_string())
            .collect();
        said.push((today, unfair));
        day = day + chrono::Days::new(7);
    }
    let q2_q3 = "anna held 27 of the 27 items of format \"rubriek\" (pool all) in \
                 2026-Q2–2026-Q3, more than twice the mean of 9.0 over 3 members";
    for (today, unfair) in &said {
        if today.as_str() < "2027-01-01" {
            assert_eq!(unfair, &[q2_q3.to_string()], "today {today}");
        } else {
            assert!(unfair.is_empty(), "today {today}: {unfair:?}");
        }
    }
    assert_eq!(said.len(), 19, "weeks from 2026-11-23 to 2027-03-29");
}
