//! A re-plan after a change of some formats' own text (title, kind,
//! channel, description, goal, tags: [`crate::plan::shape`]), when the
//! database is what the last plan left ([`Settled`]): the new plan is the
//! old one with those formats' items given their new text, so only their
//! rows are read and compared, only the changed ones written, and only
//! their blocks of `ritme.lock` rendered; the rest of the lock is copied
//! through (issue 19). It stores, writes and reports exactly what a full
//! plan does (`tests/cli/replan.rs` compares them on random edits), and
//! gives way to one wherever it cannot be sure of that.
//!
//! Why the old plan is known: after a plan, a stored row the plan makes
//! holds what the plan made of it (its fingerprint says so), except history
//! the plan left alone although its definition changed. Those rows are
//! `held`, and the record says which of them the plan made otherwise
//! (`kept`); a held row the record does not name was either made alike or
//! not made at all, which only matters when the new text would tell them
//! apart.

use rusqlite::TransactionBehavior;
use rustc_hash::{FxHashMap, FxHashSet};

use super::apply::{decide, mark, write_planned, Change, Fingerprints, Stored};
use super::blocks::item_blocks;
use super::lock::{commit_text, decided_from, meta, prefix_bounds, Binding};
use super::query::{row_to_item, COLUMNS};
use super::settled::{self, Settled};
use super::Store;
use crate::clock::Clock;
use crate::dates::DateRange;
use crate::error::Result;
use crate::lock;
use crate::model::Calendar;
use crate::plan::item::{date_text, format_prefix, Item};
use crate::plan::shape::Shape;
use crate::plan::Plan;

/// What a restyling re-plan starts from.
pub struct Restyle<'a> {
    /// The calendar now.
    pub calendar: &'a Calendar,
    /// Its shape ([`Shape::of`]).
    pub shape: Shape,
    /// The formats whose own text changed.
    pub formats: &'a [&'a str],
    /// What the last plan recorded ([`Store::settled`] of the lock read
    /// and the definitions it was planned from).
    pub settled: &'a Settled,
    /// The lock as read, and its hash.
    pub lock_text: &'a str,
    pub lock_hash: &'a str,
    /// The lock to write: the new definitions, the range, today.
    pub binding: Binding,
    pub window: DateRange,
    pub clock: Clock,
}

/// What a restyling re-plan did.
pub struct Restyled {
    /// The future items that took their format's new text, in plan order.
    pub changed: Vec<String>,
    /// What a re-plan of the new inputs reports.
    pub settled: Settled,
}

impl Store {
    /// Re-plans the items of `r.formats` with their new text, writes their
    /// changed rows and the lock, and records what a re-plan would report.
    /// `None`, with nothing written, where the rows do not say for sure
    /// what a full plan would do.
    pub fn restyle(&mut self, r: Restyle) -> Result<Option<Restyled>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        if meta(&tx, "lock")?.as_deref() != Some(r.lock_hash) {
            return Ok(None);
        }
        let today = r.clock.today;
        let mut fingerprints = Fingerprints::default();
        let mut stored = FxHashMap::default();
        let mut planned: Vec<Box<Item>> = Vec::new();
        let mut ranges = Vec::new();
        let kept: FxHashSet<&str> = r.settled.kept.iter().map(String::as_str).collect();
        for &id in r.formats {
            let Some(format) = r.calendar.formats.iter().find(|f| f.id == id) else {
                return Ok(None);
            };
            let restyle = crate::plan::restyler(r.calendar, format);
            let (from, until) = prefix_bounds(&format_prefix(id));
            // The rows a plan of the window compares (see `load_stored`).
            let sql = format!(
                "SELECT {COLUMNS}, fingerprint, orphan, held, decided FROM item \
                 WHERE key >= ?1 AND key < ?2 AND generated BETWEEN ?3 AND ?4"
            );
            let mut st = tx.prepare_cached(&sql)?;
            let base = COLUMNS.split(',').count();
            let mut rows = st.query([
                from.as_str(),
                until.as_str(),
                &date_text(r.window.from),
                &date_text(r.window.until),
            ])?;
            while let Some(row) = rows.next()? {
                let item = row_to_item(row)?;
                let fingerprint: i64 = row.get(base)?;
                let orphan: bool = row.get(base + 1)?;
                let held: bool = row.get(base + 2)?;
                let decided = decided_from(&row.get::<_, String>(base + 3)?);
                // A row that is not what its fingerprint says (written by
                // an older ritme, or a text the database does not give back
                // as it was given): only a full plan knows what to do.
                if fingerprints.of(&item) != fingerprint {
                    return Ok(None);
                }
                stored.insert(
                    item.key.clone(),
                    Stored {
                        generated: item.generated,
                        fingerprint,
                        edited: item.edited,
                        date: item.date,
                        orphan,
                        held,
                    },
                );
                // An orphan is made by no plan.
                if orphan {
                    continue;
                }
                let mut now = item;
                restyle(&mut now, decided.contains_key("title"));
                let differs = fingerprints.of(&now) != fingerprint;
                if held {
                    match (kept.contains(now.key.as_str()), differs) {
                        // Made otherwise before and now.
                        (true, true) if now.date < today => {}
                        // Made alike, or not made: history either way.
                        (false, false) if now.date < today => continue,
                        _ => return Ok(None),
                    }
                }
                planned.push(Box::new(now));
            }
            ranges.push((from, until));
        }
        let plan = Plan {
            window: r.window,
            items: crate::plan::sorted(planned),
            unassigned: Vec::new(),
            dropped: Vec::new(),
            rotations: Default::default(),
            carried: Vec::new(),
        };
        let mut decision = decide(&plan, stored, today, &mut fingerprints);
        // Restyled items keep their keys and dates: nothing to add, remove
        // or newly orphan (a full plan would say otherwise only of rows
        // the checks above gave way on).
        if decision.writes.iter().any(|w| w.new)
            || !decision.removed.is_empty()
            || !decision.orphaned.is_empty()
        {
            return Ok(None);
        }
        write_planned(&tx, &mut decision.writes, &r.clock.stamp())?;
        mark(&tx, &decision, &[])?;
        let (mut changed, mut now_kept, mut orphans) = (Vec::new(), Vec::new(), Vec::new());
        for change in &decision.changes {
            match change {
                Change::Changed(k) => changed.push((*k).to_string()),
                Change::Kept(k) => now_kept.push((*k).to_string()),
                Change::Orphaned(k) => orphans.push(k.clone()),
                Change::Added(_) | Change::Removed(_) => return Ok(None),
            }
        }
        let mut blocks = Vec::new();
        for (from, until) in ranges.iter() {
            let text = item_blocks(&tx, from, until)?;
            blocks.push(((from.clone(), until.clone()), text));
        }
        let text = lock::splice(r.lock_text, &r.binding.header(), &blocks);
        let lock_hash = commit_text(&r.binding, &tx, &text)?;
        let settled = r.settled.restyled(&ranges, now_kept, orphans, r.shape);
        settled::record(
            &tx,
            Some(&settled),
            &lock_hash,
            &r.binding.definitions,
            r.window,
            today,
        )?;
        tx.commit()?;
        Ok(Some(Restyled { changed, settled }))
    }
}
