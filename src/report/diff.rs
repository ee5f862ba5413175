//! What a change to the calendar does to the plan (SPEC section 10, "Review
//! in pull requests"): the items and findings of two sides compared.
//!
//! Pure: the caller reads both sides (git revisions, the working tree),
//! plans them and hands over their items and findings; this module only
//! compares. Items are matched by key, so an item that moved keeps its
//! identity; findings by what they are about (code, week, date, person,
//! item), so a reworded message is no change.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, IsoWeek, NaiveDate, NaiveTime};
use rustc_hash::FxHashMap;

use crate::dates::DateRange;
use crate::model::Calendar;
use crate::plan::item::{iso_week, Item, Status};
use crate::report::{plural, Finding};

/// One side of the comparison: the plan's items and `check`'s findings.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Side<'a> {
    pub items: &'a [Item],
    pub findings: &'a [Finding],
}

/// What narrows the comparison.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scope<'a> {
    /// Items standing in it on either side, and findings about a day or
    /// week in it (findings about neither are kept).
    pub range: DateRange,
    /// Only the items and findings of this person, when given.
    pub person: Option<&'a str>,
}

/// The fields of an item that a change is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Facts {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    pub owner: Option<String>,
    pub ambassador: Option<String>,
    pub status: Status,
}

/// What a change compares: the facts of an item, borrowed from the item
/// itself (every item of both sides, without copying a string) or from the
/// [`Facts`] kept of a change.
#[derive(Clone, Copy)]
struct Compared<'a> {
    date: NaiveDate,
    time: Option<NaiveTime>,
    owner: Option<&'a str>,
    ambassador: Option<&'a str>,
    status: Status,
}

impl<'a> Compared<'a> {
    fn item(item: &'a Item) -> Self {
        Compared {
            date: item.date,
            time: item.time,
            owner: item.owner.as_deref(),
            ambassador: item.ambassador.as_deref(),
            status: item.status,
        }
    }

    fn facts(facts: &'a Facts) -> Self {
        Compared {
            date: facts.date,
            time: facts.time,
            owner: facts.owner.as_deref(),
            ambassador: facts.ambassador.as_deref(),
            status: facts.status,
        }
    }
}

impl Facts {
    fn of(item: &Item) -> Self {
        Facts {
            date: item.date,
            time: item.time,
            owner: item.owner.as_deref().map(str::to_string),
            ambassador: item.ambassador.as_deref().map(str::to_string),
            status: item.status,
        }
    }

    /// The people the item is with: its owner and ambassador.
    fn people(&self) -> impl Iterator<Item = &str> {
        self.owner
            .iter()
            .chain(&self.ambassador)
            .map(String::as_str)
    }
}

/// A kind of change; an item that stayed can have several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Kind {
    Added,
    Removed,
    /// Its date changed.
    Moved,
    /// Its time of day changed (or it became all-day, or timed).
    Retimed,
    /// Its owner or ambassador changed.
    Reassigned,
    /// Its status changed.
    Status,
}

impl Kind {
    /// Every kind, in the order they are shown.
    pub(crate) const ALL: [Kind; 6] = [
        Kind::Added,
        Kind::Removed,
        Kind::Moved,
        Kind::Retimed,
        Kind::Reassigned,
        Kind::Status,
    ];

    /// The word in JSON.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Kind::Added => "added",
            Kind::Removed => "removed",
            Kind::Moved => "moved",
            Kind::Retimed => "retimed",
            Kind::Reassigned => "reassigned",
            Kind::Status => "status",
        }
    }
}

/// One item that differs between the sides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ItemChange {
    pub key: String,
    /// The key it had on the base side, when that differs: a weekday or
    /// `nth` change gives an occurrence a new generated date, so a new key,
    /// and the occurrence of the same series in the same ISO week is the
    /// one that moved.
    pub was: Option<String>,
    pub title: String,
    /// Its facts on the base side; `None` when added.
    pub before: Option<Facts>,
    /// Its facts on the head side; `None` when removed.
    pub after: Option<Facts>,
    /// What changed, in [`Kind::ALL`]'s order.
    pub kinds: Vec<Kind>,
}

