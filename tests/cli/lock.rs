//! `ritme.lock` (SPEC section 10): the calendar directory is the whole
//! truth, the database is derived from it, git conflicts in the lock are
//! resolved by `plan`, and `plan --locked` tells CI whether it is current.

use crate::support::*;

/// The spine fixture planned, with edits of several kinds.
fn planned_with_edits() -> Scratch {
    let s = Scratch::fixture("spine");
    s.ritme(&["plan"]).ok();
    s.ritme(&["assign", "format/vrijdagvraag/2026-12-04", "anna"])
        .ok();
    s.ritme(&["note", "format/maandagmomentje/2026-12-07", "met foto"])
        .ok();
    s.ritme(&["move", "format/werkgroep/2026-12-08", "2026-12-09", "10:00"])
        .ok();
    s
}

/// Every file `export ics --out` writes (feeds in subfolders too), by path.
fn feeds(s: &Scratch, out: &str) -> Vec<(String, Vec<u8>)> {
    fn walk(dir: &std::path::Path, base: &std::path::Path, files: &mut Vec<(String, Vec<u8>)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, base, files);
            } else {
                let name = path
                    .strip_prefix(base)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                files.push((name, std::fs::read(&path).unwrap()));
            }
        }
    }
    let dir = s.path().join(out);
    s.ritme(&["export", "ics", "--out", dir.to_str().unwrap()])
        .ok();
    let mut files = Vec::new();
    walk(&dir, &dir, &mut files);
    files.sort();
    files
}

#[test]
fn deleting_the_database_changes_no_list_and_no_feed_byte() {
    let s = planned_with_edits();
    let list = s.ritme(&["list", "--format", "json"]).ok().stdout();
    let before = feeds(&s, "feeds-a");
    assert!(
        before.iter().any(|(n, _)| n.ends_with(".ics")),
        "{before:?}"
    );
    std::fs::remove_file(s.path().join("ritme.db")).unwrap();
    let again = s.ritme(&["list", "--format", "json"]).ok().stdout();
    assert_eq!(again, list, "list after deleting ritme.db");
    assert!(again.contains("met foto") && again.contains("2026-12-09"));
    // The feeds of a second deletion, so they too come from a rebuild.
    std::fs::remove_file(s.path().join("ritme.db")).unwrap();
    let after = feeds(&s, "feeds-b");
    assert_eq!(after.len(), before.len());
    for ((name, a), (other, b)) in before.iter().zip(&after) {
        assert_eq!(name, other);
        assert!(a == b, "{name} differs after deleting ritme.db");
    }
}

#[test]
fn a_conflicted_lock_stops_every_command_but_plan_which_merges_it() {
    let s = planned_with_edits();
    let text = s.read("ritme.lock");
    let lines: Vec<&str> = text.lines().collect();
    // The owner line of the item that was assigned by hand, as two clones
    // might have left it: one assigned anna, the other bert, later.
    let key = lines
        .iter()
        .position(|l| *l == "[format/vrijdagvraag/2026-12-04]")
        .unwrap();
    let owner = key
        + lines[key..]
            .iter()
            .position(|l| l.starts_with("owner = "))
            .unwrap();
    let ours = lines[owner];
    assert!(ours.starts_with("owner = \"anna\" @ "), "{ours}");
    let theirs = ours
        .replace("\"anna\"", "\"bert\"")
        .replace("2026-11-23T12:00:00Z", "2026-11-24T08:00:00Z");
    let mut conflicted: Vec<String> = lines[..owner].iter().map(|l| l.to_string()).collect();
    conflicted.extend([
        "<<<<<<< HEAD".to_string(),
        ours.to_string(),
        "=======".to_string(),
        theirs,
        ">>>>>>> other".to_string(),
    ]);
    conflicted.extend(lines[owner + 1..].iter().map(|l| l.to_string()));
    s.write("ritme.lock", &(conflicted.join("\n") + "\n"));
    let marker = owner + 1;

    let run = s.ritme(&["list"]).code_is(2);
    assert!(
        run.stderr().contains(&format!("ritme.lock:{marker}")),
        "names the conflict's line {marker}: {}",
        run.stderr()
    );
    assert!(run.stderr().contains("ritme plan"), "{}", run.stderr());

    let run = s.ritme(&["plan"]).ok();
    assert!(
        run.stderr().contains("format/vrijdagvraag/2026-12-04"),
        "plan reports the field it decided: {}",
        run.stderr()
    );
    let merged = s.read("ritme.lock");
    assert!(!merged.contains("<<<<<<<") && !merged.contains(">>>>>>>"));
    // The later edit wins.
    let list = s.ritme(&["list", "--format", "json"]).ok();
    let item = list
        .json()
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["key"] == "format/vrijdagvraag/2026-12-04")
        .cloned()
        .unwrap();
    assert_eq!(item["owner"], "bert");
}

