//! The floor `export ics -o` is measured against (issue 19): the VEVENTs of
//! the benchmark calendar's feed, written by a bare loop over the item rows
//! with rusqlite and ritme's own escaping and folding. It knows that
//! calendar's shape (every item timed, in Europe/Amsterdam, with kind,
//! channel, owner, team, goal, draft deadline and tags, English labels) and
//! is given the names of people, teams and goals for free; the benchmark
//! checks that its events are byte for byte ritme's.

use std::collections::HashMap;
use std::fmt::Write;
use std::path::Path;

use ritme::bench::export::ical::{escape_into, fold_into};

/// Names by id of the people, teams and goals of `cal`.
pub struct Names(
    HashMap<String, String>,
    HashMap<String, String>,
    HashMap<String, String>,
);

impl Names {
    pub fn of(cal: &ritme::bench::model::Calendar) -> Names {
        Names(
            cal.people
                .iter()
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect(),
            cal.teams
                .iter()
                .map(|t| (t.id.clone(), t.name.clone()))
                .collect(),
            cal.goals
                .iter()
                .map(|g| (g.id.clone(), g.title.clone()))
                .collect(),
        )
    }
}

struct Row {
    key: String,
    created: String,
    modified: String,
    sequence: i64,
    date: String,
    time: String,
    minutes: i64,
    title: String,
    kind: String,
    channel: String,
    owner: String,
    team: String,
    goal: String,
    status: String,
    due: String,
    tags: String,
}

/// `2026-01-01T00:00:00Z` as `20260101T000000Z`.
fn utc(stamp: &str, out: &mut String) {
    out.extend(stamp.chars().filter(|c| *c != '-' && *c != ':'));
}

/// `2026-01-01` and `08:00` plus `minutes` as `20260101T080000`; this
/// calendar's items end on the day they start.
fn local(date: &str, time: &str, minutes: i64, out: &mut String) {
    let at = time[..2].parse::<i64>().unwrap() * 60 + time[3..5].parse::<i64>().unwrap() + minutes;
    assert!(at < 24 * 60, "an item past midnight");
    out.clear();
    out.extend(date.chars().filter(|c| *c != '-'));
    let _ = write!(out, "T{:02}{:02}00", at / 60, at % 60);
}

/// Appends one content line `name:value`, folded.
fn line(out: &mut String, buf: &mut String, name: &str, value: &str, escape: bool) {
    buf.clear();
    buf.push_str(name);
    buf.push(':');
    if escape {
        escape_into(value, buf);
    } else {
        buf.push_str(value);
    }
    fold_into(buf, out);
}

/// The feed's VEVENTs of every item in the database at `db`.
pub fn events(db: &Path, calendar_id: &str, names: &Names) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut st = conn
        .prepare(
            "SELECT key, created, modified, sequence, date, time, duration_minutes, title, kind, \
             channel, owner, team, goal, status, due, tags FROM item WHERE orphan = 0",
        )
        .unwrap();
    let mut rows: Vec<Row> = st
        .query_map([], |r| {
            Ok(Row {
                key: r.get(0)?,
                created: r.get(1)?,
                modified: r.get(2)?,
                sequence: r.get(3)?,
                date: r.get(4)?,
                time: r.get(5)?,
                minutes: r.get(6)?,
                title: r.get(7)?,
                kind: r.get(8)?,
                channel: r.get(9)?,
                owner: r.get(10)?,
                team: r.get(11)?,
                goal: r.get(12)?,
                status: r.get(13)?,
                due: r.get(14)?,
                tags: r.get(15)?,
            })
        })
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    rows.sort_unstable_by(|a, b| (&a.date, &a.time, &a.key).cmp(&(&b.date, &b.time, &b.key)));
    let mut out = String::with_capacity(rows.len() * 560);
    let (mut buf, mut text) = (String::new(), String::new());
    for r in &rows {
        out.push_str("BEGIN:VEVENT\r\n");
        text.clear();
        let _ = write!(text, "{}@{calendar_id}.ritme", r.key);
        line(&mut out, &mut buf, "UID", &text, true);
        for (name, stamp) in [
            ("DTSTAMP", &r.modified),
            ("CREATED", &r.created),
            ("LAST-MODIFIED", &r.modified),
        ] {
            text.clear();
            utc(stamp, &mut text);
            line(&mut out, &mut buf, name, &text, false);
        }
        text.clear();
        let _ = write!(text, "{}", r.sequence);
        line(&mut out, &mut buf, "SEQUENCE", &text, false);
        local(&r.date, &r.time, 0, &mut text);
        line(
            &mut out,
            &mut buf,
            "DTSTART;TZID=Europe/Amsterdam",
            &text,
            false,
        );
        local(&r.date, &r.time, r.minutes, &mut text);
        line(
            &mut out,
            &mut buf,
            "DTEND;TZID=Europe/Amsterdam",
            &text,
            false,
        );
        line(&mut out, &mut buf, "SUMMARY", &r.title, true);
        text.clear();
        for (label, value) in [
            ("Kind", r.kind.as_str()),
            ("Channel", &r.channel),
            ("Owner", &names.0[&r.owner]),
            ("Team", &names.1[&r.team]),
            ("Goal", &names.2[&r.goal]),
            ("Status", &r.status),
            ("Draft due", &r.due),
            ("Key", &r.key),
        ] {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(label);
            text.push_str(": ");
            text.push_str(value);
        }
        line(&mut out, &mut buf, "DESCRIPTION", &text, true);
        buf.clear();
        buf.push_str("CATEGORIES:");
        escape_into(&r.kind, &mut buf);
        for tag in r.tags.split(';').filter(|t| !t.is_empty() && *t != r.kind) {
            buf.push(',');
            escape_into(tag, &mut buf);
        }
        fold_into(&buf, &mut out);
        out.push_str("STATUS:CONFIRMED\r\nEND:VEVENT\r\n");
    }
    out
}
