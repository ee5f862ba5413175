//! What is due and what slipped (SPEC section 12): draft deadlines on
//! working days, the `overdue`, `unpublished` and `unclaimed_slot`
//! findings, reminders in personal feeds, `agenda` and `report steering`,
//! on `tests/fixtures/due` (today Monday 2026-11-23).

use crate::support::*;

/// A copy of the fixture, planned from 2026-10-26 so four past weeks are
/// stored.
fn planned() -> Scratch {
    let s = Scratch::fixture("due");
    s.ritme(&["plan", "--from", "2026-10-26", "--until", "2027-03-31"])
        .ok();
    s
}

fn due_of(s: &Scratch, key: &str) -> serde_json::Value {
    let items = s
        .ritme(&[
            "list",
            "--from",
            "2026-10-01",
            "--until",
            "2027-03-31",
            "--format",
            "json",
        ])
        .ok()
        .json();
    items
        .as_array()
        .unwrap()
        .iter()
        .find(|it| it["key"] == key)
        .unwrap_or_else(|| panic!("no {key}"))["due"]
        .clone()
}

#[test]
fn a_draft_is_never_due_on_a_weekend_or_a_holiday() {
    let s = planned();
    // Monday minus 2 days is a Saturday: the Friday before.
    assert_eq!(
        due_of(&s, "format/maandagmomentje/2026-11-30"),
        "2026-11-27"
    );
    // 28 December minus 3 days is Christmas Day (a blackout), the 26th too:
    // the Thursday before.
    assert_eq!(due_of(&s, "item/nieuwjaar"), "2026-12-24");
    assert_eq!(
        due_of(&s, "format/maandagmomentje/2026-12-28"),
        "2026-12-24"
    );
    // A working day stays; no `prepare`, no due.
    assert_eq!(due_of(&s, "format/hr-nieuws/2026-12-02"), "2026-12-01");
    assert_eq!(
        due_of(&s, "format/teamruimte/2026-12-03"),
        serde_json::Value::Null
    );
}

#[test]
fn a_moved_draft_is_never_due_on_a_weekend() {
    let s = planned();
    // Due Friday 12-11 for Monday 12-14; moved a day later, the deadline
    // would move to Saturday 12-12: it stays on the Friday.
    s.ritme(&["move", "format/maandagmomentje/2026-12-14", "2026-12-15"])
        .ok();
    assert_eq!(
        due_of(&s, "format/maandagmomentje/2026-12-14"),
        "2026-12-11"
    );
    // A move to Wednesday moves it to Monday, a working day.
    s.ritme(&["move", "format/maandagmomentje/2026-12-14", "2026-12-16"])
        .ok();
    assert_eq!(
        due_of(&s, "format/maandagmomentje/2026-12-14"),
        "2026-12-14"
    );
}

/// The fixture planned, with what happened to the past weeks recorded: all
/// published up to 2026-11-11; then Maandagmomentje of 11-16 never
/// started, HR-nieuws of 11-18 left in draft.
fn with_history() -> Scratch {
    let s = planned();
    for key in [
        "format/maandagmomentje/2026-10-26",
        "format/hr-nieuws/2026-10-28",
        "format/maandagmomentje/2026-11-02",
        "format/hr-nieuws/2026-11-04",
        "format/maandagmomentje/2026-11-09",
        "format/hr-nieuws/2026-11-11",
    ] {
        s.ritme(&["-q", "status", key, "published"]).ok();
    }
    s.ritme(&["-q", "status", "format/hr-nieuws/2026-11-18", "draft"])
        .ok();
    s
}

fn codes_and_items(run: &Run) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = run.json()["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["item"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    found.sort();
    found
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(c, k)| (c.to_string(), k.to_string()))
        .collect()
}

