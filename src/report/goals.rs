//! The goals report: per goal, the formats, campaigns and one-off items that
//! serve it and how many items of the range do; goals nobody serves in the
//! range are marked. A last row counts the items that serve no goal.

use super::sheet::{Sheet, Value};
use crate::item::{Item, Status};
use crate::model::{Calendar, DateRange};

/// One row per goal, in definition order, then the items without a goal.
pub fn sheet(cal: &Calendar, items: &[Item], range: DateRange) -> Sheet {
    let in_range: Vec<&Item> = items
        .iter()
        .filter(|it| it.status != Status::Skipped && range.contains(it.date))
        .collect();
    let mut s = Sheet::new(&["goal", "title", "measure", "served_by", "items", "served"]);
    for goal in &cal.goals {
        let serves = |g: &Option<String>| g.as_deref() == Some(goal.id.as_str());
        let mut by: Vec<String> = cal
            .formats
            .iter()
            .filter(|f| serves(&f.template.goal))
            .map(|f| format!("format/{}", f.id))
            .collect();
        by.extend(
            cal.campaigns
                .iter()
                .filter(|c| {
                    serves(&c.template.goal) || c.posts.iter().any(|p| serves(&p.template.goal))
                })
                .map(|c| format!("campaign/{}", c.id)),
        );
        by.extend(
            cal.items
                .iter()
                .filter(|i| serves(&i.template.goal))
                .map(|i| format!("item/{}", i.id)),
        );
        let n = in_range.iter().filter(|it| serves(&it.goal)).count();
        s.push(
            vec![
                Value::Text(goal.id.clone()),
                Value::Text(goal.title.clone()),
                Value::opt(goal.measure.as_deref()),
                Value::List(by),
                Value::Int(n as i64),
                Value::Bool(n > 0),
            ],
            n == 0,
        );
    }
    let aimless = in_range.iter().filter(|it| it.goal.is_none()).count();
    if aimless > 0 {
        s.push(
            vec![
                Value::Null,
                Value::Text("(no goal)".into()),
                Value::Null,
                Value::List(vec![]),
                Value::Int(aimless as i64),
                Value::Bool(false),
            ],
            false,
        );
    }
    s
}

#[cfg(test)]
mod tests {
    use super::super::weeks::tests::{calendar, d, item, range};
    use super::*;
    use crate::model::{Goal, Origin};

    #[test]
    fn goals_with_their_items_and_the_ones_nobody_serves() {
        let mut cal = calendar();
        for id in ["verbinding", "veiligheid"] {
            cal.goals.push(Goal {
                id: id.into(),
                title: id.into(),
                measure: None,
                metric: None,
                target: None,
                origin: Origin::default(),
            });
        }
        let mut a = item("a", d(2026, 4, 8), None);
        a.goal = Some("verbinding".into());
        let items = [a, item("b", d(2026, 4, 9), None)];
        let s = sheet(&cal, &items, range(d(2026, 4, 1), d(2026, 4, 30)));
        let col = |c: &str| -> Vec<String> {
            (0..s.rows.len())
                .map(|i| s.get(i, c).unwrap().csv_text())
                .collect()
        };
        assert_eq!(col("goal"), ["verbinding", "veiligheid", ""]);
        assert_eq!(col("items"), ["1", "0", "1"]);
        assert_eq!(s.alert, [false, true, false]);
    }
}
