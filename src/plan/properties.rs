//! Property tests of assignment through [`super::build`]: rotation
//! owners and ambassadors do not depend on the planning window, the same
//! calendar gives the same plan, and a plain rotation's owners are the ones
//! worked out here without ritme.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;

use super::assign::tests::{calendar, d, Away};
use crate::dates::*;
use crate::model::*;
use crate::recur::*;

/// One generated format: its rrule, owner rule and holiday policy.
#[derive(Debug, Clone)]
struct FormatSpec {
    rrule: &'static str,
    owner: u8,
    policy: u8,
    team: bool,
}

const RULES: [&str; 5] = [
    "FREQ=WEEKLY;BYDAY=MO",
    "FREQ=WEEKLY;BYDAY=FR",
    "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
    "FREQ=DAILY",
    "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
];

fn format_spec() -> impl Strategy<Value = FormatSpec> {
    (0..RULES.len(), 0u8..4, 0u8..3, any::<bool>()).prop_map(|(r, owner, policy, team)| {
        FormatSpec {
            rrule: RULES[r],
            owner,
            policy,
            team,
        }
    })
}

/// (capacity, away start offset in days, away length) per person.
type PersonSpec = (u32, Option<(u64, u64)>);

fn build_calendar(
    people: &[PersonSpec],
    formats: &[FormatSpec],
    blackouts: &[(u64, u64)],
) -> Calendar {
    let start = d(2026, 9, 1);
    let ids = ["anna", "bert", "chris", "dana"];
    let spec: Vec<(&str, u32, Vec<Away>)> = people
        .iter()
        .zip(ids)
        .map(|((cap, away), id)| {
            let away = away
                .map(|(off, len)| {
                    let from = start + Days::new(off);
                    vec![(from, from + Days::new(len))]
                })
                .unwrap_or_default();
            (id, *cap, away)
        })
        .collect();
    let mut cal = with_people(&spec);
    let names: Vec<String> = spec.iter().map(|(id, _, _)| id.to_string()).collect();
    cal.people[0].team = Some("hr".into());
    cal.teams.push(Team {
        id: "hr".into(),
        name: "HR".into(),
        ambassadors: names.iter().rev().take(2).cloned().collect(),
        origin: Origin::default(),
    });
    for (i, f) in formats.iter().enumerate() {
        let owner = match f.owner {
            0 => OwnerRule::Fixed(names[i % names.len()].clone()),
            1 => OwnerRule::Rotation(
                names
                    .iter()
                    .skip(i % 2)
                    .map(|n| n.as_str().into())
                    .collect(),
            ),
            2 => OwnerRule::Pool(Pool::All),
            _ => OwnerRule::Pool(Pool::Team("hr".into())),
        };
        let holidays = [
            HolidayPolicy::Skip,
            HolidayPolicy::Shift,
            HolidayPolicy::Keep,
        ][f.policy as usize];
        cal.formats.push(Format {
            id: format!("f{i}"),
            template: Template {
                title: format!("F{i}"),
                owner,
                team: f.team.then(|| "hr".to_string()),
                ..Template::default()
            },
            recurrence: Recurrence {
                rule: Rule::from_rrule(f.rrule, start).unwrap(),
                anchor: start,
                until: None,
                skip: Default::default(),
                holidays,
            },
            rotation_counts: RotationCounts::Held,
            reserve: false,
            origin: Origin::default(),
        });
    }
    for (i, (off, len)) in blackouts.iter().enumerate() {
        let from = start + Days::new(*off);
        cal.blackouts.push(Blackout {
            id: format!("b{i}"),
            name: format!("B{i}"),
            days: DaySet::Range(DateRange {
                from,
                until: from + Days::new(*len),
            }),
            origin: Origin::default(),
        });
    }
    cal
}

/// A calendar of these people: (id, capacity, away ranges).
fn with_people(spec: &[(&str, u32, Vec<Away>)]) -> Calendar {
    let borrowed: Vec<(&str, u32, &[Away])> = spec
        .iter()
        .map(|(id, cap, away)| (*id, *cap, away.as_slice()))
        .collect();
    calendar(&borrowed)
}

/// A format anchored on 2026-09-01 whose occurrences all stand (holidays
/// kept, weekends too), its rotation counting held occurrences.
fn kept_format(id: &str, rrule: &str, owner: OwnerRule) -> Format {
    let template = Template {
        title: id.into(),
        owner,
        ..Template::default()
    };
    let mut f = crate::plan::test_support::format(id, rrule, d(2026, 9, 1), template);
    f.recurrence.holidays = HolidayPolicy::Keep;
    f.rotation_counts = RotationCounts::Held;
    f
}

