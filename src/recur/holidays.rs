//! The holiday policy: what happens to an occurrence on a blackout day or a
//! non-working day. "The Vrijdagvraag moved to Monday because of Easter" is
//! decided here and nowhere else.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};

use super::Rule;
use crate::dates::{DateRange, Weekdays};

/// The longest stretch `shift` looks ahead for a working day.
pub(crate) const SHIFT_HORIZON_DAYS: u32 = 366;

/// What to do with an occurrence on a blackout or non-working day.
#[derive(Debug, Hash, Clone, Copy, PartialEq, Eq, Default)]
pub enum HolidayPolicy {
    /// Drop it.
    #[default]
    Skip,
    /// Move it to the next working day that is no blackout.
    Shift,
    /// Leave it where it is.
    Keep,
}

/// When a blackout or quiet period applies.
#[derive(Debug, Hash, Clone)]
pub enum DaySet {
    Range(DateRange),
    Rule(Rule),
}

/// Which days are working days and which are blacked out.
#[derive(Debug, Clone)]
pub(crate) struct DayRules {
    working_days: Weekdays,
    blackout: HashSet<NaiveDate>,
}

impl DayRules {
    /// The rules over `range`; blackout rules are expanded inside it only.
    pub(crate) fn new<'a>(
        working_days: Weekdays,
        blackouts: impl IntoIterator<Item = &'a DaySet>,
        range: DateRange,
    ) -> Self {
        let mut blackout = HashSet::new();
        for days in blackouts {
            match days {
                DaySet::Range(r) => {
                    let from = r.from.max(range.from);
                    let until = r.until.min(range.until);
                    blackout.extend(from.iter_days().take_while(|d| *d <= until));
                }
                DaySet::Rule(rule) => blackout.extend(
                    rule.dates_until(range.until)
                        .into_iter()
                        .filter(|d| *d >= range.from),
                ),
            }
        }
        DayRules {
            working_days,
            blackout,
        }
    }

    /// Whether nothing should normally happen on `d`: a weekend or a blackout.
    pub(crate) fn is_free(&self, d: NaiveDate) -> bool {
        !self.working_days.contains(d.weekday()) || self.is_blackout(d)
    }

    /// Whether `d` is a blackout day.
    pub(crate) fn is_blackout(&self, d: NaiveDate) -> bool {
        self.blackout.contains(&d)
    }

    /// The last day on or before `d` that is a working day and no blackout:
    /// where a draft deadline falls (SPEC section 12). Looks back as far as
    /// `shift` looks ahead; a calendar with no such day keeps `d`.
    pub(crate) fn working_on_or_before(&self, d: NaiveDate) -> NaiveDate {
        std::iter::successors(Some(d), |x| x.pred_opt())
            .take(SHIFT_HORIZON_DAYS as usize + 1)
            .find(|x| !self.is_free(*x))
            .unwrap_or(d)
    }

    /// Where an occurrence generated on `d` stands under `policy`; `None` drops it.
    pub(crate) fn place(&self, d: NaiveDate, policy: HolidayPolicy) -> Option<NaiveDate> {
        if !self.is_free(d) {
            return Some(d);
        }
        match policy {
            HolidayPolicy::Keep => Some(d),
            HolidayPolicy::Skip => None,
            HolidayPolicy::Shift => d
                .iter_days()
                .skip(1)
                .take(SHIFT_HORIZON_DAYS as usize)
                .find(|d| !self.is_free(*d)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn rules() -> DayRules {
        // Tweede Paasdag and Goede Vrijdag.
        let easter_monday =
            DaySet::Rule(Rule::from_rrule("FREQ=YEARLY;BYEASTER=1", d(2026, 1, 1)).unwrap());
        let good_friday = DaySet::Range(DateRange {
            from: d(2026, 4, 3),
            until: d(2026, 4, 3),
        });
        DayRules::new(
            Weekdays::WORKWEEK,
            &[easter_monday, good_friday],
            DateRange {
                from: d(2026, 1, 1),
                until: d(2026, 12, 31),
            },
        )
    }

    #[test]
    fn shift_moves_past_weekend_and_easter_monday() {
        // Good Friday 2026-04-03 -> weekend -> Easter Monday 04-06 -> Tuesday.
        assert_eq!(
            rules().place(d(2026, 4, 3), HolidayPolicy::Shift),
            Some(d(2026, 4, 7))
        );
    }

    #[test]
    fn a_deadline_moves_back_past_holidays_and_weekends() {
        let christmas = DaySet::Range(DateRange {
            from: d(2026, 12, 25),
            until: d(2026, 12, 26),
        });
        let days = DayRules::new(
            Weekdays::WORKWEEK,
            &[christmas],
            DateRange {
                from: d(2026, 1, 1),
                until: d(2026, 12, 31),
            },
        );
        // Christmas Day 2026 is a Friday: the Thursday before.
        assert_eq!(days.working_on_or_before(d(2026, 12, 25)), d(2026, 12, 24));
        // A Saturday and a Sunday: the Friday before.
        assert_eq!(days.working_on_or_before(d(2026, 11, 28)), d(2026, 11, 27));
        assert_eq!(days.working_on_or_before(d(2026, 11, 29)), d(2026, 11, 27));
        // A working day stays.
        assert_eq!(days.working_on_or_before(d(2026, 11, 24)), d(2026, 11, 24));
        // No working day at all: the date stays as it is.
        let never = DayRules::new(
            Weekdays::of(&[]),
            &[],
            DateRange {
                from: d(2026, 1, 1),
                until: d(2026, 12, 31),
            },
        );
        assert_eq!(never.working_on_or_before(d(2026, 11, 28)), d(2026, 11, 28));
    }

    #[test]
    fn skip_drops_and_keep_keeps() {
        assert_eq!(rules().place(d(2026, 4, 6), HolidayPolicy::Skip), None);
        assert_eq!(
            rules().place(d(2026, 4, 6), HolidayPolicy::Keep),
            Some(d(2026, 4, 6))
        );
        assert_eq!(
            rules().place(d(2026, 4, 8), HolidayPolicy::Skip),
            Some(d(2026, 4, 8))
        );
    }
}