#[test]
fn plan_locked_passes_on_a_current_lock_and_fails_after_a_toml_change() {
    let s = planned_with_edits();
    let lock = s.read("ritme.lock");
    let db = std::fs::read(s.path().join("ritme.db")).unwrap();
    s.ritme(&["plan", "--locked"]).ok();
    assert_eq!(s.read("ritme.lock"), lock);

    let toml = s.read("formats/week.toml");
    assert!(toml.contains("title = \"Vrijdagvraag\""));
    s.write(
        "formats/week.toml",
        &toml.replace("title = \"Vrijdagvraag\"", "title = \"Vraag van de week\""),
    );
    let run = s.ritme(&["plan", "--locked"]).code_is(1);
    assert!(
        run.stderr().contains("~ format/vrijdagvraag/2026-12-04"),
        "prints the changes: {}",
        run.stderr()
    );
    assert_eq!(s.read("ritme.lock"), lock, "plan --locked wrote the lock");
    assert_eq!(
        std::fs::read(s.path().join("ritme.db")).unwrap(),
        db,
        "plan --locked wrote the database"
    );
    // `plan` brings the lock up to date; then --locked passes again.
    s.ritme(&["plan"]).ok();
    assert_ne!(s.read("ritme.lock"), lock);
    s.ritme(&["plan", "--locked"]).ok();
}