fn window(from: u64, len: u64) -> DateRange {
    let from = d(2026, 9, 1) + Days::new(from);
    DateRange {
        from,
        until: from + Days::new(len),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn rotation_owners_and_ambassadors_do_not_depend_on_the_window(
        people in prop::collection::vec((0u32..4, prop::option::of((0u64..200, 0u64..20))), 2..5),
        formats in prop::collection::vec(format_spec(), 1..6),
        blackouts in prop::collection::vec((0u64..200, 0u64..12), 0..4),
        a in (0u64..150, 0u64..120),
        b in (0u64..120, 0u64..120),
    ) {
        let cal = build_calendar(&people, &formats, &blackouts);
        let one = super::build(&cal, window(a.0, a.1), &Default::default()).unwrap();
        // The second window starts inside the first, so the two always
        // share dates (drawn apart, most pairs shared none).
        let b = (a.0 + b.0 % (a.1 + 1), b.1);
        let two = super::build(&cal, window(b.0, b.1), &Default::default()).unwrap();
        let rotating: Vec<&str> = cal
            .formats
            .iter()
            .filter(|f| matches!(f.template.owner, OwnerRule::Rotation(_) | OwnerRule::Fixed(_)))
            .map(|f| f.id.as_str())
            .collect();
        for x in &one.items {
            let Some(y) = two.items.iter().find(|y| y.key == x.key) else { continue };
            if rotating.contains(&x.source_id.as_ref()) {
                prop_assert_eq!(&x.owner, &y.owner, "owner of {}", x.key);
            }
            prop_assert_eq!(&x.ambassador, &y.ambassador, "ambassador of {}", x.key);
            prop_assert_eq!(x.date, y.date);
        }
    }

    #[test]
    fn the_same_calendar_gives_the_same_plan(
        people in prop::collection::vec((0u32..4, prop::option::of((0u64..200, 0u64..20))), 2..5),
        formats in prop::collection::vec(format_spec(), 1..6),
        w in (0u64..150, 0u64..120),
    ) {
        let cal = build_calendar(&people, &formats, &[]);
        let one = super::build(&cal, window(w.0, w.1), &Default::default()).unwrap();
        let two = super::build(&cal.clone(), window(w.0, w.1), &Default::default()).unwrap();
        prop_assert_eq!(one.items, two.items);
        prop_assert_eq!(one.unassigned, two.unassigned);
    }
}

/// The owner a plain rotation gives its `k`-th occurrence on `date`,
/// worked out without ritme: turn `k` is `list[k % n]`; when that person is
/// away, the next one in the list who is not takes that one item, and the
/// turns after it are unchanged.
fn expected_owner<'a>(
    list: &[&'a str],
    k: usize,
    date: NaiveDate,
    away: Option<(&str, NaiveDate, NaiveDate)>,
) -> Option<&'a str> {
    let n = list.len();
    (0..n).map(|j| list[(k + j) % n]).find(|who| {
        away.is_none_or(|(person, from, until)| *who != person || date < from || date > until)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// A rotation of 2 to 5 people in any order, capacity to spare, no
    /// blackouts, every day (step 1) or every Tuesday from the anchor, a
    /// Tuesday (step 7), so the k-th occurrence is the anchor + k * step;
    /// at most one person away for a while.
    #[test]
    fn a_plain_rotations_owners_are_worked_out_without_ritme(
        list in Just(vec!["anna", "bert", "chris", "dana", "eva"]).prop_shuffle(),
        n in 2usize..=5,
        daily in any::<bool>(),
        away in prop::option::of((0usize..5, 0u64..120, 0u64..15)),
        w in (0u64..100, 6u64..60),
    ) {
        let list = &list[..n];
        let start = d(2026, 9, 1);
        let step: u64 = if daily { 1 } else { 7 };
        let away = away.map(|(p, off, len)| {
            let from = start + Days::new(off);
            (list[p % n], from, from + Days::new(len))
        });
        let spec: Vec<(&str, u32, Vec<Away>)> = list
            .iter()
            .map(|id| {
                let ranges = away
                    .filter(|(p, _, _)| p == id)
                    .map(|(_, from, until)| vec![(from, until)])
                    .unwrap_or_default();
                (*id, 100, ranges)
            })
            .collect();
        let mut cal = with_people(&spec);
        cal.formats.push(kept_format(
            "beurt",
            if daily { "FREQ=DAILY" } else { "FREQ=WEEKLY;BYDAY=TU" },
            OwnerRule::Rotation(list.iter().map(|p| (*p).into()).collect()),
        ));
        let plan = super::build(&cal, window(w.0, w.1), &Default::default()).unwrap();
        prop_assert!(!plan.items.is_empty());
        for item in &plan.items {
            let days = (item.date - start).num_days() as u64;
            prop_assert_eq!(days % step, 0, "{} is no occurrence", item.date);
            let k = (days / step) as usize;
            let want = expected_owner(list, k, item.date, away);
            prop_assert_eq!(item.owner.as_deref(), want, "owner of {}", item.key);
        }
    }
}

#[test]
fn a_window_starting_mid_week_sees_the_whole_week() {
    // Anna has capacity 1. A fixed item on Monday fills her week, so the
    // Wednesday item of a rotation of Anna alone stays unassigned, even in a
    // window of that Wednesday only, which does not hold Monday.
    let mut cal = build_calendar(&[(1, None), (2, None)], &[], &[]);
    for (id, rrule, owner) in [
        (
            "vast",
            "FREQ=WEEKLY;BYDAY=MO",
            OwnerRule::Fixed("anna".into()),
        ),
        (
            "beurt",
            "FREQ=WEEKLY;BYDAY=WE",
            OwnerRule::Rotation(vec!["anna".into()]),
        ),
    ] {
        cal.formats.push(kept_format(id, rrule, owner));
    }
    let wednesday = DateRange {
        from: d(2026, 11, 25),
        until: d(2026, 11, 25),
    };
    let p = super::build(&cal, wednesday, &Default::default()).unwrap();
    assert_eq!(p.items.len(), 1);
    assert_eq!(p.items[0].owner, None, "anna is full, nobody else rotates");
    assert_eq!(p.unassigned.len(), 1);
}
