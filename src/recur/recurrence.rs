//! A rule with its anchor, its active window and its holiday policy: what a
//! format or a recurring campaign post says about its dates.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::{HolidayPolicy, Rule};

/// A recurrence with its anchor and active window.
#[derive(Debug, Hash, Clone)]
pub struct Recurrence {
    pub rule: Rule,
    /// `from`, else `calendar.start`: occurrences are counted from here.
    pub anchor: NaiveDate,
    /// The last day that may hold an occurrence.
    pub until: Option<NaiveDate>,
    /// Generated dates that hold no item.
    pub skip: BTreeSet<NaiveDate>,
    pub holidays: HolidayPolicy,
}
