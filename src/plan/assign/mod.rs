//! Who does what: owners and ambassadors for every drafted item, by the
//! rules of SPEC §2 and §7. Pure: the same drafts give the same owners.
//!
//! Order: fixed owners first, then rotations, then pools, each in
//! date-then-key order, so a pool sees the load the fixed owners and
//! rotations already put on people. Load is the number of items a person
//! owns in the ISO week where each item now stands; ambassador roles do not
//! count. A person whose load equals their capacity is passed over by
//! rotations and pools (fixed owners always get their item: `check` reports
//! the overload).
//!
//! Load is counted over the drafts handed in, owners pinned by edits
//! included (SPEC section 10), in the week where each item now stands. A
//! stored item keeps the owner and ambassador it has (its incumbent) while
//! they are still a valid choice: in the rotation or pool, not away, not
//! over capacity that week. So today moving on, or another window, moves
//! nobody; a changed rule or an absence does. Edits never shift a rotation:
//! turns come from occurrence numbers.
//!
//! Nothing here reads files, the database or the clock.

mod ambassador;
mod backup;
mod load;
mod pool;
mod rotation;

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::model::{Calendar, OwnerRule};
use crate::plan::item::Item;
use crate::plan::text::{Interner, Text};

pub(crate) use load::is_away;

/// An item before it has an owner, with its turn for rotations.
#[derive(Debug, Clone)]
pub(crate) struct Draft<'c> {
    /// Boxed: drafts and items are moved several times on their way to the
    /// plan (collected, filtered, sorted), and moving 400-byte items was a
    /// fifth of planning 100,000 of them.
    pub item: Box<Item>,
    /// Borrowed from the definition: cloning a rotation's people for every
    /// item showed in profiles.
    pub owner_rule: Cow<'c, OwnerRule>,
    /// The definition's `backup` list, before the owner's own.
    pub backup: &'c [String],
    /// Occurrence number counted as the definition's rotation counts.
    pub turn: u32,
    /// Occurrence number for the team's ambassadors: `turn`, except in a
    /// campaign, where every post of the campaign counts.
    pub ambassador_turn: u32,
    /// What the stored plan says of this item's people.
    pub held: Held,
    /// The definition's `prepare`: a moved item's draft deadline is worked
    /// out again from its new date.
    pub prepare: Option<crate::model::Minutes>,
}

/// What the stored plan (the lock) already decided about an item's people.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) enum Held {
    /// A new item: the rules decide.
    #[default]
    Nothing,
    /// A person set the owner (`None`: `unassign`); the rules never change it.
    Pinned(Option<Text>),
    /// Assigned by an earlier plan: kept while still a valid choice.
    /// `frozen`: the item stands before today plus `[rules] freeze`, so a
    /// changed rule does not take it away (SPEC section 10): its people
    /// keep it while they are in the calendar, not away and not full.
    Incumbent {
        owner: Option<Text>,
        ambassador: Option<Text>,
        frozen: bool,
    },
}

impl<'c> Draft<'c> {
    /// A draft with no owner rule yet.
    pub(crate) fn new(item: Item, turn: u32) -> Self {
        Draft {
            item: Box::new(item),
            owner_rule: Cow::Owned(OwnerRule::Nobody),
            backup: &[],
            turn,
            ambassador_turn: turn,
            held: Held::Nothing,
            prepare: None,
        }
    }

    /// Takes the owner rule, backups and `prepare` of the definition.
    pub(crate) fn follow(&mut self, template: &'c crate::model::Template) {
        self.owner_rule = Cow::Borrowed(&template.owner);
        self.backup = &template.backup;
        self.prepare = template.prepare;
    }
}

/// An item a rotation or pool could not give an owner, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unassigned {
    pub key: String,
    /// Where the item stands.
    pub date: NaiveDate,
    /// The date its rule generated (see [`Item::generated`]).
    pub generated: NaiveDate,
    /// "nobody in the rotation is available (anna is away, ...)".
    pub reason: String,
}

