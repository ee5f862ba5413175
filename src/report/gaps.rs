//! The gaps report: every ISO week of the range with its item count against
//! `min_per_week`, and the days that break `min_per_day` or `max_per_day`.

use super::coverage::{day_state, week_state, DayState, WeekState};
use super::sheet::{Sheet, Value};
use super::weeks::{layout, Week};
use crate::dates::DateRange;
use crate::model::Calendar;
use crate::plan::item::Item;

/// The gaps of `range`, widened to whole ISO weeks.
pub(super) fn sheet(cal: &Calendar, items: &[Item], range: DateRange) -> Sheet {
    let rules = &cal.rules;
    let nonzero = |n: u32| {
        if n > 0 {
            Value::Int(n.into())
        } else {
            Value::Null
        }
    };
    let mut s = Sheet::new(&["week", "date", "items", "min", "max", "state", "note"]);
    for week in layout(cal, items, range) {
        let state = week_state(&week, rules.min_per_week);
        let word = match state {
            WeekState::Resting => "resting",
            WeekState::Empty => "empty",
            WeekState::Thin => "thin",
            WeekState::Ok => "ok",
        };
        s.push(
            vec![
                Value::Text(week.label.clone()),
                Value::Null,
                Value::Int(week.coverage() as i64),
                Value::Int(rules.min_per_week.into()),
                Value::Null,
                Value::Text(word.into()),
                Value::opt(rest_note(&week).as_deref()),
            ],
            matches!(state, WeekState::Empty | WeekState::Thin),
        );
        for day in &week.days {
            let word = match day_state(cal, day) {
                DayState::Crowded => "crowded",
                DayState::Empty => "empty",
                DayState::Ok => continue,
            };
            s.push(
                vec![
                    Value::Text(week.label.clone()),
                    Value::Text(day.date.to_string()),
                    Value::Int(day.coverage() as i64),
                    nonzero(rules.min_per_day),
                    nonzero(rules.max_per_day),
                    Value::Text(word.into()),
                    Value::opt(day.blackout),
                ],
                true,
            );
        }
    }
    s
}

/// Why a week rests: its quiet periods and blackouts, by name.
fn rest_note(week: &Week) -> Option<String> {
    let mut names: Vec<&str> = week.quiet().iter().map(|q| q.reason.as_str()).collect();
    for b in week.working_days().filter_map(|d| d.blackout) {
        if !names.contains(&b) {
            names.push(b);
        }
    }
    (!names.is_empty()).then(|| names.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Rules;
    use crate::plan::test_support::{calendar, d, item, range};

    #[test]
    fn every_week_and_the_days_that_break_a_rule() {
        let mut cal = calendar();
        cal.rules = Rules {
            min_per_week: 2,
            max_per_day: 1,
            ..Rules::default()
        };
        let items = [
            item("a", d(2026, 4, 8), None),
            item("b", d(2026, 4, 8), None),
        ];
        let s = sheet(&cal, &items, range(d(2026, 4, 6), d(2026, 4, 19)));
        let rows: Vec<String> = s
            .rows
            .iter()
            .map(|r| r.iter().map(Value::csv_text).collect::<Vec<_>>().join(","))
            .collect();
        assert_eq!(
            rows,
            [
                "2026-W15,,2,2,,ok,",
                "2026-W15,2026-04-08,2,,1,crowded,",
                "2026-W16,,0,2,,empty,",
            ]
        );
        assert_eq!(s.alert, [false, true, true]);
    }
}
