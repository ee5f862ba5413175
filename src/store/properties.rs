//! Property tests of the plan over time through the store and the lock
//! (SPEC sections 10 and 11): a changed rotation list leaves every stored
//! item before today plus the freeze with its owner, and a database rebuilt
//! from the lock alone gives the same lock back.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;

use super::{Binding, Location, Store};
use crate::clock::Clock;
use crate::dates::DateRange;
use crate::lock::{self, Lock};
use crate::model::*;
use crate::plan::test_support::{calendar, d, format};

const PEOPLE: [&str; 5] = ["anna", "bert", "chris", "dana", "erik"];

/// Everyone, with room for every item: only the rule decides.
fn people_calendar(list: &[usize]) -> Calendar {
    let mut cal = calendar();
    cal.people = crate::plan::assign::tests::calendar(
        &PEOPLE.iter().map(|p| (*p, 7, &[][..])).collect::<Vec<_>>(),
    )
    .people;
    let members = list
        .iter()
        .map(|&i| Member::Person(PEOPLE[i].to_string()))
        .collect();
    let start = d(2026, 9, 7);
    let fixed = OwnerRule::Fixed(PEOPLE[list[0]].to_string());
    for (id, rrule, owner) in [
        (
            "rubriek",
            "FREQ=WEEKLY;BYDAY=MO",
            OwnerRule::Rotation(members),
        ),
        ("vast", "FREQ=WEEKLY;BYDAY=WE", fixed),
    ] {
        let template = Template {
            title: id.into(),
            owner,
            ..Template::default()
        };
        cal.formats.push(format(id, rrule, start, template));
    }
    cal
}

/// A list of 2 to 5 distinct people, in any order.
fn list() -> impl Strategy<Value = Vec<usize>> {
    Just((0..PEOPLE.len()).collect::<Vec<_>>())
        .prop_shuffle()
        .prop_flat_map(|all| (2..=all.len()).prop_map(move |n| all[..n].to_vec()))
}

struct Planned {
    store: Store,
    lock: Lock,
    text: String,
}

/// Plans `cal` over `window` at `today` on top of `before`, as `ritme plan`
/// does, and reads back the lock it wrote.
fn plan(
    dir: &std::path::Path,
    cal: &Calendar,
    window: DateRange,
    today: NaiveDate,
    before: Option<Planned>,
) -> Planned {
    let path = dir.join(lock::FILE_NAME);
    let (mut store, lock) = match before {
        Some(p) => (p.store, p.lock),
        None => (
            Store::open(&Location::Memory, true).unwrap(),
            Lock::default(),
        ),
    };
    store.bind(Binding {
        path: path.clone(),
        definitions: "d".into(),
        digest: String::new(),
        range: (window.from, window.until),
        today,
        read_today: lock.today,
    });
    let plan = crate::plan::build_at(cal, window, &lock, Some(today)).unwrap();
    let clock = Clock {
        today,
        now: chrono::DateTime::from_timestamp(1_795_435_200, 0).unwrap(),
    };
    store.apply(&plan, &clock, false).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    Planned {
        store,
        lock: lock::parse(&text).unwrap(),
        text,
    }
}

fn owners(l: &Lock) -> Vec<(String, Option<String>)> {
    l.records
        .values()
        .filter(|r| r.key.starts_with("format/"))
        .map(|r| (r.key.clone(), r.text("owner").map(String::from)))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn a_rotation_change_leaves_every_item_before_the_freeze_untouched(
        first in list(),
        second in list(),
        weeks in 0u64..8,
        later in 0u64..21,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let today = d(2026, 9, 7) + Days::new(7 * weeks);
        let window = DateRange { from: today, until: d(2027, 3, 31) };
        let one = plan(dir.path(), &people_calendar(&first), window, today, None);
        let before = owners(&one.lock);
        let then = today + Days::new(later);
        let two = plan(dir.path(), &people_calendar(&second), window, then, Some(one));
        let after = owners(&two.lock);
        let boundary = then + Days::new(14);
        let mut frozen = 0;
        prop_assert_eq!(before.len(), after.len());
        for ((key, was), (same, now)) in before.iter().zip(&after) {
            prop_assert_eq!(key, same);
            let date = crate::plan::item::generated_in(key).unwrap();
            if date < boundary {
                frozen += 1;
                prop_assert_eq!(was, now, "{} moved inside the freeze", key);
            }
        }
        prop_assert!(frozen >= 4, "the freeze covers two Mondays and two Wednesdays at least");
        // After the freeze, the new list goes on from the first member
        // after the last kept turn who is still in it, without a gap.
        let rotation = |from_boundary: bool| -> Vec<&str> {
            after
                .iter()
                .filter(|(k, _)| k.starts_with("format/rubriek/"))
                .filter(|(k, _)| {
                    let date = crate::plan::item::generated_in(k);
                    date.is_some_and(|date| date >= boundary) == from_boundary
                })
                .filter_map(|(_, o)| o.as_deref())
                .collect()
        };
        let (kept, next) = (rotation(false), rotation(true));
        let old = |p: &str| first.iter().position(|&i| PEOPLE[i] == p).unwrap();
        let at = |p: &str| second.iter().position(|&i| PEOPLE[i] == p).unwrap();
        if first != second {
            let last = old(kept.last().unwrap());
            let expected = (1..=first.len())
                .map(|k| first[(last + k) % first.len()])
                .find(|i| second.contains(i))
                .unwrap_or(second[0]);
            prop_assert_eq!(next[0], PEOPLE[expected]);
        }
        for pair in next.windows(2) {
            prop_assert_eq!((at(pair[0]) + 1) % second.len(), at(pair[1]));
        }

        // The lock alone rebuilds a database that gives the same lock.
        let dir2 = tempfile::tempdir().unwrap();
        let mut fresh = Store::open(&Location::Memory, true).unwrap();
        let range = two.lock.range.unwrap();
        let rebuilt = crate::plan::build(
            &people_calendar(&second),
            DateRange { from: range.0, until: range.1 },
            &two.lock,
        ).unwrap();
        fresh.rebuild(&rebuilt, &two.lock, "h", "d").unwrap();
        let binding = Binding {
            path: dir2.path().join(lock::FILE_NAME),
            definitions: "d".into(),
            digest: String::new(),
            range,
            today: two.lock.today.unwrap(),
            read_today: two.lock.today,
        };
        prop_assert_eq!(fresh.lock_text(&binding.header()).unwrap(), two.text);
    }
}
