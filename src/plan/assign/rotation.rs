//! Rotations: round-robin by the item's turn (its occurrence number counted
//! from the definition's anchor, so a date always gets the same member).
//! When the member whose turn it is is away or at capacity, the next one in
//! the rotation takes that one item; the rotation itself does not shift.
//!
//! A member may be a team (`team:hr`, SPEC section 11): its turn goes to
//! one of the team's ambassadors, in turn over the turns that fell to that
//! team, and the item gets the team. When every ambassador is away or full,
//! the next member takes the item.

use chrono::NaiveDate;

use super::load::Load;
use crate::model::{Calendar, Member};

/// Who takes a rotation's item: the owner, and the team whose turn it was
/// when a team's ambassador took it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Pick<'c> {
    pub owner: &'c str,
    pub team: Option<&'c str>,
}

impl<'c> Pick<'c> {
    fn person(owner: &'c str) -> Self {
        Pick { owner, team: None }
    }
}

/// The owner of the item with `turn` standing on `date`, or why nobody is.
pub(super) fn pick<'c>(
    cal: &'c Calendar,
    list: &'c [Member],
    turn: u32,
    date: NaiveDate,
    load: &Load,
) -> Result<Pick<'c>, String> {
    if list.is_empty() {
        return Err("the rotation names nobody".into());
    }
    let mut busy = Vec::new();
    let mut note = |text: String| {
        if !busy.contains(&text) {
            busy.push(text);
        }
    };
    for (i, member) in from_turn(list, turn) {
        match member {
            Member::Person(person) => match load.check(person, date) {
                Ok(()) => return Ok(Pick::person(person)),
                Err(why) => note(format!("{person} {why}")),
            },
            Member::Team(team) => {
                let Some(t) = cal.team(team) else { continue };
                let n = t.ambassadors.len();
                let first = team_turns(list, i, turn) as usize;
                for k in 0..n {
                    let a = t.ambassadors[(first + k) % n].as_str();
                    match load.check(a, date) {
                        Ok(()) => {
                            return Ok(Pick {
                                owner: a,
                                team: Some(&t.id),
                            })
                        }
                        Err(why) => note(format!("{a} ({team}) {why}")),
                    }
                }
            }
        }
    }
    Err(format!(
        "nobody in the rotation is available ({})",
        busy.join(", ")
    ))
}

/// `current`, while still a member (or an ambassador of a team member) who
/// can take the item: a stored item keeps its owner (SPEC section 10).
pub(super) fn still<'c>(
    cal: &'c Calendar,
    list: &'c [Member],
    turn: u32,
    current: &str,
    date: NaiveDate,
    load: &Load,
) -> Option<Pick<'c>> {
    if list.is_empty() || load.check(current, date).is_err() {
        return None;
    }
    from_turn(list, turn).find_map(|(_, member)| match member {
        Member::Person(p) => (p == current).then(|| Pick::person(p)),
        Member::Team(team) => cal.team(team).and_then(|t| {
            t.ambassadors.iter().find(|a| *a == current).map(|a| Pick {
                owner: a,
                team: Some(&t.id),
            })
        }),
    })
}

/// The team whose turn `turn` is, and how many turns fell to that team
/// before it: what an item whose owner a person pinned still belongs to.
pub(super) fn turn_team(list: &[Member], turn: u32) -> Option<(&str, u32)> {
    let (i, member) = from_turn(list, turn).next()?;
    match member {
        Member::Team(team) => Some((team.as_str(), team_turns(list, i, turn))),
        Member::Person(_) => None,
    }
}

/// The members from the one whose turn it is, with their positions.
fn from_turn(list: &[Member], turn: u32) -> impl Iterator<Item = (usize, &Member)> {
    let n = list.len();
    let start = if n == 0 { 0 } else { turn as usize % n };
    (0..n).map(move |k| {
        let i = (start + k) % n;
        (i, &list[i])
    })
}

/// How many of the turns before `turn` fell to the member at position `i`
/// (counting every position that names the same member).
fn team_turns(list: &[Member], i: usize, turn: u32) -> u32 {
    let n = list.len() as u32;
    let same = |m: &&Member| **m == list[i];
    let per_round = list.iter().filter(same).count() as u32;
    let rest = list[..(turn % n) as usize].iter().filter(same).count() as u32;
    (turn / n) * per_round + rest
}

#[cfg(test)]
mod tests {
    use super::super::tests::{calendar, d};
    use super::*;
    use crate::model::{Origin, Team};