impl ItemChange {
    /// The date the item stands on now, or stood on when removed.
    pub(crate) fn date(&self) -> NaiveDate {
        self.after
            .as_ref()
            .or(self.before.as_ref())
            .map_or(NaiveDate::MIN, |f| f.date)
    }

    /// Where it stood and where it stands: the dates whose ISO weeks it
    /// touches.
    fn dates(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.before.iter().chain(&self.after).map(|f| f.date)
    }

    fn has(&self, kind: Kind) -> bool {
        self.kinds.contains(&kind)
    }
}

/// How a person's part changed. The lists hold indexes into
/// [`Comparison::items`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct PersonChange {
    pub person: String,
    /// New items that are theirs.
    pub added: Vec<usize>,
    /// Their items that are gone.
    pub removed: Vec<usize>,
    /// Items that stayed and became theirs (as owner or ambassador).
    pub given: Vec<usize>,
    /// Items that stayed and are no longer theirs.
    pub taken: Vec<usize>,
    /// Their items (on both sides) that moved to another date.
    pub moved: Vec<usize>,
    /// Their items (on both sides) at another time of day.
    pub retimed: Vec<usize>,
    /// Their items (on both sides) whose status changed.
    pub status: Vec<usize>,
    /// The ISO weeks where the number of items they own changed.
    pub weeks: Vec<WeekLoad>,
}

/// A person's load in one ISO week on both sides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct WeekLoad {
    /// `2026-W14`.
    pub week: String,
    pub before: usize,
    pub after: usize,
    /// Their capacity on the head side.
    pub capacity: u32,
}

impl WeekLoad {
    /// Whether the head side has them above capacity.
    pub(crate) fn over(&self) -> bool {
        self.after > self.capacity as usize
    }
}

/// One ISO week's change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct WeekChange {
    pub week: String,
    /// Items standing in the week, on each side (within the scope).
    pub before: usize,
    pub after: usize,
    /// Indexes into [`Comparison::items`] of the changes touching it.
    pub changes: Vec<usize>,
}

/// Everything that differs.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Comparison {
    /// By date, then key.
    pub items: Vec<ItemChange>,
    /// By person id.
    pub people: Vec<PersonChange>,
    /// By week.
    pub weeks: Vec<WeekChange>,
    /// Findings on the head side that the base side does not have.
    pub introduced: Vec<Finding>,
    /// Findings on the base side that the head side no longer has.
    pub resolved: Vec<Finding>,
}

/// How many items changed in each way.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Counts {
    pub added: usize,
    pub removed: usize,
    pub moved: usize,
    pub retimed: usize,
    pub reassigned: usize,
    pub status: usize,
}

impl Counts {
    /// The count of `kind`.
    pub(crate) fn of(&self, kind: Kind) -> usize {
        match kind {
            Kind::Added => self.added,
            Kind::Removed => self.removed,
            Kind::Moved => self.moved,
            Kind::Retimed => self.retimed,
            Kind::Reassigned => self.reassigned,
            Kind::Status => self.status,
        }
    }
}

impl Comparison {
    /// Whether the two sides plan the same and find the same.
    pub(crate) fn is_empty(&self) -> bool {
        self.items.is_empty() && self.introduced.is_empty() && self.resolved.is_empty()
    }

    /// Items per kind of change (an item can count under several).
    pub(crate) fn counts(&self) -> Counts {
        let count = |k: Kind| self.items.iter().filter(|c| c.has(k)).count();
        Counts {
            added: count(Kind::Added),
            removed: count(Kind::Removed),
            moved: count(Kind::Moved),
            retimed: count(Kind::Retimed),
            reassigned: count(Kind::Reassigned),
            status: count(Kind::Status),
        }
    }
}

/// The identity of a finding across the sides.
type FindingKey<'f> = (
    &'f str,
    Option<&'f str>,
    Option<NaiveDate>,
    Option<&'f str>,
    Option<&'f str>,
);

fn finding_key(f: &Finding) -> FindingKey<'_> {
    (
        f.code.as_str(),
        f.week.as_deref(),
        f.date,
        f.person.as_deref(),
        f.item.as_deref(),
    )
}

