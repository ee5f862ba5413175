//! VTIMEZONE blocks for the time zones ritme can write feeds in.
//!
//! chrono-tz has no VTIMEZONE output, and the one crate that has a table of
//! them (vtimezones-rs) is GPL and carries a zone's whole history. A feed
//! needs only the rule in force, so this is a small hand-written table: per
//! zone its standard and (optional) daylight observance as a yearly RRULE.
//! The unit tests check every zone against chrono-tz every 15 minutes from
//! 2020 to 2037; a zone that is not here is refused at export time with a
//! clear message rather than written wrong.
//!
//! All zones here are on the northern hemisphere: daylight time starts in a
//! month before the one in which it ends.

use chrono::{Datelike, NaiveDate, Weekday};
// What the tests check the rules with.
#[cfg(test)]
use chrono::{DateTime, TimeDelta, Utc};

use super::ical::Writer;

/// When, in a year, one observance begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Change {
    month: u32,
    /// The `n`th Sunday of the month; -1 is the last.
    sunday: i8,
    /// Wall-clock minutes after midnight in the offset in force before the change.
    at: u32,
}

/// One observance: an offset, its abbreviation, and when it begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Observance {
    name: &'static str,
    /// Minutes east of UTC.
    offset: i32,
    /// `None` for a zone without daylight saving time.
    begins: Option<Change>,
    /// A year whose rule date becomes the observance's DTSTART (as vzic writes it).
    since: i32,
}

/// A zone the feeds can name in `TZID=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Zone {
    /// The IANA name, used as the TZID.
    pub tzid: &'static str,
    standard: Observance,
    daylight: Option<Observance>,
}

const fn change(month: u32, sunday: i8, at: u32) -> Option<Change> {
    Some(Change { month, sunday, at })
}

/// Central European Time, the EU rule: last Sunday of March and of October, 01:00 UTC.
const fn cet(tzid: &'static str) -> Zone {
    europe(tzid, ("CET", 60), ("CEST", 120))
}

/// Eastern European Time on the EU rule.
const fn eet(tzid: &'static str) -> Zone {
    europe(tzid, ("EET", 120), ("EEST", 180))
}

/// Western European Time on the EU rule.
const fn wet(tzid: &'static str, standard: &'static str, daylight: &'static str) -> Zone {
    europe(tzid, (standard, 0), (daylight, 60))
}

/// The EU rule: the clocks change at 01:00 UTC on the last Sunday of March and of October.
const fn europe(tzid: &'static str, std: (&'static str, i32), dst: (&'static str, i32)) -> Zone {
    Zone {
        tzid,
        standard: Observance {
            name: std.0,
            offset: std.1,
            begins: change(10, -1, (60 + dst.1) as u32),
            since: 1996,
        },
        daylight: Some(Observance {
            name: dst.0,
            offset: dst.1,
            begins: change(3, -1, (60 + std.1) as u32),
            since: 1981,
        }),
    }
}

/// The US rule since 2007: second Sunday of March, first Sunday of November, 02:00 local.
const fn us(tzid: &'static str, names: (&'static str, &'static str), offset: i32) -> Zone {
    Zone {
        tzid,
        standard: Observance {
            name: names.0,
            offset,
            begins: change(11, 1, 120),
            since: 2007,
        },
        daylight: Some(Observance {
            name: names.1,
            offset: offset + 60,
            begins: change(3, 2, 120),
            since: 2007,
        }),
    }
}

/// A zone with one offset all year.
const fn fixed(tzid: &'static str, name: &'static str, offset: i32) -> Zone {
    Zone {
        tzid,
        standard: Observance {
            name,
            offset,
            begins: None,
            since: 1970,
        },
        daylight: None,
    }
}