#[test]
fn check_reports_overdue_drafts_and_unclaimed_slots() {
    let s = with_history();
    let run = s.ritme(&["check", "--format", "json"]).ok();
    assert_eq!(
        codes_and_items(&run),
        pairs(&[
            ("overdue", "format/maandagmomentje/2026-11-16"),
            ("overdue", "format/maandagmomentje/2026-11-23"),
            ("unclaimed_slot", "format/teamruimte/2026-11-26"),
        ])
    );
    let f = &run.json()["findings"][0];
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["week"], "2026-W46");
    assert_eq!(
        f["date"], "2026-11-13",
        "an overdue finding is dated by its due"
    );
    assert_eq!(f["person"], "anna");
    assert_eq!(f["file"], "ritme.toml");
    let slot = &run.json()["findings"][2];
    assert_eq!(slot["date"], "2026-11-26");
    assert_eq!(slot["person"], serde_json::Value::Null);

    let text = s.ritme(&["check"]).ok().stdout();
    assert!(
        text.contains("overdue") && text.contains("unclaimed_slot"),
        "{text}"
    );
    assert!(
        text.contains("was due on 2026-11-13 and is still planned; anna owns it"),
        "{text}"
    );
    let github = s.ritme(&["check", "--format", "github"]).ok().stdout();
    assert!(
        github.contains("ritme.toml,line=55,title=ritme overdue 2026-W46::"),
        "{github}"
    );
    assert!(
        github.contains("line=80,title=ritme unclaimed_slot 2026-W48::"),
        "{github}"
    );
    let junit = s.ritme(&["check", "--format", "junit"]).ok().stdout();
    let doc = roxmltree::Document::parse(&junit).unwrap();
    for code in ["overdue", "unclaimed_slot"] {
        assert!(
            doc.descendants()
                .any(|n| n.has_tag_name("testsuite") && n.attribute("name") == Some(code)),
            "{code}: {junit}"
        );
    }
    // `unpublished` is off by default: no suite for it.
    assert!(!junit.contains("name=\"unpublished\""), "{junit}");
    // Warnings fail only when denied.
    s.ritme(&["check", "--deny", "warnings"]).code_is(1);
}

#[test]
fn unpublished_and_the_severities_come_from_rules() {
    let s = with_history();
    let toml = s.read("ritme.toml").replacen(
        "capacity = 5\n",
        "capacity = 5\nunpublished = \"warning\"\noverdue = \"error\"\nunclaimed_slot = \"off\"\n",
        1,
    );
    s.write("ritme.toml", &toml);
    let run = s.ritme(&["check", "--format", "json"]).code_is(1);
    assert_eq!(
        codes_and_items(&run),
        pairs(&[
            ("overdue", "format/maandagmomentje/2026-11-16"),
            ("overdue", "format/maandagmomentje/2026-11-23"),
            // Left in draft, and never started: neither went live.
            ("unpublished", "format/hr-nieuws/2026-11-18"),
            ("unpublished", "format/maandagmomentje/2026-11-16"),
        ])
    );
    let severities: Vec<&str> = run.json()["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            if f["code"] == "overdue" {
                "error"
            } else {
                "warning"
            }
        })
        .collect();
    for (f, want) in run.json()["findings"]
        .as_array()
        .unwrap()
        .iter()
        .zip(severities)
    {
        assert_eq!(f["severity"], want);
    }
}

#[test]
fn the_look_back_needs_stored_history_and_ends_four_weeks_before_today() {
    // No database: the plan is made in memory and invents no past work.
    let s = Scratch::fixture("due");
    let run = s.ritme(&["check", "--format", "json"]).ok();
    assert_eq!(
        codes_and_items(&run),
        pairs(&[("unclaimed_slot", "format/teamruimte/2026-11-26")])
    );
    // Five weeks on, the first of them is out of sight, whatever --weeks says.
    let s = with_history();
    let mut c = command();
    c.env("RITME_TODAY", "2026-12-14")
        .arg("-C")
        .arg(s.path())
        .args(["check", "--weeks", "1", "--format", "json"]);
    let run = Run(c.output().unwrap());
    let overdue: Vec<(String, String)> = codes_and_items(&run)
        .into_iter()
        .filter(|(c, _)| c == "overdue")
        .collect();
    // Due 2026-11-20 is inside the four weeks, due 2026-11-13 is not.
    assert!(overdue
        .iter()
        .any(|(_, k)| k == "format/maandagmomentje/2026-11-23"));
    assert!(overdue
        .iter()
        .all(|(_, k)| k != "format/maandagmomentje/2026-11-16"));
}

