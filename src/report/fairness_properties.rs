//! Property tests of fair pools (SPEC section 11) through the plan and the
//! fairness report: equal members with no other load share any quarter to
//! within one item, and a pool's owners do not depend on the planning
//! window. (`plan::properties` proves the window property for rotations
//! and fixed owners; this one adds pools, with away days and capacity.)

use chrono::{Days, NaiveDate};
use proptest::prelude::*;

use super::fairness::{groups, By};
use crate::dates::{DateRange, Quarter};
use crate::lock::Lock;
use crate::model::*;
use crate::plan::item::Item;
use crate::plan::test_support::{calendar, d, format, person};

const RULES: [&str; 5] = [
    "FREQ=WEEKLY;BYDAY=MO",
    "FREQ=WEEKLY;BYDAY=TU,TH",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
    "FREQ=DAILY",
    "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
];

const IDS: [&str; 6] = ["anna", "bert", "chris", "dana", "eva", "fred"];

fn start() -> NaiveDate {
    d(2026, 1, 1)
}

/// People `(capacity, away as (offset from start, length) in days)`, all
/// in team `hr`, and formats `(rule, pool)`: 0 `all`, 1 `team:hr`, else a
/// fixed owner (other load).
fn build(people: &[(u32, Option<(u64, u64)>)], formats: &[(usize, u8)]) -> Calendar {
    let mut cal = calendar();
    for (i, (capacity, away)) in people.iter().enumerate() {
        cal.people.push(Person {
            team: Some("hr".into()),
            capacity: *capacity,
            away: away
                .map(|(off, len)| {
                    let from = start() + Days::new(off);
                    DateRange {
                        from,
                        until: from + Days::new(len),
                    }
                })
                .into_iter()
                .collect(),
            ..person(IDS[i])
        });
    }
    for (i, (rule, pool)) in formats.iter().enumerate() {
        let owner = match pool {
            0 => OwnerRule::Pool(Pool::All),
            1 => OwnerRule::Pool(Pool::Team("hr".into())),
            _ => OwnerRule::Fixed(IDS[i % people.len()].into()),
        };
        let template = Template {
            title: format!("F{i}"),
            owner,
            ..Template::default()
        };
        cal.formats
            .push(format(&format!("f{i}"), RULES[*rule], start(), template));
    }
    cal
}

fn plan(cal: &Calendar, window: DateRange) -> Vec<Item> {
    crate::plan::build(cal, window, &Lock::default())
        .unwrap()
        .items
        .into_iter()
        .map(|it| *it)
        .collect()
}

fn window(from: u64, len: u64) -> DateRange {
    let from = start() + Days::new(from);
    DateRange {
        from,
        until: from + Days::new(len),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Equal members (same capacity, never away, nothing else to do) hold
    /// a pool's items of any calendar quarter to within one of each other:
    /// the report's spread is at most 1. Only in the calendar's first year:
    /// see [`after_a_year_the_52_week_window_lets_a_quarter_drift_by_two`].
    #[test]
    fn equal_members_share_any_quarter_within_one(
        n in 2usize..=6,
        rule in 0..RULES.len(),
        team in any::<bool>(),
        quarters in 0u32..4,
    ) {
        let cal = build(&vec![(7, None); n], &[(rule, u8::from(team))]);
        let first = Quarter::of(start());
        let items = plan(&cal, DateRange {
            from: start(),
            until: first.plus(quarters).last_day(),
        });
        for q in 0..=quarters {
            let q = first.plus(q);
            let range = DateRange { from: q.first_day(), until: q.last_day() };
            let g = groups(&cal, &items, range, By::Person, None);
            prop_assert_eq!(g.len(), 1);
            prop_assert_eq!(g[0].shares.len(), n);
            prop_assert!(
                g[0].spread() <= 1,
                "{} {}: {:?}",
                RULES[rule],
                q,
                g[0].shares.iter().map(|s| s.items).collect::<Vec<_>>()
            );
        }
    }

    /// Two planning windows give the same owners on the dates they share,
    /// pools included, whatever the capacities, absences and other load.
    #[test]
    fn pool_owners_do_not_depend_on_the_window(
        people in prop::collection::vec((1u32..4, prop::option::of((0u64..300, 0u64..20))), 2..5),
        formats in prop::collection::vec((0..RULES.len(), 0u8..3), 1..5),
        a in (0u64..300, 0u64..120),
        b in (0u64..120, 0u64..120),
    ) {
        let cal = build(&people, &formats);
        let one = plan(&cal, window(a.0, a.1));
        // The second window starts inside the first, so the two always
        // share dates (drawn apart, most pairs shared none).
        let b = (a.0 + b.0 % (a.1 + 1), b.1);
        let two = plan(&cal, window(b.0, b.1));
        for x in &one {
            if let Some(y) = two.iter().find(|y| y.key == x.key) {
                prop_assert_eq!(&x.owner, &y.owner, "owner of {}", x.key);
            }
        }
    }
}

/// Known to fail, kept as the counterexample for the lead: once items fall
/// out of the 52 weeks a pool's tie-break counts (SPEC section 11), the
/// round robin of equal members is disturbed (those with 20 items in the
/// window go before those with 21, whoever held one longest ago), and five
/// members with two items a week hold 6, 5, 5, 5 and 4 of 2027-Q1's.
/// The "Done when" of issue 17 asks for at most one; SPEC's rule gives two.
#[test]
#[ignore = "SPEC section 11's 52-week tie-break lets a quarter drift by two; see the report of the fair branch"]
fn after_a_year_the_52_week_window_lets_a_quarter_drift_by_two() {
    let cal = build(&[(7, None); 5], &[(1, 0)]);
    let q = Quarter::parse("2027-Q1").unwrap();
    let items = plan(
        &cal,
        DateRange {
            from: start(),
            until: q.last_day(),
        },
    );
    let range = DateRange {
        from: q.first_day(),
        until: q.last_day(),
    };
    let g = groups(&cal, &items, range, By::Person, None);
    let counts: Vec<u32> = g[0].shares.iter().map(|s| s.items).collect();
    assert!(g[0].spread() <= 1, "{counts:?}");
}