/// The drafts with owners and ambassadors filled in.
#[derive(Debug, Clone, Default)]
pub(crate) struct Assignment {
    /// The items, in the order the drafts came; boxed, see [`Draft`].
    #[allow(clippy::vec_box)]
    pub items: Vec<Box<Item>>,
    /// The items a rotation or pool left without an owner, by date and key.
    pub unassigned: Vec<Unassigned>,
}

/// Gives every draft its owner and, for team-scoped items, its ambassador.
pub(crate) fn assign(cal: &Calendar, mut drafts: Vec<Draft<'_>>) -> Assignment {
    // Owners and the team whose turn a team rotation's item was go
    // straight into the drafts' items, with a flag per draft for the
    // latter: two lists of a text per draft were at the first plan's peak
    // (BENCHMARKS.md, issue 19).
    let mut team_turn = vec![false; drafts.len()];
    let mut people = Interner::default();
    let mut load = load::Load::new(cal);
    // Fixed owners always get their item, so their order does not matter:
    // only rotations, pools and fixed owners with backups, whose pick
    // depends on the load before them, are sorted (sorting every item
    // showed in profiles).
    let mut backed: Vec<usize> = Vec::new();
    for (i, d) in drafts.iter_mut().enumerate() {
        d.item.owner = None;
        let fixed = match (&d.held, &*d.owner_rule) {
            (Held::Pinned(owner), _) => owner.as_deref(),
            (_, OwnerRule::Fixed(person))
                if backup::any(cal, d.backup, person)
                    || frozen(d).is_some_and(|kept| kept != person) =>
            {
                backed.push(i);
                continue;
            }
            (_, OwnerRule::Fixed(person)) => Some(person.as_str()),
            _ => continue,
        };
        if let Some(person) = fixed {
            load.add(person, d.item.date);
            d.item.owner = Some(people.text(person));
        }
    }
    backed.sort_by(|&a, &b| by_date(&drafts[a]).cmp(&by_date(&drafts[b])));
    for i in backed {
        let d = &drafts[i];
        let OwnerRule::Fixed(owner) = &*d.owner_rule else {
            continue;
        };
        let person = frozen(d)
            .filter(|kept| load.check(kept, d.item.date).is_ok())
            .unwrap_or_else(|| {
                backup::pick(cal, d.backup, owner, incumbent(d), d.item.date, &load)
            });
        load.add(person, d.item.date);
        drafts[i].item.owner = Some(people.text(person));
    }
    let phase = |rule: &OwnerRule| matches!(rule, OwnerRule::Pool(_));
    let mut order: Vec<usize> = (0..drafts.len())
        .filter(|&i| {
            !matches!(drafts[i].held, Held::Pinned(_))
                && matches!(
                    *drafts[i].owner_rule,
                    OwnerRule::Rotation(_) | OwnerRule::Pool(_)
                )
        })
        .collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&drafts[a], &drafts[b]);
        (phase(&x.owner_rule), by_date(x)).cmp(&(phase(&y.owner_rule), by_date(y)))
    });
    let mut unassigned = Vec::new();
    let mut history = pool::History::default();
    for i in order {
        let d = &drafts[i];
        let date = d.item.date;
        let picked = match &*d.owner_rule {
            OwnerRule::Rotation(list) => incumbent(d)
                .and_then(|p| rotation::still(cal, list, d.turn, p, date, &load))
                .or_else(|| {
                    let kept = frozen(d).filter(|p| load.check(p, date).is_ok())?;
                    let team = rotation::turn_team(list, d.turn).map(|(t, _)| t);
                    Some(rotation::Pick { owner: kept, team })
                })
                .map_or_else(|| rotation::pick(cal, list, d.turn, date, &load), Ok),
            OwnerRule::Pool(p) => {
                let members = p.members(cal);
                let is_frozen = frozen(d).is_some();
                let picked = incumbent(d)
                    .filter(|who| {
                        (is_frozen || members.contains(who)) && load.check(who, date).is_ok()
                    })
                    .map_or_else(|| pool::pick(p, &members, date, &load, &history), Ok);
                if let Ok(person) = picked {
                    history.add(p, person, date);
                }
                picked.map(|owner| rotation::Pick { owner, team: None })
            }
            OwnerRule::Nobody | OwnerRule::Fixed(_) => continue,
        };
        match picked {
            Ok(pick) => {
                load.add(pick.owner, date);
                let owner = people.text(pick.owner);
                let team = pick.team.map(|t| people.text(t));
                let item = &mut drafts[i].item;
                item.owner = Some(owner);
                if let Some(team) = team {
                    item.team = Some(team);
                    team_turn[i] = true;
                }
            }
            // A reserve slot needs no owner: nobody to report.
            Err(_) if d.item.reserve => {}
            Err(reason) => unassigned.push(Unassigned {
                key: d.item.key.clone(),
                date,
                generated: d.item.generated,
                reason,
            }),
        }
    }
    unassigned.sort_by(|a, b| (a.date, &a.key).cmp(&(b.date, &b.key)));
    // A new list, not `collect`: that reuses the drafts' buffer in place,
    // fourteen times what the items' pointers need, and the plan kept it
    // until sorting (70 to 95 MB more at the peak of a 1M-item plan).
    let mut items = Vec::with_capacity(drafts.len());
    items.extend(drafts.into_iter().zip(team_turn).map(|(d, team_turn)| {
        let mut item = d.item;
        if team_turn {
            // A team's turn: its ambassador owns the item and is its
            // ambassador (SPEC section 11).
            item.ambassador = item.owner.clone();
            return item;
        }
        let mut turn = d.ambassador_turn;
        if let (OwnerRule::Rotation(list), Held::Pinned(_)) = (&*d.owner_rule, &d.held) {
            // A pinned owner does not move the turn: the item still
            // belongs to the team whose turn it is.
            if let Some((t, n)) = rotation::turn_team(list, d.turn) {
                item.team = Some(people.text(t));
                turn = n;
            }
        }
        let team = item.team.as_deref().and_then(|t| cal.team(t));
        let kept = match (&d.held, team) {
            (
                Held::Incumbent {
                    ambassador: Some(a),
                    frozen,
                    ..
                },
                Some(team),
            ) => ambassador::still(cal, team, a, item.date).or_else(|| {
                let person = cal
                    .person(a)
                    .filter(|p| *frozen && !is_away(p, item.date))?;
                Some(person.id.as_str())
            }),
            _ => None,
        };
        item.ambassador = kept
            .or_else(|| team.and_then(|t| ambassador::pick(cal, t, turn, item.date)))
            .map(|a| people.text(a));
        item
    }));
    Assignment { items, unassigned }
}

