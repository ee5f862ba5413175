//! Ambassadors: a team-scoped item gets the team's ambassadors in turn, by
//! the item's occurrence number, passing over one who is away on the item's
//! date. Being an ambassador of an item does not count toward capacity.

use chrono::NaiveDate;

use super::load::is_away;
use crate::model::{Calendar, Team};

/// The ambassador of an item of `team` with `turn`, standing on `date`;
/// `None` when the team has none or all of them are away.
pub(super) fn pick<'c>(
    cal: &'c Calendar,
    team: &'c Team,
    turn: u32,
    date: NaiveDate,
) -> Option<&'c str> {
    let n = team.ambassadors.len();
    (0..n)
        .map(|k| team.ambassadors[(turn as usize + k) % n].as_str())
        .find(|id| cal.person(id).is_none_or(|p| !is_away(p, date)))
}

/// `current`, while still one of `team`'s ambassadors and not away on `date`.
pub(super) fn still<'c>(
    cal: &'c Calendar,
    team: &'c Team,
    current: &str,
    date: NaiveDate,
) -> Option<&'c str> {
    team.ambassadors
        .iter()
        .map(String::as_str)
        .find(|a| *a == current)
        .filter(|a| cal.person(a).is_none_or(|p| !is_away(p, date)))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{calendar, d};
    use super::*;
    use crate::model::Origin;

    #[test]
    fn in_turn_passing_over_the_away() {
        let away = [(d(2026, 12, 2), d(2026, 12, 2))];
        let mut cal = calendar(&[("anna", 2, &[]), ("bert", 2, &away)]);
        cal.teams.push(Team {
            id: "hr".into(),
            name: "HR".into(),
            ambassadors: vec!["anna".into(), "bert".into()],
            origin: Origin::default(),
        });
        let team = &cal.teams[0];
        assert_eq!(pick(&cal, team, 0, d(2026, 12, 1)), Some("anna"));
        assert_eq!(pick(&cal, team, 1, d(2026, 12, 1)), Some("bert"));
        assert_eq!(pick(&cal, team, 1, d(2026, 12, 2)), Some("anna"));
        let lonely = Team {
            ambassadors: vec![],
            ..team.clone()
        };
        assert_eq!(pick(&cal, &lonely, 0, d(2026, 12, 1)), None);
    }
}
