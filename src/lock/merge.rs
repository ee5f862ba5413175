//! A lock with git's conflict markers, merged item by item and field by
//! field (SPEC section 10). Only `plan` calls this: the fields it decides
//! itself are planned again afterwards, so here they only need a side.

use std::collections::BTreeMap;

use serde_json::Value;

use super::text::{is_conflict_marker, parse};
use super::{Entry, Lock, LockError, Record};

/// A field the merge chose between two sides, for `plan` to report.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub key: String,
    pub field: String,
    pub chosen: String,
    pub over: String,
}

/// Reads a lock that may hold git's conflict markers (with or without a
/// diff3 base): both sides are read and merged. Without markers this is
/// [`parse`] with no decisions.
pub fn resolve(text: &str) -> Result<(Lock, Vec<Decision>), LockError> {
    if !text.lines().any(is_conflict_marker) {
        return Ok((parse(text)?, Vec::new()));
    }
    let (ours, theirs) = sides(text)?;
    let (ours, theirs) = (parse(&ours)?, parse(&theirs)?);
    Ok(merge(ours, theirs))
}

/// The two sides' texts. Lines in conflicts keep their place, so an error
/// in a side still names a line of the conflicted file (the sides' lines
/// are padded with empty ones).
fn sides(text: &str) -> Result<(String, String), LockError> {
    #[derive(PartialEq)]
    enum In {
        Both,
        Ours,
        Base,
        Theirs,
    }
    let mut state = In::Both;
    let (mut ours, mut theirs) = (String::new(), String::new());
    for (i, line) in text.lines().enumerate() {
        let next = if line.starts_with("<<<<<<<") && state == In::Both {
            Some(In::Ours)
        } else if line.starts_with("|||||||") && state == In::Ours {
            Some(In::Base)
        } else if line.starts_with("=======") && matches!(state, In::Ours | In::Base) {
            Some(In::Theirs)
        } else if line.starts_with(">>>>>>>") && state == In::Theirs {
            Some(In::Both)
        } else if is_conflict_marker(line) {
            return Err(LockError {
                line: i + 1,
                message: "a conflict marker out of place: restore the lock from git (`git checkout --theirs ritme.lock` or `--ours`) and run `ritme plan`".into(),
            });
        } else {
            None
        };
        let (o, t) = match (&next, &state) {
            (Some(_), _) => ("", ""),
            (None, In::Both) => (line, line),
            (None, In::Ours) => (line, ""),
            (None, In::Theirs) => ("", line),
            (None, In::Base) => ("", ""),
        };
        ours.push_str(o);
        ours.push('\n');
        theirs.push_str(t);
        theirs.push('\n');
        if let Some(n) = next {
            state = n;
        }
    }
    if state != In::Both {
        return Err(LockError {
            line: text.lines().count(),
            message: "a conflict that never ends: restore the lock from git and run `ritme plan`"
                .into(),
        });
    }
    Ok((ours, theirs))
}

fn merge(ours: Lock, theirs: Lock) -> (Lock, Vec<Decision>) {
    let mut decisions = Vec::new();
    let range = match (ours.range, theirs.range) {
        (Some(a), Some(b)) => Some((a.0.min(b.0), a.1.max(b.1))),
        (a, b) => a.or(b),
    };
    let mut records = ours.records;
    for (key, theirs) in theirs.records {
        let merged = match records.remove(&key) {
            Some(ours) => merge_record(ours, theirs, &mut decisions),
            None => theirs,
        };
        records.insert(key, merged);
    }
    let lock = Lock {
        range,
        today: ours.today.max(theirs.today),
        definitions: ours.definitions,
        records,
    };
    (lock, decisions)
}

