//! Edits carried to a new date (SPEC section 10): a format whose weekday
//! changes takes its edited items along, same key and UID, never a second
//! item in the same week.

use crate::support::*;

fn calendar(on: &str, every: &str) -> String {
    format!(
        r#"[calendar]
id = "c"
name = "C"
start = 2026-11-02

[[person]]
id = "anna"
name = "Anna"

[[format]]
id = "werkgroep"
title = "Werkgroep"
every = "{every}"
on = [{on}]
owner = "anna"

[[item]]
id = "kerstborrel"
title = "Kerstborrel"
date = 2026-12-17
owner = "anna"
"#
    )
}

/// The VEVENTs of the feed as (UID, DTSTART, SEQUENCE), in feed order.
fn events(s: &Scratch) -> Vec<(String, String, String)> {
    let feed = s.ritme(&["export", "ics", "-o", "-"]).ok().stdout();
    let mut out = Vec::new();
    for event in feed.split("BEGIN:VEVENT").skip(1) {
        let field = |name: &str| {
            event
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .unwrap_or("")
                .trim()
                .to_string()
        };
        out.push((
            field("UID:"),
            field("DTSTART;VALUE=DATE:"),
            field("SEQUENCE:"),
        ));
    }
    out
}

#[test]
fn a_changed_weekday_carries_edited_items_with_their_key_and_uid() {
    let s = Scratch::empty();
    s.write("ritme.toml", &calendar("\"tue\"", "week"));
    s.ritme(&["plan"]).ok();
    s.ritme(&["note", "format/werkgroep/2026-12-08", "met foto"])
        .ok();
    let before = events(&s);
    let uid = |evs: &[(String, String, String)], date: &str| {
        evs.iter()
            .find(|e| e.1 == date)
            .map(|e| e.0.clone())
            .unwrap_or_else(|| panic!("no event on {date}: {evs:?}"))
    };
    let edited_uid = uid(&before, "20261208");

    s.write("ritme.toml", &calendar("\"wed\"", "week"));
    let out = s.ritme(&["plan"]).ok().stderr();
    assert!(
        out.contains(
            "  > format/werkgroep/2026-12-08: its edits carried from 2026-12-08 to 2026-12-09"
        ),
        "{out}"
    );
    // One event in that week, on Wednesday, with the UID it had, and a
    // higher SEQUENCE; the unedited Tuesdays were replaced by new items.
    let after = events(&s);
    assert_eq!(uid(&after, "20261209"), edited_uid);
    assert!(after.iter().all(|e| e.1 != "20261208"), "{after:?}");
    let seq = |evs: &[(String, String, String)], date: &str| {
        evs.iter()
            .find(|e| e.1 == date)
            .unwrap()
            .2
            .parse::<u32>()
            .unwrap()
    };
    assert!(seq(&after, "20261209") > seq(&before, "20261208"));
    assert_eq!(before.len(), after.len(), "no item added or lost");

    // The item keeps its key and note; the new date's key names it too,
    // for reading and for edits.
    let list = s
        .ritme(&[
            "list",
            "--from",
            "2026-12-07",
            "--until",
            "2026-12-13",
            "--format",
            "json",
        ])
        .ok()
        .json();
    let items = list.as_array().unwrap();
    assert_eq!(items.len(), 1, "{list}");
    assert_eq!(items[0]["key"], "format/werkgroep/2026-12-08");
    assert_eq!(items[0]["date"], "2026-12-09");
    assert_eq!(items[0]["note"], "met foto");
    let shown = s
        .ritme(&["show", "format/werkgroep/2026-12-09"])
        .ok()
        .stdout();
    assert!(shown.contains("format/werkgroep/2026-12-08"), "{shown}");
    s.ritme(&["note", "format/werkgroep/2026-12-09", "met twee foto's"])
        .ok();
    let lock = s.read("ritme.lock");
    assert!(
        lock.contains("[format/werkgroep/2026-12-08]\nfp = ")
            && lock.contains("carried = \"2026-12-09\"\n")
            && lock.contains("note = \"met twee foto's\""),
        "{lock}"
    );
    assert!(!lock.contains("[format/werkgroep/2026-12-09]"), "{lock}");
    // Only the carried item says so: a one-off's key holds no date.
    assert_eq!(lock.matches("carried = ").count(), 1, "{lock}");

    // The lock carries it the same way after a rebuild, and plan is
    // current; a second plan carries nothing again.
    let listed = s.ritme(&["list", "--format", "json"]).ok().stdout();
    std::fs::remove_file(s.path().join("ritme.db")).unwrap();
    assert_eq!(s.ritme(&["list", "--format", "json"]).ok().stdout(), listed);
    s.ritme(&["plan", "--locked"]).ok();
    let again = s.ritme(&["plan"]).ok().stderr();
    assert!(!again.contains("carried"), "{again}");

    // Back to Tuesday: the item is its own date again, and the line goes.
    s.write("ritme.toml", &calendar("\"tue\"", "week"));
    s.ritme(&["plan"]).ok();
    let lock = s.read("ritme.lock");
    assert!(!lock.contains("carried = "), "{lock}");
    assert_eq!(uid(&events(&s), "20261208"), edited_uid);
}

