//! Edits carried to a new date (SPEC section 10): when a changed format
//! stops generating a stored item that people edited, the edits move to an
//! item the format now generates in the same period that is not stored yet
//! (the nearest such date; on a tie, the earlier). The item keeps its key,
//! so subscribers see the event move, not a second event; its `generated`
//! becomes the new date, which the lock records as `carried`, so a rebuild
//! and every clone carry it the same way.

use std::collections::{BTreeMap, HashSet};

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
pub const LINE: &str = "carried";

/// Gives the drafts that take over a carried item's edits that item's key.
/// `history` is the first day `plan` may change; items before it never
/// carry. Returns what was carried now (not what the lock already said).
pub fn carry(
    cal: &Calendar,
    drafts: &mut [Draft<'_>],
    lock: &Lock,
    history: Option<NaiveDate>,
) -> Vec<Carried> {
    let stored = |key: &str| lock.records.contains_key(key);
    let mut by_key: BTreeMap<String, usize> = drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| d.item.source == Source::Format)
        .map(|(i, d)| (d.item.key.clone(), i))
        .collect();
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
        if stored(&target) || by_key.contains_key(&record.key) {
            continue;
        }
        if let Some(i) = by_key.remove(&target) {
            drafts[i].item.key = record.key.clone();
            resolved.insert(&record.key);
        }
    }
    let Some(history) = history else {
        return Vec::new();
    };
    let mut carried = Vec::new();
    let mut taken: HashSet<usize> = HashSet::new();
    for record in lock.records.values() {
        if resolved.contains(record.key.as_str()) {
            continue;
        }
        let Some(from) = wants_carrying(record, history, &by_key) else {
            continue;
        };
        let Some((prefix, _)) = record.key.rsplit_once('/') else {
            continue;
        };
        let Some(format) = prefix
            .strip_prefix("format/")
            .and_then(|id| cal.formats.iter().find(|f| f.id == id))
        else {
            continue;
        };
        let period = format.recurrence.rule.period();
        let best = by_key
            .range(format!("{prefix}/")..)
            .take_while(|(k, _)| k.starts_with(prefix) && k[prefix.len()..].starts_with('/'))
            .map(|(k, &i)| (k, i, drafts[i].item.generated))
            .filter(|(k, i, to)| {
                !stored(k) && !taken.contains(i) && period.of(*to) == period.of(from)
            })
            .min_by_key(|(_, _, to)| ((*to - from).num_days().abs(), *to))
            .map(|(_, i, to)| (i, to));
        if let Some((i, to)) = best {
            taken.insert(i);
            drafts[i].item.key = record.key.clone();
            carried.push(Carried {
                key: record.key.clone(),
                from,
                to,
            });
        }
    }
    carried
}

/// The date a record's item was generated on, when it is a future format
/// item that people edited and the drafts no longer generate.
fn wants_carrying(
    record: &Record,
    history: NaiveDate,
    generated: &BTreeMap<String, usize>,
) -> Option<NaiveDate> {
    if !record.key.starts_with("format/")
        || generated.contains_key(&record.key)
        || record.get("orphan").is_some()
        || record.get("kept.source").is_some()
        || !record.entries.iter().any(|e| e.by.is_some())
    {
        return None;
    }
    let from = item::generated_in(&record.key)?;
    (from >= history).then_some(from)
}