fn merge_record(ours: Record, theirs: Record, decisions: &mut Vec<Decision>) -> Record {
    if ours == theirs {
        return ours;
    }
    let key = ours.key.clone();
    let mut names: Vec<&str> = ours
        .entries
        .iter()
        .chain(&theirs.entries)
        .map(|e| e.name.as_str())
        .collect();
    names.sort_unstable();
    names.dedup();
    let mut entries = Vec::new();
    for name in names {
        let (a, b) = (ours.get(name), theirs.get(name));
        match name {
            "log" => {
                let mut log: Vec<&Entry> = ours.all("log").chain(theirs.all("log")).collect();
                log.sort_by(|x, y| log_when(x).cmp(log_when(y)));
                log.dedup_by(|x, y| x == y);
                entries.extend(log.into_iter().cloned());
            }
            // A rotation's segments go together: the side whose list
            // changed last (`plan` then goes on from the merged TOML).
            "segment" => {
                let lines = |r: &Record| r.all("segment").cloned().collect::<Vec<Entry>>();
                let order = |lines: &[Entry]| {
                    let last = lines.last().map(|e| &e.value);
                    let from = last.and_then(|v| v.get(0)).and_then(Value::as_u64);
                    (from, lines.len(), last.map(Value::to_string))
                };
                let (x, y) = (lines(&ours), lines(&theirs));
                entries.extend(if order(&x) >= order(&y) { x } else { y });
            }
            "created" => entries.extend(pick(a, b, |x, y| text(x) <= text(y))),
            "modified" => entries.extend(pick(a, b, |x, y| text(x) >= text(y))),
            "sequence" => entries.extend(pick(a, b, |x, y| number(Some(x)) >= number(Some(y)))),
            _ => {
                let chosen = pick(a, b, |x, y| match (&x.by, &y.by) {
                    // A person's decision over the plan's; the later of two.
                    (Some(p), Some(q)) => {
                        (&p.when, x.value.to_string()) >= (&q.when, y.value.to_string())
                    }
                    (Some(_), None) => true,
                    (None, Some(_)) => false,
                    (None, None) => true,
                });
                if let (Some(x), Some(y), Some(c)) = (a, b, &chosen) {
                    if x != y && (x.by.is_some() || y.by.is_some()) {
                        let other = if c == x { y } else { x };
                        decisions.push(Decision {
                            key: key.clone(),
                            field: name.to_string(),
                            chosen: c.value.to_string(),
                            over: other.value.to_string(),
                        });
                    }
                }
                entries.extend(chosen);
            }
        }
    }
    let mut merged = Record { key, entries };
    // A merged item that differs from both sides is a change to both
    // sides' subscribers: one more than either sequence.
    let differs = |side: &Record| strip_stamps(side) != strip_stamps(&merged);
    if differs(&ours) && differs(&theirs) {
        let next = number(merged.get("sequence")) + 1;
        merged.entries.retain(|e| e.name != "sequence");
        merged.entries.push(Entry::planned("sequence", next));
    }
    merged.sort();
    merged
}

/// The entry the rule `first_wins(a, b)` prefers, or the one that exists.
fn pick(
    a: Option<&Entry>,
    b: Option<&Entry>,
    first_wins: impl Fn(&Entry, &Entry) -> bool,
) -> Option<Entry> {
    match (a, b) {
        (Some(x), Some(y)) => Some(if first_wins(x, y) { x } else { y }.clone()),
        (x, y) => x.or(y).cloned(),
    }
}

fn text(e: &Entry) -> &str {
    e.value.as_str().unwrap_or("")
}

fn number(e: Option<&Entry>) -> u64 {
    e.and_then(|e| e.value.as_u64()).unwrap_or(0)
}

fn log_when(e: &Entry) -> &str {
    match &e.value {
        Value::Array(parts) => parts.first().and_then(Value::as_str).unwrap_or(""),
        _ => "",
    }
}

