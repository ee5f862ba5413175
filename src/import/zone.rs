//! The time zones an imported .ics file names in `TZID=`, read the way
//! RFC 5545 says: from the file's own VTIMEZONE first; a zone the file does
//! not define is an IANA name (chrono-tz) or a Windows name such as Outlook
//! writes ("GMT Standard Time"), mapped to IANA by the CLDR `windowsZones`
//! table that the `localzone` crate keeps.
//!
//! A VTIMEZONE is a list of observances (STANDARD, DAYLIGHT), each starting
//! at a local DTSTART and repeating by an RRULE or RDATEs; this module turns
//! them into a sorted list of UTC onsets once per zone and answers "which
//! instant is this local time". Pure: no I/O.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeDelta, TimeZone, Utc};
use ical::parser::ical::component::IcalTimeZone;
use ical::property::Property;

use crate::recur::Rule;

/// The zones of one file, by TZID.
#[derive(Debug, Default)]
pub(crate) struct Zones {
    defined: HashMap<String, Defined>,
}

impl Zones {
    /// The zones the file's VTIMEZONEs define, with onsets up to `until`.
    /// A VTIMEZONE that cannot be read (no TZID, no observance with
    /// offsets) is left out, so its TZID falls back to the names.
    pub(crate) fn new(timezones: &[IcalTimeZone], until: NaiveDate) -> Zones {
        let mut defined = HashMap::new();
        for tz in timezones {
            let Some(id) = value(&tz.properties, "TZID") else {
                continue;
            };
            if let Some(zone) = Defined::read(tz, until) {
                defined.insert(id.trim_matches('"').to_string(), zone);
            }
        }
        Zones { defined }
    }

    /// The UTC instant of `local` in the zone `tzid`, or `None` for a
    /// zone neither the file nor any table knows.
    pub(crate) fn instant(&self, tzid: &str, local: NaiveDateTime) -> Option<DateTime<Utc>> {
        let tzid = tzid.trim_matches('"');
        if let Some(zone) = self.defined.get(tzid) {
            return Some(zone.instant(local));
        }
        let named = tzid
            .parse::<chrono_tz::Tz>()
            .ok()
            .or_else(|| windows(tzid)?.parse().ok())?;
        let at = named.from_local_datetime(&local);
        match at.earliest() {
            Some(t) => Some(t.with_timezone(&Utc)),
            // In the skipped hour: read with the offset before the change.
            None => {
                let before = named.offset_from_utc_datetime(&(local - TimeDelta::days(1)));
                Some(
                    (local
                        - TimeDelta::seconds(i64::from(
                            chrono::Offset::fix(&before).local_minus_utc(),
                        )))
                    .and_utc(),
                )
            }
        }
    }
}

/// The IANA name CLDR gives a Windows zone name world-wide (territory 001).
pub(crate) fn windows(name: &str) -> Option<&'static str> {
    localzone::win_zone_to_iana(name, Some("001"))
}

/// A zone as a file defines it.
#[derive(Debug)]
struct Defined {
    /// Before the first onset: the first observance's TZOFFSETFROM, in seconds.
    initial: i32,
    /// (UTC instant, offset in seconds from then on), ascending.
    onsets: Vec<(NaiveDateTime, i32)>,
}

impl Defined {
    fn read(tz: &IcalTimeZone, until: NaiveDate) -> Option<Defined> {
        let mut onsets = Vec::new();
        let mut first: Option<(NaiveDateTime, i32)> = None;
        for obs in &tz.transitions {
            let p = &obs.properties;
            let from = offset(value(p, "TZOFFSETFROM")?)?;
            let to = offset(value(p, "TZOFFSETTO")?)?;
            let start = local(value(p, "DTSTART")?)?;
            let mut starts = vec![start];
            if let Some(rule) = value(p, "RRULE") {
                let rule = Rule::from_rrule(&date_rule(rule), start.date()).ok()?;
                starts.extend(
                    rule.dates()
                        .take_while(|d| *d <= until)
                        .map(|d| d.and_time(start.time())),
                );
            }
            for rdate in p.iter().filter(|q| q.name.eq_ignore_ascii_case("RDATE")) {
                for v in rdate.value.as_deref().unwrap_or("").split(',') {
                    starts.extend(local(v.trim()));
                }
            }
            for s in starts {
                let utc = s - TimeDelta::seconds(i64::from(from));
                onsets.push((utc, to));
                if first.is_none_or(|(t, _)| utc < t) {
                    first = Some((utc, from));
                }
            }
        }
        onsets.sort();
        onsets.dedup();
        Some(Defined {
            initial: first?.1,
            onsets,
        })
    }

    /// The offset in force at the UTC instant `utc`.
    fn offset_at(&self, utc: NaiveDateTime) -> i32 {
        let n = self.onsets.partition_point(|(t, _)| *t <= utc);
        n.checked_sub(1).map_or(self.initial, |i| self.onsets[i].1)
    }

