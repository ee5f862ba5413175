//! The text forms of dates and ranges: a date `2026-04-06`, a week
//! `2026-W14`, a month `2026-04`, a quarter `2026-Q2`, and the default
//! planning window.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::{monday_of, DateRange, Quarter};
use crate::error::{Error, Result};

/// A date `YYYY-MM-DD`.
pub(crate) fn parse_date(text: &str) -> std::result::Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("\"{text}\" is not a date like 2026-04-06"))
}

/// `2026-W14`: Monday to Sunday of that ISO week.
pub(crate) fn week(text: &str) -> Result<DateRange> {
    let bad = || {
        Error::usage(format!(
            "invalid week \"{text}\": write an ISO week like 2026-W14"
        ))
    };
    let (y, w) = text.split_once(['W', 'w']).ok_or_else(bad)?;
    let year: i32 = y
        .strip_suffix('-')
        .ok_or_else(bad)?
        .parse()
        .map_err(|_| bad())?;
    let week: u32 = w.parse().map_err(|_| bad())?;
    let monday = NaiveDate::from_isoywd_opt(year, week, Weekday::Mon).ok_or_else(|| {
        Error::usage(format!(
            "{year} has no ISO week {week} (\"{text}\"); its weeks run 1 to {}",
            weeks_in(year)
        ))
    })?;
    Ok(DateRange {
        from: monday,
        until: monday + Days::new(6),
    })
}

fn weeks_in(year: i32) -> u32 {
    NaiveDate::from_ymd_opt(year, 12, 28).map_or(52, |d| d.iso_week().week())
}

/// `2026-04`: the whole month.
pub(crate) fn month(text: &str) -> Result<DateRange> {
    let first = NaiveDate::parse_from_str(&format!("{text}-01"), "%Y-%m-%d")
        .map_err(|_| Error::usage(format!("invalid month \"{text}\": write it like 2026-04")))?;
    let next = first
        .checked_add_months(chrono::Months::new(1))
        .ok_or_else(|| Error::usage(format!("month \"{text}\" is out of range")))?;
    Ok(DateRange {
        from: first,
        until: next.pred_opt().expect("a day before the first"),
    })
}

/// `2026-Q2`: the whole quarter.
pub(crate) fn quarter(text: &str) -> Result<DateRange> {
    let q = Quarter::parse(text).ok_or_else(|| {
        Error::usage(format!("invalid quarter \"{text}\": write it like 2026-Q2"))
    })?;
    Ok(DateRange {
        from: q.first_day(),
        until: q.last_day(),
    })
}

/// The default planning window: the Monday of today's ISO week to the end
/// of the next quarter.
pub(crate) fn default_window(today: NaiveDate) -> DateRange {
    DateRange {
        from: monday_of(today),
        until: Quarter::of(today).next().last_day().min(super::LAST_DAY),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn weeks_months_quarters() {
        assert_eq!(
            week("2026-W14").unwrap(),
            DateRange {
                from: d(2026, 3, 30),
                until: d(2026, 4, 5)
            }
        );
        assert_eq!(week("2026-W53").unwrap().from, d(2026, 12, 28));
        assert!(week("2026-W54").is_err());
        assert!(week("2027-W53").is_err());
        assert_eq!(month("2026-02").unwrap().until, d(2026, 2, 28));
        assert_eq!(quarter("2026-Q2").unwrap().until, d(2026, 6, 30));
    }

    #[test]
    fn default_window_runs_to_the_end_of_next_quarter() {
        assert_eq!(
            default_window(d(2026, 11, 23)),
            DateRange {
                from: d(2026, 11, 23),
                until: d(2027, 3, 31)
            }
        );
        assert_eq!(default_window(d(2026, 11, 25)).from, d(2026, 11, 23));
        assert_eq!(default_window(d(9999, 11, 1)).until, d(9999, 12, 31));
    }
}
