//! Edits: the decisions people make about one item (`assign`, `unassign`,
//! `move`, `skip`, `status`, `note`) and `reset`, which drops them.
//!
//! Each edit runs in one IMMEDIATE transaction: it changes the row, marks it
//! `edited` (so `plan` keeps it), bumps `sequence` and `modified` (so feeds
//! update the event), and appends a line to the `edit` table, which `show`
//! prints as the item's history. An unknown key changes nothing.

use chrono::{NaiveDate, NaiveTime};
use rusqlite::types::Value;
use rusqlite::{params_from_iter, TransactionBehavior};

use super::apply::{rewrite_planned, Fingerprints};
use super::lock::{decided_from, decided_text, is_edited, Decided, PINNABLE};
use super::query::item_on;
use super::Store;
use crate::clock::Clock;
use crate::error::suggest;
use crate::error::{Error, Result};
use crate::lock::Stamp;
use crate::plan::item::{iso_week, Item, Status};

/// One decision about one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// This person owns it.
    Assign(String),
    /// Nobody owns it.
    Unassign,
    /// It stands on another day (and maybe at another time); the key stays.
    Move {
        date: NaiveDate,
        time: Option<NaiveTime>,
    },
    /// It will not happen.
    Skip { reason: Option<String> },
    /// Where it is in its life, and where it went live.
    Status { status: Status, url: Option<String> },
    /// A remark; empty text removes the note.
    Note(String),
    /// The owner of another item, `with`, whose owner this one's takes
    /// (`swap`, SPEC section 11); `None`: nobody.
    Swap { owner: Option<String>, with: String },
    /// `by` takes the item for `owner` (`cover`).
    Cover { by: String, owner: String },
    /// A team's spontaneous post fills a reserve slot (`claim`).
    Claim {
        team: String,
        owner: String,
        title: Option<String>,
    },
}

impl Edit {
    /// The word in the `edit` table and in `show`'s history.
    pub fn action(&self) -> &'static str {
        match self {
            Edit::Assign(_) => "assign",
            Edit::Unassign => "unassign",
            Edit::Move { .. } => "move",
            Edit::Skip { .. } => "skip",
            Edit::Status { .. } => "status",
            Edit::Note(_) => "note",
            Edit::Swap { .. } => "swap",
            Edit::Cover { .. } => "cover",
            Edit::Claim { .. } => "claim",
        }
    }

    /// The value recorded beside the action.
    pub fn value(&self) -> Option<String> {
        match self {
            Edit::Assign(p) => Some(p.clone()),
            Edit::Unassign => None,
            Edit::Move { date, time } => Some(match time {
                Some(t) => format!("{date} {}", t.format("%H:%M")),
                None => date.to_string(),
            }),
            Edit::Skip { reason } => reason.clone(),
            Edit::Status { status, url } => Some(match url {
                Some(u) => format!("{status} {u}"),
                None => status.to_string(),
            }),
            Edit::Note(text) => Some(text.clone()),
            Edit::Swap { owner, with } => Some(format!(
                "{} (swapped with {with})",
                owner.as_deref().unwrap_or("nobody")
            )),
            Edit::Cover { by, owner } => Some(format!("{by} for {owner}")),
            Edit::Claim { team, owner, title } => Some(match title {
                Some(t) => format!("{team}: {owner}: {t}"),
                None => format!("{team}: {owner}"),
            }),
        }
    }

    /// The fields this edit pins or sets, as `decided` records them.
    fn decides(&self) -> Vec<&'static str> {
        match self {
            Edit::Assign(_) | Edit::Unassign | Edit::Swap { .. } | Edit::Cover { .. } => {
                vec!["owner"]
            }
            Edit::Claim { title: None, .. } => vec!["team", "owner"],
            Edit::Claim { .. } => vec!["team", "owner", "title"],
            Edit::Move { time: None, .. } => vec!["date"],
            Edit::Move { .. } => vec!["date", "time"],
            Edit::Skip { .. } | Edit::Status { url: None, .. } => vec!["status"],
            Edit::Status { .. } => vec!["status", "url"],
            Edit::Note(_) => vec!["note"],
        }
    }

    /// The columns this edit sets, given the item as it stands.
    fn columns(&self, before: &Item) -> Vec<(&'static str, Value)> {
        let text = |s: &str| Value::Text(s.to_string());
        let opt = |s: Option<String>| s.map_or(Value::Null, Value::Text);
        match self {
            Edit::Assign(p) => vec![("owner", text(p))],
            Edit::Unassign => vec![("owner", Value::Null)],
            Edit::Move { date, time } => {
                let shift = *date - before.date;
                let due = before.due.and_then(|d| d.checked_add_signed(shift));
                let mut cols = vec![
                    ("date", text(&date.to_string())),
                    ("week", text(&iso_week(*date))),
                    ("due", opt(due.map(|d| d.to_string()))),
                ];
                if let Some(t) = time {
                    cols.push(("time", text(&t.format("%H:%M").to_string())));
                    cols.push((
                        "duration_minutes",
                        Value::Integer(i64::from(before.duration_minutes.unwrap_or(30))),
                    ));
                }
                cols
            }
            Edit::Skip { .. } => vec![("status", text(Status::Skipped.as_str()))],
            Edit::Status { status, url } => {
                let mut cols = vec![("status", text(status.as_str()))];
                if let Some(u) = url {
                    cols.push(("url", text(u)));
                }
                cols
            }
            Edit::Note(t) if t.trim().is_empty() => vec![("note", Value::Null)],
            Edit::Note(t) => vec![("note", text(t))],
            Edit::Swap { owner, .. } => vec![("owner", opt(owner.clone()))],
            Edit::Cover { by, .. } => vec![("owner", text(by))],
            Edit::Claim { team, owner, title } => {
                let mut cols = vec![("team", text(team)), ("owner", text(owner))];
                if let Some(t) = title {
                    cols.push(("title", text(t)));
                }
                cols
            }
        }
    }
}

