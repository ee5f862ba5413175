//! Coverage: are there enough items in every week, on every working day, and
//! for every focus block; and not too many on one day. Weeks whose working
//! days all lie in quiet periods or on blackout days raise no coverage
//! finding, and neither does such a day (SPEC section 4).

use chrono::Datelike;

use super::finding::{Code, Findings};
use super::plural;
use super::weeks::{Day, Week};
use crate::dates::DateRange;
use crate::model::Calendar;
use crate::plan::item::iso_week;

/// What a week holds against the rules: the gaps report's row and the
/// source of the week findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WeekState {
    /// Every working day is quiet or a blackout.
    Resting,
    Empty,
    Thin,
    Ok,
}

/// The state of `week` under `min_per_week`.
pub(crate) fn week_state(week: &Week, min_per_week: u32) -> WeekState {
    let n = week.coverage();
    if week.resting() {
        WeekState::Resting
    } else if n == 0 {
        WeekState::Empty
    } else if (n as u32) < min_per_week {
        WeekState::Thin
    } else {
        WeekState::Ok
    }
}

/// What a day holds against the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DayState {
    /// A working day with fewer items than `min_per_day`.
    Empty,
    /// More items than `max_per_day`.
    Crowded,
    Ok,
}

/// The state of `day`. An empty day is only a working day that is neither
/// quiet nor a blackout; `max_per_day = 0` sets no limit.
pub(crate) fn day_state(cal: &Calendar, day: &Day) -> DayState {
    let n = day.coverage() as u32;
    let rules = &cal.rules;
    if rules.max_per_day > 0 && n > rules.max_per_day {
        DayState::Crowded
    } else if rules.min_per_day > 0 && day.working && !day.resting() && n < rules.min_per_day {
        DayState::Empty
    } else {
        DayState::Ok
    }
}

/// Adds empty_week, thin_week, empty_day, crowded_day and focus_gap findings.
pub(crate) fn check(cal: &Calendar, weeks: &[Week], found: &mut Findings) {
    let rules = &cal.rules;
    for week in weeks {
        let n = week.coverage();
        match week_state(week, rules.min_per_week) {
            WeekState::Empty => found.add(
                Code::EmptyWeek,
                |f| f.with_week(&week.label),
                format!(
                    "week {} ({} to {}) has no items; at least {} wanted",
                    week.label,
                    week.monday(),
                    week.sunday(),
                    rules.min_per_week.max(1)
                ),
            ),
            WeekState::Thin => found.add(
                Code::ThinWeek,
                |f| f.with_week(&week.label),
                format!(
                    "week {} has {n} item{}; at least {} wanted",
                    week.label,
                    plural(n),
                    rules.min_per_week
                ),
            ),
            WeekState::Resting | WeekState::Ok => {}
        }
        for day in &week.days {
            let n = day.coverage();
            // Findings are in English: chrono's own "Mon".
            let label = format!("{} ({})", day.date, day.date.weekday());
            match day_state(cal, day) {
                DayState::Crowded => found.add(
                    Code::CrowdedDay,
                    |f| f.with_week(&week.label).with_date(day.date),
                    format!(
                        "{label} has {n} items; at most {} per day",
                        rules.max_per_day
                    ),
                ),
                DayState::Empty => found.add(
                    Code::EmptyDay,
                    |f| f.with_week(&week.label).with_date(day.date),
                    format!(
                        "{label} has {n} item{}; at least {} wanted on every working day",
                        plural(n),
                        rules.min_per_day
                    ),
                ),
                DayState::Ok => {}
            }
        }
    }
    if found.enabled(Code::FocusGap).is_some() {
        for gap in focus_gaps(cal, weeks) {
            let block = gap.block;
            found.add(
                Code::FocusGap,
                |f| f.with_week(&gap.week.label).at(Some(&block.origin)),
                format!(
                    "week {} has {} item{} for focus \"{}\" ({}); at least {} wanted",
                    gap.week.label,
                    gap.count,
                    plural(gap.count),
                    block.id,
                    block.theme,
                    gap.wanted
                ),
            );
        }
    }
}

