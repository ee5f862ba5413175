//! `ritme agenda --since DATE|REV` (SPEC section 12): what changed for a
//! person or a team since a git revision, in real repositories whose
//! commits carry fixed dates. Today is Monday 2026-11-23.

use crate::support::*;

/// The `due` fixture without a freeze in git, three commits, each planned
/// and its lock committed:
/// - 2026-11-02 00:30 in Amsterdam (23:30 UTC the day before): as it is;
/// - 2026-11-09 at midnight in Amsterdam: Maandagmomentje moves from Monday to Tuesday (anna), and
///   the one-off `nieuwjaar` (anna) is taken out;
/// - 2026-11-16: HR-nieuws goes from chris to anna, and a new one-off
///   `lunch` is bert's.
fn history() -> Scratch {
    let s = Scratch::fixture("due");
    // Owner changes here take effect at once: the freeze has its own tests.
    let toml = s
        .read("ritme.toml")
        .replacen("[rules]\n", "[rules]\nfreeze = \"0d\"\n", 1);
    s.write("ritme.toml", &toml);
    s.write(".gitignore", "ritme.db*\n");
    git(s.path(), &["init", "-q"]);
    commit(&s, "2026-11-01T23:30:00Z", "the calendar");
    let toml = s.read("ritme.toml");
    let toml = toml.replacen("on = [\"mon\"]", "on = [\"tue\"]", 1);
    let cut = toml.find("# Three days before").unwrap();
    s.write("ritme.toml", &toml[..cut]);
    commit(&s, "2026-11-08T23:00:00Z", "Tuesdays, no new year's item");
    let toml = s.read("ritme.toml").replacen(
        "owner = \"chris\"",
        "owner = \"anna\"",
        1,
    ) + "\n[[item]]\nid = \"lunch\"\ntitle = \"Lunch met HR\"\ndate = 2026-12-10\nowner = \"bert\"\n";
    s.write("ritme.toml", &toml);
    commit(&s, "2026-11-16T09:00:00Z", "HR-nieuws to anna, a lunch");
    s
}

/// Plans, and commits everything dated `when`.
fn commit(s: &Scratch, when: &str, message: &str) {
    s.ritme(&["-q", "plan"]).ok();
    git_at(when, s.path(), &["add", "-A"]);
    git_at(when, s.path(), &["commit", "-qm", message]);
}

/// `(change, key, person)` of `--since` in a JSON agenda.
fn changes(json: &serde_json::Value) -> Vec<(String, String, String)> {
    json["since"]["changes"]
        .as_array()
        .unwrap_or_else(|| panic!("no since.changes in {json:#}"))
        .iter()
        .map(|c| {
            let s = |f: &str| c[f].as_str().unwrap().to_string();
            (s("change"), s("key"), s("person"))
        })
        .collect()
}

/// The change of `key` in a JSON agenda.
fn change_of<'j>(json: &'j serde_json::Value, key: &str) -> &'j serde_json::Value {
    json["since"]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["key"] == key)
        .unwrap_or_else(|| panic!("no {key} in {json:#}"))
}

fn agenda_json(s: &Scratch, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["agenda", "--format", "json"];
    all.extend_from_slice(args);
    s.ritme(&all).ok().json()
}

fn kinds(changes: &[(String, String, String)]) -> Vec<&str> {
    let mut k: Vec<&str> = changes.iter().map(|c| c.0.as_str()).collect();
    k.sort_unstable();
    k.dedup();
    k
}

