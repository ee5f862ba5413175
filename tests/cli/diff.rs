//! `ritme diff` (SPEC section 10, "Review in pull requests"): real git
//! repositories in temporary directories, each kind of change, the
//! grouping per person, findings introduced and resolved, the markdown and
//! JSON a pull request sees, and every bad input.

use crate::support::*;

/// The spine fixture planned and committed: a repository with one commit.
fn committed() -> Scratch {
    let s = Scratch::fixture("spine");
    s.write(".gitignore", "ritme.db*\n");
    s.ritme(&["plan"]).ok();
    git(s.path(), &["init", "-q"]);
    commit(&s, "the calendar");
    s
}

fn commit(s: &Scratch, message: &str) {
    git(s.path(), &["add", "-A"]);
    git(s.path(), &["commit", "-qm", message]);
}

/// Replaces the first `from` in `file` by `to`.
fn edit(s: &Scratch, file: &str, from: &str, to: &str) {
    let text = s.read(file);
    assert!(text.contains(from), "{file} has no {from:?}");
    s.write(file, &text.replacen(from, to, 1));
}

/// The item with `key` in a JSON diff.
fn item<'j>(json: &'j serde_json::Value, key: &str) -> &'j serde_json::Value {
    json["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["key"] == key)
        .unwrap_or_else(|| panic!("no {key} in {json:#}"))
}

/// The person's entry in a JSON diff.
fn person<'j>(json: &'j serde_json::Value, id: &str) -> &'j serde_json::Value {
    json["people"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["person"] == id)
        .unwrap_or_else(|| panic!("no {id} in {json:#}"))
}

#[test]
fn an_unchanged_calendar_is_no_change() {
    let s = committed();
    let run = s.ritme(&["diff"]).ok();
    assert!(
        run.stdout()
            .starts_with("no change to the plan (HEAD → working tree"),
        "{}",
        run.stdout()
    );
    assert_eq!(run.stderr(), "");
}

#[test]
fn a_weekday_change_moves_items_and_writes_nothing() {
    let s = committed();
    let lock = std::fs::read(s.path().join("ritme.lock")).unwrap();
    let db = std::fs::read(s.path().join("ritme.db")).unwrap();
    edit(&s, "formats/week.toml", "on = [\"fri\"]", "on = [\"thu\"]");
    let run = s.ritme(&["diff", "--format", "json"]).ok();
    let json = run.json();
    let moved = item(&json, "format/vrijdagvraag/2026-12-03");
    assert_eq!(moved["was"], "format/vrijdagvraag/2026-12-04");
    assert_eq!(moved["changes"], serde_json::json!(["moved"]));
    assert_eq!(moved["before"]["date"], "2026-12-04");
    assert_eq!(moved["after"]["date"], "2026-12-03");
    assert_eq!(json["counts"]["added"], 0, "{json:#}");
    assert_eq!(json["counts"]["removed"], 0);
    // The working tree's lock is behind its TOML: planned in memory, said.
    assert_eq!(json["head"]["behind"], true);
    assert_eq!(json["base"]["behind"], false);
    let text = s.ritme(&["diff"]).ok().stdout();
    assert!(text.starts_with("17 items moved; 0 findings"), "{text}");
    assert!(
        text.contains("note: working tree: ritme.lock is behind the TOML"),
        "{text}"
    );
    // Nothing written: not the lock, not the database.
    assert_eq!(std::fs::read(s.path().join("ritme.lock")).unwrap(), lock);
    assert_eq!(std::fs::read(s.path().join("ritme.db")).unwrap(), db);
}

#[test]
fn a_time_change_retimes_items() {
    let s = committed();
    edit(
        &s,
        "formats/week.toml",
        "time = \"09:00\"",
        "time = \"09:30\"",
    );
    let json = s.ritme(&["diff", "--format", "json"]).ok().json();
    let retimed = item(&json, "format/maandagmomentje/2026-11-30");
    assert_eq!(retimed["changes"], serde_json::json!(["retimed"]));
    assert_eq!(retimed["before"]["time"], "09:00");
    assert_eq!(retimed["after"]["time"], "09:30");
    assert_eq!(
        json["counts"]["retimed"],
        json["counts"]["moved"].as_u64().unwrap() + 18
    );
    assert!(person(&json, "anna")["retimed"].as_array().unwrap().len() == 18);
}