/// Compares `base` with `head` within `scope`; capacities come from
/// `head_cal`, the calendar the change leads to.
pub(crate) fn compare(head_cal: &Calendar, base: Side, head: Side, scope: Scope) -> Comparison {
    let (base_items, head_items) = (
        by_key(base.items, scope.range),
        by_key(head.items, scope.range),
    );
    let items = merged(&base_items, &head_items)
        .filter_map(|(b, h)| change(b, h))
        .collect();
    let mut items: Vec<ItemChange> = pair_moves(items)
        .into_iter()
        .filter(|c| scope.person.is_none_or(|p| touches(c, p)))
        .collect();
    items.sort_by(|a, b| a.date().cmp(&b.date()).then_with(|| a.key.cmp(&b.key)));
    let people = people(head_cal, &items, &base_items, &head_items, scope.person);
    let weeks = weeks(&items, &base_items, &head_items, scope.person);
    let about = |f: &&Finding| {
        let dated = match (f.date, f.week.as_deref()) {
            (Some(d), _) => scope.range.contains(d),
            (None, Some(w)) => crate::dates::week(w)
                .map(|w| w.from <= scope.range.until && scope.range.from <= w.until)
                .unwrap_or(true),
            (None, None) => true,
        };
        dated && scope.person.is_none_or(|p| f.person.as_deref() == Some(p))
    };
    let base_keys: BTreeSet<FindingKey> = base.findings.iter().map(finding_key).collect();
    let head_keys: BTreeSet<FindingKey> = head.findings.iter().map(finding_key).collect();
    let introduced = head
        .findings
        .iter()
        .filter(about)
        .filter(|f| !base_keys.contains(&finding_key(f)))
        .cloned()
        .collect();
    let resolved = base
        .findings
        .iter()
        .filter(about)
        .filter(|f| !head_keys.contains(&finding_key(f)))
        .cloned()
        .collect();
    Comparison {
        items,
        people,
        weeks,
        introduced,
        resolved,
    }
}

/// The items of `side` standing in `range`, sorted by key.
fn by_key(side: &[Item], range: DateRange) -> Vec<&Item> {
    let mut items: Vec<&Item> = side.iter().filter(|it| range.contains(it.date)).collect();
    items.sort_unstable_by(|a, b| a.key.cmp(&b.key));
    items
}

/// The items of both sides paired by key: each key once, with its item on
/// either side. Both lists are sorted by key.
fn merged<'i>(
    base: &'i [&'i Item],
    head: &'i [&'i Item],
) -> impl Iterator<Item = (Option<&'i Item>, Option<&'i Item>)> + 'i {
    let (mut b, mut h) = (base.iter().peekable(), head.iter().peekable());
    std::iter::from_fn(move || match (b.peek(), h.peek()) {
        (None, None) => None,
        (Some(x), Some(y)) if x.key == y.key => Some((b.next().copied(), h.next().copied())),
        (Some(x), Some(y)) if x.key < y.key => Some((b.next().copied(), None)),
        (Some(_), None) => Some((b.next().copied(), None)),
        _ => Some((None, h.next().copied())),
    })
}

/// The change of one key, or `None` when it is the same on both sides.
fn change(base: Option<&Item>, head: Option<&Item>) -> Option<ItemChange> {
    // Most items are the same on both sides: nothing is copied for them.
    let kinds = kinds(base.map(Compared::item), head.map(Compared::item));
    if kinds.is_empty() {
        return None;
    }
    let item = head.or(base)?;
    Some(ItemChange {
        key: item.key.clone(),
        was: None,
        title: item.title.to_string(),
        before: base.map(Facts::of),
        after: head.map(Facts::of),
        kinds,
    })
}