/// The fields `list --format json` had before the lock, for a comparison
/// that ignores the fields added since (`generated`, `week`).
fn old_fields(list: &serde_json::Value, keep: &serde_json::Value) -> Vec<serde_json::Value> {
    let names: Vec<&String> = keep[0].as_object().unwrap().keys().collect();
    list.as_array()
        .unwrap()
        .iter()
        .map(|item| {
            let o = item.as_object().unwrap();
            serde_json::Value::Object(
                names
                    .iter()
                    .map(|n| ((*n).clone(), o[n.as_str()].clone()))
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn a_database_made_before_the_lock_becomes_a_lock_losing_nothing() {
    let s = Scratch::fixture("upgrade-v0.1");
    std::fs::copy(
        fixture("upgrade-v0.1").join("prelock.db"),
        s.path().join("ritme.db"),
    )
    .unwrap();
    let before: serde_json::Value = serde_json::from_str(&s.read("list-before.json")).unwrap();
    let pages_before: serde_json::Value =
        serde_json::from_str(&s.read("pages-before.json")).unwrap();
    let range = ["--from", "2026-09-01", "--until", "2027-01-31"];
    let list = |s: &Scratch| {
        let mut args = vec!["list", "--format", "json"];
        args.extend(range);
        s.ritme(&args).ok()
    };
    let first = list(&s);
    assert!(
        first.stderr().contains("wrote") && first.stderr().contains("ritme.lock"),
        "{}",
        first.stderr()
    );
    assert_eq!(
        old_fields(&first.json(), &before),
        old_fields(&before, &before)
    );
    // Every kind of edit reached the lock, with who and when.
    let lock = s.read("ritme.lock");
    for needle in [
        "[format/verhaal/2026-11-30]\n",
        "owner = \"chris\" @ 2026-11-23T12:00:00Z",
        "\"Met foto\"",
        "https://intranet.example.org/nieuws/verhaal-1",
        "status = \"skipped\"",
        "date = \"2026-12-03\"",
        "[page/thuiswerken]\n",
    ] {
        assert!(lock.contains(needle), "{needle} not in\n{lock}");
    }
    // From the lock alone: the same items and the same reviews.
    std::fs::remove_file(s.path().join("ritme.db")).unwrap();
    let rebuilt = list(&s);
    assert_eq!(rebuilt.stdout(), first.stdout());
    let pages = s.ritme(&["report", "pages", "--format", "json"]).ok();
    assert_eq!(pages.json(), pages_before);
    // A second command neither rewrites the lock nor says it upgraded.
    let again = list(&s);
    assert!(!again.stderr().contains("wrote"), "{}", again.stderr());
    assert_eq!(s.read("ritme.lock"), lock);
}

/// Asserts `a == b`, naming the first lines that differ (whole locks are
/// too long for a message).
fn same_lines(a: &str, b: &str) {
    let (x, y): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    if let Some(i) = (0..x.len().max(y.len())).find(|&i| x.get(i) != y.get(i)) {
        let around = |v: &[&str]| v[i.saturating_sub(3)..(i + 3).min(v.len())].join("\n");
        panic!(
            "line {} differs:\n{}\n---- against ----\n{}",
            i + 1,
            around(&x),
            around(&y)
        );
    }
}

/// The lock without its `today` line, which says when it was last planned.
fn without_today(lock: &str) -> String {
    lock.lines()
        .filter(|l| !l.starts_with("today = "))
        .collect::<Vec<_>>()
        .join("\n")
}

/// SPEC section 10: with unchanged definitions, planning week by week for a
/// year gives the same items, owners and sequences as planning the year at
/// once; today moving on changes nothing stored.
#[test]
fn planning_week_by_week_for_a_year_equals_planning_at_once() {
    let at_once = Scratch::copy_of(&voorbeeld());
    at_once
        .ritme(&["--today", "2026-11-23", "plan", "--until", "2028-03-31"])
        .ok();
    let weekly = Scratch::copy_of(&voorbeeld());
    let start = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let mut last_lock = String::new();
    for week in 0..=52 {
        let today = (start + chrono::Days::new(7 * week)).to_string();
        weekly.ritme(&["--today", &today, "plan"]).ok();
        let lock = weekly.read("ritme.lock");
        // Nothing stored changes: the lock only grows at its end.
        let lines: Vec<&str> = last_lock
            .lines()
            .filter(|l| !l.starts_with("range") && !l.starts_with("today"))
            .collect();
        for line in &lines {
            assert!(lock.contains(line), "week {week}: {line:?} changed");
        }
        last_lock = lock;
    }
    same_lines(
        &without_today(&weekly.read("ritme.lock")),
        &without_today(&at_once.read("ritme.lock")),
    );
    let final_today = ["--today", "2027-11-22"];
    let list = |s: &Scratch| {
        let mut args = final_today.to_vec();
        args.extend([
            "list",
            "--format",
            "json",
            "--from",
            "2026-11-23",
            "--until",
            "2028-03-31",
        ]);
        s.ritme(&args).ok().stdout()
    };
    let items = list(&weekly);
    assert!(items.len() > 10_000, "{} bytes", items.len());
    assert_eq!(items, list(&at_once));
    let feeds = |s: &Scratch| {
        let dir = s.path().join("feeds");
        let mut args = final_today.to_vec();
        args.extend(["export", "ics", "--out", dir.to_str().unwrap()]);
        s.ritme(&args).ok();
        std::fs::read(dir.join("voorbeeld.ics")).unwrap()
    };
    assert_eq!(feeds(&weekly), feeds(&at_once));
}

/// SPEC sections 10 and 11: two planning windows give the same owners and
/// ambassadors on the dates they share, pools included.
#[test]
fn two_windows_give_the_same_owners_on_their_common_dates() {
    let owners = |from: &str, until: &str| {
        let s = Scratch::copy_of(&voorbeeld());
        s.ritme(&["--today", from, "plan", "--from", from, "--until", until])
            .ok();
        let run = s.ritme(&[
            "--today",
            from,
            "list",
            "--format",
            "json",
            "--from",
            "2027-06-01",
            "--until",
            "2027-09-30",
        ]);
        let list = run.ok().json();
        list.as_array()
            .unwrap()
            .iter()
            .map(|i| format!("{} {} {}", i["key"], i["owner"], i["ambassador"]))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let wide = owners("2026-11-23", "2027-12-31");
    let narrow = owners("2027-05-31", "2027-09-30");
    assert!(wide.contains("collega-in-de-kijker"), "{wide}");
    same_lines(&narrow, &wide);
}

/// SPEC section 10: two people edit neighbouring items in two clones; git
/// merges the lock without a conflict and both edits survive, also in a
/// third clone that never had a database.
#[test]
fn edits_of_neighbouring_items_in_two_clones_merge_without_a_conflict() {
    let origin = Scratch::fixture("spine");
    origin.write(".gitignore", "ritme.db*\n");
    origin.ritme(&["plan"]).ok();
    git(origin.path(), &["init", "-q"]);
    git(origin.path(), &["add", "-A"]);
    git(origin.path(), &["commit", "-qm", "plan"]);
    let lock = origin.read("ritme.lock");
    // Two keys that stand next to each other in the lock.
    let keys: Vec<&str> = lock
        .lines()
        .filter_map(|l| l.strip_prefix('[')?.strip_suffix(']'))
        .filter(|k| k.starts_with("format/maandagmomentje/2026-1"))
        .collect();
    let (first, second) = (keys[1], keys[2]);
    let clone = |name: &str| clone_of(origin.path(), name);
    let (a, b) = (clone("a"), clone("b"));
    ritme_in(&a, &["assign", first, "bert"]).ok();
    ritme_in(&a, &["note", first, "interview op dinsdag"]).ok();
    git(&a, &["commit", "-qam", "a: assign and note"]);
    ritme_in(&b, &["move", second, "2026-12-16", "11:00"]).ok();
    git(&b, &["commit", "-qam", "b: move"]);
    pull(&a, &b);
    let merged = std::fs::read_to_string(a.join("ritme.lock")).unwrap();
    assert!(!merged.contains("<<<<<<<"), "{merged}");
    let c = clone("c");
    pull(&c, &a);
    for dir in [&a, &c] {
        let list = ritme_in(dir, &["list", "--format", "json"]).ok().json();
        let item = |key: &str| {
            list.as_array()
                .unwrap()
                .iter()
                .find(|i| i["key"] == key)
                .unwrap()
                .clone()
        };
        assert_eq!(item(first)["owner"], "bert");
        assert_eq!(item(first)["note"], "interview op dinsdag");
        assert_eq!(item(second)["date"], "2026-12-16");
        assert_eq!(item(second)["time"], "11:00");
        ritme_in(dir, &["plan", "--locked"]).ok();
    }
    for dir in [a, b, c] {
        std::fs::remove_dir_all(dir).unwrap();
    }
}

/// SPEC section 10: a pin naming a person the TOML no longer has is dropped
/// by `plan`, which says so; the item is then assigned by the rules.
#[test]
fn a_pin_naming_a_removed_person_is_dropped_and_reported() {
    let s = Scratch::fixture("spine");
    let people = s.read("people.toml");
    s.write(
        "people.toml",
        &format!("{people}\n[[person]]\nid = \"chris\"\nname = \"Chris\"\n"),
    );
    s.ritme(&["plan"]).ok();
    let key = "format/maandagmomentje/2026-12-07";
    s.ritme(&["assign", key, "chris"]).ok();
    s.ritme(&["note", key, "chris belt"]).ok();
    assert!(s.read("ritme.lock").contains("owner = \"chris\" @"));
    s.write("people.toml", &people);
    let run = s.ritme(&["plan"]).ok();
    assert!(
        run.stderr().contains(&format!(
            "{key}: the owner pinned to \"chris\" is dropped: the calendar has no such person"
        )),
        "{}",
        run.stderr()
    );
    let list = s.ritme(&["list", "--format", "json"]).ok().json();
    let item = list
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["key"] == key)
        .unwrap();
    assert_eq!(item["owner"], "anna", "the format's owner again");
    assert_eq!(item["note"], "chris belt", "the note stays");
    assert!(!s.read("ritme.lock").contains("\"chris\" @"));
    // Said once: the next plan has nothing to drop.
    let again = s.ritme(&["plan"]).ok();
    assert!(!again.stderr().contains("dropped"), "{}", again.stderr());
}

/// SPEC section 10: weeks outside the stored range are not planned, never
/// empty: `check` reports one `unplanned` finding per stretch, the reports
/// leave them out, and `list` without a range shows the stored range.
#[test]
fn weeks_outside_the_stored_range_are_not_planned_never_empty() {
    let s = Scratch::fixture("spine");
    s.ritme(&["plan"]).ok();
    // Today 2026-11-23: the default plan reaches 2027-03-31 (a Wednesday),
    // so W13 of 2027 and later are not planned.
    let run = s.ritme(&[
        "check", "--db", "ritme.db", "--weeks", "30", "--format", "json",
    ]);
    let json = run.json();
    let codes: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(!codes.contains(&"empty_week"), "{codes:?}");
    let unplanned: Vec<&serde_json::Value> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "unplanned")
        .collect();
    assert_eq!(unplanned.len(), 1, "{json}");
    assert_eq!(unplanned[0]["week"], "2027-W13");
    assert_eq!(unplanned[0]["severity"], "warning");
    let message = unplanned[0]["message"].as_str().unwrap();
    assert!(
        message.contains("2027-W13 to 2027-W24")
            && message.contains("ritme plan --until 2027-06-20"),
        "{message}"
    );
    // Within the stored range: no unplanned finding.
    let count = |run: Run| {
        run.json()["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["code"] == "unplanned")
            .count()
    };
    let within = s.ritme(&[
        "check", "--db", "ritme.db", "--weeks", "13", "--format", "json",
    ]);
    assert_eq!(count(within), 0);
    // Without --db, check sees what `plan` would store now: the same range.
    let memory = s.ritme(&["check", "--weeks", "30", "--format", "json"]);
    assert_eq!(count(memory), 1);
    // A report over a quarter the plan does not reach: no week called empty.
    let gaps = s
        .ritme(&["report", "gaps", "--quarter", "2027-Q3", "--format", "json"])
        .ok();
    assert!(!gaps.stdout().contains("\"empty\""), "{}", gaps.stdout());
    assert!(gaps.stderr().contains("not planned"), "{}", gaps.stderr());
    // Planned further ahead, `list` without a range shows it all, from this
    // week on, and a later default plan does not shrink it.
    s.ritme(&["plan", "--until", "2027-12-31"]).ok();
    s.ritme(&["plan"]).ok();
    assert!(s
        .read("ritme.lock")
        .contains("range = \"2026-11-23..2027-12-31\""));
    let list = s.ritme(&["list", "--format", "json"]).ok().json();
    let dates: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["date"].as_str().unwrap())
        .collect();
    assert!(dates.first().unwrap() >= &"2026-11-23", "{dates:?}");
    assert!(dates.last().unwrap() > &"2027-12-01", "{dates:?}");
}

/// SPEC section 10: read-only commands work from a lock that is behind its
/// TOML: they say so once and show what `plan` would store, items that
/// change with SEQUENCE + 1 and the lock's newest stamp, writing nothing.
#[test]
fn a_lock_behind_its_toml_shows_what_plan_would_store_and_writes_nothing() {
    let s = Scratch::fixture("spine");
    s.ritme(&["plan"]).ok();
    let lock = s.read("ritme.lock");
    let db = std::fs::read(s.path().join("ritme.db")).unwrap();
    let week = s.read("formats/week.toml");
    assert!(week.contains("title = \"Maandagmomentje\""));
    s.write(
        "formats/week.toml",
        &week.replace("title = \"Maandagmomentje\"", "title = \"Maandagmoment\""),
    );
    // A later clock: the stamps must come from the lock, not from now.
    let later = |args: &[&str]| {
        command()
            .current_dir(s.path())
            .env("SOURCE_DATE_EPOCH", "1800000000")
            .args(args)
            .output()
            .unwrap()
    };
    let out = later(&["list", "--format", "json"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.matches("is behind").count(), 1, "{err}");
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let titles: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["source_id"] == "maandagmomentje")
        .map(|i| i["title"].as_str().unwrap())
        .collect();
    assert!(!titles.is_empty() && titles.iter().all(|t| *t == "Maandagmoment"));
    let feed = later(&["export", "ics", "-o", "-", "--source", "maandagmomentje"]);
    let feed = String::from_utf8_lossy(&feed.stdout).replace("\r\n", "\n");
    assert!(feed.contains("SEQUENCE:1\n"), "{feed}");
    assert!(feed.contains("LAST-MODIFIED:20261123T120000Z"), "{feed}");
    assert_eq!(s.read("ritme.lock"), lock);
    assert_eq!(std::fs::read(s.path().join("ritme.db")).unwrap(), db);
    // plan --locked fails; plan brings the lock up to date.
    s.ritme(&["plan", "--locked"]).code_is(1);
    s.ritme(&["plan"]).ok();
    assert!(s.read("ritme.lock").contains("sequence = 1"));
    s.ritme(&["plan", "--locked"]).ok();
}

/// SPEC section 10: history keeps what it was when its definition changes or
/// goes, and an orphan keeps its edits; the lock holds all of it, so `plan
/// --locked` is content and a database rebuilt from the lock is the same.
#[test]
fn history_and_orphans_survive_a_changed_toml_and_a_deleted_database() {
    let s = Scratch::fixture("people-basis");
    let range = ["--from", "2026-11-01", "--until", "2027-01-03"];
    let plan = |s: &Scratch| {
        let mut args = vec!["plan"];
        args.extend(range);
        s.ritme(&args).ok()
    };
    let list = |s: &Scratch| {
        let mut args = vec!["list", "--format", "json"];
        args.extend(range);
        s.ritme(&args).ok().stdout()
    };
    plan(&s);
    s.ritme(&["note", "format/dinsdag/2026-12-08", "met foto"])
        .ok();
    s.ritme(&["status", "format/dinsdag-alles/2026-12-22", "draft"])
        .ok();
    let toml = s
        .read("ritme.toml")
        .replace("title = \"Dinsdagrubriek\"", "title = \"Dinsdagverhaal\"");
    let without: Vec<&str> = toml
        .split("[[format]]")
        .filter(|b| !b.contains("id = \"dinsdag-alles\""))
        .collect();
    s.write("ritme.toml", &without.join("[[format]]"));
    let run = plan(&s);
    assert!(
        run.stderr()
            .contains("0 added, 5 changed, 5 removed, 3 kept (2 history, 1 orphan)"),
        "{}",
        run.stderr()
    );
    s.ritme(&["plan", "--locked"]).ok();
    let before = list(&s);
    let items: serde_json::Value = serde_json::from_str(&before).unwrap();
    let title = |key: &str| {
        items
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["key"] == key)
            .map(|i| i["title"].as_str().unwrap().to_string())
    };
    // History keeps its old title, the future follows the new one, the
    // orphan keeps its edit, and past items of the removed format stay.
    assert_eq!(
        title("format/dinsdag/2026-11-10").unwrap(),
        "Dinsdagrubriek"
    );
    assert_eq!(
        title("format/dinsdag/2026-12-08").unwrap(),
        "Dinsdagverhaal"
    );
    assert!(title("format/dinsdag-alles/2026-12-22").is_some());
    assert!(title("format/dinsdag-alles/2026-11-10").is_some());
    std::fs::remove_file(s.path().join("ritme.db")).unwrap();
    assert_eq!(list(&s), before);
    s.ritme(&["plan", "--locked"]).ok();
}

/// Issue "A first month", item 11: `reset --all` of a published item would
/// lose where it went live: it asks for --force, writes nothing without it,
/// and says what it dropped with it.
#[test]
fn reset_all_of_a_published_item_asks_for_force_and_says_what_it_drops() {
    let s = Scratch::fixture("spine");
    s.ritme(&["plan"]).ok();
    let key = "format/maandagmomentje/2026-12-07";
    let url = "https://intranet.example.org/nieuws/7";
    s.ritme(&["status", key, "published", "--url", url]).ok();
    s.ritme(&["note", key, "goed gelezen"]).ok();
    let lock = s.read("ritme.lock");
    let refused = s.ritme(&["reset", key, "--all"]).code_is(2);
    assert!(
        refused.stderr().contains(url) && refused.stderr().contains("--force"),
        "{}",
        refused.stderr()
    );
    assert_eq!(s.read("ritme.lock"), lock, "a refused reset writes nothing");
    // Without --all the URL and the note stay; the status pin goes.
    let kept = s.ritme(&["reset", key]).ok();
    assert!(!kept.stderr().contains("dropped"), "{}", kept.stderr());
    assert!(s.read("ritme.lock").contains(url));
    let forced = s.ritme(&["reset", key, "--all", "--force"]).ok();
    assert!(
        forced
            .stderr()
            .contains(&format!("{key}: dropped its note and its URL {url}")),
        "{}",
        forced.stderr()
    );
    // Gone from the item; the history keeps the edit that set it.
    let lock = s.read("ritme.lock");
    assert!(!lock.contains(&format!("url = \"{url}\"")), "{lock}");
    assert!(lock.contains(&format!("\"published {url}\"")));
}
