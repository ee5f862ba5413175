//! A recurrence rule: the user's RRULE, or the shorthand (`every`, `on`,
//! `nth`, `day`, `interval`) translated to one. Quarter rules with `nth` or
//! `day` count over a whole calendar quarter, which RRULE cannot say, so
//! those are expanded by [`super::quarter`].

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};

use chrono::{Datelike, NaiveDate, TimeZone, Weekday};
use rrule::{RRule, RRuleSet, Tz, Unvalidated};

use super::quarter::{Pick, QuarterRule};
use crate::dates::{Weekdays, LAST_DAY, WEEKDAY_NAMES};

/// The `every` word of the shorthand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Every {
    Day,
    Weekday,
    Week,
    Month,
    Quarter,
    Year,
}

impl Every {
    /// The words the file format accepts.
    pub const NAMES: [&'static str; 6] = ["day", "weekday", "week", "month", "quarter", "year"];

    /// Parses one of [`Every::NAMES`].
    pub fn parse(text: &str) -> Option<Self> {
        let all = [
            Every::Day,
            Every::Weekday,
            Every::Week,
            Every::Month,
            Every::Quarter,
            Every::Year,
        ];
        Self::NAMES.iter().position(|n| *n == text).map(|i| all[i])
    }
}

/// The shorthand as written.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Shorthand {
    pub every: Every,
    pub interval: Option<u32>,
    pub on: Vec<Weekday>,
    pub nth: Option<i32>,
    pub day: Option<i32>,
}

/// The shorthand field a [`ShorthandError`] is about: the caret goes on
/// its value, so the user sees the line to fix.
#[derive(Debug, Hash, Clone, Copy, PartialEq, Eq)]
pub enum ShorthandField {
    Every,
    Interval,
    On,
    Nth,
    Day,
}

/// A shorthand that cannot be a rule, and the field that makes it so.
#[derive(Debug, Hash, Clone, PartialEq, Eq)]
pub struct ShorthandError {
    pub field: ShorthandField,
    pub message: String,
}

impl ShorthandError {
    fn new(field: ShorthandField, message: impl Into<String>) -> Self {
        ShorthandError {
            field,
            message: message.into(),
        }
    }
}

impl fmt::Display for ShorthandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// The span of time one occurrence of a rule stands for.
#[derive(Debug, Hash, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// The ISO week (daily and weekly rules).
    Week,
    Month,
    Quarter,
    Year,
}

impl Period {
    /// Which period `date` falls in: equal for two dates of one period.
    pub fn of(self, date: NaiveDate) -> (i32, u32) {
        match self {
            Period::Week => (date.iso_week().year(), date.iso_week().week()),
            Period::Month => (date.year(), date.month()),
            Period::Quarter => (date.year(), date.month0() / 3),
            Period::Year => (date.year(), 0),
        }
    }
}

/// A rule that yields dates on or after its anchor.
#[derive(Clone)]
pub enum Rule {
    /// Expanded by the rrule crate with DTSTART at the anchor, 00:00 UTC:
    /// dates only, so no timezone can shift them.
    RRule {
        text: String,
        set: Box<RRuleSet>,
        /// The dates expanded so far, shared by the rule's clones.
        expanded: Arc<Mutex<Expanded>>,
    },
    /// The nth weekday or the day of each calendar quarter.
    Quarterly(QuarterRule),
}

/// A rule's dates from its anchor up to and including `upto`. The rrule
/// crate spends about 10,000 instructions on each year of a yearly rule,
/// and a command looks at the blackout rules a dozen times (the plan, page
/// reviews, each blackout's weeks): `check` on the example spent an eighth
/// of its time there.
#[derive(Debug)]
pub struct Expanded {
    upto: NaiveDate,
    dates: Vec<NaiveDate>,
}

/// A rule is its text: the expanded set is a cache of what the text says.
impl std::hash::Hash for Rule {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        std::mem::discriminant(self).hash(state);
        match self {
            Rule::RRule { text, .. } => text.hash(state),
            Rule::Quarterly(q) => q.hash(state),
        }
    }
}

