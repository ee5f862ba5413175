//! `ritme check`: every finding kind on a fixture built to trigger exactly
//! that one, the exit codes, and the text, JSON, GitHub and JUnit outputs.

use std::path::Path;

use crate::support::*;

/// `ritme args` run in `cwd` (no `-C`), so paths are relative to it.
fn ritme_at(cwd: &Path, args: &[&str]) -> Run {
    let mut c = command();
    c.current_dir(cwd).args(args);
    Run(c.output().expect("ritme runs"))
}

fn findings(run: &Run) -> Vec<serde_json::Value> {
    run.json()["findings"].as_array().unwrap().clone()
}

/// (fixture, code, severity, exit code, week, date, person, item, file, line)
type Case = (
    &'static str,
    &'static str,
    &'static str,
    i32,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    Option<u64>,
);

#[test]
fn each_fixture_triggers_exactly_its_finding() {
    let w50 = Some("2026-W50");
    let cases: [Case; 9] = [
        (
            "check-empty_week",
            "empty_week",
            "error",
            1,
            w50,
            None,
            None,
            None,
            None,
            None,
        ),
        (
            "check-thin_week",
            "thin_week",
            "warning",
            0,
            w50,
            None,
            None,
            None,
            None,
            None,
        ),
        (
            "check-empty_day",
            "empty_day",
            "warning",
            0,
            w50,
            Some("2026-12-11"),
            None,
            None,
            None,
            None,
        ),
        (
            "check-crowded_day",
            "crowded_day",
            "warning",
            0,
            w50,
            Some("2026-12-09"),
            None,
            None,
            None,
            None,
        ),
        (
            "check-overload",
            "overload",
            "error",
            1,
            w50,
            None,
            Some("anna"),
            None,
            Some("ritme.toml"),
            Some(15),
        ),
        (
            "check-away_assigned",
            "away_assigned",
            "warning",
            0,
            w50,
            Some("2026-12-09"),
            Some("anna"),
            Some("format/woensdagverhaal/2026-12-09"),
            Some("ritme.toml"),
            Some(25),
        ),
        (
            "check-unassigned",
            "unassigned",
            "warning",
            0,
            w50,
            Some("2026-12-10"),
            None,
            Some("item/verhuisbericht"),
            Some("ritme.toml"),
            Some(43),
        ),
        (
            "check-focus_gap",
            "focus_gap",
            "warning",
            0,
            w50,
            None,
            None,
            None,
            Some("ritme.toml"),
            Some(34),
        ),
        (
            "check-no_goal",
            "no_goal",
            "warning",
            0,
            None,
            None,
            None,
            None,
            Some("ritme.toml"),
            Some(23),
        ),
    ];
    for (fixture, code, severity, exit, week, date, person, item, file, line) in cases {
        let s = Scratch::fixture(fixture);
        let run = ritme_at(s.path(), &["check", "--format", "json"]).code_is(exit);
        let found = findings(&run);
        assert_eq!(found.len(), 1, "{fixture}: {found:#?}");
        let f = &found[0];
        let text = |k: &str| f[k].as_str().map(str::to_string);
        assert_eq!(text("code").as_deref(), Some(code), "{fixture}");
        assert_eq!(text("severity").as_deref(), Some(severity), "{fixture}");
        assert_eq!(text("week").as_deref(), week, "{fixture}");
        assert_eq!(text("date").as_deref(), date, "{fixture}");
        assert_eq!(text("person").as_deref(), person, "{fixture}");
        assert_eq!(text("item").as_deref(), item, "{fixture}");
        assert_eq!(text("file").as_deref(), file, "{fixture}");
        assert_eq!(f["line"].as_u64(), line, "{fixture}");
        assert!(!text("message").unwrap().is_empty());
        assert_eq!(run.json()["ok"], serde_json::json!(exit == 0), "{fixture}");
    }
}

#[test]
fn json_findings_have_the_spec_fields_in_order() {
    let s = Scratch::fixture("check-empty_week");
    let run = s.ritme(&["check", "--format", "json"]).code_is(1);
    let out = run.stdout();
    let order = [
        "\"code\"",
        "\"severity\"",
        "\"message\"",
        "\"week\"",
        "\"date\"",
        "\"person\"",
        "\"item\"",
        "\"file\"",
        "\"line\"",
    ];
    let positions: Vec<usize> = order.iter().map(|k| out.find(k).expect(k)).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{out}");
    assert!(
        out.trim_start()
            .starts_with("{\n  \"ok\": false,\n  \"findings\""),
        "{out}"
    );
}

