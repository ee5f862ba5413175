//! Pools: the least-loaded available member that ISO week takes the item
//! (ties: the lowest total load in the plan, then the id).

use chrono::NaiveDate;

use super::load::Load;
use crate::model::{Calendar, Pool};

/// The people of a pool, sorted and each once.
pub fn members<'c>(cal: &'c Calendar, pool: &Pool) -> Vec<&'c str> {
    let mut out: Vec<&str> = match pool {
        Pool::All => cal.people.iter().map(|p| p.id.as_str()).collect(),
        Pool::Ambassadors => cal
            .teams
            .iter()
            .flat_map(|t| t.ambassadors.iter().map(String::as_str))
            .collect(),
        Pool::Team(team) => cal
            .people
            .iter()
            .filter(|p| p.team.as_deref() == Some(team.as_str()))
            .map(|p| p.id.as_str())
            .collect(),
    };
    out.sort_unstable();
    out.dedup();
    out
}

/// How users write a pool.
pub fn name(pool: &Pool) -> String {
    match pool {
        Pool::All => "all".into(),
        Pool::Ambassadors => "ambassadors".into(),
        Pool::Team(t) => format!("team:{t}"),
    }
}

/// The member that takes an item standing on `date`, or why nobody does.
pub fn pick<'m>(
    pool: &Pool,
    members: &[&'m str],
    date: NaiveDate,
    load: &Load,
) -> Result<&'m str, String> {
    if members.is_empty() {
        return Err(format!("the pool \"{}\" has nobody in it", name(pool)));
    }
    let mut busy = Vec::new();
    let best = members
        .iter()
        .filter(|p| match load.check(p, date) {
            Ok(()) => true,
            Err(why) => {
                busy.push(format!("{p} {why}"));
                false
            }
        })
        .min_by_key(|p| (load.in_week(p, date), load.total(p), **p));
    best.copied().ok_or_else(|| {
        format!(
            "nobody in the pool \"{}\" is available ({})",
            name(pool),
            busy.join(", ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{calendar, d};
    use super::*;

    #[test]
    fn least_loaded_that_week_then_total_then_id() {
        let cal = calendar(&[("anna", 3, &[]), ("bert", 3, &[]), ("chris", 3, &[])]);
        let mut load = Load::new(&cal);
        let all = members(&cal, &Pool::All);
        assert_eq!(all, ["anna", "bert", "chris"]);
        // Nobody has anything: the id decides.
        assert_eq!(pick(&Pool::All, &all, d(2026, 12, 1), &load), Ok("anna"));
        // Anna has one this week: Bert and Chris tie at 0; Bert has more in total.
        load.add("anna", d(2026, 12, 1));
        load.add("bert", d(2026, 11, 24));
        assert_eq!(pick(&Pool::All, &all, d(2026, 12, 2), &load), Ok("chris"));
    }

    #[test]
    fn passes_over_the_away_and_the_full() {
        let away = [(d(2026, 12, 1), d(2026, 12, 1))];
        let cal = calendar(&[("anna", 1, &away), ("bert", 1, &[])]);
        let mut load = Load::new(&cal);
        let all = members(&cal, &Pool::All);
        assert_eq!(pick(&Pool::All, &all, d(2026, 12, 1), &load), Ok("bert"));
        load.add("bert", d(2026, 12, 1));
        let why = pick(&Pool::All, &all, d(2026, 12, 1), &load).unwrap_err();
        assert!(why.contains("anna is away"), "{why}");
        assert!(why.contains("bert has 1 of 1 items that week"), "{why}");
    }

    #[test]
    fn team_pools_hold_the_team_members() {
        let mut cal = calendar(&[("anna", 2, &[]), ("bert", 2, &[])]);
        cal.people[1].team = Some("hr".into());
        assert_eq!(members(&cal, &Pool::Team("hr".into())), ["bert"]);
        let empty = members(&cal, &Pool::Team("ict".into()));
        let why = pick(
            &Pool::Team("ict".into()),
            &empty,
            d(2026, 12, 1),
            &Load::new(&cal),
        );
        assert_eq!(why, Err("the pool \"team:ict\" has nobody in it".into()));
    }
}