#[test]
fn edits_carry_within_the_period_of_the_rule_or_the_item_stays_an_orphan() {
    let s = Scratch::empty();
    // The first Monday of the month, then the first Tuesday: the month is
    // the period, so 2027-01-04 goes to 2027-01-05.
    s.write(
        "ritme.toml",
        &calendar("\"mon\"", "month").replace("on = [\"mon\"]", "on = [\"mon\"]\nnth = 1"),
    );
    s.ritme(&["plan"]).ok();
    s.ritme(&["assign", "format/werkgroep/2027-01-04", "anna"])
        .ok();
    s.write(
        "ritme.toml",
        &calendar("\"tue\"", "month").replace("on = [\"tue\"]", "on = [\"tue\"]\nnth = 1"),
    );
    let out = s.ritme(&["plan"]).ok().stderr();
    assert!(
        out.contains(
            "format/werkgroep/2027-01-04: its edits carried from 2027-01-04 to 2027-01-05"
        ),
        "{out}"
    );
    // A week without a new occurrence has nothing to carry to: an edited
    // item there stays, as an orphan.
    s.write("ritme.toml", &calendar("\"wed\"", "week"));
    s.ritme(&["plan"]).ok();
    s.ritme(&["note", "format/werkgroep/2026-12-09", "let op"])
        .ok();
    // Every other Wednesday from 2026-11-04: 12-02 and 12-16, none in the
    // week of 12-09.
    s.write(
        "ritme.toml",
        &calendar("\"wed\"", "week").replace("every = \"week\"", "every = \"week\"\ninterval = 2"),
    );
    let out = s.ritme(&["plan"]).ok().stderr();
    assert!(
        out.contains("format/werkgroep/2026-12-09 kept as an orphan"),
        "{out}"
    );
    assert!(!out.contains("2026-12-09: its edits carried"), "{out}");
}

#[test]
fn a_tie_carries_to_the_earlier_date_and_history_never_carries_again() {
    let s = Scratch::empty();
    s.write("ritme.toml", &calendar("\"wed\"", "week"));
    s.ritme(&["plan"]).ok();
    s.ritme(&["note", "format/werkgroep/2026-12-09", "met foto"])
        .ok();
    // Monday and Friday both stand two days from Wednesday: Monday.
    s.write("ritme.toml", &calendar("\"mon\", \"fri\"", "week"));
    let out = s.ritme(&["plan"]).ok().stderr();
    assert!(
        out.contains(
            "format/werkgroep/2026-12-09: its edits carried from 2026-12-09 to 2026-12-07"
        ),
        "{out}"
    );
    // Weeks later the item is history: another weekday carries it nowhere
    // and orphans nothing; it stays where it stood, with its note.
    s.write("ritme.toml", &calendar("\"thu\"", "week"));
    let out = s.ritme(&["--today", "2026-12-14", "plan"]).ok().stderr();
    assert!(!out.contains("carried") && !out.contains("orphan"), "{out}");
    let list = s
        .ritme(&[
            "--today",
            "2026-12-14",
            "list",
            "--from",
            "2026-12-07",
            "--until",
            "2026-12-13",
            "--format",
            "json",
        ])
        .ok()
        .json();
    let week: Vec<(&str, &str)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["key"].as_str().unwrap(), i["date"].as_str().unwrap()))
        .collect();
    assert!(
        week.contains(&("format/werkgroep/2026-12-09", "2026-12-07")),
        "{list}"
    );
    assert!(list.to_string().contains("met foto"), "{list}");
}