#[test]
fn a_clean_calendar_passes_even_with_deny_warnings() {
    let s = Scratch::fixture("check-clean");
    let run = s.ritme(&["check", "--deny", "warnings"]).ok();
    assert_eq!(
        run.stdout(),
        "check: 0 errors, 0 warnings in 13 weeks, 2026-W48 to 2027-W07: ok\n"
    );
    let run = s.ritme(&["check", "--format", "json"]).ok();
    assert_eq!(run.json(), serde_json::json!({"ok": true, "findings": []}));
}

#[test]
fn quiet_periods_and_blackout_weeks_raise_no_coverage_finding() {
    let s = Scratch::fixture("check-quiet");
    let run = s
        .ritme(&["check", "--format", "json", "--deny", "warnings"])
        .ok();
    assert_eq!(findings(&run), Vec::<serde_json::Value>::new());
    let text = s.read("ritme.toml");
    let weeks = |run: &Run, code: &str| -> Vec<String> {
        findings(run)
            .iter()
            .filter(|f| f["code"] == code)
            .map(|f| f["week"].as_str().unwrap().to_string())
            .collect()
    };
    // Without the quiet period, its weeks are gaps; the blackout week is not.
    let cut = text.find("[[quiet]]").unwrap();
    s.write("ritme.toml", &text[..cut]);
    let run = s.ritme(&["check", "--format", "json"]).code_is(1);
    assert_eq!(weeks(&run, "empty_week"), ["2026-W52", "2026-W53"]);
    assert_eq!(weeks(&run, "empty_day"), ["2026-W52", "2026-W53"]);
    // With Thursday a working day, the blackout no longer covers the week.
    s.write(
        "ritme.toml",
        &text.replace(
            "working_days = [\"wed\"]",
            "working_days = [\"wed\", \"thu\"]",
        ),
    );
    let run = s.ritme(&["check", "--format", "json"]).code_is(1);
    assert_eq!(weeks(&run, "empty_week"), ["2026-W50"]);
}

#[test]
fn warnings_fail_only_with_deny_warnings_and_errors_always() {
    let thin = Scratch::fixture("check-thin_week");
    thin.ritme(&["check"]).ok();
    let run = thin.ritme(&["check", "--deny", "warnings"]).code_is(1);
    assert!(run.stdout().ends_with(": failed\n"), "{}", run.stdout());
    let empty = Scratch::fixture("check-empty_week");
    empty.ritme(&["check"]).code_is(1);
    // An `off` severity makes no finding at all.
    let text = empty.read("ritme.toml");
    empty.write(
        "ritme.toml",
        &text.replace("min_per_week = 1", "min_per_week = 1\nempty_week = \"off\""),
    );
    let run = empty.ritme(&["check", "--format", "json"]).ok();
    assert!(findings(&run).is_empty());
}

#[test]
fn weeks_sets_how_far_ahead_check_looks() {
    let s = Scratch::fixture("check-empty_week");
    // 2026-W48 and W49 only: the empty week 50 is not yet in view.
    let run = s.ritme(&["check", "--weeks", "2"]).ok();
    assert!(
        run.stdout().contains("2 weeks, 2026-W48 to 2026-W49"),
        "{}",
        run.stdout()
    );
    s.ritme(&["check", "--weeks", "3"]).code_is(1);
    let bad = s.ritme(&["check", "--weeks", "0"]).code_is(2);
    assert!(bad.stderr().contains("--weeks"), "{}", bad.stderr());
}

#[test]
fn text_groups_findings_by_severity_with_weeks() {
    let s = Scratch::fixture("check-all");
    let run = ritme_at(s.path(), &["check"]).code_is(1);
    insta::assert_snapshot!("check_text_all", run.stdout());
}

