//! Pools: the least-loaded available member that ISO week takes the item;
//! ties go to whoever held the fewest items of the same pool in the 52 weeks
//! before, then to whoever held one longest ago, then by id (SPEC §11).

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

use super::load::Load;
use crate::dates::monday_of;
use crate::model::Pool;

/// Who held items drawn from each pool, by the Monday of the week each
/// stands in, in assignment (date) order: the fairness of SPEC section 11.
#[derive(Debug, Default)]
pub(super) struct History {
    held: FxHashMap<(String, String), Vec<NaiveDate>>,
}

impl History {
    /// `person` holds an item of `pool` standing on `date`.
    pub(super) fn add(&mut self, pool: &Pool, person: &str, date: NaiveDate) {
        self.held
            .entry((pool.name(), person.to_string()))
            .or_default()
            .push(monday_of(date));
    }

    /// Items of `pool` `person` held in the 52 ISO weeks before `date`'s
    /// week, and the Monday of the last week they held one before it.
    fn before(&self, pool: &Pool, person: &str, date: NaiveDate) -> (usize, Option<NaiveDate>) {
        let week = monday_of(date);
        let from = week - chrono::Days::new(52 * 7);
        let Some(weeks) = self.held.get(&(pool.name(), person.to_string())) else {
            return (0, None);
        };
        let end = weeks.partition_point(|w| *w < week);
        let start = weeks[..end].partition_point(|w| *w < from);
        (end - start, end.checked_sub(1).map(|i| weeks[i]))
    }
}

/// The member that takes an item standing on `date`, or why nobody does:
/// the least loaded that ISO week; on a tie, whoever held the fewest items
/// of this pool in the 52 weeks before, then whoever held one longest ago
/// (never is longest), then the id. Nothing here depends on the window.
pub(super) fn pick<'m>(
    pool: &Pool,
    members: &[&'m str],
    date: NaiveDate,
    load: &Load,
    history: &History,
) -> Result<&'m str, String> {
    if members.is_empty() {
        return Err(format!("the pool \"{}\" has nobody in it", pool.name()));
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
        .min_by_key(|p| {
            let (count, last) = history.before(pool, p, date);
            (load.in_week(p, date), count, last, **p)
        });
    best.copied().ok_or_else(|| {
        format!(
            "nobody in the pool \"{}\" is available ({})",
            pool.name(),
            busy.join(", ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{calendar, d};
    use super::*;

    #[test]
    fn least_loaded_that_week_then_fewest_held_then_longest_ago_then_id() {
        let cal = calendar(&[("anna", 3, &[]), ("bert", 3, &[]), ("chris", 3, &[])]);
        let mut load = Load::new(&cal);
        let mut history = History::default();
        let all = Pool::All.members(&cal);
        assert_eq!(all, ["anna", "bert", "chris"]);
        let pick_on = |date, load: &Load, h: &History| pick(&Pool::All, &all, date, load, h);
        // Nobody has anything: the id decides.
        assert_eq!(pick_on(d(2026, 12, 1), &load, &history), Ok("anna"));
        // Anna has one this week: Bert and Chris tie at 0 that week; Bert
        // held one of the pool's items the week before, Chris none.
        load.add("anna", d(2026, 12, 1));
        history.add(&Pool::All, "bert", d(2026, 11, 24));
        assert_eq!(pick_on(d(2026, 12, 2), &load, &history), Ok("chris"));
        // A week later all three held one: Bert's (W48) longest ago.
        history.add(&Pool::All, "anna", d(2026, 12, 1));
        history.add(&Pool::All, "chris", d(2026, 12, 2));
        assert_eq!(pick_on(d(2026, 12, 8), &load, &history), Ok("bert"));
        // Items more than 52 weeks back no longer count.
        let mut old = History::default();
        old.add(&Pool::All, "anna", d(2025, 11, 24));
        old.add(&Pool::All, "bert", d(2026, 6, 1));
        let fresh = Load::new(&cal);
        assert_eq!(pick_on(d(2026, 11, 30), &fresh, &old), Ok("chris"));
        old.add(&Pool::All, "chris", d(2026, 7, 1));
        assert_eq!(pick_on(d(2026, 11, 30), &fresh, &old), Ok("anna"));
    }

    #[test]
    fn passes_over_the_away_and_the_full() {
        let away = [(d(2026, 12, 1), d(2026, 12, 1))];
        let cal = calendar(&[("anna", 1, &away), ("bert", 1, &[])]);
        let mut load = Load::new(&cal);
        let all = Pool::All.members(&cal);
        let h = History::default();
        assert_eq!(
            pick(&Pool::All, &all, d(2026, 12, 1), &load, &h),
            Ok("bert")
        );
        load.add("bert", d(2026, 12, 1));
        let why = pick(&Pool::All, &all, d(2026, 12, 1), &load, &h).unwrap_err();
        assert!(why.contains("anna is away"), "{why}");
        assert!(why.contains("bert has 1 of 1 items that week"), "{why}");
    }

    #[test]
    fn team_pools_hold_the_team_members() {
        let mut cal = calendar(&[("anna", 2, &[]), ("bert", 2, &[])]);
        cal.people[1].team = Some("hr".into());
        assert_eq!(Pool::Team("hr".into()).members(&cal), ["bert"]);
        let empty = Pool::Team("ict".into()).members(&cal);
        let why = pick(
            &Pool::Team("ict".into()),
            &empty,
            d(2026, 12, 1),
            &Load::new(&cal),
            &History::default(),
        );
        assert_eq!(why, Err("the pool \"team:ict\" has nobody in it".into()));
    }
}