/// Every zone feeds can be written in, by IANA name.
pub(crate) const ZONES: &[Zone] = &[
    fixed("UTC", "UTC", 0),
    fixed("Etc/UTC", "UTC", 0),
    cet("Europe/Amsterdam"),
    cet("Europe/Berlin"),
    cet("Europe/Brussels"),
    cet("Europe/Copenhagen"),
    cet("Europe/Luxembourg"),
    cet("Europe/Madrid"),
    cet("Europe/Oslo"),
    cet("Europe/Paris"),
    cet("Europe/Prague"),
    cet("Europe/Rome"),
    cet("Europe/Stockholm"),
    cet("Europe/Vienna"),
    cet("Europe/Warsaw"),
    cet("Europe/Zurich"),
    eet("Europe/Athens"),
    eet("Europe/Helsinki"),
    wet("Europe/Dublin", "GMT", "IST"),
    wet("Europe/Lisbon", "WET", "WEST"),
    wet("Europe/London", "GMT", "BST"),
    us("America/New_York", ("EST", "EDT"), -300),
    us("America/Chicago", ("CST", "CDT"), -360),
    us("America/Denver", ("MST", "MDT"), -420),
    us("America/Los_Angeles", ("PST", "PDT"), -480),
];

/// The zone for an IANA name, if feeds can be written in it.
pub(crate) fn lookup(tzid: &str) -> Option<&'static Zone> {
    ZONES.iter().find(|z| z.tzid == tzid)
}

/// The names of every supported zone, for error messages.
pub(crate) fn names() -> Vec<&'static str> {
    ZONES.iter().map(|z| z.tzid).collect()
}

impl Zone {
    /// Writes the VTIMEZONE block.
    pub(crate) fn write(&self, w: &mut Writer) {
        w.raw("BEGIN", "VTIMEZONE").raw("TZID", self.tzid);
        if let Some(daylight) = &self.daylight {
            write_observance(w, "DAYLIGHT", daylight, self.standard.offset);
            write_observance(w, "STANDARD", &self.standard, daylight.offset);
        } else {
            write_observance(w, "STANDARD", &self.standard, self.standard.offset);
        }
        w.raw("END", "VTIMEZONE");
    }

    /// The offset in force at `at`, in minutes east of UTC, by this table's
    /// rules: what the tests hold against chrono-tz.
    #[cfg(test)]
    fn offset_at(&self, at: DateTime<Utc>) -> i32 {
        let Some(daylight) = &self.daylight else {
            return self.standard.offset;
        };
        let year = at.year();
        let begins = |o: &Observance, before: i32| {
            o.begins
                .and_then(|c| change_instant(c, year, before))
                .unwrap_or(DateTime::<Utc>::MAX_UTC)
        };
        let summer = begins(daylight, self.standard.offset);
        let winter = begins(&self.standard, daylight.offset);
        if summer <= at && at < winter {
            daylight.offset
        } else {
            self.standard.offset
        }
    }
}

fn write_observance(w: &mut Writer, kind: &str, o: &Observance, from: i32) {
    w.raw("BEGIN", kind)
        .raw("TZOFFSETFROM", &format_offset(from))
        .raw("TZOFFSETTO", &format_offset(o.offset))
        .raw("TZNAME", o.name);
    match o.begins {
        Some(c) => {
            let day = rule_day(c, o.since).expect("the table's rules name real days");
            let start = day
                .and_hms_opt(c.at / 60, c.at % 60, 0)
                .expect("a time of day");
            w.raw("DTSTART", &start.format("%Y%m%dT%H%M%S").to_string())
                .raw(
                    "RRULE",
                    &format!("FREQ=YEARLY;BYMONTH={};BYDAY={}SU", c.month, c.sunday),
                );
        }
        None => {
            w.raw("DTSTART", &format!("{}0101T000000", o.since));
        }
    }
    w.raw("END", kind);
}

/// `+0100`, `-0500`.
fn format_offset(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.abs();
    format!("{sign}{:02}{:02}", m / 60, m % 60)
}