/// What `reset` did.
#[derive(Debug, Clone, PartialEq)]
pub enum Reset {
    /// The item is as its definition says again.
    Replanned(Box<Item>),
    /// Its definition is gone, so the item is too.
    Removed,
    /// Its definition is gone, but its note or URL keeps it (an orphan
    /// until `reset --all`).
    Orphan(Box<Item>),
}

impl Store {
    /// Applies `edit` to the item `key`. Returns the item before and after.
    /// An unknown key is a usage error (with the nearest stored key) and
    /// changes nothing.
    pub fn edit(&mut self, key: &str, edit: &Edit, clock: &Clock) -> Result<(Item, Item)> {
        let mut done = self.edits(&[(key.to_string(), edit.clone())], clock)?;
        Ok(done.remove(0))
    }

    /// Applies several edits in one transaction (`swap`, `cover`): all of
    /// them, or none when one key is unknown. Returns each item before and
    /// after, in order.
    pub fn edits(&mut self, edits: &[(String, Edit)], clock: &Clock) -> Result<Vec<(Item, Item)>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut done = Vec::new();
        for (key, edit) in edits {
            let Some(before) = item_on(&tx, key)? else {
                drop(tx);
                return Err(self.unknown_key(key));
            };
            let key = before.key.clone();
            done.push((before.clone(), edit_one(&tx, &key, edit, &before, clock)?));
        }
        Store::seal(self.binding.as_ref(), &tx)?;
        tx.commit()?;
        Ok(done)
    }

    /// Drops the pins of `fields` of `key` (every pin when empty; with
    /// `all`, also the note and the URL) and writes `planned`, the
    /// definitions' version of the item without them; or removes the item
    /// when `planned` is `None` because its definition is gone. The history
    /// stays, with a `reset` line.
    pub fn reset(
        &mut self,
        key: &str,
        planned: Option<&Item>,
        fields: &[String],
        all: bool,
        clock: &Clock,
    ) -> Result<Reset> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        if item_on(&tx, key)?.is_none() {
            drop(tx);
            return Err(self.unknown_key(key));
        }
        let stamp = clock.stamp();
        let who = crate::clock::who();
        let mut decided = decided_of(&tx, key)?;
        decided.retain(|field, _| {
            let named = if fields.is_empty() {
                PINNABLE.contains(&field.as_str())
            } else {
                fields.iter().any(|f| f == field)
            };
            !(named || all)
        });
        let value = (!fields.is_empty()).then(|| fields.join(" "));
        let outcome = match planned {
            Some(item) => {
                let fp = Fingerprints::default().of(item);
                rewrite_planned(&tx, item, fp, &stamp)?;
                if !decided.contains_key("status") {
                    tx.execute("UPDATE item SET status = 'planned' WHERE key = ?1", [key])?;
                }
                if !decided.contains_key("note") {
                    tx.execute("UPDATE item SET note = NULL WHERE key = ?1", [key])?;
                }
                if !decided.contains_key("url") {
                    tx.execute("UPDATE item SET url = NULL WHERE key = ?1", [key])?;
                }
                store_decided(&tx, key, &decided, fp)?;
                record(&tx, key, clock, &who, "reset", value)?;
                let now =
                    item_on(&tx, key)?.ok_or_else(|| Error::Storage(format!("{key} vanished")))?;
                Reset::Replanned(Box::new(now))
            }
            None if is_edited(&decided) => {
                let fp: i64 =
                    tx.query_row("SELECT fingerprint FROM item WHERE key = ?1", [key], |r| {
                        r.get(0)
                    })?;
                store_decided(&tx, key, &decided, fp)?;
                record(&tx, key, clock, &who, "reset", value)?;
                let now =
                    item_on(&tx, key)?.ok_or_else(|| Error::Storage(format!("{key} vanished")))?;
                Reset::Orphan(Box::new(now))
            }
            None => {
                tx.execute("DELETE FROM item WHERE key = ?1", [key])?;
                record(
                    &tx,
                    key,
                    clock,
                    &who,
                    "reset",
                    Some("removed: its definition is gone".into()),
                )?;
                Reset::Removed
            }
        };
        Store::seal(self.binding.as_ref(), &tx)?;
        tx.commit()?;
        Ok(outcome)
    }

    /// "no item with key ..." with the nearest stored key.
    pub fn unknown_key(&self, key: &str) -> Error {
        let keys = self.keys().unwrap_or_default();
        let hint = match suggest::hint(key, keys.iter().map(String::as_str)) {
            Some(h) => format!(" ({h})"),
            None => " (`ritme list` shows the keys; `ritme plan --until DATE` plans further ahead)"
                .to_string(),
        };
        Error::usage(format!("no item with key \"{key}\"{hint}"))
    }
}

