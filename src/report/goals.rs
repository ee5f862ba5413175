//! The goals report: per goal, the formats, campaigns and one-off items that
//! serve it and how many items of the range do; goals nobody serves in the
//! range are marked. A last row counts the items that serve no goal.

use super::sheet::{Sheet, Value};
use crate::dates::{DateRange, Quarter};
use crate::model::Calendar;
use crate::plan::item::{Item, Status};
use crate::stats::judge::GoalValue;

/// One row per goal, in definition order, then the items without a goal.
pub(super) fn sheet(cal: &Calendar, items: &[Item], range: DateRange) -> Sheet {
    let in_range: Vec<&Item> = items
        .iter()
        .filter(|it| it.status != Status::Skipped && range.contains(it.date))
        .collect();
    let mut s = Sheet::new(&["goal", "title", "measure", "served_by", "items", "served"]);
    for goal in &cal.goals {
        let serves = |g: Option<&str>| g == Some(goal.id.as_str());
        let mut by: Vec<String> = cal
            .formats
            .iter()
            .filter(|f| serves(f.template.goal.as_deref()))
            .map(|f| format!("format/{}", f.id))
            .collect();
        by.extend(
            cal.campaigns
                .iter()
                .filter(|c| {
                    serves(c.template.goal.as_deref())
                        || c.posts.iter().any(|p| serves(p.template.goal.as_deref()))
                })
                .map(|c| format!("campaign/{}", c.id)),
        );
        by.extend(
            cal.items
                .iter()
                .filter(|i| serves(i.template.goal.as_deref()))
                .map(|i| format!("item/{}", i.id)),
        );
        let n = in_range
            .iter()
            .filter(|it| serves(it.goal.as_deref()))
            .count();
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

/// The goals sheet with each goal's value against its target: `metric`,
/// `target`, `value` (median per item of the metric, or interactions per
/// 100 views), `period` (the range it is taken over) and `met`. A goal
/// whose value falls short is marked.
pub(crate) fn with_values(mut sheet: Sheet, cal: &Calendar, values: &[GoalValue]) -> Sheet {
    let ids: Vec<Option<String>> = (0..sheet.rows.len())
        .map(|i| match sheet.get(i, "goal") {
            Some(Value::Text(t)) => Some(t.clone()),
            _ => None,
        })
        .collect();
    for c in ["metric", "target", "value", "period", "met"] {
        sheet.columns.push(c.to_string());
    }
    for (i, id) in ids.iter().enumerate() {
        let goal = id
            .as_deref()
            .and_then(|g| cal.goals.iter().find(|x| x.id == g));
        let v = id
            .as_deref()
            .and_then(|g| values.iter().find(|v| v.goal == g));
        let period = v.and_then(|v| v.period).map(|p| {
            let q = Quarter::of(p.from);
            if p.from == q.first_day() && p.until == q.last_day() {
                q.to_string()
            } else {
                format!("{} to {}", p.from, p.until)
            }
        });
        let met = v.and_then(GoalValue::met);
        sheet.rows[i].extend([
            Value::opt(goal.and_then(|g| g.metric.as_deref())),
            goal.and_then(|g| g.target)
                .map_or(Value::Null, Value::Number),
            Value::number(v.and_then(|v| v.value)),
            Value::opt(period.as_deref()),
            met.map_or(Value::Null, Value::Bool),
        ]);
        if met == Some(false) {
            sheet.alert[i] = true;
        }
    }
    sheet
}

/// The goals sheet with values, narrowed for a table: when a goal has a
/// target, the free-text measure makes room and metric, target, value,
/// period and met become two cells, "interaction_rate ≥ 5" and
/// "4.3 (2026-Q3)"; a missed goal is marked. Without targets the table is
/// the plain goals report.
pub(crate) fn values_table(sheet: &Sheet) -> Sheet {
    let valueless = sheet
        .without("metric")
        .without("target")
        .without("value")
        .without("period")
        .without("met");
    let any_target = (0..sheet.rows.len()).any(|i| sheet.get(i, "target") != Some(&Value::Null));
    if !any_target {
        return valueless;
    }
    let mut t = valueless.without("measure");
    t.columns.push("target".into());
    t.columns.push("value".into());
    for i in 0..sheet.rows.len() {
        let text = |c: &str| sheet.get(i, c).map(Value::table_text);
        let target = match (sheet.get(i, "metric"), sheet.get(i, "target")) {
            (Some(Value::Text(m)), Some(Value::Number(_))) => {
                Value::Text(format!("{m} ≥ {}", text("target").unwrap_or_default()))
            }
            _ => Value::Null,
        };
        let value = match (sheet.get(i, "value"), sheet.get(i, "period")) {
            (Some(Value::Number(_)), Some(Value::Text(p))) => {
                Value::Text(format!("{} ({p})", text("value").unwrap_or_default()))
            }
            (_, Some(Value::Text(p))) => Value::Text(format!("no numbers ({p})")),
            (_, _) if target != Value::Null => Value::Text("no numbers yet".into()),
            _ => Value::Null,
        };
        t.rows[i].push(target);
        t.rows[i].push(value);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Goal, Origin};
    use crate::plan::test_support::{calendar, d, item, range};

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
