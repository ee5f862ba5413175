//! Edits carried to a new date (SPEC section 10): when a changed format
//! stops generating a stored item that people edited, the edits move to an
//! item the format now generates in the same period that is not stored yet
//! (the nearest such date; on a tie, the earlier). The item keeps its key,
//! so subscribers see the event move, not a second event; its `generated`
//! becomes the new date, which the lock records as `carried`, so a rebuild
//! and every clone carry it the same way.

use std::collections::HashSet;

use rustc_hash::FxHashMap;

use chrono::NaiveDate;

use super::assign::Draft;
use super::item::{self, Source};
use crate::lock::{Lock, Record};
use crate::model::Calendar;

/// An item whose edits `plan` carried to another date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Carried {
    pub key: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// The lock line naming the date a carried item now stands for.
pub(crate) const LINE: &str = "carried";

/// Gives the drafts that take over a carried item's edits that item's key.
/// `history` is the first day `plan` may change; items before it never
/// carry. Returns what was carried now (not what the lock already said).
pub(crate) fn carry(
    cal: &Calendar,
    drafts: &mut [Draft<'_>],
    lock: &Lock,
    history: Option<NaiveDate>,
) -> Vec<Carried> {
    if lock.records.is_empty() {
        return Vec::new();
    }
    let (renames, carried) = decide(cal, drafts, lock, history);
    for (i, key) in renames {
        drafts[i].item.key = key;
    }
    carried
}

/// Which drafts take which stored key (by draft index), and what is
/// carried now; the drafts are only read here.
fn decide(
    cal: &Calendar,
    drafts: &[Draft<'_>],
    lock: &Lock,
    history: Option<NaiveDate>,
) -> (Vec<(usize, String)>, Vec<Carried>) {
    let stored = |key: &str| lock.records.contains_key(key);
    let by_key: FxHashMap<&str, usize> = drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| d.item.source == Source::Format)
        .map(|(i, d)| (d.item.key.as_str(), i))
        .collect();
    let mut renames = Vec::new();
    let mut taken: HashSet<usize> = HashSet::new();
    // Carried before: the lock says where to (unless the format makes the
    // item's own date again, or no longer makes the date it was carried to).
    let mut resolved: HashSet<&str> = HashSet::new();
    for record in lock.records.values() {
        let Some(to) = record.text(LINE).and_then(item::parse_date) else {
            continue;
        };
        let Some((prefix, _)) = record.key.rsplit_once('/') else {
            continue;
        };
        let target = format!("{prefix}/{}", item::date_text(to));
        if stored(&target) || by_key.contains_key(record.key.as_str()) {
            continue;
        }
        if let Some(&i) = by_key.get(target.as_str()).filter(|i| taken.insert(**i)) {
            renames.push((i, record.key.clone()));
            resolved.insert(&record.key);
        }
    }
    let Some(history) = history else {
        return (renames, Vec::new());
    };
    let mut carried = Vec::new();
    for record in lock.records.values() {
        if resolved.contains(record.key.as_str()) {
            continue;
        }
        let Some(from) = wants_carrying(record, history, &by_key) else {
            continue;
        };
        let Some(format) = record
            .key
            .rsplit_once('/')
            .and_then(|(prefix, _)| prefix.strip_prefix("format/"))
            .and_then(|id| cal.formats.iter().find(|f| f.id == id))
        else {
            continue;
        };
        let period = format.recurrence.rule.period();
        // Rare (an edited item its format no longer makes): a scan of the
        // drafts is cheaper than indexing them all by format.
        let best = drafts
            .iter()
            .enumerate()
            .filter(|(i, d)| {
                d.item.source == Source::Format
                    && *d.item.source_id == *format.id
                    && !stored(&d.item.key)
                    && !taken.contains(i)
                    && period.of(d.item.generated) == period.of(from)
            })
            .min_by_key(|(_, d)| {
                let to = d.item.generated;
                ((to - from).num_days().abs(), to)
            })
            .map(|(i, d)| (i, d.item.generated));
        if let Some((i, to)) = best {
            taken.insert(i);
            renames.push((i, record.key.clone()));
            carried.push(Carried {
                key: record.key.clone(),
                from,
                to,
            });
        }
    }
    (renames, carried)
}

/// The date a record's item was generated on, when it is a future format
/// item that people edited and the drafts no longer generate.
fn wants_carrying(
    record: &Record,
    history: NaiveDate,
    generated: &FxHashMap<&str, usize>,
) -> Option<NaiveDate> {
    if !record.key.starts_with("format/")
        || generated.contains_key(record.key.as_str())
        || record.get("orphan").is_some()
        || record.get("kept.source").is_some()
        || !record.entries.iter().any(|e| e.by.is_some())
    {
        return None;
    }
    let from = item::generated_in(&record.key)?;
    (from >= history).then_some(from)
}