/// What differs between an item's facts on the two sides.
fn kinds(before: Option<Compared>, after: Option<Compared>) -> Vec<Kind> {
    match (before, after) {
        (None, Some(_)) => vec![Kind::Added],
        (Some(_), None) => vec![Kind::Removed],
        (Some(b), Some(a)) => {
            let mut kinds = Vec::new();
            if b.date != a.date {
                kinds.push(Kind::Moved);
            }
            if b.time != a.time {
                kinds.push(Kind::Retimed);
            }
            if b.owner != a.owner || b.ambassador != a.ambassador {
                kinds.push(Kind::Reassigned);
            }
            if b.status != a.status {
                kinds.push(Kind::Status);
            }
            kinds
        }
        (None, None) => Vec::new(),
    }
}

/// The series of a key: the key without its generated date
/// (`format/vrijdagvraag`, `campaign/cyber/quiz`); one-offs have none.
fn series(key: &str) -> Option<&str> {
    let (head, date) = key.rsplit_once('/')?;
    crate::plan::item::parse_date(date).map(|_| head)
}

/// Pairs each removed item with an added one of the same series standing
/// in the same ISO week (in date order), and makes each pair one change:
/// the occurrence moved, under its new key.
fn pair_moves(changes: Vec<ItemChange>) -> Vec<ItemChange> {
    let mut removed: BTreeMap<(String, String), Vec<ItemChange>> = BTreeMap::new();
    let mut rest = Vec::with_capacity(changes.len());
    for c in changes {
        let group = c
            .before
            .as_ref()
            .filter(|_| c.after.is_none())
            .and_then(|b| Some((series(&c.key)?.to_string(), iso_week(b.date))));
        match group {
            Some(g) => removed.entry(g).or_default().push(c),
            None => rest.push(c),
        }
    }
    for list in removed.values_mut() {
        list.sort_by_key(|c| std::cmp::Reverse(c.date()));
    }
    rest.sort_by(|a, b| a.date().cmp(&b.date()).then_with(|| a.key.cmp(&b.key)));
    let mut out = Vec::with_capacity(rest.len());
    for mut c in rest {
        let group = c
            .after
            .as_ref()
            .filter(|_| c.before.is_none())
            .and_then(|a| Some((series(&c.key)?.to_string(), iso_week(a.date))));
        if let Some(old) = group.and_then(|g| removed.get_mut(&g)?.pop()) {
            c.before = old.before;
            c.was = Some(old.key);
            c.kinds = kinds(
                c.before.as_ref().map(Compared::facts),
                c.after.as_ref().map(Compared::facts),
            );
            if c.kinds.is_empty() {
                continue;
            }
        }
        out.push(c);
    }
    out.extend(removed.into_values().flatten());
    out
}

/// Whether `person` is with the item on either side.
fn touches(c: &ItemChange, person: &str) -> bool {
    c.before
        .iter()
        .chain(&c.after)
        .any(|f| f.people().any(|p| p == person))
}

fn people(
    cal: &Calendar,
    items: &[ItemChange],
    base: &[&Item],
    head: &[&Item],
    only: Option<&str>,
) -> Vec<PersonChange> {
    let mut by: BTreeMap<String, PersonChange> = BTreeMap::new();
    for (i, c) in items.iter().enumerate() {
        let before: BTreeSet<&str> = c.before.iter().flat_map(Facts::people).collect();
        let after: BTreeSet<&str> = c.after.iter().flat_map(Facts::people).collect();
        if c.has(Kind::Added) {
            after.iter().for_each(|p| entry(&mut by, p).added.push(i));
            continue;
        }
        if c.has(Kind::Removed) {
            before
                .iter()
                .for_each(|p| entry(&mut by, p).removed.push(i));
            continue;
        }
        for p in after.difference(&before) {
            entry(&mut by, p).given.push(i);
        }
        for p in before.difference(&after) {
            entry(&mut by, p).taken.push(i);
        }
        for p in before.intersection(&after) {
            let e = entry(&mut by, p);
            if c.has(Kind::Moved) {
                e.moved.push(i);
            }
            if c.has(Kind::Retimed) {
                e.retimed.push(i);
            }
            if c.has(Kind::Status) {
                e.status.push(i);
            }
        }
    }
    let (base_load, head_load) = (owned_per_week(base), owned_per_week(head));
    let mut out: Vec<PersonChange> = by
        .into_values()
        .filter(|p| only.is_none_or(|o| o == p.person))
        .collect();
    for p in &mut out {
        let capacity = cal
            .person(&p.person)
            .map_or(cal.rules.capacity, |x| x.capacity);
        let touched: BTreeMap<String, IsoWeek> = [
            &p.added, &p.removed, &p.given, &p.taken, &p.moved, &p.retimed,
        ]
        .into_iter()
        .flatten()
        .flat_map(|i| items[*i].dates())
        .map(|d| (iso_week(d), d.iso_week()))
        .collect();
        for (week, number) in touched {
            let key = (p.person.as_str(), number);
            let before = base_load.get(&key).copied().unwrap_or(0);
            let after = head_load.get(&key).copied().unwrap_or(0);
            if before != after {
                p.weeks.push(WeekLoad {
                    week,
                    before,
                    after,
                    capacity,
                });
            }
        }
    }
    out
}