#[test]
fn a_removed_format_removes_its_items() {
    let s = committed();
    let text = s.read("formats/week.toml");
    let start = text.find("[[format]]\nid = \"tweewekelijks\"").unwrap();
    let end = start + 1 + text[start + 1..].find("[[format]]").unwrap();
    s.write(
        "formats/week.toml",
        &format!("{}{}", &text[..start], &text[end..]),
    );
    let json = s.ritme(&["diff", "--format", "json"]).ok().json();
    let gone = &json["items"][0];
    assert!(
        gone["key"]
            .as_str()
            .unwrap()
            .starts_with("format/tweewekelijks/"),
        "{json:#}"
    );
    assert_eq!(gone["changes"], serde_json::json!(["removed"]));
    assert_eq!(gone["after"], serde_json::Value::Null);
    let anna = person(&json, "anna");
    assert_eq!(
        anna["removed"].as_array().unwrap().len(),
        json["counts"]["removed"].as_u64().unwrap() as usize
    );
    assert!(
        anna["summary"]
            .as_str()
            .unwrap()
            .starts_with("anna: -10 items"),
        "{anna}"
    );
}

#[test]
fn a_status_edit_changes_the_status_and_the_lock_is_current() {
    let s = committed();
    s.ritme(&["status", "format/maandagmomentje/2026-11-30", "ready"])
        .ok();
    let json = s.ritme(&["diff", "--format", "json"]).ok().json();
    assert_eq!(
        json["summary"],
        "1 item status changed; 0 findings introduced, 0 resolved"
    );
    let changed = item(&json, "format/maandagmomentje/2026-11-30");
    assert_eq!(changed["before"]["status"], "planned");
    assert_eq!(changed["after"]["status"], "ready");
    assert_eq!(json["head"]["behind"], false);
}

/// Another owner, committed without `plan`: HEAD's lock is behind, and
/// each item that changes hands is under both people. (A rotation list
/// changed on stored items keeps their owners in `plan` today, so the
/// owner is what changes here.)
fn rotated() -> Scratch {
    let s = committed();
    edit(
        &s,
        "formats/week.toml",
        "from = 2026-01-07\nowner = \"anna\"",
        "from = 2026-01-07\nowner = \"bert\"",
    );
    // Room for bert, or the rotation passes him over.
    edit(
        &s,
        "people.toml",
        "name = \"Bert Jansen\"",
        "name = \"Bert Jansen\"\ncapacity = 5",
    );
    commit(&s, "bert takes tweewekelijks");
    s
}

#[test]
fn an_owner_change_reassigns_under_both_people() {
    let s = rotated();
    let json = s
        .ritme(&["diff", "HEAD~1", "HEAD", "--format", "json"])
        .ok()
        .json();
    assert_eq!(json["head"]["behind"], true);
    assert_eq!(json["base"]["revision"], "HEAD~1");
    let bert = person(&json, "bert");
    let anna = person(&json, "anna");
    let given = bert["given"].as_array().unwrap();
    assert!(!given.is_empty(), "{json:#}");
    assert_eq!(given, anna["taken"].as_array().unwrap());
    for key in given {
        let it = item(&json, key.as_str().unwrap());
        assert_eq!(it["changes"], serde_json::json!(["reassigned"]));
        assert_eq!(it["before"]["owner"], "anna");
        assert_eq!(it["after"]["owner"], "bert");
    }
    // Only bert: his items, no one else's.
    let only = s
        .ritme(&[
            "diff", "HEAD~1", "HEAD", "--format", "json", "--person", "bert",
        ])
        .ok()
        .json();
    assert_eq!(only["people"].as_array().unwrap().len(), 1, "{only:#}");
}