#[test]
fn a_remind_that_does_not_parse_is_a_definition_error_at_its_value() {
    for (value, words) in [
        ("\"soon\"", "invalid duration \"soon\""),
        ("\"3h\"", "remind \"3h\" is not a whole number of days"),
    ] {
        let s = Scratch::fixture("due");
        let toml =
            s.read("ritme.toml")
                .replacen("remind = \"1d\"", &format!("remind = {value}"), 1);
        s.write("ritme.toml", &toml);
        let run = s.ritme(&["check"]).code_is(2);
        assert!(run.stderr().contains(words), "{}", run.stderr());
        assert!(
            run.stderr().contains("ritme.toml:13:10"),
            "{}",
            run.stderr()
        );
    }
}

/// The deadlines of a person's feed as the `ical` crate reads them:
/// (UID, SEQUENCE, the TRIGGERs of its alarms, their ACTIONs).
fn deadlines(path: &std::path::Path) -> Vec<(String, String, Vec<String>, Vec<String>)> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let cal = parser.next().unwrap().expect("the ical crate parses it");
    let value = |props: &[ical::property::Property], name: &str| {
        props
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    cal.events
        .iter()
        .filter(|e| value(&e.properties, "UID").starts_with("due/"))
        .map(|e| {
            (
                value(&e.properties, "UID"),
                value(&e.properties, "SEQUENCE"),
                e.alarms
                    .iter()
                    .map(|a| value(&a.properties, "TRIGGER"))
                    .collect(),
                e.alarms
                    .iter()
                    .map(|a| value(&a.properties, "ACTION"))
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn draft_deadlines_in_a_persons_feed_ring_the_day_before_at_nine() {
    let s = planned();
    s.ritme(&["-q", "status", "format/maandagmomentje/2026-11-30", "ready"])
        .ok();
    let out = s.path().join("feeds");
    let out_arg = out.to_str().unwrap();
    s.ritme(&["-q", "export", "ics", "--out", out_arg]).ok();
    let anna = deadlines(&out.join("person/anna.ics"));
    let of = |key: &str| {
        anna.iter()
            .find(|d| d.0 == format!("due/{key}@due.ritme"))
            .unwrap_or_else(|| panic!("{key}: {anna:?}"))
            .clone()
    };
    let next = of("format/maandagmomentje/2026-12-07");
    assert_eq!(next.2, ["-PT15H"]);
    assert_eq!(next.3, ["DISPLAY"]);
    assert!(
        of("format/maandagmomentje/2026-11-30").2.is_empty(),
        "a draft that is ready needs no reminder"
    );
    // Only deadlines carry alarms, and only in personal feeds.
    let all = std::fs::read_to_string(out.join("due.ics")).unwrap();
    assert!(!all.contains("VALARM"));
    let feed = std::fs::read_to_string(out.join("person/anna.ics")).unwrap();
    assert_eq!(
        feed.matches("BEGIN:VALARM").count(),
        anna.iter().filter(|d| !d.2.is_empty()).count()
    );

    // Another `remind` changes the alarms and no SEQUENCE.
    let toml = s
        .read("ritme.toml")
        .replacen("remind = \"1d\"", "remind = \"2d\"", 1);
    s.write("ritme.toml", &toml);
    s.ritme(&["-q", "plan"]).ok();
    s.ritme(&["-q", "export", "ics", "--out", out_arg]).ok();
    let later = deadlines(&out.join("person/anna.ics"));
    let again = later.iter().find(|d| d.0 == next.0).unwrap();
    assert_eq!(again.2, ["-P1DT15H"]);
    assert_eq!(again.1, next.1, "SEQUENCE stays");
    // And "off" removes them.
    s.write(
        "ritme.toml",
        &toml.replacen("remind = \"2d\"", "remind = \"off\"", 1),
    );
    s.ritme(&["-q", "export", "ics", "--out", out_arg]).ok();
    let feed = std::fs::read_to_string(out.join("person/anna.ics")).unwrap();
    assert!(!feed.contains("VALARM"));
}

#[test]
fn agenda_of_a_person_overdue_first_then_this_week_then_coming() {
    let s = with_history();
    s.ritme(&["-q", "status", "format/maandagmomentje/2026-11-30", "draft"])
        .ok();
    let text = s.ritme(&["agenda", "anna"]).ok().stdout();
    insta::assert_snapshot!("agenda_anna_text", text);
    let json = s.ritme(&["agenda", "anna", "--format", "json"]).ok().json();
    let keys = |part: &str| -> Vec<String> {
        json[part]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["key"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        keys("overdue"),
        [
            "format/maandagmomentje/2026-11-16",
            "format/maandagmomentje/2026-11-23"
        ]
    );
    assert_eq!(keys("this_week"), ["format/maandagmomentje/2026-11-30"]);
    assert_eq!(json["this_week"][0]["status"], "draft");
    assert_eq!(json["until"], "2026-12-27");
    assert_eq!(keys("coming").len(), 5);
    // --weeks: one week after this one.
    let json = s
        .ritme(&["agenda", "anna", "--weeks", "1", "--format", "json"])
        .ok()
        .json();
    assert_eq!(json["coming"].as_array().unwrap().len(), 1);
    // Bert delivers HR-nieuws as its ambassador.
    let json = s.ritme(&["agenda", "bert", "--format", "json"]).ok().json();
    assert_eq!(json["this_week"][0]["role"], "ambassador");
    assert_eq!(json["this_week"][0]["key"], "format/hr-nieuws/2026-11-25");
}

#[test]
fn agenda_of_a_team_in_markdown_and_html() {
    let s = with_history();
    let md = s
        .ritme(&["agenda", "--team", "hr", "--format", "markdown"])
        .ok()
        .stdout();
    insta::assert_snapshot!("agenda_team_hr_markdown", md);
    let html = s
        .ritme(&["agenda", "anna", "--format", "html"])
        .ok()
        .stdout();
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(html.contains("<h2>Overdue (2)</h2>"), "{html}");
    for outside in ["http://", "https://", "<script", "<link", "src="] {
        assert!(!html.contains(outside), "{outside}");
    }
    roxmltree::Document::parse(
        &html
            .replace("<!DOCTYPE html>", "")
            .replace("<br>", "<br/>")
            .replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"/>")
            .replace("initial-scale=1\">", "initial-scale=1\"/>"),
    )
    .unwrap_or_else(|e| panic!("{e}:\n{html}"));
}

#[test]
fn agenda_of_someone_unknown_suggests_the_near_miss() {
    let s = Scratch::fixture("due");
    let run = s.ritme(&["agenda", "ana"]).code_is(2);
    assert!(
        run.stderr()
            .contains("unknown person \"ana\" (did you mean \"anna\"?)"),
        "{}",
        run.stderr()
    );
    let run = s.ritme(&["agenda", "--team", "hrr"]).code_is(2);
    assert!(
        run.stderr()
            .contains("unknown team \"hrr\" (did you mean \"hr\"?)"),
        "{}",
        run.stderr()
    );
    s.ritme(&["agenda"]).code_is(2);
    s.ritme(&["agenda", "--all"]).code_is(2);
    s.ritme(&["agenda", "anna", "--team", "hr"]).code_is(2);
}

#[test]
fn agenda_for_everyone_writes_a_file_per_person_and_removes_stale_ones() {
    let s = planned();
    let toml = s.read("ritme.toml") + "\n[[person]]\nid = \"dana\"\nname = \"Dana Smit\"\n";
    s.write("ritme.toml", &toml);
    s.write("out/dana.md", "old agenda\n");
    s.write("out/README.md", "not ours\n");
    let out = s.path().join("out");
    let run = s
        .ritme(&[
            "agenda",
            "--all",
            "--out",
            out.to_str().unwrap(),
            "--format",
            "markdown",
        ])
        .ok();
    assert!(
        run.stderr().contains("3 written, 1 removed"),
        "{}",
        run.stderr()
    );
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["README.md", "anna.md", "bert.md", "chris.md"]);
    assert_eq!(
        s.read("out/anna.md"),
        s.ritme(&["agenda", "anna", "--format", "markdown"])
            .ok()
            .stdout()
    );
}

#[test]
fn agenda_into_a_directory_that_cannot_be_written_writes_nothing() {
    let s = planned();
    s.write("taken", "a file, not a directory\n");
    let taken = s.path().join("taken");
    let run = s
        .ritme(&["agenda", "--all", "--out", taken.to_str().unwrap()])
        .code_is(3);
    assert!(run.stderr().contains("taken"), "{}", run.stderr());
    // One target is a directory: refused before anything is written.
    std::fs::create_dir_all(s.path().join("out/bert.txt")).unwrap();
    let out = s.path().join("out");
    s.ritme(&["agenda", "--all", "--out", out.to_str().unwrap()])
        .code_is(3);
    let names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["bert.txt"]);
}

/// Runs `examples/ci/post-agenda.sh` on a planned copy of the fixture, with
/// a `curl` on PATH that keeps what it was asked to post instead of posting.
/// Returns the posted JSON bodies by person file, and the URLs.
fn post_agenda(kind: &str) -> (Vec<(String, serde_json::Value)>, Vec<String>, String) {
    let s = with_history();
    let bin = s.path().join("fake-bin");
    let posted = s.path().join("posted");
    std::fs::create_dir_all(&posted).unwrap();
    s.write(
        "fake-bin/curl",
        "#!/usr/bin/env bash\n# Keeps the body and the URL of each post.\nn=$(ls \"$CURL_LOG\" | wc -l)\nwhile [ $# -gt 0 ]; do\n  case \"$1\" in\n    --data-binary) cp \"${2#@}\" \"$CURL_LOG/$n.json\"; shift 2 ;;\n    -H|--max-time) shift 2 ;;\n    -*) shift ;;\n    *) echo \"$1\" >> \"$CURL_LOG.urls\"; shift ;;\n  esac\ndone\n",
    );
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(bin.join("curl"), std::fs::Permissions::from_mode(0o755)).unwrap();
    let ritme_dir = std::path::Path::new(env!("CARGO_BIN_EXE_ritme"))
        .parent()
        .unwrap()
        .to_path_buf();
    let out = std::process::Command::new("bash")
        .arg(root().join("examples/ci/post-agenda.sh"))
        .arg(s.path().join("agenda"))
        .env_clear()
        .env(
            "PATH",
            format!(
                "{}:{}:/usr/local/bin:/usr/bin:/bin",
                bin.display(),
                ritme_dir.display()
            ),
        )
        .env("RITME_CALENDAR", s.path())
        .env("RITME_TODAY", "2026-11-23")
        .env("NO_COLOR", "1")
        .env("CURL_LOG", &posted)
        .env("WEBHOOK_URL", "https://hooks.example.invalid/agenda")
        .env("WEBHOOK_KIND", kind)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        out.status.success(),
        "{stderr}\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let mut bodies: Vec<(String, serde_json::Value)> = std::fs::read_dir(&posted)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            let text = std::fs::read_to_string(&p).unwrap();
            let json = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
            (p.file_name().unwrap().to_string_lossy().into_owned(), json)
        })
        .collect();
    bodies.sort_by(|a, b| a.0.cmp(&b.0));
    let urls = std::fs::read_to_string(s.path().join("posted.urls")).unwrap_or_default();
    let anna = s.read("agenda/anna.md");
    (bodies, urls.lines().map(str::to_string).collect(), anna)
}