/// One `unplanned` finding for each stretch of `window`'s weeks outside
/// `judged`, the weeks the stored plan covers.
pub(crate) fn unplanned(window: DateRange, judged: Option<DateRange>, found: &mut Findings) {
    let all = window.whole_weeks();
    let stretches = match judged {
        None => vec![all],
        Some(j) => [
            (all.from < j.from).then(|| DateRange {
                from: all.from,
                until: j.from - chrono::Days::new(1),
            }),
            (j.until < all.until).then(|| DateRange {
                from: j.until + chrono::Days::new(1),
                until: all.until,
            }),
        ]
        .into_iter()
        .flatten()
        .collect(),
    };
    for s in stretches {
        let (first, last) = (iso_week(s.from), iso_week(s.until));
        let weeks = if first == last {
            format!("week {first}")
        } else {
            format!("weeks {first} to {last}")
        };
        let advice = if judged.is_some_and(|j| s.until < j.from) {
            format!("`ritme plan --from {}` plans them", s.from)
        } else {
            format!("`ritme plan --until {}` plans them", s.until)
        };
        found.add(
            Code::Unplanned,
            |f| f.with_week(&first),
            format!(
                "{weeks} ({} to {}) are not planned yet: {advice}",
                s.from, s.until
            ),
        );
    }
}

/// A week inside a focus block with fewer focus items than wanted.
pub(crate) struct FocusGap<'w, 'a> {
    pub block: &'a crate::model::Focus,
    pub week: &'w Week<'a>,
    pub count: usize,
    /// The items the week wants (see [`focus_wanted`]).
    pub wanted: u32,
}

/// The weeks of each focus block in `weeks` that hold fewer items serving
/// it than the block wants (see [`focus_wanted`]).
pub(crate) fn focus_gaps<'w, 'a>(
    cal: &'a Calendar,
    weeks: &'w [Week<'a>],
) -> Vec<FocusGap<'w, 'a>> {
    let mut out = Vec::new();
    for block in cal.focus.iter().filter(|b| b.min_per_week > 0) {
        for week in weeks {
            let wanted = focus_wanted(block, week);
            let count = focus_count(block, week);
            if (count as u32) < wanted {
                out.push(FocusGap {
                    block,
                    week,
                    count,
                    wanted,
                });
            }
        }
    }
    out
}

/// How many items serving `block` `week` wants. Only the days the block
/// covers are judged: of the week's open working days (neither quiet nor
/// a blackout), the share inside the block, times `min_per_week`, rounded
/// down. A week the block covers whole wants `min_per_week`; the first
/// week of a block starting on a Thursday wants 2/5 of it (0 for 1), since
/// the block's own formats may run earlier in the week, before it began.
/// 0: the block does not judge the week.
pub(crate) fn focus_wanted(block: &crate::model::Focus, week: &Week) -> u32 {
    let open = week.working_days().filter(|d| !d.resting()).count() as u32;
    let covered = week
        .working_days()
        .filter(|d| !d.resting() && block.range.contains(d.date))
        .count() as u32;
    if open == 0 {
        return 0;
    }
    block.min_per_week * covered / open
}

/// The items serving `block` on the days of `week` the block covers.
pub(crate) fn focus_count(block: &crate::model::Focus, week: &Week) -> usize {
    week.days
        .iter()
        .filter(|d| block.range.contains(d.date))
        .flat_map(|d| d.items.iter())
        .filter(|it| super::weeks::counts_for_coverage(it) && it.serves_focus(&block.id))
        .count()
}

#[cfg(test)]
mod tests {
    use super::super::weeks::layout;
    use super::*;
    use crate::dates::DateRange;
    use crate::model::{Focus, Origin, Quiet, Rules};
    use crate::plan::test_support::{calendar, d, item, range};

