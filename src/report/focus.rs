//! The focus report: per focus block touching the range, how many of its
//! items serve the theme, and the weeks below the block's target.

use super::coverage::{focus_count, focus_wanted};
use super::sheet::{Sheet, Value};
use super::weeks::{counts_for_coverage, layout};
use crate::dates::DateRange;
use crate::model::Calendar;
use crate::plan::item::Item;

/// One row per focus block overlapping `range`.
pub(super) fn sheet(cal: &Calendar, items: &[Item], range: DateRange) -> Sheet {
    let weeks = layout(cal, items, range);
    let mut s = Sheet::new(&[
        "focus",
        "theme",
        "from",
        "until",
        "items",
        "serving",
        "share",
        "min_per_week",
        "weeks",
        "weeks_below",
    ]);
    for block in &cal.focus {
        let from = block.range.from.max(range.from);
        let until = block.range.until.min(range.until);
        if from > until {
            continue;
        }
        let inside = |it: &&Item| counts_for_coverage(it) && from <= it.date && it.date <= until;
        let total = items.iter().filter(inside).count();
        let serving = items
            .iter()
            .filter(inside)
            .filter(|it| it.serves_focus(&block.id))
            .count();
        let wanted: Vec<_> = weeks
            .iter()
            .filter(|w| w.sunday() >= from && w.monday() <= until && focus_wanted(block, w) > 0)
            .collect();
        let below: Vec<String> = wanted
            .iter()
            .filter(|w| (focus_count(block, w) as u32) < focus_wanted(block, w))
            .map(|w| w.label.clone())
            .collect();
        let share = if total == 0 {
            Value::Null
        } else {
            Value::Share(serving as f64 / total as f64)
        };
        let alert = !below.is_empty();
        s.push(
            vec![
                Value::Text(block.id.clone()),
                Value::Text(block.theme.clone()),
                Value::Text(block.range.from.to_string()),
                Value::Text(block.range.until.to_string()),
                Value::Int(total as i64),
                Value::Int(serving as i64),
                share,
                Value::Int(block.min_per_week.into()),
                Value::Int(wanted.len() as i64),
                Value::List(below),
            ],
            alert,
        );
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Focus, Origin};
    use crate::plan::test_support::{calendar, d, item, range};

    #[test]
    fn share_and_weeks_below_target() {
        let mut cal = calendar();
        cal.focus.push(Focus {
            id: "q2".into(),
            range: range(d(2026, 4, 1), d(2026, 6, 30)),
            theme: "Welzijn".into(),
            tags: vec![],
            min_per_week: 1,
            formats: vec![],
            origin: Origin::default(),
        });
        let mut serving = item("a", d(2026, 4, 8), None);
        serving.focus = ["q2".into()].into_iter().collect();
        let items = [serving, item("b", d(2026, 4, 15), None)];
        let s = sheet(&cal, &items, range(d(2026, 4, 6), d(2026, 4, 19)));
        assert_eq!(s.get(0, "items"), Some(&Value::Int(2)));
        assert_eq!(s.get(0, "share"), Some(&Value::Share(0.5)));
        assert_eq!(
            s.get(0, "weeks_below"),
            Some(&Value::List(vec!["2026-W16".into()]))
        );
        assert_eq!(s.alert, [true]);
    }
}
