//! Findings about what lives and what stays fresh (SPEC sections 8 and 9):
//! `goal_missed` (a goal's value below its target over the last complete
//! quarter with numbers), `fading_format` (a format whose recent views fell
//! below half the calendar's median) and `stale_page` (a review past due).
//! Pure: the numbers and "today" come in.

use chrono::NaiveDate;

use super::finding::{Code, Findings};
use crate::dates::Quarter;
use crate::model::Calendar;
use crate::plan::item::iso_week;
use crate::plan::review::{self, PageStatus};
use crate::stats::judge::{self, FADING_WINDOW};
use crate::stats::Measured;

/// Adds the findings of `measured` (items that went live, with numbers) and
/// of the pages as they stand on `today`.
pub(crate) fn check(cal: &Calendar, measured: &[Measured], today: NaiveDate, found: &mut Findings) {
    if found.enabled(Code::GoalMissed).is_some() {
        for v in judge::goals(cal, measured, None, today) {
            let (Some(value), Some(period)) = (v.value, v.period) else {
                continue;
            };
            if value >= v.target {
                continue;
            }
            let goal = cal.goals.iter().find(|g| g.id == v.goal);
            found.add(
                Code::GoalMissed,
                |f| f.at(goal.map(|g| &g.origin)),
                format!(
                    "goal \"{}\" missed in {}: {} {}, target {} ({} measured items)",
                    v.goal,
                    Quarter::of(period.from),
                    metric_words(&v.metric),
                    number(value),
                    number(v.target),
                    v.items
                ),
            );
        }
    }
    if found.enabled(Code::FadingFormat).is_some() {
        for fading in judge::fading(cal, measured) {
            let format = cal.formats.iter().find(|f| f.id == fading.format);
            found.add(
                Code::FadingFormat,
                |f| f.at(format.map(|x| &x.origin)).with_date(fading.last),
                format!(
                    "format \"{}\" is fading: median views of its last {FADING_WINDOW} measured items {}, below half the calendar's median ({})",
                    fading.format,
                    number(fading.recent_median),
                    number(fading.calendar_median)
                ),
            );
        }
    }
    if found.enabled(Code::StalePage).is_some() {
        for state in review::states(cal, today) {
            let (PageStatus::Overdue, Some(due)) = (state.status, state.due) else {
                continue;
            };
            let page = state.page;
            let who = state
                .reviewer
                .map_or_else(|| "nobody".to_string(), str::to_string);
            found.add(
                Code::StalePage,
                |f| {
                    let f = f
                        .at(Some(&page.origin))
                        .with_week(iso_week(due))
                        .with_date(due);
                    match state.reviewer {
                        Some(p) => f.with_person(p),
                        None => f,
                    }
                },
                {
                    let since = match page.reviewed {
                        Some(last) => format!(
                            "was due for review on {due} ({} after its review on {last})",
                            review::interval_text(page.review)
                        ),
                        // Without a review a page is due at the start itself.
                        None => format!(
                            "was never reviewed: due since the calendar's start, {due}"
                        ),
                    };
                    format!(
                        "page \"{}\" ({}) {since}; {who} reviews it: record it with `ritme reviewed {}`",
                        page.id, page.title, page.id
                    )
                },
            );
        }
    }
}

/// A metric as people say it.
fn metric_words(metric: &str) -> String {
    if metric == "interaction_rate" {
        "interactions per 100 views".into()
    } else {
        format!("median {} per item", metric.replace('_', " "))
    }
}

/// A number without needless decimals.
fn number(x: f64) -> String {
    super::Value::Number(x).table_text()
}