impl fmt::Debug for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rule::RRule { text, .. } => write!(f, "RRule({text})"),
            Rule::Quarterly(q) => write!(f, "{q:?}"),
        }
    }
}

impl Rule {
    /// The rule of an `rrule = "..."` text, anchored at `anchor`.
    pub fn from_rrule(text: &str, anchor: NaiveDate) -> Result<Rule, String> {
        let normalized = normalize_rrule(text)?;
        build(normalized, anchor)
    }

    /// The rule of the shorthand, anchored at `anchor`.
    pub fn from_shorthand(
        s: &Shorthand,
        anchor: NaiveDate,
        working_days: Weekdays,
    ) -> Result<Rule, ShorthandError> {
        check_shorthand(s)?;
        let interval = s.interval.unwrap_or(1);
        let byday = |nth: Option<i32>| -> String {
            let days: Vec<String> =
                s.on.iter()
                    .map(|d| {
                        let code = &WEEKDAY_NAMES[d.num_days_from_monday() as usize][..2];
                        match nth {
                            Some(n) => format!("{n}{}", code.to_uppercase()),
                            None => code.to_uppercase(),
                        }
                    })
                    .collect();
            format!(";BYDAY={}", days.join(","))
        };
        let mut text = match s.every {
            Every::Day => format!("FREQ=DAILY;INTERVAL={interval}"),
            Every::Weekday => {
                let days: Vec<Weekday> = working_days.days().collect();
                let shorthand = Shorthand {
                    on: days,
                    ..s.clone()
                };
                return Rule::from_shorthand(
                    &Shorthand {
                        every: Every::Day,
                        interval: None,
                        ..shorthand
                    },
                    anchor,
                    working_days,
                );
            }
            Every::Week => format!("FREQ=WEEKLY;INTERVAL={interval};WKST=MO"),
            Every::Month => format!("FREQ=MONTHLY;INTERVAL={interval}"),
            Every::Quarter => {
                let pick = match (s.nth, s.day) {
                    (Some(nth), _) => Some(Pick::Nth {
                        days: s.on.clone(),
                        nth,
                    }),
                    (None, Some(day)) => Some(Pick::Day(day)),
                    (None, None) => None,
                };
                if let Some(pick) = pick {
                    return Ok(Rule::Quarterly(QuarterRule::new(pick, interval, anchor)));
                }
                format!("FREQ=MONTHLY;INTERVAL={}", interval * 3)
            }
            Every::Year => {
                let mut t = format!("FREQ=YEARLY;INTERVAL={interval}");
                if s.nth.is_some() || s.day.is_some() {
                    t.push_str(&format!(";BYMONTH={}", anchor.month()));
                }
                t
            }
        };
        if !s.on.is_empty() {
            text.push_str(&byday(s.nth));
        }
        if let Some(day) = s.day {
            text.push_str(&format!(";BYMONTHDAY={day}"));
        }
        build(text, anchor).map_err(|e| ShorthandError::new(ShorthandField::Every, e))
    }

    /// The period one occurrence of the rule stands for, by its frequency:
    /// where a stored item's edits may be carried when the rule changes
    /// (SPEC section 10).
    pub fn period(&self) -> Period {
        match self {
            Rule::Quarterly(_) => Period::Quarter,
            Rule::RRule { text, .. } => {
                let freq = text
                    .split(';')
                    .find_map(|part| part.strip_prefix("FREQ="))
                    .unwrap_or("");
                match freq {
                    "MONTHLY" => Period::Month,
                    "YEARLY" => Period::Year,
                    _ => Period::Week,
                }
            }
        }
    }

