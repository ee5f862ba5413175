//! `report pages`: every page by the date its next review is due, with who
//! reviews it and where it stands (overdue, due soon, ok, archived).

use chrono::NaiveDate;

use super::sheet::{Sheet, Value};
use crate::dates::DateRange;
use crate::model::Calendar;
use crate::plan::review::{self, PageStatus};

/// The pages on `today`, by due date (archived last); with `range`, only
/// the pages whose review falls due in it.
pub(crate) fn sheet(cal: &Calendar, today: NaiveDate, range: Option<DateRange>) -> Sheet {
    let mut s = Sheet::new(&[
        "page",
        "title",
        "reviewer",
        "team",
        "review",
        "last_reviewed",
        "due",
        "days",
        "status",
        "url",
    ]);
    for st in review::states(cal, today) {
        if let Some(r) = range {
            if !st.due.is_some_and(|d| r.contains(d)) {
                continue;
            }
        }
        let p = st.page;
        let last = match (p.archived, p.reviewed) {
            (Some(a), _) => Some(a),
            (None, r) => r,
        };
        s.push(
            vec![
                Value::Text(p.id.clone()),
                Value::Text(p.title.clone()),
                Value::opt(st.reviewer),
                Value::opt(p.team.as_deref()),
                Value::Text(review::interval_text(p.review)),
                last.map_or(Value::Null, |d| Value::Text(d.to_string())),
                st.due.map_or(Value::Null, |d| Value::Text(d.to_string())),
                st.due
                    .map_or(Value::Null, |d| Value::Int((d - today).num_days())),
                Value::Text(st.status.as_str().into()),
                Value::opt(p.url.as_deref()),
            ],
            st.status == PageStatus::Overdue,
        );
    }
    s
}