#[test]
fn github_annotations_point_at_the_definition_from_the_working_directory() {
    let s = Scratch::fixture("check-all");
    let run = ritme_at(s.path(), &["check", "--format", "github"]).code_is(1);
    let out = run.stdout();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 12, "{}", run.stdout());
    assert!(lines
        .iter()
        .all(|l| l.starts_with("::error ") || l.starts_with("::warning ")));
    assert!(lines.contains(
        &"::warning file=ritme.toml,line=110,title=ritme unassigned 2026-W49::item/kerstquiz (Quiz: \"kerst\" <live> & meer) has no owner"
    ), "{out}");
    assert!(
        lines.contains(&"::error title=ritme empty_week 2026-W50::week 2026-W50 (2026-12-07 to 2026-12-13) has no items; at least 2 wanted"),
        "{}",
        run.stdout()
    );
    assert!(
        lines.iter().any(|l| l.starts_with(
            "::error file=people.toml,line=10,title=ritme overload 2026-W48::bert has 2 items"
        )),
        "{}",
        run.stdout()
    );
    // From the repository root, a calendar in a subdirectory: paths include it.
    let parent = s.path().parent().unwrap();
    let name = s.path().file_name().unwrap().to_str().unwrap();
    let run = ritme_at(parent, &["-C", name, "check", "--format", "github"]).code_is(1);
    assert!(
        run.stdout()
            .contains(&format!("::warning file={name}/ritme.toml,line=110,")),
        "{}",
        run.stdout()
    );
}

#[test]
fn junit_is_xml_with_a_suite_per_check_and_failures_at_the_failing_severity() {
    let s = Scratch::fixture("check-all");
    for (deny, failures) in [(false, 4), (true, 12)] {
        let mut args = vec!["check", "--format", "junit"];
        if deny {
            args.extend(["--deny", "warnings"]);
        }
        let run = ritme_at(s.path(), &args).code_is(1);
        let xml = run.stdout();
        let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}:\n{xml}"));
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "testsuites");
        let suites: Vec<_> = root
            .children()
            .filter(|n| n.has_tag_name("testsuite"))
            .collect();
        let names: Vec<&str> = suites
            .iter()
            .map(|n| n.attribute("name").unwrap())
            .collect();
        assert_eq!(
            names,
            [
                "definition",
                "empty_week",
                "thin_week",
                "empty_day",
                "crowded_day",
                "overload",
                "away_assigned",
                "unassigned",
                "focus_gap",
                "no_goal",
                // Checked with nothing to look at (no database, no numbers,
                // no pages): passed, so the suites never come and go.
                "orphan",
                "goal_missed",
                "stale_page",
                "overdue",
                "unclaimed_slot",
                // Weeks outside the stored plan are looked for every run.
                "unplanned"
            ]
        );
        let cases: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name("testcase"))
            .collect();
        let failed = cases
            .iter()
            .filter(|c| c.children().any(|n| n.has_tag_name("failure")))
            .count();
        assert_eq!(failed, failures);
        assert_eq!(
            root.attribute("failures"),
            Some(failures.to_string().as_str())
        );
        assert_eq!(
            root.attribute("tests"),
            Some(cases.len().to_string().as_str())
        );
        // Escaped text comes back as written.
        let quiz = cases
            .iter()
            .find(|c| c.attribute("name").unwrap().contains("kerstquiz"))
            .unwrap();
        assert_eq!(
            quiz.attribute("name"),
            Some("item/kerstquiz (Quiz: \"kerst\" <live> & meer) has no owner")
        );
        assert_eq!(quiz.attribute("file"), Some("ritme.toml"));
        assert_eq!(quiz.attribute("line"), Some("110"));
    }
}

