//! What a re-plan with nothing changed would say, recorded by the plan that
//! wrote the lock: the next `ritme plan` of the same lock, definitions,
//! range and today reads it instead of expanding, assigning and comparing
//! 100,000 items to find, again, that nothing changes (issue 19).
//!
//! A plan is a pure function of the definitions, the lock, the range and
//! (for what counts as history) today, and applying it leaves the database
//! where a second plan of the same inputs finds nothing to add, change or
//! remove: what that second plan reports is the history it keeps, the
//! orphans it keeps and the items nobody could staff, all known to the plan
//! that wrote the lock. `tests/cli/replan.rs` checks that claim against a
//! full plan on random edits.

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Transaction};
use serde::{Deserialize, Serialize};

use super::apply::{Change, Diff};
use super::Store;
use crate::dates::DateRange;
use crate::error::Result;
use crate::plan::assign::Unassigned;
use crate::plan::shape::Shape;
use crate::plan::Plan;

/// The meta row that holds the record.
const NAME: &str = "settled";

/// What `ritme plan` reports when it finds nothing to change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settled {
    /// How many items the plan holds.
    pub items: usize,
    /// History left alone although its definition changed.
    pub kept: Vec<String>,
    /// Future items with edits that their definition no longer makes.
    pub orphans: Vec<String>,
    /// Items nobody could staff: key, date and generated date (days from
    /// the common era), reason.
    unassigned: Vec<(String, i32, i32, String)>,
    /// The definitions the plan was made from, when known: a re-plan after
    /// a change of formats' own text alone need only give their items the
    /// new text ([`Store::restyle`]).
    #[serde(default)]
    pub shape: Option<Shape>,
}

impl Settled {
    /// What a second plan of `plan`'s inputs reports, once `diff` is
    /// written: the same plan, nothing to add, change or remove. `None`
    /// when that is not known: a plan that drops pins writes a lock whose
    /// plan differs (the pins are gone).
    pub fn after(plan: &Plan, diff: &Diff, shape: Option<Shape>) -> Option<Settled> {
        if !plan.dropped.is_empty() {
            return None;
        }
        let mut settled = Settled {
            items: plan.items.len(),
            kept: Vec::new(),
            orphans: Vec::new(),
            unassigned: plan
                .unassigned
                .iter()
                .map(|u| {
                    let days = |d: NaiveDate| d.num_days_from_ce();
                    (
                        u.key.clone(),
                        days(u.date),
                        days(u.generated),
                        u.reason.clone(),
                    )
                })
                .collect(),
            shape,
        };
        for change in &diff.changes {
            match change {
                Change::Kept(k) => settled.kept.push((*k).to_string()),
                Change::Orphaned(k) => settled.orphans.push(k.clone()),
                _ => {}
            }
        }
        Some(settled)
    }

    /// The changes a plan reports: kept history, then orphans, as
    /// [`Store::apply`] orders them.
    pub fn changes(&self) -> Vec<Change<'_>> {
        self.kept
            .iter()
            .map(|k| Change::Kept(k))
            .chain(self.orphans.iter().cloned().map(Change::Orphaned))
            .collect()
    }

    /// The record after a re-plan that gave the items with keys in
    /// `restyled` (`[from, until)` ranges) new text, made from `shape`: their
    /// history kept and orphans are now `kept` and `orphans`; nothing else
    /// changed.
    pub(super) fn restyled(
        &self,
        restyled: &[(String, String)],
        kept: Vec<String>,
        orphans: Vec<String>,
        shape: Shape,
    ) -> Settled {
        let outside = |key: &&String| {
            !restyled
                .iter()
                .any(|(from, until)| key.as_str() >= from.as_str() && key.as_str() < until.as_str())
        };
        let merged = |before: &[String], now: Vec<String>| {
            let mut all: Vec<String> = before.iter().filter(outside).cloned().chain(now).collect();
            all.sort_unstable();
            all
        };
        Settled {
            items: self.items,
            kept: merged(&self.kept, kept),
            orphans: merged(&self.orphans, orphans),
            unassigned: self.unassigned.clone(),
            shape: Some(shape),
        }
    }

    /// The items nobody could staff, as the plan gave them.
    pub fn unassigned(&self) -> Vec<Unassigned> {
        let date = |days: i32| NaiveDate::from_num_days_from_ce_opt(days).unwrap_or(NaiveDate::MIN);
        self.unassigned
            .iter()
            .map(|(key, on, generated, reason)| Unassigned {
                key: key.clone(),
                date: date(*on),
                generated: date(*generated),
                reason: reason.clone(),
            })
            .collect()
    }
}

/// The inputs a record is valid for.
fn inputs(lock_hash: &str, definitions: &str, range: DateRange, today: NaiveDate) -> String {
    format!(
        "{lock_hash} {definitions} {}..{} {today}",
        range.from, range.until
    )
}

impl Store {
    /// What the last plan recorded that a plan of these inputs reports,
    /// when the database is still the one it left: built from the lock
    /// with `lock_hash` and from `definitions`.
    pub fn settled(
        &self,
        lock_hash: &str,
        definitions: &str,
        range: DateRange,
        today: NaiveDate,
    ) -> Result<Option<Settled>> {
        if !self.matches(lock_hash, definitions)? {
            return Ok(None);
        }
        let Some(text) = super::lock::meta(&self.conn, NAME)? else {
            return Ok(None);
        };
        let wanted = inputs(lock_hash, definitions, range, today);
        let Some((valid_for, record)) = text.split_once('\n') else {
            return Ok(None);
        };
        if valid_for != wanted {
            return Ok(None);
        }
        Ok(serde_json::from_str(record).ok())
    }
}

/// Inside the plan's transaction, after the lock with `lock_hash` is
/// written: records `settled` for these inputs, or forgets the record.
/// An unchanged record is not written again, so a plan that changes
/// nothing leaves the database's file as it was.
pub(super) fn record(
    tx: &Transaction,
    settled: Option<&Settled>,
    lock_hash: &str,
    definitions: &str,
    range: DateRange,
    today: NaiveDate,
) -> Result<()> {
    match settled {
        Some(s) => {
            let text = format!(
                "{}\n{}",
                inputs(lock_hash, definitions, range, today),
                serde_json::to_string(s).unwrap_or_default()
            );
            super::lock::set_meta(tx, NAME, &text)
        }
        None => forget(tx),
    }
}

/// Drops the record: the database no longer is what the plan left.
pub(super) fn forget(tx: &Transaction) -> Result<()> {
    tx.prepare_cached("DELETE FROM meta WHERE name = ?1")?
        .execute(params![NAME])?;
    Ok(())
}
