//! Quarter rules RRULE cannot express: "the 2nd Monday of the quarter" counts
//! Mondays over the whole quarter, and quarters start in January, April,
//! July and October whatever the anchor's month.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::dates::{Quarter, LAST_DAY};

/// `every = "quarter"` with `nth`+`on` or with `day`.
#[derive(Debug, Hash, Clone)]
pub struct QuarterRule {
    anchor: NaiveDate,
    interval: u32,
    pick: Pick,
}

/// Which day of each quarter.
#[derive(Debug, Hash, Clone)]
pub(super) enum Pick {
    /// The `nth` of each of these weekdays, counted over the whole quarter
    /// (negative counts from its end).
    Nth { days: Vec<Weekday>, nth: i32 },
    /// The day of the quarter's first month; negative counts back from
    /// the quarter's last day.
    Day(i32),
}

impl QuarterRule {
    /// `pick` in every `interval`th quarter, counted from `anchor`'s.
    pub(super) fn new(pick: Pick, interval: u32, anchor: NaiveDate) -> Self {
        QuarterRule {
            anchor,
            interval,
            pick,
        }
    }

    /// Dates on or after the anchor, ascending, through the last quarter
    /// of [`LAST_DAY`]'s year; the quarters stop there, cleanly.
    pub fn dates(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        let first = Quarter::of(self.anchor);
        std::iter::successors(Some(first), move |q| {
            let next = q.plus(self.interval);
            (next.year <= LAST_DAY.year()).then_some(next)
        })
        .flat_map(move |q| self.in_quarter(q))
        .filter(move |d| *d >= self.anchor)
    }

    fn in_quarter(&self, q: Quarter) -> Vec<NaiveDate> {
        let (start, end) = (q.first_day(), q.last_day());
        let mut dates = match &self.pick {
            Pick::Day(day) if *day > 0 => {
                NaiveDate::from_ymd_opt(start.year(), start.month(), *day as u32)
                    .into_iter()
                    .collect()
            }
            Pick::Day(day) => end
                .checked_sub_days(Days::new(u64::from(day.unsigned_abs() - 1)))
                .into_iter()
                .collect(),
            Pick::Nth { days, nth } => days
                .iter()
                .filter_map(|wd| {
                    let all: Vec<NaiveDate> = start
                        .iter_days()
                        .take_while(|d| *d <= end)
                        .filter(|d| d.weekday() == *wd)
                        .collect();
                    let i = if *nth > 0 {
                        usize::try_from(nth - 1).ok()
                    } else {
                        all.len().checked_sub(nth.unsigned_abs() as usize)
                    };
                    i.and_then(|i| all.get(i).copied())
                })
                .collect::<Vec<_>>(),
        };
        dates.sort();
        dates
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(
        on: &[Weekday],
        nth: Option<i32>,
        day: Option<i32>,
        interval: Option<u32>,
    ) -> QuarterRule {
        let pick = match (nth, day) {
            (Some(nth), _) => Pick::Nth {
                days: on.to_vec(),
                nth,
            },
            (None, Some(day)) => Pick::Day(day),
            (None, None) => panic!("a quarter rule needs nth or day"),
        };
        QuarterRule::new(
            pick,
            interval.unwrap_or(1),
            NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        )
    }

    fn first(r: &QuarterRule, n: usize) -> Vec<String> {
        r.dates().take(n).map(|d| d.to_string()).collect()
    }

    #[test]
    fn first_monday_of_each_quarter() {
        let r = rule(&[Weekday::Mon], Some(1), None, None);
        assert_eq!(
            first(&r, 4),
            ["2026-01-05", "2026-04-06", "2026-07-06", "2026-10-05"]
        );
    }

    #[test]
    fn last_friday_of_each_quarter() {
        let r = rule(&[Weekday::Fri], Some(-1), None, None);
        assert_eq!(
            first(&r, 4),
            ["2026-03-27", "2026-06-26", "2026-09-25", "2026-12-25"]
        );
    }

    #[test]
    fn nth_counts_over_the_whole_quarter() {
        // The 5th Monday of 2026-Q1 is in February.
        let r = rule(&[Weekday::Mon], Some(5), None, None);
        assert_eq!(first(&r, 1), ["2026-02-02"]);
    }

    #[test]
    fn day_counts_in_the_first_month_and_minus_one_is_the_quarter_end() {
        assert_eq!(
            first(&rule(&[], None, Some(15), None), 2),
            ["2026-01-15", "2026-04-15"]
        );
        assert_eq!(
            first(&rule(&[], None, Some(-1), None), 2),
            ["2026-03-31", "2026-06-30"]
        );
    }

    #[test]
    fn interval_counts_quarters_from_the_anchor() {
        let r = rule(&[Weekday::Mon], Some(1), None, Some(2));
        assert_eq!(first(&r, 3), ["2026-01-05", "2026-07-06", "2027-01-04"]);
    }
}