#[test]
fn definition_errors_are_findings_all_at_once_in_every_format() {
    let s = Scratch::fixture("check-definition");
    let expected = [
        ("ritme.toml", 21, 9, "unknown person \"ana\""),
        ("ritme.toml", 22, 8, "unknown goal \"verbindng\""),
        ("formats.toml", 7, 15, "unknown person or team \"dirk\""),
    ];

    let run = ritme_at(s.path(), &["check", "--format", "json"]).code_is(2);
    assert_eq!(run.json()["ok"], false);
    let found = findings(&run);
    assert_eq!(found.len(), 3, "{found:#?}");
    for (file, line, column, message) in expected {
        let f = found
            .iter()
            .find(|f| f["file"] == file && f["line"] == line)
            .unwrap_or_else(|| panic!("{file}:{line} in {found:#?}"));
        assert_eq!(f["code"], "definition");
        assert_eq!(f["severity"], "error");
        let text = f["message"].as_str().unwrap();
        assert!(text.contains(message), "{text}");
        assert!(text.contains(&format!("{file}:{line}:{column}")), "{text}");
    }

    let run = ritme_at(s.path(), &["check", "--format", "github"]).code_is(2);
    for (file, line, column, _) in expected {
        let prefix =
            format!("::error file={file},line={line},col={column},title=ritme definition::");
        assert!(
            run.stdout().lines().any(|l| l.starts_with(&prefix)),
            "{}",
            run.stdout()
        );
    }

    let run = ritme_at(s.path(), &["check", "--format", "junit"]).code_is(2);
    let xml = run.stdout();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let failures = doc
        .descendants()
        .filter(|n| n.has_tag_name("failure"))
        .count();
    assert_eq!(failures, 3, "{xml}");

    let run = ritme_at(s.path(), &["check"]).code_is(2);
    for (file, line, column, message) in expected {
        assert!(
            run.stderr()
                .contains(&format!("{message} in {file}:{line}:{column}")),
            "{}",
            run.stderr()
        );
    }
    assert!(run
        .stderr()
        .contains("3 errors in the calendar's definitions"));
}

#[test]
fn without_a_database_check_plans_in_memory_and_writes_nothing() {
    let s = Scratch::fixture("check-empty_week");
    s.ritme(&["check"]).code_is(1);
    assert!(!s.path().join("ritme.db").exists());
}

#[test]
fn with_db_check_reads_the_stored_plan_its_edits_and_orphans() {
    let s = Scratch::fixture("check-orphan");
    s.ritme(&["plan"]).ok();
    let db = s.path().join("ritme.db");
    let db_arg = db.to_str().unwrap();
    let run = s.ritme(&["--db", db_arg, "check", "--format", "json"]).ok();
    assert!(findings(&run).is_empty());
    // The edit (no owner) is in the stored plan and in ritme.lock, so check
    // sees it with or without --db (SPEC section 10).
    s.ritme(&["unassign", "format/donderdagtip/2026-12-10"])
        .ok();
    for args in [
        &["--db", db_arg, "check", "--format", "json"][..],
        &["check", "--format", "json"][..],
    ] {
        let run = s.ritme(args).ok();
        let codes: Vec<_> = findings(&run).iter().map(|f| f["code"].clone()).collect();
        assert_eq!(codes, ["unassigned"], "{args:?}");
    }

    s.write("formats.toml", "");
    s.ritme(&["plan"]).ok();
    let run = s.ritme(&["--db", db_arg, "check", "--format", "json"]).ok();
    let found = findings(&run);
    let got: Vec<_> = found
        .iter()
        .map(|f| (f["code"].clone(), f["item"].clone()))
        .collect();
    assert_eq!(
        got,
        [
            (
                serde_json::json!("unassigned"),
                serde_json::json!("format/donderdagtip/2026-12-10")
            ),
            (
                serde_json::json!("orphan"),
                serde_json::json!("format/donderdagtip/2026-12-10")
            ),
        ]
    );
    // Skipping keeps the orphan; reset is what drops it.
    let orphan = found[1]["message"].as_str().unwrap();
    assert!(
        orphan.ends_with("restore the definition, or drop the item with `ritme reset format/donderdagtip/2026-12-10` (its history stays)"),
        "{orphan}"
    );
}

#[test]
fn check_without_a_calendar_is_a_usage_error() {
    let s = Scratch::empty();
    let run = ritme_at(s.path(), &["check"]).code_is(2);
    assert!(run.stderr().contains("no ritme.toml"), "{}", run.stderr());
}