/// Assignment order within a phase: date, then key.
fn by_date<'d>(d: &'d Draft) -> (NaiveDate, &'d str) {
    (d.item.date, &d.item.key)
}

/// The owner an earlier plan gave a draft that stands inside the freeze.
fn frozen<'d>(d: &'d Draft) -> Option<&'d str> {
    match &d.held {
        Held::Incumbent {
            owner: Some(owner),
            frozen: true,
            ..
        } => Some(owner),
        _ => None,
    }
}

/// The owner an earlier plan gave a draft, when the rules gave it.
fn incumbent<'d>(d: &'d Draft) -> Option<&'d str> {
    match &d.held {
        Held::Incumbent {
            owner: Some(owner), ..
        } => Some(owner),
        _ => None,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::dates::DateRange;
    use crate::model::{Origin, Person, Pool, Team};
    use crate::plan::item::Source;

    pub(crate) use crate::plan::test_support::d;

    /// An away range, inclusive.
    pub(crate) type Away = (NaiveDate, NaiveDate);

    /// A calendar with these people: (id, capacity, away ranges).
    pub(crate) fn calendar(people: &[(&str, u32, &[Away])]) -> Calendar {
        Calendar {
            people: people
                .iter()
                .map(|(id, capacity, away)| Person {
                    id: id.to_string(),
                    name: id.to_string(),
                    email: None,
                    team: None,
                    capacity: *capacity,
                    away: away
                        .iter()
                        .map(|(from, until)| DateRange {
                            from: *from,
                            until: *until,
                        })
                        .collect(),
                    backup: vec![],
                    origin: Origin::default(),
                })
                .collect(),
            ..crate::plan::test_support::calendar()
        }
    }

    /// A bare item of format `id` standing on `date`.
    pub(crate) fn item(id: &str, date: NaiveDate) -> Item {
        let key = crate::plan::item::format_key(id, date);
        let mut it = crate::plan::test_support::item(&key, date, None);
        it.title = id.into();
        it.source = Source::Format;
        it.source_id = id.into();
        it
    }

    fn draft(id: &str, date: NaiveDate, rule: OwnerRule, turn: u32) -> Draft<'static> {
        Draft {
            item: Box::new(item(id, date)),
            owner_rule: Cow::Owned(rule),
            backup: &[],
            turn,
            ambassador_turn: turn,
            held: Held::Nothing,
            prepare: None,
        }
    }

    #[test]
    fn fixed_owners_go_first_and_fill_capacity_before_rotations() {
        let cal = calendar(&[("anna", 1, &[]), ("bert", 2, &[])]);
        let rotation = OwnerRule::Rotation(vec!["anna".into(), "bert".into()]);
        // The rotation item comes first by date, but the fixed item on Friday
        // is assigned first: Anna is full that week, Bert takes her turn.
        let drafts = vec![
            draft("rubriek", d(2026, 11, 23), rotation, 0),
            draft("vast", d(2026, 11, 27), OwnerRule::Fixed("anna".into()), 0),
        ];
        let a = assign(&cal, drafts);
        assert_eq!(a.items[0].owner.as_deref(), Some("bert"));
        assert_eq!(a.items[1].owner.as_deref(), Some("anna"));
        assert!(a.unassigned.is_empty());
    }

    #[test]
    fn pools_come_after_rotations_and_report_when_nobody_is_free() {
        let cal = calendar(&[("anna", 1, &[]), ("bert", 1, &[])]);
        let drafts = vec![
            draft("pool", d(2026, 11, 23), OwnerRule::Pool(Pool::All), 0),
            draft(
                "rot",
                d(2026, 11, 24),
                OwnerRule::Rotation(vec!["anna".into()]),
                0,
            ),
            draft("pool2", d(2026, 11, 25), OwnerRule::Pool(Pool::All), 0),
        ];
        let a = assign(&cal, drafts);
        assert_eq!(a.items[1].owner.as_deref(), Some("anna"));
        assert_eq!(a.items[0].owner.as_deref(), Some("bert"));
        assert_eq!(a.items[2].owner, None);
        assert_eq!(a.unassigned.len(), 1);
        let mut reserve = draft("open", d(2026, 11, 26), OwnerRule::Pool(Pool::All), 0);
        reserve.item.reserve = true;
        let drafts = vec![
            draft("a", d(2026, 11, 23), OwnerRule::Fixed("anna".into()), 0),
            draft("b", d(2026, 11, 23), OwnerRule::Fixed("bert".into()), 0),
            reserve,
        ];
        let b = assign(&cal, drafts);
        assert_eq!(b.items[2].owner, None, "both are full");
        assert!(b.unassigned.is_empty(), "a reserve slot needs no owner");
        assert_eq!(a.unassigned[0].key, "format/pool2/2026-11-25");
        assert!(
            a.unassigned[0].reason.contains("anna has 1 of 1"),
            "{:?}",
            a.unassigned
        );
    }

    #[test]
    fn team_items_get_an_ambassador_who_carries_no_load() {
        let mut cal = calendar(&[("anna", 1, &[]), ("bert", 1, &[])]);
        cal.teams.push(Team {
            id: "hr".into(),
            name: "HR".into(),
            ambassadors: vec!["anna".into()],
            origin: Origin::default(),
        });
        let mut team_item = draft("hr", d(2026, 11, 23), OwnerRule::Nobody, 3);
        team_item.item.team = Some("hr".into());
        let drafts = vec![
            team_item,
            draft("pool", d(2026, 11, 24), OwnerRule::Pool(Pool::All), 0),
        ];
        let a = assign(&cal, drafts);
        assert_eq!(a.items[0].ambassador.as_deref(), Some("anna"));
        assert_eq!(a.items[0].owner, None);
        assert_eq!(a.items[1].owner.as_deref(), Some("anna"), "anna is free");
        assert_eq!(a.items[1].ambassador, None, "no team, no ambassador");
    }
}