    fn codes(cal: &Calendar, items: &[crate::plan::item::Item], r: DateRange) -> Vec<&'static str> {
        let weeks = layout(cal, items, r);
        let mut found = Findings::new(&cal.rules);
        check(cal, &weeks, &mut found);
        found.list.iter().map(|f| f.code.as_str()).collect()
    }

    #[test]
    fn empty_and_thin_weeks() {
        let mut cal = calendar();
        cal.rules = Rules {
            min_per_week: 2,
            ..Rules::default()
        };
        let items = [item("a", d(2026, 4, 8), None)];
        assert_eq!(
            codes(&cal, &items, range(d(2026, 4, 6), d(2026, 4, 19))),
            ["thin_week", "empty_week"]
        );
    }

    #[test]
    fn quiet_weeks_raise_no_coverage_finding_but_may_be_crowded() {
        let mut cal = calendar();
        cal.rules = Rules {
            min_per_day: 1,
            max_per_day: 1,
            ..Rules::default()
        };
        cal.quiet.push(Quiet {
            id: "zomer".into(),
            reason: "Zomerreces".into(),
            range: range(d(2026, 7, 20), d(2026, 7, 31)),
            origin: Origin::default(),
        });
        let items = [
            item("a", d(2026, 7, 22), None),
            item("b", d(2026, 7, 22), None),
        ];
        assert_eq!(
            codes(&cal, &items, range(d(2026, 7, 20), d(2026, 7, 26))),
            ["crowded_day"]
        );
    }

    #[test]
    fn empty_days_only_on_working_days_outside_rest() {
        let mut cal = calendar();
        cal.rules = Rules {
            min_per_day: 1,
            ..Rules::default()
        };
        cal.quiet.push(Quiet {
            id: "vrij".into(),
            reason: "Vrij".into(),
            range: range(d(2026, 4, 10), d(2026, 4, 10)),
            origin: Origin::default(),
        });
        let items: Vec<_> = [6, 7, 8]
            .iter()
            .map(|day| item(&format!("i{day}"), d(2026, 4, *day), None))
            .collect();
        // Thursday is empty; Friday is quiet; the weekend is no working time.
        let weeks = layout(&cal, &items, range(d(2026, 4, 6), d(2026, 4, 12)));
        let mut found = Findings::new(&cal.rules);
        check(&cal, &weeks, &mut found);
        assert_eq!(found.list.len(), 1);
        assert_eq!(found.list[0].code, Code::EmptyDay);
        assert_eq!(found.list[0].date, Some(d(2026, 4, 9)));
    }

    #[test]
    fn focus_gap_counts_items_serving_the_block() {
        let mut cal = calendar();
        cal.focus.push(Focus {
            id: "q2".into(),
            range: range(d(2026, 4, 1), d(2026, 6, 30)),
            theme: "Welzijn".into(),
            tags: vec!["welzijn".into()],
            min_per_week: 1,
            formats: vec![],
            origin: Origin {
                file: "ritme.toml".into(),
                line: 7,
            },
        });
        let mut serving = item("a", d(2026, 4, 8), None);
        serving.focus = ["q2".into()].into_iter().collect();
        let items = [serving, item("b", d(2026, 4, 15), None)];
        let weeks = layout(&cal, &items, range(d(2026, 4, 6), d(2026, 4, 19)));
        let mut found = Findings::new(&cal.rules);
        check(&cal, &weeks, &mut found);
        assert_eq!(found.list.len(), 1);
        let gap = &found.list[0];
        assert_eq!(gap.code, Code::FocusGap);
        assert_eq!(gap.week.as_deref(), Some("2026-W16"));
        assert_eq!(
            (gap.file.as_deref(), gap.line),
            (Some("ritme.toml"), Some(7))
        );
    }

    #[test]
    fn focus_gap_judges_only_the_days_a_block_covers() {
        let mut cal = calendar();
        // Q2 2027 starts on Thursday 1 April: 2 of week 13's 5 working days.
        let block = |min_per_week| Focus {
            id: "q2".into(),
            range: range(d(2027, 4, 1), d(2027, 6, 30)),
            theme: "Welzijn".into(),
            tags: vec![],
            min_per_week,
            formats: vec![],
            origin: Origin::default(),
        };
        cal.focus.push(block(1));
        let weeks = layout(&cal, &[], range(d(2027, 3, 29), d(2027, 4, 4)));
        let mut found = Findings::new(&cal.rules);
        check(&cal, &weeks, &mut found);
        let codes: Vec<Code> = found.list.iter().map(|f| f.code).collect();
        assert!(
            !codes.contains(&Code::FocusGap),
            "1 x 2/5 rounds down to none wanted"
        );
        // A Monday item serving the block, before it began, does not count.
        let mut monday = item("a", d(2027, 3, 29), None);
        monday.focus = ["q2".into()].into_iter().collect();
        let items = [monday];
        cal.focus[0] = block(3);
        let weeks = layout(&cal, &items, range(d(2027, 3, 29), d(2027, 4, 4)));
        let mut found = Findings::new(&cal.rules);
        check(&cal, &weeks, &mut found);
        assert_eq!(found.list.len(), 1);
        assert_eq!(
            found.list[0].message,
            "week 2027-W13 has 0 items for focus \"q2\" (Welzijn); at least 1 wanted"
        );
    }
}