fn strip_stamps(r: &Record) -> BTreeMap<String, Vec<(Value, bool)>> {
    let mut out: BTreeMap<String, Vec<(Value, bool)>> = BTreeMap::new();
    for e in &r.entries {
        if !matches!(e.name.as_str(), "sequence" | "created" | "modified" | "log") {
            out.entry(e.name.clone())
                .or_default()
                .push((e.value.clone(), e.by.is_some()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lock::{render, Stamp};

    fn record(key: &str, owner: &str, by: Option<&str>, seq: u64) -> Record {
        Record {
            key: key.into(),
            entries: vec![
                Entry {
                    name: "owner".into(),
                    value: owner.into(),
                    by: by.map(|when| Stamp {
                        when: when.into(),
                        who: "x@example.org".into(),
                    }),
                },
                Entry::planned("sequence", seq),
                Entry::planned("created", "2026-12-01T08:00:00Z"),
            ],
        }
    }

    fn lock(records: Vec<Record>) -> Lock {
        Lock {
            definitions: "ab".into(),
            records: records.into_iter().map(|r| (r.key.clone(), r)).collect(),
            ..Lock::default()
        }
    }

    /// A conflicted file as git writes it, from two whole sides.
    fn conflicted(ours: &Lock, theirs: &Lock, base: Option<&Lock>) -> String {
        let mut out = String::from("<<<<<<< HEAD\n");
        out.push_str(&render(ours));
        if let Some(base) = base {
            out.push_str("||||||| base\n");
            out.push_str(&render(base));
        }
        out.push_str("=======\n");
        out.push_str(&render(theirs));
        out.push_str(">>>>>>> other\n");
        out
    }

    #[test]
    fn the_later_edit_wins_and_is_reported() {
        let ours = lock(vec![record(
            "item/a",
            "anna",
            Some("2026-12-02T10:00:00Z"),
            1,
        )]);
        let theirs = lock(vec![record(
            "item/a",
            "bert",
            Some("2026-12-03T10:00:00Z"),
            1,
        )]);
        for base in [None, Some(&lock(vec![record("item/a", "chris", None, 0)]))] {
            let (merged, decisions) = resolve(&conflicted(&ours, &theirs, base)).unwrap();
            let a = &merged.records["item/a"];
            assert_eq!(a.text("owner"), Some("bert"));
            // It differs from our side only: no extra sequence.
            assert_eq!(a.get("sequence").unwrap().value, 1);
            assert_eq!(decisions.len(), 1);
            assert_eq!(decisions[0].chosen, "\"bert\"");
        }
    }

    #[test]
    fn an_edit_beats_a_plan_and_items_of_one_side_are_kept() {
        let ours = lock(vec![
            record("item/a", "anna", None, 0),
            record("item/b", "bert", None, 0),
        ]);
        let theirs = lock(vec![
            record("item/a", "dirk", Some("2026-12-01T10:00:00Z"), 2),
            record("item/c", "chris", None, 0),
        ]);
        let (merged, _) = resolve(&conflicted(&ours, &theirs, None)).unwrap();
        assert_eq!(merged.records["item/a"].text("owner"), Some("dirk"));
        assert_eq!(merged.records["item/a"].get("sequence").unwrap().value, 2);
        assert_eq!(
            merged.records.keys().collect::<Vec<_>>(),
            ["item/a", "item/b", "item/c"]
        );
    }

    #[test]
    fn a_merge_unlike_both_sides_takes_one_more_sequence() {
        let mut ours = record("item/a", "anna", Some("2026-12-02T10:00:00Z"), 3);
        ours.entries.push(Entry {
            name: "note".into(),
            value: "ours".into(),
            by: Some(Stamp {
                when: "2026-12-04T10:00:00Z".into(),
                who: "a".into(),
            }),
        });
        let theirs = record("item/a", "bert", Some("2026-12-03T10:00:00Z"), 2);
        let (merged, _) =
            resolve(&conflicted(&lock(vec![ours]), &lock(vec![theirs]), None)).unwrap();
        let a = &merged.records["item/a"];
        assert_eq!(a.text("owner"), Some("bert"));
        assert_eq!(a.text("note"), Some("ours"));
        assert_eq!(a.get("sequence").unwrap().value, 4);
    }

    #[test]
    fn a_marker_out_of_place_names_its_line() {
        let text = "version = 1\n=======\n";
        assert_eq!(resolve(text).unwrap_err().line, 2);
        let open = "<<<<<<< HEAD\nversion = 1\n";
        assert!(resolve(open).unwrap_err().message.contains("never ends"));
    }
}