    /// The rule's dates up to and including `last`, ascending, expanded
    /// again only for a later `last`.
    pub fn dates_until(&self, last: NaiveDate) -> Vec<NaiveDate> {
        let Rule::RRule { expanded, .. } = self else {
            return self.dates().take_while(|d| *d <= last).collect();
        };
        let mut e = expanded.lock().unwrap_or_else(PoisonError::into_inner);
        if e.upto < last {
            // A year of a yearly rule costs the crate as much as its first
            // date, and callers ask for a little more each time (the plan,
            // then page reviews): the rest of the year is nearly free.
            let upto = match self.period() {
                Period::Year => NaiveDate::from_ymd_opt(last.year(), 12, 31).unwrap_or(last),
                _ => last,
            };
            e.dates = self.dates().take_while(|d| *d <= upto).collect();
            e.upto = upto;
        }
        e.dates[..e.dates.partition_point(|d| *d <= last)].to_vec()
    }

    /// The rule's dates on or after its anchor, ascending, up to and
    /// including [`LAST_DAY`] (the rrule crate would go on into year 10000).
    pub fn dates(&self) -> Box<dyn Iterator<Item = NaiveDate> + '_> {
        let dates: Box<dyn Iterator<Item = NaiveDate> + '_> = match self {
            Rule::RRule { set, .. } => Box::new(set.as_ref().into_iter().map(|d| d.date_naive())),
            Rule::Quarterly(q) => Box::new(q.dates()),
        };
        Box::new(dates.take_while(|d| *d <= LAST_DAY))
    }
}

fn check_shorthand(s: &Shorthand) -> Result<(), ShorthandError> {
    use ShorthandField as F;
    let every = Every::NAMES[s.every as usize];
    if s.interval == Some(0) {
        return Err(ShorthandError::new(
            F::Interval,
            "interval = 0 never repeats: use 1 or more",
        ));
    }
    if s.every == Every::Weekday && s.interval.is_some() {
        return Err(ShorthandError::new(
            F::Interval,
            "every = \"weekday\" means every working day and takes no interval",
        ));
    }
    if s.every == Every::Weekday && !s.on.is_empty() {
        return Err(ShorthandError::new(
            F::On,
            "every = \"weekday\" already means every working day; drop `on` or use every = \"week\"",
        ));
    }
    if let Some(n) = s.nth {
        if n == 0 || !(-5..=5).contains(&n) {
            return Err(ShorthandError::new(
                F::Nth,
                format!("nth = {n} is out of range: use 1..5, or -1..-5 counted from the end"),
            ));
        }
        if !matches!(s.every, Every::Month | Every::Quarter | Every::Year) {
            return Err(ShorthandError::new(
                F::Nth,
                format!(
                    "nth works with every = \"month\", \"quarter\" or \"year\", not \"{every}\""
                ),
            ));
        }
        if s.on.is_empty() {
            return Err(ShorthandError::new(
                F::Nth,
                "nth needs `on`: the weekday it counts, like on = [\"mon\"]",
            ));
        }
    } else if !s.on.is_empty() && matches!(s.every, Every::Month | Every::Quarter | Every::Year) {
        return Err(ShorthandError::new(
            F::On,
            format!("`on` with every = \"{every}\" needs `nth`: which one of the {every}, like nth = 1 or nth = -1"),
        ));
    }
    if let Some(day) = s.day {
        if day == 0 || !(-31..=31).contains(&day) {
            return Err(ShorthandError::new(
                F::Day,
                format!("day = {day} is out of range: use 1..31, or -1 for the last day"),
            ));
        }
        if !matches!(s.every, Every::Month | Every::Quarter | Every::Year) {
            return Err(ShorthandError::new(
                F::Day,
                format!(
                    "day works with every = \"month\", \"quarter\" or \"year\", not \"{every}\""
                ),
            ));
        }
        if !s.on.is_empty() {
            return Err(ShorthandError::new(
                F::Day,
                "use either `day` or `on` with `nth`, not both (an rrule can combine them)",
            ));
        }
    }
    Ok(())
}

