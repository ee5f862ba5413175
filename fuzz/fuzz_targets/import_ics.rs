//! `ritme import ics`: an iCalendar file read into dated events in a time
//! zone and a horizon. Any file may be refused with a message; none may
//! panic, expanded or with its rules kept. Every event's summary, written as a TOML string the way the
//! import writes it, must read back as the same text.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use ritme::bench::dates::DateRange;

fuzz_target!(|data: &[u8]| {
    let horizon = DateRange {
        from: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        until: NaiveDate::from_ymd_opt(2028, 12, 31).unwrap(),
    };
    // Both ways the import reads: recurring events expanded (absences), and
    // a rule kept whole (blackouts).
    for keep_rules in [false, true] {
        let tz = chrono_tz::Europe::Amsterdam;
        let Ok(read) = ritme::bench::import::ics::read("fuzz.ics", data, tz, horizon, keep_rules)
        else {
            return;
        };
        for e in &read.events {
            assert!(e.from <= e.until, "{e:?}");
            let toml = format!(
                "s = {}\n",
                ritme::bench::import::definitions::toml_string(&e.summary)
            );
            let back: toml::Table = toml::from_str(&toml).expect("the summary is valid TOML");
            assert_eq!(back["s"].as_str(), Some(e.summary.as_str()));
        }
    }
});