#[test]
fn the_weekly_agenda_job_posts_one_well_formed_message_per_person() {
    let (bodies, urls, anna) = post_agenda("mattermost");
    assert_eq!(bodies.len(), 3, "anna, bert and chris");
    assert_eq!(urls, ["https://hooks.example.invalid/agenda"; 3]);
    let first = &bodies[0].1;
    assert_eq!(first["username"], "ritme");
    assert_eq!(first["text"], anna.trim(), "the markdown as it is");

    let (bodies, _, anna) = post_agenda("slack");
    let text = bodies[0].1["text"].as_str().unwrap();
    assert_eq!(bodies[0].1.as_object().unwrap().len(), 1, "only text");
    assert!(!text.contains("**") && text.contains("*Overdue*"), "{text}");
    assert_eq!(text.lines().count(), anna.trim().lines().count());

    let (bodies, _, anna) = post_agenda("teams");
    let card = &bodies[0].1;
    assert_eq!(card["type"], "message");
    let attachment = &card["attachments"][0];
    assert_eq!(
        attachment["contentType"],
        "application/vnd.microsoft.card.adaptive"
    );
    assert_eq!(attachment["content"]["type"], "AdaptiveCard");
    assert_eq!(attachment["content"]["version"], "1.4");
    let block = &attachment["content"]["body"][0];
    assert_eq!(block["type"], "TextBlock");
    assert_eq!(block["wrap"], true);
    assert_eq!(block["text"], anna.trim());
}

