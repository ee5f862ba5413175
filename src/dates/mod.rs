//! Dates as ritme counts them: inclusive ranges, ISO weeks, calendar
//! quarters and weekdays, and the text forms users type for them. The
//! bottom of the house: it uses nothing of ritme but the error type.

mod parse;
mod quarter;
mod weekday;

use chrono::NaiveDate;

pub(crate) use parse::{default_window, month, parse_date, quarter, week};
pub(crate) use quarter::Quarter;
pub use weekday::Weekdays;
pub(crate) use weekday::{parse_weekday, WEEKDAY_NAMES};

/// The last day a rule makes a date for: 9999-12-31, the last date a TOML
/// file, an item key (`YYYY-MM-DD`) and an iCal feed can write. Rules stop
/// there cleanly; nothing past it is generated.
pub(crate) const LAST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(9999, 12, 31) {
    Some(d) => d,
    None => panic!("9999-12-31 is a date"),
};

/// Inclusive date range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateRange {
    pub from: NaiveDate,
    pub until: NaiveDate,
}

impl DateRange {
    /// The smallest range holding both, and any gap between them.
    pub(crate) fn spanning(self, other: DateRange) -> DateRange {
        DateRange {
            from: self.from.min(other.from),
            until: self.until.max(other.until),
        }
    }

    /// Whether `d` lies inside.
    pub fn contains(&self, d: NaiveDate) -> bool {
        self.from <= d && d <= self.until
    }

    /// The whole ISO weeks covering the range: its first Monday to its last
    /// Sunday.
    pub fn whole_weeks(&self) -> DateRange {
        DateRange {
            from: monday_of(self.from),
            until: sunday_of(self.until),
        }
    }

    /// The whole ISO weeks of this range that lie entirely inside
    /// `planned`, or `None` when no week does: the weeks a stored plan
    /// covers, which views and `check` judge (SPEC section 10).
    pub fn weeks_inside(&self, planned: DateRange) -> Option<DateRange> {
        let first_monday = if planned.from == monday_of(planned.from) {
            planned.from
        } else {
            monday_of(planned.from).checked_add_days(chrono::Days::new(7))?
        };
        let last_sunday = if planned.until == sunday_of(planned.until) {
            planned.until
        } else {
            sunday_of(planned.until).checked_sub_days(chrono::Days::new(7))?
        };
        let from = monday_of(self.from).max(first_monday);
        let until = sunday_of(self.until).min(last_sunday);
        (from <= until).then_some(DateRange { from, until })
    }
}

/// The Sunday of `d`'s ISO week (the last day chrono has, past its end).
pub(crate) fn sunday_of(d: NaiveDate) -> NaiveDate {
    monday_of(d)
        .checked_add_days(chrono::Days::new(6))
        .unwrap_or(NaiveDate::MAX)
}

/// The Monday of `d`'s ISO week.
pub(crate) fn monday_of(d: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    d - chrono::Days::new(u64::from(d.weekday().num_days_from_monday()))
}
