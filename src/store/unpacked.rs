//! The stored plan worked out in memory, without a database: the items
//! [`Store::rebuild`](super::Store::rebuild) would store from a lock, or a
//! first plan would store, for a command that reads it once and writes
//! nothing (`ritme diff` reads two sides, `check` one). Building a
//! database of 100,000 items only to read them back was most of `diff`'s
//! time (BENCHMARKS.md, `diff`).

use chrono::NaiveDate;

use rustc_hash::FxHashMap;

use super::lock::{decided_of, is_edited, review_entry, reviews, stored_items};
use crate::dates::DateRange;
use crate::lock::Lock;
use crate::plan::item::Item;
use crate::plan::review::Recorded;
use crate::plan::Plan;

/// A lock's stored items, as a database rebuilt from it holds them.
#[derive(Debug, Default)]
pub(crate) struct Unpacked {
    /// By date, time (all-day first) and key, as [`Store::items`](super::Store::items) reads them.
    items: Vec<Item>,
    /// Whether each item is an orphan: kept, its definition gone.
    orphan: Vec<bool>,
}

impl Unpacked {
    /// The stored items of `lock`; `plan` is the definitions' plan over the
    /// lock's range, made with the lock, as for a rebuild. `None` when the
    /// plan makes an item the lock does not hold: then the lock is not what
    /// `plan` would store now, though its definitions are the same (`ritme
    /// reviewed` leaves the page's next review for `plan` to add), and only
    /// a plan applied to the rebuilt database says what it would store.
    pub(crate) fn new(plan: Plan, lock: &Lock) -> Option<Self> {
        // The plan's items are moved, not copied: a copy of each was a
        // quarter of `ritme diff` (BENCHMARKS.md, `diff`). Their keys are
        // taken out to be the map's keys, and put back.
        let mut planned: FxHashMap<String, Box<Item>> = plan
            .items
            .into_iter()
            .map(|mut it| (std::mem::take(&mut it.key), it))
            .collect();
        let mut take = |key: &str| {
            let (key, item) = planned.remove_entry(key)?;
            Some(Item { key, ..*item })
        };
        let mut stored = Vec::with_capacity(lock.records.len());
        let mut orphan = Vec::with_capacity(lock.records.len());
        for (record, mut item) in stored_items(lock, &mut take) {
            item.edited = is_edited(&decided_of(record));
            orphan.push(record.get("orphan").is_some());
            stored.push(item);
        }
        if !planned.is_empty() {
            return None;
        }
        // Sorted by position, then moved into place cycle by cycle: moving
        // the items themselves while sorting, or into a second list, was
        // most of the time of unpacking a lock.
        let mut order: Vec<usize> = (0..stored.len()).collect();
        order.sort_unstable_by(|&a, &b| {
            let (a, b) = (&stored[a], &stored[b]);
            (a.date, a.time, &a.key).cmp(&(b.date, b.time, &b.key))
        });
        for start in 0..order.len() {
            // Position `k` takes the item at `order[k]`; a done position
            // points at itself.
            let mut k = start;
            while order[k] != k {
                let next = std::mem::replace(&mut order[k], k);
                if next == start {
                    break;
                }
                stored.swap(k, next);
                orphan.swap(k, next);
                k = next;
            }
        }
        Some(Unpacked {
            items: stored,
            orphan,
        })
    }

    /// What a first plan stores: `plan`'s own items, with no lock to lay
    /// over them and nothing orphaned.
    pub(crate) fn first(plan: Plan) -> Self {
        let mut items: Vec<Item> = plan.items.into_iter().map(|it| *it).collect();
        // Keys are unique: an unstable sort gives the one order.
        items.sort_unstable_by(|a, b| (a.date, a.time, &a.key).cmp(&(b.date, b.time, &b.key)));
        let orphan = vec![false; items.len()];
        Unpacked { items, orphan }
    }

    /// The positions of the items standing in `range`.
    fn within(&self, range: DateRange) -> std::ops::Range<usize> {
        let start = self.items.partition_point(|it| it.date < range.from);
        let end = self.items.partition_point(|it| it.date <= range.until);
        start..end.max(start)
    }

    /// The items standing in `range`, by date, time and key.
    pub(crate) fn items(&self, range: DateRange) -> Vec<Item> {
        self.items[self.within(range)].to_vec()
    }

    /// [`Unpacked::items`], taking them.
    pub(crate) fn into_items(mut self, range: DateRange) -> Vec<Item> {
        let within = self.within(range);
        self.items.truncate(within.end);
        self.items.drain(..within.start);
        self.items
    }

    /// The keys of the orphans standing in `range`, by date and key.
    pub(crate) fn orphans(&self, range: DateRange) -> Vec<String> {
        let within = self.within(range);
        let mut keys: Vec<(NaiveDate, &str)> = self.items[within.clone()]
            .iter()
            .zip(&self.orphan[within])
            .filter(|(_, orphan)| **orphan)
            .map(|(it, _)| (it.date, it.key.as_str()))
            .collect();
        keys.sort_unstable();
        keys.into_iter().map(|(_, key)| key.to_string()).collect()
    }
}

/// The page reviews recorded in `lock`, oldest first, as
/// [`Store::review_log`](super::Store::review_log) reads them after a rebuild.
pub(crate) fn review_log(lock: &Lock) -> Vec<Recorded> {
    reviews(lock)
        .map(|(page, e)| {
            let (date, archived) = review_entry(&e.value);
            Recorded {
                page: page.to_string(),
                date: super::query::parse_date(&date).unwrap_or(NaiveDate::MIN),
                archived,
            }
        })
        .collect()
}