/// The day a change falls on in `year`.
fn rule_day(c: Change, year: i32) -> Option<NaiveDate> {
    let n = u8::try_from(c.sunday).ok();
    match n {
        Some(n) => NaiveDate::from_weekday_of_month_opt(year, c.month, Weekday::Sun, n),
        None => {
            let first_next = if c.month == 12 {
                NaiveDate::from_ymd_opt(year + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(year, c.month + 1, 1)?
            };
            let last = first_next.pred_opt()?;
            let back = last.weekday().num_days_from_sunday();
            last.checked_sub_days(chrono::Days::new(u64::from(back)))
        }
    }
}

/// The instant a change happens in `year`, given the offset in force before it.
#[cfg(test)]
fn change_instant(c: Change, year: i32, before: i32) -> Option<DateTime<Utc>> {
    let local = rule_day(c, year)?.and_hms_opt(0, 0, 0)? + TimeDelta::minutes(i64::from(c.at));
    Some((local - TimeDelta::minutes(i64::from(before))).and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Offset, TimeZone};

    #[test]
    fn every_zone_matches_chrono_tz_every_15_minutes_from_2020_to_2037() {
        let from = NaiveDate::from_ymd_opt(2020, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap()
            .and_utc();
        let until = NaiveDate::from_ymd_opt(2038, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap()
            .and_utc();
        for zone in ZONES {
            let tz: chrono_tz::Tz = zone
                .tzid
                .parse()
                .unwrap_or_else(|_| panic!("{} is an IANA name", zone.tzid));
            let mut at = from;
            let mut checked = 0u32;
            while at < until {
                let want = tz
                    .offset_from_utc_datetime(&at.naive_utc())
                    .fix()
                    .local_minus_utc()
                    / 60;
                assert_eq!(zone.offset_at(at), want, "{} at {at}", zone.tzid);
                at += TimeDelta::minutes(15);
                checked += 1;
            }
            assert!(checked > 600_000);
        }
    }

    #[test]
    fn the_required_zones_are_there() {
        for name in [
            "Europe/Amsterdam",
            "Europe/Brussels",
            "Europe/Berlin",
            "Europe/Paris",
            "Europe/London",
            "UTC",
        ] {
            assert!(lookup(name).is_some(), "{name}");
        }
        assert!(lookup("Asia/Tokyo").is_none());
    }

    #[test]
    fn a_dtstart_lies_on_its_own_rule() {
        for zone in ZONES {
            for o in std::iter::once(&zone.standard).chain(&zone.daylight) {
                if let Some(c) = o.begins {
                    let day = rule_day(c, o.since).unwrap();
                    assert_eq!(day.weekday(), Weekday::Sun, "{}", zone.tzid);
                    assert_eq!(day.month(), c.month);
                }
            }
        }
    }

    #[test]
    fn amsterdam_is_written_as_libical_writes_it() {
        let mut w = Writer::new();
        lookup("Europe/Amsterdam").unwrap().write(&mut w);
        let want = "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n\
            BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n\
            DTSTART:19810329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
            BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n\
            DTSTART:19961027T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n\
            END:VTIMEZONE\r\n";
        assert_eq!(w.as_str(), want);
    }

    #[test]
    fn london_and_new_york_change_at_their_own_local_times() {
        let mut w = Writer::new();
        lookup("Europe/London").unwrap().write(&mut w);
        assert!(
            w.as_str().contains("DTSTART:19810329T010000\r\n"),
            "{}",
            w.as_str()
        );
        assert!(w.as_str().contains("DTSTART:19961027T020000\r\n"));
        let mut w = Writer::new();
        lookup("America/New_York").unwrap().write(&mut w);
        assert!(w.as_str().contains("TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nTZNAME:EDT\r\nDTSTART:20070311T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"), "{}", w.as_str());
        assert!(w
            .as_str()
            .contains("DTSTART:20071104T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n"));
    }

    #[test]
    fn utc_has_one_observance() {
        let mut w = Writer::new();
        lookup("UTC").unwrap().write(&mut w);
        assert_eq!(
            w.as_str(),
            "BEGIN:VTIMEZONE\r\nTZID:UTC\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\nTZNAME:UTC\r\nDTSTART:19700101T000000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        );
    }
}