#[test]
fn the_ci_recipes_run_on_a_clean_clone_and_export_the_managers_feeds() {
    // The manager plans, edits and exports, and commits the calendar with
    // its lock (not the database).
    let manager = Scratch::fixture("check-clean");
    manager.write(".gitignore", "ritme.db*\npublic/\n");
    let at = |args: &[&str]| ritme_at(manager.path(), args).ok();
    at(&["plan"]);
    let list = at(&["list", "--format", "json"]).json();
    let item = &list.as_array().unwrap()[2];
    let key = item["key"].as_str().unwrap().to_string();
    // An edit only the lock carries to the clone: the item a day later.
    let date = chrono::NaiveDate::parse_from_str(item["date"].as_str().unwrap(), "%Y-%m-%d")
        .unwrap()
        .succ_opt()
        .unwrap()
        .to_string();
    at(&["move", &key, &date]);
    at(&["export", "ics", "--out", "public/"]);
    let git = |dir: &std::path::Path, args: &[&str]| {
        let out = std::process::Command::new("git")
            .current_dir(dir)
            .args(["-c", "user.name=T", "-c", "user.email=t@example.org"])
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    git(manager.path(), &["init", "-q"]);
    git(manager.path(), &["add", "-A"]);
    git(manager.path(), &["commit", "-qm", "calendar"]);
    let ci = Scratch::empty();
    let clone = ci.path().join("clone");
    git(
        ci.path(),
        &[
            "clone",
            "-q",
            manager.path().to_str().unwrap(),
            clone.to_str().unwrap(),
        ],
    );
    let mut ran = 0;
    for file in ["github-actions.yml", "gitlab-ci.yml"] {
        let text = std::fs::read_to_string(root().join("examples/ci").join(file)).unwrap();
        for needed in [
            "ritme plan --locked",
            "ritme check",
            "ritme export ics --out public/",
        ] {
            assert!(text.contains(needed), "{file} lacks {needed}");
        }
        for line in text.lines() {
            // Shell lines: `run: ritme ...` (GitHub) or `- ritme ...` (GitLab).
            let code = line.split('#').next().unwrap().trim();
            let Some(command) = code
                .strip_prefix("run: ")
                .or_else(|| code.strip_prefix("- "))
                .filter(|c| c.starts_with("ritme "))
            else {
                continue;
            };
            let command = command.split(['>', '|']).next().unwrap().trim();
            if command.contains('$') {
                continue;
            }
            let args: Vec<&str> = command.split_whitespace().skip(1).collect();
            ritme_at(&clone, &args).ok();
            ran += 1;
        }
        // The feeds of the clean clone are the manager's, byte for byte.
        let files = |dir: &Path| {
            let mut out = Vec::new();
            let mut todo = vec![dir.to_path_buf()];
            while let Some(d) = todo.pop() {
                for entry in std::fs::read_dir(&d).unwrap() {
                    let path = entry.unwrap().path();
                    if path.is_dir() {
                        todo.push(path);
                    } else {
                        let name = path.strip_prefix(dir).unwrap().to_path_buf();
                        out.push((name, std::fs::read(&path).unwrap()));
                    }
                }
            }
            out.sort();
            out
        };
        let (ours, theirs) = (
            files(&manager.path().join("public")),
            files(&clone.join("public")),
        );
        assert!(ours.len() >= 4, "{} feeds", ours.len());
        assert_eq!(ours.len(), theirs.len());
        for ((a, x), (b, y)) in ours.iter().zip(&theirs) {
            assert_eq!(a, b);
            assert!(x == y, "{a:?} differs");
        }
        std::fs::remove_dir_all(clone.join("public")).unwrap();
    }
    assert!(ran >= 8, "only {ran} ritme commands found");
    // The edit reached the clone through the lock alone.
    let moved = ritme_at(&clone, &["list", "--format", "json"]).ok().json();
    let moved = moved
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["key"] == key.as_str())
        .unwrap();
    assert_eq!(moved["date"], date.as_str());
    // The clone wrote no lock change and needs no database in git.
    git(&clone, &["diff", "--exit-code"]);
}

/// `check --format json` on `dir` at `today`: its output, its notes and
/// its exit code.
fn checked_at(dir: &Path, today: &str) -> (String, String, i32) {
    let run = ritme_in(
        dir,
        &[
            "--today", today, "check", "--format", "json", "--weeks", "26",
        ],
    );
    (run.stdout(), run.stderr(), run.code())
}

/// [`checked_at`] of `dir`, which holds a `ritme.db`, asserting that
/// `check` says the same with the database moved away (as in a fresh
/// clone; it is put back after).
fn same_without_database(dir: &Path, today: &str, what: &str) -> (String, String, i32) {
    let db = dir.join("ritme.db");
    let away = dir.join("ritme.db.away");
    let with_database = checked_at(dir, today);
    std::fs::rename(&db, &away).unwrap();
    let without = checked_at(dir, today);
    std::fs::rename(&away, &db).unwrap();
    assert_eq!(without, with_database, "{what}");
    with_database
}