/// The change of `person`, made when first needed.
fn entry<'b>(by: &'b mut BTreeMap<String, PersonChange>, person: &str) -> &'b mut PersonChange {
    by.entry(person.to_string())
        .or_insert_with_key(|p| PersonChange {
            person: p.clone(),
            ..PersonChange::default()
        })
}

/// How many items each person owns per ISO week: counted by the week's
/// number, since a label per item was most of the comparison's time.
fn owned_per_week<'i>(side: &[&'i Item]) -> FxHashMap<(&'i str, IsoWeek), usize> {
    let mut load = FxHashMap::default();
    for it in side {
        if let Some(owner) = it.owner.as_deref() {
            *load.entry((owner, it.date.iso_week())).or_default() += 1;
        }
    }
    load
}

fn weeks(
    items: &[ItemChange],
    base: &[&Item],
    head: &[&Item],
    only: Option<&str>,
) -> Vec<WeekChange> {
    let mut by: BTreeMap<String, (IsoWeek, Vec<usize>)> = BTreeMap::new();
    for (i, c) in items.iter().enumerate() {
        for d in c.dates() {
            let (_, changes) = by
                .entry(iso_week(d))
                .or_insert_with(|| (d.iso_week(), Vec::new()));
            if changes.last() != Some(&i) {
                changes.push(i);
            }
        }
    }
    let count = |side: &[&Item]| {
        let mut n: FxHashMap<IsoWeek, usize> = FxHashMap::default();
        for it in side {
            let theirs = only.is_none_or(|p| {
                it.owner.as_deref() == Some(p) || it.ambassador.as_deref() == Some(p)
            });
            if theirs {
                *n.entry(it.date.iso_week()).or_default() += 1;
            }
        }
        n
    };
    let (before, after) = (count(base), count(head));
    by.into_iter()
        .map(|(week, (number, changes))| WeekChange {
            before: before.get(&number).copied().unwrap_or(0),
            after: after.get(&number).copied().unwrap_or(0),
            week,
            changes,
        })
        .collect()
}

/// The one-line summary: `3 items added, 2 moved; 1 finding introduced`.
pub(crate) fn summary(c: &Comparison) -> String {
    if c.is_empty() {
        return "no change to the plan".to_string();
    }
    let counts = c.counts();
    let words: Vec<String> = Kind::ALL
        .into_iter()
        .filter(|k| counts.of(*k) > 0)
        .enumerate()
        .map(|(i, k)| {
            let n = counts.of(k);
            let what = match k {
                Kind::Status => "status changed",
                k => k.as_str(),
            };
            if i == 0 {
                format!("{n} item{} {what}", plural(n))
            } else {
                format!("{n} {what}")
            }
        })
        .collect();
    let items = if words.is_empty() {
        "no item changed".to_string()
    } else {
        words.join(", ")
    };
    format!(
        "{items}; {} finding{} introduced, {} resolved",
        c.introduced.len(),
        plural(c.introduced.len()),
        c.resolved.len()
    )
}