#[test]
fn markdown_for_a_pull_request() {
    let s = rotated();
    let md = s
        .ritme(&[
            "diff",
            "HEAD~1",
            "HEAD",
            "--format",
            "markdown",
            "--until",
            "2027-01-31",
        ])
        .ok()
        .stdout();
    assert!(md.starts_with("<!-- ritme-diff -->\n"), "{md}");
    insta::assert_snapshot!("diff_reassigned_markdown", md);
}

#[test]
fn json_for_bots() {
    let s = rotated();
    let mut json = s
        .ritme(&[
            "diff",
            "HEAD~1",
            "HEAD",
            "--format",
            "json",
            "--until",
            "2027-01-31",
        ])
        .ok()
        .stdout();
    for rev in ["HEAD~1", "HEAD"] {
        let commit = git(s.path(), &["rev-parse", rev]);
        json = json.replace(commit.trim(), &format!("[{rev}]"));
    }
    insta::assert_snapshot!("diff_reassigned_json", json);
}

#[test]
fn findings_introduced_and_resolved() {
    let s = committed();
    edit(&s, "people.toml", "capacity = 3", "capacity = 1");
    commit(&s, "anna does less");
    let json = s
        .ritme(&["diff", "HEAD~1", "HEAD", "--format", "json"])
        .ok()
        .json();
    let introduced = json["findings"]["introduced"].as_array().unwrap();
    assert!(
        introduced
            .iter()
            .any(|f| f["code"] == "overload" && f["person"] == "anna"),
        "{json:#}"
    );
    assert_eq!(json["findings"]["resolved"], serde_json::json!([]));
    let back = s
        .ritme(&["diff", "HEAD", "HEAD~1", "--format", "json"])
        .ok()
        .json();
    assert_eq!(
        back["findings"]["resolved"].as_array().unwrap().len(),
        introduced.len()
    );
    let text = s.ritme(&["diff", "HEAD~1", "HEAD"]).ok().stdout();
    assert!(text.contains("  introduced error overload "), "{text}");
}

#[test]
fn outside_a_git_repository_is_a_usage_error() {
    let s = Scratch::fixture("spine");
    let run = s.ritme(&["diff"]).code_is(2);
    assert!(
        run.stderr().contains("is not in a git repository"),
        "{}",
        run.stderr()
    );
}

#[test]
fn an_unknown_revision_is_a_usage_error() {
    let s = committed();
    let run = s.ritme(&["diff", "nosuchbranch"]).code_is(2);
    assert!(
        run.stderr().contains("unknown revision \"nosuchbranch\""),
        "{}",
        run.stderr()
    );
}

#[test]
fn a_revision_without_the_calendar_directory_is_a_usage_error() {
    let s = Scratch::fixture("spine");
    let kal = s.path().join("kal");
    std::fs::create_dir(&kal).unwrap();
    for entry in std::fs::read_dir(s.path()).unwrap() {
        let path = entry.unwrap().path();
        if path != kal {
            std::fs::rename(&path, kal.join(path.file_name().unwrap())).unwrap();
        }
    }
    s.write("README.md", "the intranet\n");
    git(s.path(), &["init", "-q"]);
    git(s.path(), &["add", "README.md"]);
    git(s.path(), &["commit", "-qm", "readme"]);
    commit(&s, "the calendar, in kal/");
    let run = ritme_in(&kal, &["diff", "HEAD~1", "HEAD"]).code_is(2);
    assert!(
        run.stderr()
            .contains("revision \"HEAD~1\" has no calendar at kal/"),
        "{}",
        run.stderr()
    );
    // From the subdirectory, the calendar at HEAD is found where it is.
    let run = ritme_in(&kal, &["diff"]).ok();
    assert!(
        run.stdout().starts_with("no change to the plan"),
        "{}",
        run.stdout()
    );
}

