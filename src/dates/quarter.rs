//! A calendar quarter (`2026-Q2`): January, April, July and October start
//! one. The one meaning of "quarter" as a date; `every = "quarter"` rules
//! are in `recur`, and the quarter view in `view::quarter`.

use std::fmt;

use chrono::{Datelike, NaiveDate};

/// A calendar quarter, `2026-Q2`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Quarter {
    /// The year.
    pub year: i32,
    /// 1..=4
    pub number: u32,
}

impl Quarter {
    /// Parses `2026-Q2` (also `2026-q2`).
    pub fn parse(text: &str) -> Option<Self> {
        let (y, q) = text.split_once(['Q', 'q'])?;
        let year = y.strip_suffix('-')?.parse().ok()?;
        let number = q.parse().ok().filter(|n| (1..=4).contains(n))?;
        Some(Quarter { year, number })
    }

    /// The quarter a date lies in.
    pub fn of(date: NaiveDate) -> Self {
        Quarter {
            year: date.year(),
            number: date.month0() / 3 + 1,
        }
    }

    /// The first day.
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, (self.number - 1) * 3 + 1, 1).expect("valid quarter")
    }

    /// The last day.
    pub fn last_day(self) -> NaiveDate {
        self.next()
            .first_day()
            .pred_opt()
            .expect("not the first day ever")
    }

    /// The quarter after this one.
    pub fn next(self) -> Self {
        if self.number == 4 {
            Quarter {
                year: self.year + 1,
                number: 1,
            }
        } else {
            Quarter {
                year: self.year,
                number: self.number + 1,
            }
        }
    }

    /// The quarter before this one.
    pub fn previous(self) -> Self {
        if self.number == 1 {
            Quarter {
                year: self.year - 1,
                number: 4,
            }
        } else {
            Quarter {
                year: self.year,
                number: self.number - 1,
            }
        }
    }

    /// The quarter `n` quarters later.
    pub fn plus(self, n: u32) -> Self {
        (0..n).fold(self, |q, _| q.next())
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-Q{}", self.year, self.number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters() {
        let q = Quarter::parse("2026-Q4").unwrap();
        assert_eq!(q.last_day(), NaiveDate::from_ymd_opt(2026, 12, 31).unwrap());
        assert_eq!(q.next().to_string(), "2027-Q1");
        assert_eq!(q.next().previous(), q);
        assert_eq!(Quarter::parse("2027-Q1").unwrap().previous(), q);
        assert_eq!(Quarter::parse("2026-Q5"), None);
    }
}