/// A person's line: `anna: +3 items, 2 moved, 1 taken away; 2026-W14 now 4
/// items against capacity 3`.
pub(crate) fn person_line(p: &PersonChange) -> String {
    let signed = |n: usize, sign: char| (n > 0).then(|| format!("{sign}{n} item{}", plural(n)));
    let plain = |n: usize, what: &str| (n > 0).then(|| format!("{n} {what}"));
    let parts: Vec<String> = [
        signed(p.added.len(), '+'),
        signed(p.removed.len(), '-'),
        plain(p.given.len(), "given"),
        plain(p.taken.len(), "taken away"),
        plain(p.moved.len(), "moved"),
        plain(p.retimed.len(), "retimed"),
        plain(p.status.len(), "status changed"),
    ]
    .into_iter()
    .flatten()
    .collect();
    let mut line = format!("{}: {}", p.person, parts.join(", "));
    let over: Vec<String> = p
        .weeks
        .iter()
        .filter(|w| w.over())
        .map(|w| {
            format!(
                "{} now {} item{} against capacity {}",
                w.week,
                w.after,
                plural(w.after),
                w.capacity
            )
        })
        .collect();
    if !over.is_empty() {
        line.push_str("; ");
        line.push_str(&over.join(", "));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::test_support;

    fn item(key: &str, date: &str, owner: Option<&str>) -> Item {
        let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
        test_support::item(key, date, owner)
    }

    fn compare_items(base: &[Item], head: &[Item]) -> Comparison {
        let cal = test_support::calendar();
        compare(
            &cal,
            Side {
                items: base,
                findings: &[],
            },
            Side {
                items: head,
                findings: &[],
            },
            Scope {
                range: DateRange {
                    from: NaiveDate::MIN,
                    until: NaiveDate::MAX,
                },
                person: None,
            },
        )
    }

    #[test]
    fn the_same_items_are_no_change() {
        let items = [item("item/a", "2026-12-01", Some("anna"))];
        let c = compare_items(&items, &items);
        assert!(c.is_empty());
        assert_eq!(summary(&c), "no change to the plan");
    }

    #[test]
    fn a_reassigned_item_is_taken_from_one_and_given_to_the_other() {
        let base = [item("item/a", "2026-12-01", Some("anna"))];
        let head = [item("item/a", "2026-12-08", Some("bert"))];
        let c = compare_items(&base, &head);
        assert_eq!(c.items[0].kinds, vec![Kind::Moved, Kind::Reassigned]);
        assert_eq!(c.people.len(), 2);
        assert_eq!(c.people[0].person, "anna");
        assert_eq!(c.people[0].taken, vec![0]);
        assert_eq!(c.people[1].given, vec![0]);
        assert_eq!(
            summary(&c),
            "1 item moved, 1 reassigned; 0 findings introduced, 0 resolved"
        );
        assert_eq!(person_line(&c.people[0]), "anna: 1 taken away");
    }

    #[test]
    fn an_occurrence_on_another_weekday_of_the_same_week_moved() {
        let base = [
            item("format/v/2026-12-04", "2026-12-04", Some("bert")),
            item("format/v/2026-12-11", "2026-12-11", Some("bert")),
        ];
        let head = [
            item("format/v/2026-12-03", "2026-12-03", Some("bert")),
            item("format/v/2026-12-10", "2026-12-10", Some("anna")),
        ];
        let c = compare_items(&base, &head);
        assert_eq!(c.items.len(), 2, "{c:?}");
        assert_eq!(c.items[0].key, "format/v/2026-12-03");
        assert_eq!(c.items[0].was.as_deref(), Some("format/v/2026-12-04"));
        assert_eq!(c.items[0].kinds, vec![Kind::Moved]);
        assert_eq!(c.items[1].kinds, vec![Kind::Moved, Kind::Reassigned]);
    }

    #[test]
    fn added_items_show_the_week_above_capacity() {
        let base = [];
        let head = [
            item("item/a", "2026-12-01", Some("anna")),
            item("item/b", "2026-12-02", Some("anna")),
            item("item/c", "2026-12-03", Some("anna")),
        ];
        let c = compare_items(&base, &head);
        let anna = &c.people[0];
        assert_eq!(anna.added.len(), 3);
        assert_eq!(anna.weeks[0].after, 3);
        assert!(person_line(anna).starts_with("anna: +3 items; 2026-W49 now 3 items against"));
    }
}