#[test]
fn a_side_with_bad_definitions_names_its_revision() {
    let s = committed();
    edit(
        &s,
        "formats/week.toml",
        "owner = \"bert\"",
        "owner = \"brt\"",
    );
    commit(&s, "a typo");
    let run = s.ritme(&["diff", "HEAD~1", "HEAD"]).code_is(2);
    assert!(
        run.stderr()
            .contains("unknown person \"brt\" in HEAD:formats/week.toml:"),
        "{}",
        run.stderr()
    );
    assert!(
        run.stderr().contains("did you mean \"bert\"?"),
        "{}",
        run.stderr()
    );
}

#[test]
fn an_unknown_person_suggests_the_near_miss() {
    let s = committed();
    let run = s.ritme(&["diff", "--person", "ana"]).code_is(2);
    assert!(
        run.stderr()
            .contains("unknown person \"ana\" (did you mean \"anna\"?)"),
        "{}",
        run.stderr()
    );
}

/// The recipes' `ritme diff` lines run as this ritme understands them
/// (their revisions replaced by HEAD), and they find their comment by the
/// first line the markdown has.
#[test]
fn the_ci_examples_run_diff_and_find_their_comment() {
    let s = committed();
    let mut ran = 0;
    for file in ["github-actions.yml", "gitlab-ci.yml"] {
        let text = std::fs::read_to_string(root().join("examples/ci").join(file)).unwrap();
        assert!(
            text.contains("startswith(\"<!-- ritme-diff -->\")"),
            "{file}"
        );
        let mut joined = text.replace("\\\n", " ");
        // GitHub's expressions hold spaces: each becomes one argument.
        while let Some(at) = joined.find("\"${{") {
            let end = at + joined[at..].find("}}\"").unwrap() + 3;
            joined.replace_range(at..end, "\"$REV\"");
        }
        for line in joined.lines().filter(|l| !l.trim_start().starts_with('#')) {
            let Some(at) = line.find("ritme diff") else {
                continue;
            };
            let command = line[at..].split(['>', '|']).next().unwrap().trim();
            let args: Vec<&str> = command
                .split_whitespace()
                .skip(1)
                .map(|a| if a.starts_with("\"$") { "HEAD" } else { a })
                .collect();
            let md = s.ritme(&args).ok().stdout();
            assert!(md.starts_with("<!-- ritme-diff -->\n"), "{file}: {md}");
            ran += 1;
        }
    }
    assert_eq!(ran, 2);
}

/// A side whose lock is current is read from the lock without a database;
/// a side whose lock is behind is planned into one. Both must give the
/// stored plan `ritme plan` makes: week by week, with an edit of each kind
/// committed each week, a working tree whose only change is a format's
/// description (which no fact `diff` compares depends on, but which puts
/// its lock behind) shows no change against HEAD.
#[test]
fn a_lock_read_without_a_database_gives_what_a_planned_database_gives_week_by_week() {
    let s = committed();
    let weeks: [(&str, &[&str]); 4] = [
        (
            "2026-11-23",
            &["note", "format/vrijdagvraag/2026-11-27", "met foto"],
        ),
        (
            "2026-11-30",
            &[
                "move",
                "format/maandagmomentje/2026-12-07",
                "2026-12-08",
                "10:00",
            ],
        ),
        (
            "2026-12-07",
            &["assign", "format/vrijdagvraag/2026-12-18", "anna"],
        ),
        (
            "2026-12-14",
            &["status", "format/maandagmomentje/2026-12-14", "published"],
        ),
    ];
    for (today, edit_args) in weeks {
        s.ritme(&["--today", today, "plan"]).ok();
        s.ritme(&[&["--today", today][..], edit_args].concat()).ok();
        commit(&s, today);
        edit(
            &s,
            "formats/week.toml",
            "title = \"Maandagmomentje\"\n",
            "title = \"Maandagmomentje\"\ndescription = \"Een moment om de week mee te beginnen.\"\n",
        );
        let json = s
            .ritme(&["--today", today, "diff", "--format", "json"])
            .ok()
            .json();
        assert_eq!(json["base"]["behind"], false, "{today}: {json:#}");
        assert_eq!(json["head"]["behind"], true, "{today}: {json:#}");
        assert_eq!(
            json["summary"], "no change to the plan",
            "{today}: {json:#}"
        );
        assert_eq!(json["items"], serde_json::json!([]), "{today}");
        assert_eq!(
            json["findings"]["introduced"],
            serde_json::json!([]),
            "{today}"
        );
        assert_eq!(
            json["findings"]["resolved"],
            serde_json::json!([]),
            "{today}"
        );
        git(s.path(), &["checkout", "-q", "--", "formats/week.toml"]);
    }
}