#[test]
fn since_a_revision_anna_sees_what_moved_was_given_and_taken_away() {
    let s = history();
    let json = agenda_json(&s, &["anna", "--since", "HEAD~2"]);
    let found = changes(&json);
    assert_eq!(kinds(&found), ["given", "moved", "taken_away"], "{found:?}");
    let anna = |kind: &str, key: &str| (kind.into(), key.into(), "anna".into());
    // Monday 2026-11-30 became Tuesday 2026-12-01, under its new key.
    assert!(found.contains(&anna("moved", "format/maandagmomentje/2026-12-01")));
    let moved = change_of(&json, "format/maandagmomentje/2026-12-01");
    assert_eq!(moved["was"], "format/maandagmomentje/2026-11-30");
    assert_eq!(moved["before"]["date"], "2026-11-30");
    assert_eq!(moved["after"]["date"], "2026-12-01");
    assert!(found.contains(&anna("given", "format/hr-nieuws/2026-11-25")));
    assert!(found.contains(&anna("taken_away", "item/nieuwjaar")));
    let nieuwjaar = change_of(&json, "item/nieuwjaar");
    assert_eq!(nieuwjaar["after"], serde_json::Value::Null);
    assert_eq!(json["since"]["revision"], "HEAD~2");
    assert_eq!(
        json["since"]["commit"],
        git(s.path(), &["rev-parse", "HEAD~2"]).trim()
    );
    // The same reading as `ritme diff HEAD~2 --person anna`.
    let diff = s
        .ritme(&["diff", "HEAD~2", "--person", "anna", "--format", "json"])
        .ok()
        .json();
    let person = &diff["people"][0];
    let keys_of = |kind: &str| -> Vec<String> {
        let mut k: Vec<String> = found
            .iter()
            .filter(|c| c.0 == kind)
            .map(|c| c.1.clone())
            .collect();
        k.sort();
        k
    };
    let listed = |fields: &[&str]| -> Vec<String> {
        let mut k: Vec<String> = fields
            .iter()
            .flat_map(|f| person[*f].as_array().unwrap().clone())
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        k.sort();
        k.dedup();
        k
    };
    assert_eq!(keys_of("moved"), listed(&["moved", "retimed"]));
    assert_eq!(keys_of("given"), listed(&["given"]));
    assert_eq!(keys_of("taken_away"), listed(&["taken", "removed"]));
    assert!(!keys_of("moved").is_empty() && !keys_of("given").is_empty());
}

#[test]
fn since_a_revision_chris_loses_an_item_and_bert_gets_a_new_one() {
    let s = history();
    let chris = changes(&agenda_json(&s, &["chris", "--since", "HEAD~1"]));
    assert!(!chris.is_empty());
    assert_eq!(kinds(&chris), ["taken_away"]);
    let json = agenda_json(&s, &["chris", "--since", "HEAD~1"]);
    assert_eq!(json["since"]["changes"][0]["other"], "anna");
    let text = s
        .ritme(&["agenda", "chris", "--since", "HEAD~1"])
        .ok()
        .stdout();
    assert!(
        text.contains("taken away  Wed 2026-11-25  HR-nieuws  owner, now Anna de Vries  format/hr-nieuws/2026-11-25"),
        "{text}"
    );
    let bert = changes(&agenda_json(&s, &["bert", "--since", "HEAD~1"]));
    assert_eq!(
        bert,
        [("new".into(), "item/lunch".into(), "bert".into())],
        "{bert:?}"
    );
    // Nothing changed since HEAD: the part is there, and empty.
    let json = agenda_json(&s, &["anna", "--since", "HEAD"]);
    assert_eq!(json["since"]["changes"], serde_json::json!([]));
    let text = s
        .ritme(&["agenda", "anna", "--since", "HEAD"])
        .ok()
        .stdout();
    assert!(text.contains("\nChanged since HEAD ("), "{text}");
    assert!(text.ends_with("(0)\n  nothing\n"), "{text}");
    // Without --since there is no such part, and `since` is null.
    let json = agenda_json(&s, &["anna"]);
    assert_eq!(json["since"], serde_json::Value::Null);
    let text = s.ritme(&["agenda", "anna"]).ok().stdout();
    assert!(!text.contains("Changed since"), "{text}");
}

#[test]
fn since_a_date_reads_the_last_commit_before_that_day() {
    let s = history();
    let rev = |r: &str| git(s.path(), &["rev-parse", r]).trim().to_string();
    let commit_of = |day: &str| {
        agenda_json(&s, &["anna", "--since", day])["since"]["commit"]
            .as_str()
            .unwrap()
            .to_string()
    };
    // The commit made at the first second of 2026-11-09 is on that day,
    // not before it.
    assert_eq!(commit_of("2026-11-09"), rev("HEAD~2"));
    assert_eq!(commit_of("2026-11-10"), rev("HEAD~1"));
    assert_eq!(commit_of("2026-11-16"), rev("HEAD~1"));
    assert_eq!(commit_of("2026-11-17"), rev("HEAD"));
    // Since 2026-11-10: only what the 2026-11-16 commit changed for anna.
    let found = changes(&agenda_json(&s, &["anna", "--since", "2026-11-10"]));
    assert_eq!(kinds(&found), ["given"], "{found:?}");
    let json = agenda_json(&s, &["anna", "--since", "2026-11-10"]);
    assert_eq!(json["since"]["revision"], "2026-11-10");
    // The first commit was made at 00:30 on 2026-11-02 in the calendar's
    // time zone (23:30 UTC on the 1st): there is no commit before the 2nd.
    let run = s
        .ritme(&["agenda", "anna", "--since", "2026-11-02"])
        .code_is(2);
    assert_eq!(
        run.stderr(),
        "error: no commit before 2026-11-02 (--since): the first commit is of 2026-11-02\n"
    );
    assert_eq!(run.stdout(), "");
    assert_eq!(commit_of("2026-11-03"), rev("HEAD~2"));
}