/// Without `--db` or a database file, `check` works its plan out without a
/// database (a first plan with no lock, or a current lock as it stands);
/// with a database file it plans into one in memory. Both must judge the
/// same plan, week after week: a first plan, a re-planned lock, an edit,
/// a change to the TOML, an orphan.
#[test]
fn check_without_a_database_judges_what_a_planned_database_holds_week_by_week() {
    let mut fixtures: Vec<std::path::PathBuf> = std::fs::read_dir(root().join("tests/fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with("check-") && name != "check-definition"
        })
        .collect();
    fixtures.sort();
    fixtures.extend(["spine", "due", "fairness", "people-pool"].map(fixture));
    fixtures.push(voorbeeld());
    let mut judged = 0;
    for from in &fixtures {
        let fresh = Scratch::copy_of(from);
        let planned = Scratch::copy_of(from);
        for (week, today) in ["2026-11-23", "2026-11-30", "2026-12-21", "2027-01-04"]
            .into_iter()
            .enumerate()
        {
            // The TOML changes in the third week: a day the office closes.
            if week == 2 {
                for s in [&fresh, &planned] {
                    let root = s.read("ritme.toml");
                    s.write(
                        "ritme.toml",
                        &format!("{root}\n[[blackout]]\nid = \"dicht\"\nname = \"Dicht\"\ndate = 2027-01-06\n"),
                    );
                }
            }
            // A first plan: no lock, no database, against a database whose
            // lock is gone (planned again from nothing, in memory).
            let first = checked_at(fresh.path(), today);
            ritme_in(planned.path(), &["--today", today, "plan"]).ok();
            let lock = planned.path().join("ritme.lock");
            let kept = std::fs::read(&lock).unwrap();
            std::fs::remove_file(&lock).unwrap();
            assert_eq!(
                checked_at(planned.path(), today),
                first,
                "{from:?} {today}: first plan"
            );
            std::fs::write(&lock, kept).unwrap();
            // The lock just planned, with an edit from the second week on.
            if week == 1 {
                let keys = keys(&ritme_in(
                    planned.path(),
                    &["--today", today, "list", "--format", "json"],
                ));
                if let Some(key) = keys.iter().find(|k| k.starts_with("format/")) {
                    ritme_in(planned.path(), &["--today", today, "unassign", key]);
                }
            }
            let checked = same_without_database(
                planned.path(),
                today,
                &format!("{from:?} {today}: the lock"),
            );
            judged += usize::from(checked.0.contains("\"code\""));
        }
    }
    // Not a comparison of empty outputs.
    assert!(judged > 20, "{judged}");
    // An orphan: an edited item whose definition is gone, kept in the lock.
    let s = Scratch::fixture("check-orphan");
    s.ritme(&["plan"]).ok();
    s.ritme(&["unassign", "format/donderdagtip/2026-12-10"])
        .ok();
    s.write("formats.toml", "");
    s.ritme(&["plan"]).ok();
    let checked = same_without_database(s.path(), "2026-11-23", "an orphan");
    assert!(checked.0.contains("\"orphan\""), "{}", checked.0);
}

/// `ritme reviewed` records the review in the lock and leaves the page's
/// next review for `plan` to add: the lock's definitions are the same, yet
/// it holds less than a plan would store. `check` judges what `plan` would
/// store, with or without a database file.
#[test]
fn after_reviewed_check_judges_the_next_review_with_or_without_a_database() {
    let s = Scratch::copy_of(&voorbeeld());
    // dana reviews ict-helpdesk, and is away when its next review falls.
    let people = s.read("mensen.toml");
    let away = people.replacen(
        "  { from = 2027-02-15, until = 2027-02-19 },",
        "  { from = 2027-02-15, until = 2027-02-19 },\n  { from = 2027-03-01, until = 2027-03-05 },",
        1,
    );
    assert_ne!(away, people);
    s.write("mensen.toml", &away);
    ritme_in(s.path(), &["--today", "2026-12-03", "plan"]).ok();
    ritme_in(
        s.path(),
        &[
            "--today",
            "2026-12-03",
            "reviewed",
            "ict-helpdesk",
            "--date",
            "2026-12-01",
        ],
    )
    .ok();
    let checked = same_without_database(s.path(), "2026-12-03", "after reviewed");
    assert_eq!(checked.2, 1, "{}", checked.0);
    assert!(
        checked.0.contains("review/ict-helpdesk/2027-03-01"),
        "{}",
        checked.0
    );
}