/// Two sides read from the same definitions and the same current lock (a
/// commit that touches no calendar file) are not planned (`plan_both`):
/// they answer what two planned sides answer when nothing an item or a
/// finding depends on changed, here a description added and planned,
/// byte for byte in every format once the commit is the same.
#[test]
fn sides_read_from_the_same_files_answer_as_two_planned_sides() {
    let s = committed();
    s.write("README.md", "The calendar of the team.\n");
    commit(&s, "a readme, no calendar file");
    let same = git(s.path(), &["rev-parse", "HEAD"]);
    edit(
        &s,
        "formats/week.toml",
        "title = \"Maandagmomentje\"\n",
        "title = \"Maandagmomentje\"\ndescription = \"Een moment om de week mee te beginnen.\"\n",
    );
    s.ritme(&["plan"]).ok();
    commit(&s, "a description, planned");
    let planned = git(s.path(), &["rev-parse", "HEAD"]);
    for extra in [&[][..], &["--person", "anna"], &["--weeks", "30"]] {
        for format in ["text", "markdown", "json"] {
            let run = |head: &str| {
                git(s.path(), &["tag", "-f", "head", head.trim()]);
                let args = [&["diff", "HEAD~2", "head", "--format", format][..], extra].concat();
                s.ritme(&args).ok().stdout()
            };
            let unplanned = run(&same);
            let full = run(&planned).replace(planned.trim(), same.trim());
            assert_eq!(unplanned, full, "{format} {extra:?}");
        }
    }
}

/// Sides with the same files that are not planned are still read: a lock
/// that cannot be read fails them as it fails planned sides, naming the
/// base side's lock.
#[test]
fn sides_with_the_same_broken_lock_fail_on_the_base_side() {
    let s = committed();
    let lock = s.read("ritme.lock");
    s.write("ritme.lock", &format!("{lock}[broken\n"));
    commit(&s, "a broken lock");
    s.write("README.md", "The calendar of the team.\n");
    commit(&s, "a readme, no calendar file");
    let run = s.ritme(&["diff", "HEAD~1", "HEAD"]).code_is(2);
    assert!(
        run.stderr().contains("HEAD~1:ritme.lock:") && run.stderr().contains("broken item line"),
        "{}",
        run.stderr()
    );
}

/// After `ritme reviewed` the lock holds the review but not the page's next
/// one, which `plan` adds: `diff` compares with what `plan` would store,
/// so running `plan` first changes nothing it shows.
#[test]
fn a_review_recorded_but_not_planned_diffs_as_planned() {
    let s = Scratch::copy_of(&voorbeeld());
    s.write(".gitignore", "ritme.db*\n");
    let at = |args: &[&str]| {
        let mut all = vec!["--today", "2026-12-03"];
        all.extend_from_slice(args);
        ritme_in(s.path(), &all)
    };
    at(&["plan"]).ok();
    git(s.path(), &["init", "-q"]);
    commit(&s, "the calendar");
    at(&["reviewed", "ict-helpdesk", "--date", "2026-12-01"]).ok();
    let recorded = at(&["diff", "--format", "json"]).ok().json();
    let next = item(&recorded, "review/ict-helpdesk/2027-03-01");
    assert_eq!(next["after"]["date"], "2027-03-01", "{recorded:#}");
    at(&["plan"]).ok();
    assert_eq!(at(&["diff", "--format", "json"]).ok().json(), recorded);
}