#[test]
fn since_for_a_team_shows_its_people_by_name() {
    let s = history();
    let json = agenda_json(&s, &["--team", "hr", "--since", "HEAD~1"]);
    // bert is of HR; chris and anna are not.
    assert_eq!(
        changes(&json),
        [("new".into(), "item/lunch".into(), "bert".into())]
    );
    let md = s
        .ritme(&[
            "agenda", "--team", "hr", "--since", "HEAD~1", "--format", "markdown",
        ])
        .ok()
        .stdout();
    let head = git(s.path(), &["rev-parse", "--short=8", "HEAD~1"]);
    assert!(
        md.contains(&format!(
            "\n**Changed since HEAD~1 ({})** (1)\n\n- new: **Lunch met HR**: Thu 2026-12-10 · owner: Bert Jansen · `item/lunch`\n",
            head.trim()
        )),
        "{md}"
    );
}

#[test]
fn since_in_every_format_and_for_everyone_into_a_directory() {
    let s = history();
    for (format, expect) in [
        ("text", "given  Wed 2026-11-25  HR-nieuws  owner, was Chris Peters  format/hr-nieuws/2026-11-25"),
        ("markdown", "- given: **HR-nieuws**: Wed 2026-11-25 · owner, was Chris Peters"),
        ("html", "<tr><td>given</td><td>HR-nieuws<br><code>format/hr-nieuws/2026-11-25</code></td>"),
        ("json", "\"change\": \"given\""),
    ] {
        let out = s
            .ritme(&["agenda", "anna", "--since", "HEAD~1", "--format", format])
            .ok()
            .stdout();
        assert!(out.contains(expect), "{format}:\n{out}");
    }
    // Chris has nothing left to deliver, but something taken away: with
    // --since he gets a file, without it his file is removed.
    let out = s.path().join("out");
    let out_arg = out.to_str().unwrap();
    let run = s
        .ritme(&[
            "agenda", "--all", "--out", out_arg, "--since", "HEAD~1", "--format", "markdown",
        ])
        .ok();
    assert!(
        run.stderr().contains("3 written, 0 removed"),
        "{}",
        run.stderr()
    );
    let chris = s.read("out/chris.md");
    assert!(chris.contains("Nothing to deliver."), "{chris}");
    assert!(chris.contains("- taken away: **HR-nieuws**"), "{chris}");
    assert_eq!(
        s.read("out/anna.md"),
        s.ritme(&["agenda", "anna", "--since", "HEAD~1", "--format", "markdown"])
            .ok()
            .stdout()
    );
    let run = s
        .ritme(&["agenda", "--all", "--out", out_arg, "--format", "markdown"])
        .ok();
    assert!(
        run.stderr().contains("2 written, 1 removed"),
        "{}",
        run.stderr()
    );
    assert!(!out.join("chris.md").exists());
}

#[test]
fn since_outside_git_or_unknown_is_exit_2_and_writes_nothing() {
    // Not a git repository.
    let s = Scratch::fixture("due");
    let out = s.path().join("out");
    let out_arg = out.to_str().unwrap();
    let run = s
        .ritme(&["agenda", "--all", "--out", out_arg, "--since", "main"])
        .code_is(2);
    let err = run.stderr();
    assert!(
        err.contains("is not in a git repository: `--since` reads git revisions"),
        "{err}"
    );
    assert_eq!(
        err.lines().filter(|l| l.starts_with("error")).count(),
        1,
        "{err}"
    );
    assert!(!out.exists(), "nothing written");
    // An unknown revision.
    let s = history();
    let out = s.path().join("out");
    let out_arg = out.to_str().unwrap();
    let run = s
        .ritme(&["agenda", "--all", "--out", out_arg, "--since", "nosuch"])
        .code_is(2);
    assert_eq!(
        run.stderr(),
        "error: unknown revision \"nosuch\": give a commit, branch or tag of this repository\n"
    );
    assert!(!out.exists(), "nothing written");
    // A date before the first commit, for a person too.
    let run = s
        .ritme(&["agenda", "anna", "--since", "2020-01-01"])
        .code_is(2);
    assert!(
        run.stderr()
            .starts_with("error: no commit before 2020-01-01"),
        "{}",
        run.stderr()
    );
    assert_eq!(run.stdout(), "");
    let run = s
        .ritme(&["agenda", "--all", "--out", out_arg, "--since", "2020-01-01"])
        .code_is(2);
    assert!(run.stderr().contains("no commit before"));
    assert!(!out.exists(), "nothing written");
}
