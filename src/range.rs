//! Date ranges as users type them: `--week 2026-W14`, `--month 2026-04`,
//! `--quarter 2026-Q2`, `--from/--until`, and the default planning window.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::error::{Error, Result};
use crate::model::{monday_of, DateRange, Quarter};

/// The range options every listing and report command takes.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct RangeArgs {
    /// An ISO week, like 2026-W14
    #[arg(long, value_name = "YYYY-Www", conflicts_with_all = ["month", "quarter", "from", "until"])]
    pub week: Option<String>,
    /// A month, like 2026-04
    #[arg(long, value_name = "YYYY-MM", conflicts_with_all = ["quarter", "from", "until"])]
    pub month: Option<String>,
    /// A quarter, like 2026-Q2
    #[arg(long, value_name = "YYYY-Qn", conflicts_with_all = ["from", "until"])]
    pub quarter: Option<String>,
    /// First day, inclusive
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Last day, inclusive
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<NaiveDate>,
}

impl RangeArgs {
    /// Whether the command line named a range at all.
    pub fn is_given(&self) -> bool {
        self.week.is_some()
            || self.month.is_some()
            || self.quarter.is_some()
            || self.from.is_some()
            || self.until.is_some()
    }

    /// The range asked for; `default` fills what is not given.
    pub fn resolve(&self, default: DateRange) -> Result<DateRange> {
        let range = if let Some(w) = &self.week {
            week(w)?
        } else if let Some(m) = &self.month {
            month(m)?
        } else if let Some(q) = &self.quarter {
            quarter(q)?
        } else {
            DateRange {
                from: self.from.unwrap_or(default.from),
                until: self.until.unwrap_or(default.until),
            }
        };
        if range.until < range.from {
            return Err(Error::usage(format!(
                "the range ends ({}) before it starts ({})",
                range.until, range.from
            )));
        }
        Ok(range)
    }
}

/// A date `YYYY-MM-DD`, for clap.
pub fn parse_date(text: &str) -> std::result::Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("\"{text}\" is not a date like 2026-04-06"))
}

/// `2026-W14`: Monday to Sunday of that ISO week.
pub fn week(text: &str) -> Result<DateRange> {
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
pub fn month(text: &str) -> Result<DateRange> {
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
pub fn quarter(text: &str) -> Result<DateRange> {
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
pub fn default_window(today: NaiveDate) -> DateRange {
    DateRange {
        from: monday_of(today),
        until: Quarter::of(today).next().last_day(),
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
    }
}
