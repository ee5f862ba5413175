//! The recurrence rules: an RRULE text, or the shorthand (`every`, `on`,
//! `nth`, `day`, `interval`), anchored at a date, then its first dates.
//! Any input may be refused; none may panic or yield a date before its
//! anchor.
#![no_main]

use chrono::{Datelike, NaiveDate, Weekday};
use libfuzzer_sys::fuzz_target;
use ritme::bench::dates::Weekdays;
use ritme::bench::recur::{Every, Rule, Shorthand};

const DAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

fn check(rule: Rule, anchor: NaiveDate) {
    let mut last = None;
    for d in rule.dates().take(200) {
        assert!(d >= anchor, "{d} before the anchor {anchor}");
        assert!(last.is_none_or(|l| l < d), "dates out of order at {d}");
        last = Some(d);
    }
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 12 {
        return;
    }
    let (head, rest) = data.split_at(12);
    // An anchor between 1900 and 2100.
    let days = u16::from_le_bytes([head[0], head[1]]) as i64 % (200 * 366);
    let Some(anchor) = NaiveDate::from_ymd_opt(1900, 1, 1)
        .and_then(|d| d.checked_add_signed(chrono::TimeDelta::days(days)))
    else {
        return;
    };
    if head[2] & 1 == 0 {
        if let Ok(text) = std::str::from_utf8(rest) {
            if let Ok(rule) = Rule::from_rrule(text, anchor) {
                check(rule, anchor);
            }
        }
        return;
    }
    let every = Every::NAMES[head[3] as usize % Every::NAMES.len()];
    let Some(every) = Every::parse(every) else {
        return;
    };
    let on: Vec<Weekday> = (0..7)
        .filter(|i| head[4] & (1 << i) != 0)
        .map(|i| DAYS[i])
        .collect();
    let working: Vec<Weekday> = (0..7)
        .filter(|i| head[5] & (1 << i) != 0)
        .map(|i| DAYS[i])
        .collect();
    let small = |b: u8| i32::from(b as i8);
    let shorthand = Shorthand {
        every,
        // 1..=1000, as the calendar loader allows (a larger one is refused
        // there with its location).
        interval: (head[6] != 0)
            .then(|| 1 + u32::from(u16::from_le_bytes([head[7], head[8]])) % 1000),
        on,
        nth: (head[9] & 1 != 0).then(|| small(head[10])),
        day: (head[9] & 2 != 0).then(|| small(head[11])),
    };
    if let Ok(rule) = Rule::from_shorthand(&shorthand, anchor, Weekdays::of(&working)) {
        check(rule, anchor);
    }
    let _ = anchor.weekday();
});
