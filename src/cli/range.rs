//! The range options every listing and report command takes (`--week`,
//! `--month`, `--quarter`, `--from/--until`), resolved into a [`DateRange`].

use chrono::NaiveDate;

use crate::dates::{month, parse_date, quarter, week, DateRange};
use crate::error::{Error, Result};

// The range options every listing and report command takes.
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