    /// The instant of a local time: the earliest offset that reads it
    /// back, so the autumn's repeated hour is its first instance; a time
    /// in the spring's skipped hour is read with the offset before it.
    fn instant(&self, local: NaiveDateTime) -> DateTime<Utc> {
        let mut offsets: Vec<i32> = self.onsets.iter().map(|(_, o)| *o).collect();
        offsets.push(self.initial);
        offsets.sort_unstable();
        offsets.dedup();
        // The largest offset gives the earliest instant.
        for off in offsets.iter().rev() {
            let utc = local - TimeDelta::seconds(i64::from(*off));
            if self.offset_at(utc) == *off {
                return utc.and_utc();
            }
        }
        let before = self.offset_at(local - TimeDelta::days(1));
        (local - TimeDelta::seconds(i64::from(before))).and_utc()
    }
}

fn value<'p>(props: &'p [Property], name: &str) -> Option<&'p str> {
    props
        .iter()
        .find(|p| p.name.eq_ignore_ascii_case(name))
        .and_then(|p| p.value.as_deref())
        .map(str::trim)
}

/// `+0100`, `-0500`, `+053000`: seconds east of UTC.
fn offset(text: &str) -> Option<i32> {
    let (sign, digits) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => return None,
    };
    if !(digits.len() == 4 || digits.len() == 6) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n = |r: std::ops::Range<usize>| digits.get(r).map_or(Some(0), |s| s.parse::<i32>().ok());
    Some(sign * (n(0..2)? * 3600 + n(2..4)? * 60 + n(4..6)?))
}

/// `16010101T020000` (a VTIMEZONE's DTSTART and RDATE are local times).
fn local(text: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text.trim_end_matches(['Z', 'z']), "%Y%m%dT%H%M%S").ok()
}

/// An RRULE (an event's, or a time zone observance's) as a rule of dates:
/// the time parts go, since the dates are what matter (an observance's time
/// is its DTSTART's).
pub(super) fn date_rule(text: &str) -> String {
    text.trim()
        .split(';')
        .filter(|p| {
            let name = p.split('=').next().unwrap_or("").trim().to_uppercase();
            !matches!(name.as_str(), "BYHOUR" | "BYMINUTE" | "BYSECOND")
        })
        .collect::<Vec<_>>()
        .join(";")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::test_support::d;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn offsets() {
        assert_eq!(offset("+0100"), Some(3600));
        assert_eq!(offset("-0500"), Some(-18000));
        assert_eq!(offset("+053000"), Some(19800));
        assert_eq!(offset("0100"), None);
    }

    #[test]
    fn windows_names_map_to_iana() {
        assert_eq!(windows("GMT Standard Time"), Some("Europe/London"));
        assert_eq!(windows("W. Europe Standard Time"), Some("Europe/Berlin"));
        assert_eq!(windows("Nowhere Standard Time"), None);
        let zones = Zones::default();
        // 23:30 in London in winter is 23:30 UTC.
        assert_eq!(
            zones.instant("GMT Standard Time", at("2027-01-15 23:30")),
            Some(at("2027-01-15 23:30").and_utc())
        );
        assert_eq!(zones.instant("Mars/Olympus", at("2027-01-15 23:30")), None);
    }

    #[test]
    fn a_files_own_vtimezone_decides() {
        // An Outlook-style zone with its rules from 1601, under a name no
        // table knows.
        let text = "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:Eigen tijd\r\nBEGIN:STANDARD\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\nEND:VCALENDAR\r\n";
        let cal = ical::IcalParser::new(text.as_bytes())
            .next()
            .unwrap()
            .unwrap();
        let zones = Zones::new(&cal.timezones, d(2030, 12, 31));
        let utc = |s| zones.instant("Eigen tijd", at(s)).unwrap().naive_utc();
        assert_eq!(utc("2027-01-15 23:30"), at("2027-01-15 23:30"));
        assert_eq!(utc("2027-07-15 23:30"), at("2027-07-15 22:30"));
        // 2027-10-31: 01:30 happens twice; the first is 00:30 UTC.
        assert_eq!(utc("2027-10-31 01:30"), at("2027-10-31 00:30"));
        // 2027-03-28: 01:30 does not exist; it is read as 02:30 summer time.
        assert_eq!(utc("2027-03-28 01:30"), at("2027-03-28 01:30"));
        // The file's definition wins over the name.
        let text = text.replace("Eigen tijd", "Europe/Amsterdam");
        let cal = ical::IcalParser::new(text.as_bytes())
            .next()
            .unwrap()
            .unwrap();
        let zones = Zones::new(&cal.timezones, d(2030, 12, 31));
        assert_eq!(
            zones.instant("Europe/Amsterdam", at("2027-01-15 23:30")),
            Some(at("2027-01-15 23:30").and_utc())
        );
    }
}