/// Checks and normalises an RRULE value: dates-only frequencies, no DTSTART,
/// no INTERVAL=0, and a date UNTIL turned into the UTC form rrule wants.
fn normalize_rrule(text: &str) -> Result<String, String> {
    // The rrule crate slices values by bytes and panicked on a multi-byte
    // character (`BYDAY=2Չ`, found by fuzzing `import ics`). RFC 5545's
    // RRULE is ASCII, so anything else is refused here.
    if let Some(c) = text.chars().find(|c| !c.is_ascii()) {
        return Err(format!(
            "invalid rrule \"{text}\": an RRULE is plain ASCII, and \"{c}\" is not"
        ));
    }
    let body = text.trim();
    let body = body
        .strip_prefix("RRULE:")
        .or_else(|| body.strip_prefix("rrule:"))
        .unwrap_or(body);
    let mut parts = Vec::new();
    for part in body.split(';').filter(|p| !p.is_empty()) {
        let (name, value) = part
            .split_once('=')
            .ok_or_else(|| format!("invalid rrule \"{text}\": \"{part}\" is not NAME=VALUE"))?;
        let name = name.trim().to_uppercase();
        let value = value.trim().to_uppercase();
        match name.as_str() {
            "DTSTART" => {
                return Err(format!(
                    "invalid rrule \"{text}\": leave DTSTART out; the rule is anchored at `from` or calendar.start"
                ))
            }
            "FREQ" if matches!(value.as_str(), "HOURLY" | "MINUTELY" | "SECONDLY") => {
                return Err(format!(
                    "invalid rrule \"{text}\": FREQ={value} is finer than a day; ritme plans days, and `time` sets the hour"
                ))
            }
            "BYHOUR" | "BYMINUTE" | "BYSECOND" => {
                return Err(format!(
                    "invalid rrule \"{text}\": {name} is not used; set the hour with `time = \"09:00\"`"
                ))
            }
            "INTERVAL" if value.parse::<u32>() == Ok(0) => {
                return Err(format!("invalid rrule \"{text}\": INTERVAL=0 never repeats"))
            }
            "UNTIL" => {
                let date = value.get(..8).unwrap_or("");
                if date.len() != 8 || !date.chars().all(|c| c.is_ascii_digit()) {
                    return Err(format!("invalid rrule \"{text}\": UNTIL={value} is not a date like 20261231"));
                }
                parts.push(format!("UNTIL={date}T235959Z"));
                continue;
            }
            _ => {}
        }
        parts.push(format!("{name}={value}"));
    }
    Ok(parts.join(";"))
}

