//! The load report: person × ISO week with the items a person owns, their
//! effort and the person's capacity; over-capacity marked.

use super::people::{capacity, loads};
use super::sheet::{Sheet, Value};
use super::weeks::layout;
use crate::dates::DateRange;
use crate::model::Calendar;
use crate::plan::item::Item;

/// One row per person and week of `range` (widened to whole weeks): every
/// person of the calendar, and any other owner of an item.
pub fn sheet(cal: &Calendar, items: &[Item], range: DateRange) -> Sheet {
    let weeks = layout(cal, items, range);
    let loads = loads(&weeks);
    let mut people: Vec<&str> = cal.people.iter().map(|p| p.id.as_str()).collect();
    for (person, _) in loads.keys() {
        if !people.contains(person) {
            people.push(person);
        }
    }
    let mut s = Sheet::new(&[
        "person",
        "week",
        "items",
        "effort_minutes",
        "capacity",
        "over",
    ]);
    for person in people {
        let cap = capacity(cal, person);
        for week in &weeks {
            let load = loads.get(&(person, week.label.as_str()));
            let n = load.map_or(0, |l| l.items);
            let over = n > cap;
            s.push(
                vec![
                    Value::Text(person.to_string()),
                    Value::Text(week.label.clone()),
                    Value::Int(n.into()),
                    Value::Minutes(load.map_or(0, |l| l.effort_minutes)),
                    Value::Int(cap.into()),
                    Value::Bool(over),
                ],
                over,
            );
        }
    }
    s
}

/// Up to this many people, the load and RACI tables give each person a
/// column; with more, a row each, so 30 people do not run off the screen.
/// (The example calendar's ten people fit 120 columns as columns.)
pub const PEOPLE_AS_COLUMNS: usize = 12;

/// The load report pivoted for people to read. Up to
/// [`PEOPLE_AS_COLUMNS`] people: a row per week, a column per person;
/// with more, a row per person, a column per week (`W48`, or `2026-W48`
/// when the range holds a week number twice). Cells `items/capacity
/// effort`, with `!` where a person is over capacity, `·` for nothing; a
/// column per week leaves the effort to JSON and CSV (cells like `2/1!`),
/// so a quarter's fourteen weeks fit 120 columns.
pub fn load_matrix(long: &Sheet) -> Sheet {
    let text = |i: usize, c: &str| long.get(i, c).map(Value::table_text).unwrap_or_default();
    let mut people: Vec<String> = Vec::new();
    let mut weeks: Vec<String> = Vec::new();
    for i in 0..long.rows.len() {
        let (p, w) = (text(i, "person"), text(i, "week"));
        if !people.contains(&p) {
            people.push(p);
        }
        if !weeks.contains(&w) {
            weeks.push(w);
        }
    }
    // Row `i` of `long` is person `i / weeks`, week `i % weeks`.
    let cell = |i: usize, with_effort: bool| -> (Value, bool) {
        let over = long.alert.get(i).copied().unwrap_or(false);
        let shown = match text(i, "items").as_str() {
            "0" => "·".to_string(),
            n => {
                let effort = match text(i, "effort_minutes") {
                    e if e == "0m" || !with_effort => String::new(),
                    e => format!(" {e}"),
                };
                let mark = match (over, with_effort) {
                    (false, _) => "",
                    (true, true) => " !",
                    (true, false) => "!",
                };
                format!("{n}/{}{effort}{mark}", text(i, "capacity"))
            }
        };
        (Value::Text(shown), over)
    };
    let pivot = |rows: &[String],
                 columns: &[String],
                 corner: &str,
                 index: &dyn Fn(usize, usize) -> usize| {
        let with_effort = corner == "week";
        let mut header = vec![corner.to_string()];
        header.extend(columns.iter().cloned());
        let mut wide = Sheet::new(&header);
        for (r, name) in rows.iter().enumerate() {
            let mut row = vec![Value::Text(name.clone())];
            let mut alert = false;
            for c in 0..columns.len() {
                let (v, over) = cell(index(r, c), with_effort);
                alert |= over;
                row.push(v);
            }
            wide.push(row, alert);
        }
        wide
    };
    let n = weeks.len();
    if people.len() <= PEOPLE_AS_COLUMNS {
        return pivot(&weeks, &people, "week", &|w, p| p * n + w);
    }
    let short: Vec<String> = weeks
        .iter()
        .map(|w| w.split_once('-').map_or(w.clone(), |(_, s)| s.to_string()))
        .collect();
    let unique = short
        .iter()
        .collect::<std::collections::BTreeSet<_>>()
        .len()
        == n;
    let labels = if unique { &short } else { &weeks };
    pivot(&people, labels, "person", &|p, w| p * n + w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::test_support::{calendar, d, item, range};

    #[test]
    fn rows_per_person_and_week_with_over_capacity_marked() {
        let cal = calendar();
        let mut a = item("a", d(2026, 4, 8), Some("anna"));
        a.effort_minutes = Some(60);
        let items = [
            a,
            item("b", d(2026, 4, 9), Some("anna")),
            item("c", d(2026, 4, 10), Some("anna")),
        ];
        let s = sheet(&cal, &items, range(d(2026, 4, 6), d(2026, 4, 19)));
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(
            json,
            r#"[{"person":"anna","week":"2026-W15","items":3,"effort_minutes":60,"capacity":2,"over":true},{"person":"anna","week":"2026-W16","items":0,"effort_minutes":0,"capacity":2,"over":false}]"#
        );
        let wide = load_matrix(&s);
        assert_eq!(wide.columns, ["week", "anna"]);
        assert_eq!(wide.rows[0][1], Value::Text("3/2 1h !".into()));
        assert_eq!(wide.rows[1][1], Value::Text("·".into()));
        assert_eq!(wide.alert, [true, false]);
    }
}