fn record(
    tx: &rusqlite::Transaction,
    key: &str,
    clock: &Clock,
    who: &str,
    action: &str,
    value: Option<String>,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO edit (key, at, action, value, who) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(rusqlite::params![key, clock.stamp(), action, value, who])?;
    Ok(())
}

fn decided_of(tx: &rusqlite::Transaction, key: &str) -> Result<Decided> {
    let text: String = tx.query_row("SELECT decided FROM item WHERE key = ?1", [key], |r| {
        r.get(0)
    })?;
    Ok(decided_from(&text))
}

/// Writes what people decided, and the fingerprint of the row as it now
/// stands, so `plan` sees no change where the definitions made none.
fn store_decided(tx: &rusqlite::Transaction, key: &str, d: &Decided, fp: i64) -> Result<()> {
    tx.execute(
        "UPDATE item SET decided = ?2, edited = ?3, fingerprint = ?4 WHERE key = ?1",
        rusqlite::params![key, decided_text(d), is_edited(d), fp],
    )?;
    Ok(())
}

/// Writes one edit of `key` inside `tx`: the columns, the pins, the history.
fn edit_one(
    tx: &rusqlite::Transaction,
    key: &str,
    edit: &Edit,
    before: &Item,
    clock: &Clock,
) -> Result<Item> {
    let cols = edit.columns(before);
    let mut sql = String::from("UPDATE item SET ");
    for (i, (col, _)) in cols.iter().enumerate() {
        sql.push_str(&format!("{col} = ?{}, ", i + 3));
    }
    sql.push_str("sequence = sequence + 1, modified = ?2 WHERE key = ?1");
    let mut values = vec![Value::Text(key.to_string()), Value::Text(clock.stamp())];
    values.extend(cols.into_iter().map(|(_, v)| v));
    tx.execute(&sql, params_from_iter(values))?;
    let who = crate::clock::who();
    let mut decided = decided_of(tx, key)?;
    for field in edit.decides() {
        if matches!(edit, Edit::Note(t) if t.trim().is_empty()) {
            decided.remove(field);
        } else {
            let stamp = Stamp {
                when: clock.stamp(),
                who: who.clone(),
            };
            decided.insert(field.to_string(), stamp);
        }
    }
    record(tx, key, clock, &who, edit.action(), edit.value())?;
    let after = item_on(tx, key)?.ok_or_else(|| Error::Storage(format!("{key} vanished")))?;
    store_decided(tx, key, &decided, Fingerprints::default().of(&after))?;
    item_on(tx, key)?.ok_or_else(|| Error::Storage(format!("{key} vanished")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::test_support::d;
    use crate::store::Location;

    fn clock() -> Clock {
        Clock {
            today: d(2026, 11, 23),
            now: chrono::DateTime::from_timestamp(1_795_435_200, 0).unwrap(),
        }
    }

    fn store_with(item: &Item) -> Store {
        let mut s = Store::open(&Location::Memory, true).unwrap();
        let plan = crate::plan::Plan {
            window: crate::dates::DateRange {
                from: d(2026, 11, 23),
                until: d(2026, 12, 31),
            },
            items: vec![Box::new(item.clone())],
            unassigned: vec![],
            dropped: Vec::new(),
            rotations: Default::default(),
            carried: Vec::new(),
        };
        s.apply(&plan, &clock(), false).unwrap();
        s
    }

    fn item() -> Item {
        let mut it = crate::plan::assign::tests::item("rubriek", d(2026, 12, 7));
        it.due = Some(d(2026, 12, 4));
        it.owner = Some("anna".into());
        it
    }

    #[test]
    fn move_shifts_the_due_date_and_the_week_and_keeps_the_key() {
        let mut s = store_with(&item());
        let edit = Edit::Move {
            date: d(2026, 12, 16),
            time: Some(NaiveTime::from_hms_opt(10, 0, 0).unwrap()),
        };
        let (before, after) = s.edit(&before_key(), &edit, &clock()).unwrap();
        assert_eq!(before.date, d(2026, 12, 7));
        assert_eq!(after.key, before.key);
        assert_eq!(after.date, d(2026, 12, 16));
        assert_eq!(after.due, Some(d(2026, 12, 13)));
        assert_eq!(after.duration_minutes, Some(30));
        assert!(after.edited);
        let week: String = s
            .conn()
            .query_row("SELECT week FROM item", [], |r| r.get(0))
            .unwrap();
        assert_eq!(week, "2026-W51");
        assert_eq!(
            s.history(&before_key()).unwrap(),
            [(
                "2026-11-23T12:00:00Z".to_string(),
                "move".to_string(),
                Some("2026-12-16 10:00".to_string())
            )]
        );
    }

    fn before_key() -> String {
        item().key
    }

    #[test]
    fn every_edit_bumps_sequence_and_marks_edited() {
        let mut s = store_with(&item());
        let key = before_key();
        let edits = [
            Edit::Assign("bert".into()),
            Edit::Unassign,
            Edit::Skip {
                reason: Some("geen tijd".into()),
            },
            Edit::Status {
                status: Status::Published,
                url: Some("https://intranet.example.org/x".into()),
            },
            Edit::Note("Bel Anna".into()),
        ];
        for (n, e) in edits.iter().enumerate() {
            s.edit(&key, e, &clock()).unwrap();
            let (_, _, sequence, _) = s.bookkeeping(&key).unwrap().unwrap();
            assert_eq!(sequence, n as i64 + 1, "{e:?}");
        }
        let it = s.item(&key).unwrap().unwrap();
        assert!(it.edited);
        assert_eq!(it.owner, None);
        assert_eq!(it.status, Status::Published);
        assert_eq!(it.url.as_deref(), Some("https://intranet.example.org/x"));
        assert_eq!(it.note.as_deref(), Some("Bel Anna"));
        let actions: Vec<String> = s.history(&key).unwrap().into_iter().map(|h| h.1).collect();
        assert_eq!(actions, ["assign", "unassign", "skip", "status", "note"]);
    }

    #[test]
    fn an_unknown_key_changes_nothing_and_suggests_the_nearest() {
        let mut s = store_with(&item());
        let e = s
            .edit("format/rubriek/2026-12-08", &Edit::Unassign, &clock())
            .unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(
            e.to_string()
                .contains("did you mean \"format/rubriek/2026-12-07\""),
            "{e}"
        );
        let n: i64 = s
            .conn()
            .query_row("SELECT count(*) FROM edit", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0);
    }

    #[test]
    fn reset_restores_the_definition_or_removes_an_orphan() {
        let mut s = store_with(&item());
        let key = before_key();
        s.edit(&key, &Edit::Assign("bert".into()), &clock())
            .unwrap();
        s.edit(&key, &Edit::Note("x".into()), &clock()).unwrap();
        // Without fields: the pins go, the note stays.
        let Reset::Replanned(it) = s.reset(&key, Some(&item()), &[], false, &clock()).unwrap()
        else {
            panic!("replanned expected")
        };
        assert_eq!(it.owner.as_deref(), Some("anna"));
        assert!(it.edited, "the note still makes it edited");
        assert_eq!(it.note.as_deref(), Some("x"));
        // --all: the note goes too.
        let Reset::Replanned(it) = s.reset(&key, Some(&item()), &[], true, &clock()).unwrap()
        else {
            panic!("replanned expected")
        };
        assert!(!it.edited);
        assert_eq!(it.note, None);
        assert_eq!(
            s.reset(&key, None, &[], false, &clock()).unwrap(),
            Reset::Removed
        );
        assert!(s.item(&key).unwrap().is_none());
        assert_eq!(s.history(&key).unwrap().len(), 5);
    }
}