fn build(text: String, anchor: NaiveDate) -> Result<Rule, String> {
    let unvalidated: RRule<Unvalidated> = text
        .parse()
        .map_err(|e| format!("invalid rrule \"{text}\": {e}"))?;
    let start = Tz::UTC.from_utc_datetime(&anchor.and_hms_opt(0, 0, 0).expect("midnight exists"));
    let set = unvalidated
        .build(start)
        .map_err(|e| format!("invalid rrule \"{text}\": {e}"))?;
    Ok(Rule::RRule {
        text,
        set: Box::new(set),
        expanded: Arc::new(Mutex::new(Expanded {
            upto: NaiveDate::MIN,
            dates: Vec::new(),
        })),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn first(rule: &Rule, n: usize) -> Vec<String> {
        rule.dates().take(n).map(|d| d.to_string()).collect()
    }

    fn short(every: Every) -> Shorthand {
        Shorthand {
            every,
            interval: None,
            on: vec![],
            nth: None,
            day: None,
        }
    }

    #[test]
    fn anchor_counts_only_when_it_matches() {
        // 2026-01-01 is a Thursday: the first Monday after it is the 5th.
        let r = Rule::from_rrule("FREQ=WEEKLY;BYDAY=MO", d(2026, 1, 1)).unwrap();
        assert_eq!(first(&r, 2), ["2026-01-05", "2026-01-12"]);
    }

    #[test]
    fn interval_parity_is_fixed_by_the_anchor() {
        let s = Shorthand {
            interval: Some(2),
            on: vec![Weekday::Mon],
            ..short(Every::Week)
        };
        let r = Rule::from_shorthand(&s, d(2026, 1, 5), Weekdays::WORKWEEK).unwrap();
        assert_eq!(first(&r, 3), ["2026-01-05", "2026-01-19", "2026-02-02"]);
    }

    #[test]
    fn last_working_day_with_bysetpos() {
        let r = Rule::from_rrule(
            "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
            d(2026, 1, 1),
        )
        .unwrap();
        assert_eq!(first(&r, 3), ["2026-01-30", "2026-02-27", "2026-03-31"]);
    }

    #[test]
    fn day_past_the_month_end_gives_no_date_that_month() {
        let s = Shorthand {
            day: Some(31),
            ..short(Every::Month)
        };
        let r = Rule::from_shorthand(&s, d(2026, 1, 1), Weekdays::WORKWEEK).unwrap();
        assert_eq!(first(&r, 3), ["2026-01-31", "2026-03-31", "2026-05-31"]);
    }

    #[test]
    fn leap_day_every_four_years() {
        let r = Rule::from_rrule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", d(2026, 1, 1)).unwrap();
        assert_eq!(first(&r, 2), ["2028-02-29", "2032-02-29"]);
    }

    #[test]
    fn easter_monday() {
        let r = Rule::from_rrule("FREQ=YEARLY;BYEASTER=1", d(2026, 1, 1)).unwrap();
        assert_eq!(first(&r, 2), ["2026-04-06", "2027-03-29"]);
    }

    #[test]
    fn weekday_means_working_days() {
        let r = Rule::from_shorthand(&short(Every::Weekday), d(2026, 1, 2), Weekdays::WORKWEEK)
            .unwrap();
        assert_eq!(first(&r, 3), ["2026-01-02", "2026-01-05", "2026-01-06"]);
    }

    #[test]
    fn year_with_nth_stays_in_the_anchor_month() {
        let s = Shorthand {
            on: vec![Weekday::Fri],
            nth: Some(-1),
            ..short(Every::Year)
        };
        let r = Rule::from_shorthand(&s, d(2026, 6, 1), Weekdays::WORKWEEK).unwrap();
        assert_eq!(first(&r, 2), ["2026-06-26", "2027-06-25"]);
    }

    #[test]
    fn until_as_a_date_is_inclusive() {
        let r = Rule::from_rrule("FREQ=DAILY;UNTIL=20260103", d(2026, 1, 1)).unwrap();
        assert_eq!(first(&r, 5), ["2026-01-01", "2026-01-02", "2026-01-03"]);
    }

    #[test]
    fn shorthand_errors() {
        use ShorthandField as F;
        // Each error names the field whose value is wrong, so the caret can
        // go there instead of on the `every` line.
        let cases = [
            (
                Shorthand {
                    interval: Some(0),
                    ..short(Every::Week)
                },
                F::Interval,
            ),
            (
                Shorthand {
                    interval: Some(2),
                    ..short(Every::Weekday)
                },
                F::Interval,
            ),
            (
                Shorthand {
                    on: vec![Weekday::Mon],
                    ..short(Every::Weekday)
                },
                F::On,
            ),
            (
                Shorthand {
                    on: vec![Weekday::Mon],
                    ..short(Every::Month)
                },
                F::On,
            ),
            (
                Shorthand {
                    on: vec![Weekday::Mon],
                    nth: Some(0),
                    ..short(Every::Quarter)
                },
                F::Nth,
            ),
            (
                Shorthand {
                    on: vec![Weekday::Mon],
                    nth: Some(6),
                    ..short(Every::Month)
                },
                F::Nth,
            ),
            (
                Shorthand {
                    on: vec![Weekday::Mon],
                    nth: Some(1),
                    ..short(Every::Week)
                },
                F::Nth,
            ),
            (
                Shorthand {
                    nth: Some(1),
                    ..short(Every::Month)
                },
                F::Nth,
            ),
            (
                Shorthand {
                    day: Some(3),
                    ..short(Every::Week)
                },
                F::Day,
            ),
            (
                Shorthand {
                    day: Some(32),
                    ..short(Every::Month)
                },
                F::Day,
            ),
            (
                Shorthand {
                    day: Some(3),
                    on: vec![Weekday::Mon],
                    nth: Some(1),
                    ..short(Every::Month)
                },
                F::Day,
            ),
        ];
        for (s, field) in cases {
            let e = Rule::from_shorthand(&s, d(2026, 1, 1), Weekdays::WORKWEEK).unwrap_err();
            assert_eq!(e.field, field, "{s:?}: {e}");
        }
    }

    #[test]
    fn rules_stop_cleanly_on_the_last_day_of_year_9999() {
        let quarter = |nth: Option<i32>, day: Option<i32>| Shorthand {
            on: if nth.is_some() {
                vec![Weekday::Mon]
            } else {
                vec![]
            },
            nth,
            day,
            ..short(Every::Quarter)
        };
        let all = |r: &Rule| r.dates().map(|d| d.to_string()).collect::<Vec<_>>();
        let first_monday =
            Rule::from_shorthand(&quarter(Some(1), None), d(9998, 1, 1), Weekdays::WORKWEEK)
                .unwrap();
        assert_eq!(
            all(&first_monday),
            [
                "9998-01-05",
                "9998-04-06",
                "9998-07-06",
                "9998-10-05",
                "9999-01-04",
                "9999-04-05",
                "9999-07-05",
                "9999-10-04",
            ]
        );
        let quarter_end =
            Rule::from_shorthand(&quarter(None, Some(-1)), d(9999, 1, 1), Weekdays::WORKWEEK)
                .unwrap();
        assert_eq!(
            all(&quarter_end),
            ["9999-03-31", "9999-06-30", "9999-09-30", "9999-12-31"]
        );
        // An interval that jumps past the range ends the rule after one date.
        let sparse = Rule::from_shorthand(
            &Shorthand {
                interval: Some(1000),
                ..quarter(None, Some(1))
            },
            d(9999, 10, 1),
            Weekdays::WORKWEEK,
        )
        .unwrap();
        assert_eq!(all(&sparse), ["9999-10-01"]);
        let rrule = Rule::from_rrule("FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO", d(9999, 1, 1)).unwrap();
        assert_eq!(
            all(&rrule),
            ["9999-01-04", "9999-04-05", "9999-07-05", "9999-10-04"]
        );
    }

    #[test]
    fn rrule_errors() {
        for bad in [
            "FREQ=WEEKLY;INTERVAL=0",
            "FREQ=HOURLY",
            "FREQ=WEEKLY;BYDAY=XX",
            "FREQ=DAILY;BYHOUR=9",
            "DTSTART=20260101;FREQ=DAILY",
            "FREQ=MONTHLY;BYMONTHDAY=40",
            "nonsense",
            // Found by fuzzing: the rrule crate panicked inside a character.
            "FREQ=YEARLY;BYMONTH=4;BYDAY=2\u{539}R",
            "FREQ=WEEKLY;BYDAY=Mé",
        ] {
            assert!(Rule::from_rrule(bad, d(2026, 1, 1)).is_err(), "{bad}");
        }
    }

    #[test]
    fn dates_until_gives_what_a_fresh_expansion_gives_in_any_order_of_asking() {
        for text in [
            "FREQ=YEARLY;BYEASTER=1",
            "FREQ=WEEKLY;BYDAY=MO,TH",
            "FREQ=MONTHLY;COUNT=5",
        ] {
            let rule = Rule::from_rrule(text, d(2026, 1, 1)).unwrap();
            // Clones share what was expanded, so ask through one of them too.
            let clone = rule.clone();
            for (r, last) in [
                (&rule, d(2026, 6, 30)),
                (&clone, d(2028, 4, 1)),
                (&rule, d(2026, 4, 6)),
                (&clone, d(2025, 12, 31)),
                (&rule, d(2030, 1, 1)),
            ] {
                let fresh: Vec<NaiveDate> = rule.dates().take_while(|x| *x <= last).collect();
                assert_eq!(r.dates_until(last), fresh, "{text} until {last}");
            }
        }
    }
}