    fn people(ids: &[&str]) -> Vec<Member> {
        ids.iter().map(|p| Member::Person(p.to_string())).collect()
    }

    fn owner(p: Result<Pick<'_>, String>) -> Result<&str, String> {
        p.map(|p| p.owner)
    }

    #[test]
    fn goes_round_by_turn() {
        let cal = calendar(&[("anna", 2, &[]), ("bert", 2, &[]), ("chris", 2, &[])]);
        let load = Load::new(&cal);
        let list = people(&["anna", "bert", "chris"]);
        let owners: Vec<&str> = (0..4)
            .map(|t| pick(&cal, &list, t, d(2026, 12, 1), &load).unwrap().owner)
            .collect();
        assert_eq!(owners, ["anna", "bert", "chris", "anna"]);
    }

    #[test]
    fn the_next_takes_over_when_away_or_full_without_shifting_the_rotation() {
        let away = [(d(2026, 12, 1), d(2026, 12, 1))];
        let cal = calendar(&[("anna", 2, &away), ("bert", 1, &[]), ("chris", 2, &[])]);
        let mut load = Load::new(&cal);
        let list = people(&["anna", "bert", "chris"]);
        // Anna's turn, but she is away: Bert takes it.
        assert_eq!(
            owner(pick(&cal, &list, 0, d(2026, 12, 1), &load)),
            Ok("bert")
        );
        load.add("bert", d(2026, 12, 1));
        // Bert's own turn the next day: he is full that week, Chris takes it.
        assert_eq!(
            owner(pick(&cal, &list, 1, d(2026, 12, 2), &load)),
            Ok("chris")
        );
        // The week after, the rotation is where it was.
        assert_eq!(
            owner(pick(&cal, &list, 1, d(2026, 12, 9), &load)),
            Ok("bert")
        );
    }

    #[test]
    fn nobody_available_says_why() {
        let away = [(d(2026, 12, 1), d(2026, 12, 4))];
        let cal = calendar(&[("anna", 2, &away), ("bert", 0, &[])]);
        let load = Load::new(&cal);
        let list = people(&["anna", "bert"]);
        let why = pick(&cal, &list, 0, d(2026, 12, 2), &load).unwrap_err();
        assert_eq!(
            why,
            "nobody in the rotation is available (anna is away, bert has 0 of 0 items that week)"
        );
    }

    fn teams() -> Calendar {
        let away = [(d(2026, 12, 8), d(2026, 12, 8))];
        let mut cal = calendar(&[
            ("anna", 2, &[]),
            ("bert", 2, &[]),
            ("chris", 2, &away),
            ("dana", 2, &[]),
        ]);
        for (id, ambassadors) in [("hr", vec!["anna", "bert"]), ("ict", vec!["chris"])] {
            cal.teams.push(Team {
                id: id.into(),
                name: id.into(),
                ambassadors: ambassadors.into_iter().map(String::from).collect(),
                origin: Origin::default(),
            });
        }
        cal
    }

    #[test]
    fn a_teams_turn_goes_to_its_ambassadors_in_turn_over_the_teams_turns() {
        let cal = teams();
        let load = Load::new(&cal);
        let list = vec![
            Member::Team("hr".into()),
            Member::Team("ict".into()),
            Member::Person("dana".into()),
        ];
        let picks: Vec<(&str, Option<&str>)> = (0..7)
            .map(|t| {
                let p = pick(&cal, &list, t, d(2026, 12, 1), &load).unwrap();
                (p.owner, p.team)
            })
            .collect();
        assert_eq!(
            picks,
            [
                ("anna", Some("hr")),
                ("chris", Some("ict")),
                ("dana", None),
                ("bert", Some("hr")),
                ("chris", Some("ict")),
                ("dana", None),
                ("anna", Some("hr")),
            ]
        );
        // ICT's only ambassador is away: the next member takes that one item.
        let p = pick(&cal, &list, 1, d(2026, 12, 8), &load).unwrap();
        assert_eq!((p.owner, p.team), ("dana", None));
        assert_eq!(turn_team(&list, 4), Some(("ict", 1)));
        assert_eq!(turn_team(&list, 5), None);
        let kept = still(&cal, &list, 0, "bert", d(2026, 12, 1), &load).unwrap();
        assert_eq!((kept.owner, kept.team), ("bert", Some("hr")));
        assert_eq!(still(&cal, &list, 0, "chris", d(2026, 12, 8), &load), None);
    }
}