/// The fixture with its history and numbers for three items.
fn with_numbers() -> Scratch {
    let s = with_history();
    let csv = s.path().join("stats/oktober.csv");
    s.ritme(&["-q", "import", "stats", csv.to_str().unwrap()])
        .ok();
    s
}

#[test]
fn the_steering_report_of_a_quarter_in_markdown_html_and_json() {
    let s = with_numbers();
    let md = s
        .ritme(&["report", "steering", "--quarter", "2026-Q4"])
        .ok()
        .stdout();
    insta::assert_snapshot!("steering_2026_q4_markdown", md);
    let html = s
        .ritme(&[
            "report",
            "steering",
            "--quarter",
            "2026-Q4",
            "--format",
            "html",
        ])
        .ok()
        .stdout();
    insta::assert_snapshot!("steering_2026_q4_html", html);
    for outside in [
        "http://", "https://", "<script", "<link", "<img", "src=", "@import", "url(",
    ] {
        assert!(!html.contains(outside), "{outside}");
    }
    let json = s
        .ritme(&[
            "report",
            "steering",
            "--quarter",
            "2026-Q4",
            "--format",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(json["quarter"], "2026-Q4");
    assert_eq!(json["published"], 6);
    let goal = &json["goals"][0];
    assert_eq!(goal["id"], "verbinding");
    assert_eq!(
        goal["value"], 90.0,
        "the median views of the measured items"
    );
    assert_eq!(goal["met"], false);
    assert_eq!(json["next"]["quarter"], "2027-Q1");
    let slipped: Vec<&str> = json["slipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        slipped,
        [
            "format/maandagmomentje/2026-11-16",
            "format/hr-nieuws/2026-11-18"
        ]
    );
}

#[test]
fn the_steering_report_defaults_to_the_last_complete_quarter_and_refuses_other_ranges() {
    let s = Scratch::fixture("due");
    let md = s.ritme(&["report", "steering"]).ok().stdout();
    assert!(md.starts_with("# Due: steering report 2026-Q3\n"), "{md}");
    assert!(md.contains("No stored plan"), "{md}");
    let run = s
        .ritme(&["report", "steering", "--month", "2026-10"])
        .code_is(2);
    assert!(run.stderr().contains("--quarter"), "{}", run.stderr());
    s.ritme(&["report", "steering", "--format", "csv"])
        .code_is(2);
    let run = s.ritme(&["report", "gaps", "--format", "html"]).code_is(2);
    assert!(run.stderr().contains("report steering"), "{}", run.stderr());
}
