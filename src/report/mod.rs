//! Findings and reports, computed from a calendar and the items of a window.
//!
//! Pure: no I/O, no clock. The caller decides where the items come from (the
//! stored plan, or a plan made in memory) and how the result is shown.
//!
//! - [`check`]: every finding of SPEC section 4 over a window, by concern:
//!   [`coverage`] (weeks, days, focus), [`people`] (load, absence, owners),
//!   [`definitions`] (goals, orphans).
//! - [`Report`]: the tabular reports `gaps`, `load`, `focus`, `mix`, `raci`
//!   and `goals`, each a [`Sheet`]; `engagement` and `pages` read numbers
//!   and reviews as well ([`engagement_sheet`], [`pages_sheet`]).
//! - [`lives::check`]: `goal_missed`, `fading_format`, `stale_page`.
//! - [`slipped::check`]: `overdue`, `unpublished`, `unclaimed_slot`.
//! - [`fairness`]: the fairness report and `unfair_pool`.

pub mod agenda;
pub mod coverage;
pub mod definitions;
pub mod diff;
mod engagement;
pub mod fairness;
#[cfg(test)]
mod fairness_properties;
mod finding;
mod focus;
mod gaps;
mod goals;
pub mod lives;
mod load;
mod mix;
mod pages;
pub mod people;
mod raci;
mod sheet;
pub mod slipped;
pub mod steering;
pub mod weeks;

pub use engagement::{
    sheet as engagement_sheet, summary as engagement_summary, table as engagement_table,
};
pub use finding::{severity_name, Code, Finding, Findings};
pub use goals::{values_table as goals_table, with_values as goals_with_values};
pub use load::load_matrix;
pub use mix::Period;
pub use pages::sheet as pages_sheet;
pub use raci::matrix as raci_matrix;
pub use sheet::{Sheet, Value};

use crate::dates::DateRange;
use crate::model::Calendar;
use crate::plan::item::Item;

/// Every finding over `window` (whole ISO weeks), sorted; `orphans` are the
/// keys of stored orphans in the window (none when planning in memory).
pub fn check(
    cal: &Calendar,
    items: &[Item],
    window: DateRange,
    orphans: &[String],
    planned: Option<DateRange>,
) -> Vec<Finding> {
    let mut found = Findings::new(&cal.rules);
    // Only the weeks the stored plan covers are judged; the others are
    // not planned, never empty (SPEC section 10).
    let judged = match planned {
        Some(p) => window.weeks_inside(p),
        None => Some(window),
    };
    if let Some(judged) = judged {
        let weeks = weeks::layout(cal, items, judged);
        coverage::check(cal, &weeks, &mut found);
        people::check(cal, &weeks, &mut found);
    }
    if planned.is_some() {
        coverage::unplanned(window, judged, &mut found);
    }
    let orphans: std::collections::HashSet<&str> = orphans.iter().map(String::as_str).collect();
    let orphans: Vec<&Item> = items
        .iter()
        .filter(|it| orphans.contains(it.key.as_str()))
        .collect();
    definitions::check(cal, window, &orphans, &mut found);
    let mut list = found.list;
    Finding::sort(&mut list);
    list
}

/// The reports of `ritme report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Report {
    /// Weeks and days with their counts against the rules
    Gaps,
    /// Person × ISO week: items, effort, capacity
    Load,
    /// Per focus block: share of items serving the theme, weeks below target
    Focus,
    /// Items per kind and per channel per month or quarter
    Mix,
    /// Formats and campaigns × people: Responsible, Accountable, Consulted, Informed
    Raci,
    /// Per goal: what serves it in the range, goals nobody serves, and each goal's value against its target
    Goals,
    /// Which rubric lives: per format (or kind, channel, team, goal) the numbers of its published items
    Engagement,
    /// Pages by the date their review is due, with reviewer and status
    Pages,
    /// Per pool and rotation: items and effort per member against the mean, the spread, who waited longest
    Fairness,
    /// One page for the steering group about a quarter
    Steering,
}

impl Report {
    /// The report over `range` (`by` matters only to `mix`); `None` for
    /// `engagement` and `pages`, which are made from the numbers and the
    /// review log ([`engagement_sheet`], [`pages_sheet`]), `fairness`, which
    /// looks back before the range ([`fairness::groups`]), and `steering`
    /// ([`steering::build`]).
    pub fn sheet(
        self,
        cal: &Calendar,
        items: &[Item],
        range: DateRange,
        by: Period,
    ) -> Option<Sheet> {
        Some(match self {
            Report::Gaps => gaps::sheet(cal, items, range),
            Report::Load => load::sheet(cal, items, range),
            Report::Focus => focus::sheet(cal, items, range),
            Report::Mix => mix::sheet(items, range, by),
            Report::Raci => raci::sheet(cal),
            Report::Goals => goals::sheet(cal, items, range),
            Report::Engagement | Report::Pages | Report::Fairness | Report::Steering => {
                return None
            }
        })
    }
}

/// "s" after a count other than one, for English messages.
pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
