//! Reading an existing iCalendar file (a holiday calendar, an exported
//! out-of-office calendar) into date ranges: all-day and timed events,
//! recurring ones expanded inside a horizon, cancelled ones left out.
//!
//! The `ical` crate parses; two of its gaps are closed here (see
//! notes/deps.md): lines are unfolded before it sees them, at byte level, so
//! a fold inside a UTF-8 character is read as RFC 5545 says, and TEXT values
//! are unescaped after it, since it leaves `\,` and `\n` as written.
//! Pure: bytes in, ranges or one message naming the file and event out.

use std::collections::{BTreeSet, HashMap};

use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use ical::parser::ical::component::IcalEvent;
use ical::property::Property;

use super::zone::Zones;
use crate::dates::DateRange;
use crate::recur::Rule;

/// Most dates one recurring event may make inside the horizon.
pub(crate) const EVENT_LIMIT: usize = 10_000;

/// One event (or one occurrence of a recurring event) as local dates.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Event {
    /// First day, inclusive.
    pub from: NaiveDate,
    /// Last day, inclusive.
    pub until: NaiveDate,
    /// The SUMMARY, unescaped; empty when the event has none.
    pub summary: String,
    /// The event's RRULE (dates only), kept as a rule rather than
    /// expanded: `from` is its DTSTART and its first date. Only with
    /// `keep_rules`, for a one-day event without RDATE, EXDATE or replaced
    /// instances.
    pub rule: Option<String>,
}

/// What a file held.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Read {
    /// The events touching the horizon, by date, each once.
    pub events: Vec<Event>,
    /// Events (or occurrences) left out because they lie outside the horizon.
    pub outside: usize,
    /// Events left out because their STATUS is CANCELLED.
    pub cancelled: usize,
    /// The horizon's last day, when a recurring event written as dates goes
    /// on after it: the imported days end there, the event does not.
    pub cut: Option<NaiveDate>,
}

/// Reads `bytes` (the file `name`) into events, dates in `tz`, keeping
/// those that touch `horizon`. With `keep_rules`, a recurring event that a
/// rule alone describes stays one event with its rule (see [`Event::rule`]);
/// other recurring events are expanded inside the horizon. A malformed file
/// or an event without a usable date is an error naming the file, the line
/// and the event.
pub fn read(
    name: &str,
    bytes: &[u8],
    tz: chrono_tz::Tz,
    horizon: DateRange,
    keep_rules: bool,
) -> Result<Read, String> {
    let lines = unfold(name, bytes)?;
    let text: String = lines.iter().map(|(_, l)| format!("{l}\n")).collect();
    let original = |ical_line: usize| {
        lines
            .get(ical_line.saturating_sub(1))
            .map_or(ical_line, |(n, _)| *n)
    };
    let starts: Vec<usize> = lines
        .iter()
        .filter(|(_, l)| l.trim().eq_ignore_ascii_case("BEGIN:VEVENT"))
        .map(|(n, _)| *n)
        .collect();
    let mut events = Vec::new();
    let mut timezones = Vec::new();
    let mut calendars = 0;
    for parsed in ical::IcalParser::new(std::io::Cursor::new(text.as_bytes())) {
        match parsed {
            Ok(cal) => {
                calendars += 1;
                events.extend(cal.events);
                timezones.extend(cal.timezones);
            }
            // The parser keeps yielding errors after the first: stop there.
            Err(e) => return Err(parse_error(name, &e, original)),
        }
    }
    if calendars == 0 {
        return Err(format!(
            "{name} is not an iCalendar file: it holds no BEGIN:VCALENDAR"
        ));
    }
    // Onsets a year past the horizon: an event near its end may start
    // there in another zone's local time.
    let zones = Zones::new(
        &timezones,
        horizon
            .until
            .checked_add_days(Days::new(366))
            .unwrap_or(NaiveDate::MAX),
    );
    let mut parsed = Vec::with_capacity(events.len());
    for (i, ev) in events.iter().enumerate() {
        let line = starts.get(i).copied();
        parsed.push(Parsed::of(ev, tz, &zones).map_err(|e| {
            // The line of the property at fault, else the event's BEGIN.
            let line = e
                .property
                .and_then(|name| line.map(|l| property_line(&lines, l, name)))
                .or(line);
            let at = line.map_or_else(|| name.to_string(), |l| format!("{name}:{l}"));
            format!("{at}: {}: {}", describe(ev, i), e.message)
        })?);
    }
    // Instances replaced by an event with a RECURRENCE-ID, per UID.
    let mut replaced: HashMap<&str, BTreeSet<NaiveDate>> = HashMap::new();
    for p in &parsed {
        if let (Some(uid), Some(d)) = (p.uid.as_deref(), p.recurrence_id) {
            replaced.entry(uid).or_default().insert(d);
        }
    }
    let mut out = Read::default();
    let mut seen = BTreeSet::new();
    for (i, p) in parsed.iter().enumerate() {
        if p.cancelled {
            out.cancelled += 1;
            continue;
        }
        let gone = p
            .uid
            .as_deref()
            .filter(|_| p.recurrence_id.is_none())
            .and_then(|u| replaced.get(u));
        let at = || {
            let at = starts
                .get(i)
                .map_or_else(|| name.to_string(), |l| format!("{name}:{l}"));
            format!("{at}: {}", describe(&events[i], i))
        };
        if keep_rules {
            if let Some(rule) = p
                .keepable(horizon, gone)
                .map_err(|e| format!("{}: {e}", at()))?
            {
                seen.insert(Event {
                    from: p.start,
                    until: p.start,
                    summary: p.summary.clone(),
                    rule: Some(rule),
                });
                continue;
            }
        }
        let (firsts, more) = p
            .starts(horizon, gone)
            .map_err(|e| format!("{}: {e}", at()))?;
        if more {
            out.cut = Some(horizon.until);
        }
        for from in firsts {
            let until = from
                .checked_add_days(Days::new(p.length_days))
                .unwrap_or(NaiveDate::MAX);
            if until < horizon.from || from > horizon.until {
                out.outside += 1;
                continue;
            }
            seen.insert(Event {
                from,
                until,
                summary: p.summary.clone(),
                rule: None,
            });
        }
    }
    out.events = seen.into_iter().collect();
    Ok(out)
}

/// The physical line of the first `name` property in the event that
/// begins on physical line `begin`; `begin` itself when there is none.
fn property_line(lines: &[(usize, String)], begin: usize, name: &str) -> usize {
    lines
        .iter()
        .skip_while(|(n, _)| *n < begin)
        .take_while(|(_, l)| !l.trim().eq_ignore_ascii_case("END:VEVENT"))
        .find(|(_, l)| {
            l.split([':', ';'])
                .next()
                .is_some_and(|p| p.trim().eq_ignore_ascii_case(name))
        })
        .map_or(begin, |(n, _)| *n)
}

/// What is wrong with one event, and the property at fault when one is.
struct Problem {
    property: Option<&'static str>,
    message: String,
}

impl From<String> for Problem {
    fn from(message: String) -> Self {
        Problem {
            property: None,
            message,
        }
    }
}

impl From<&str> for Problem {
    fn from(message: &str) -> Self {
        Problem::from(message.to_string())
    }
}

/// The logical lines of the file with the number of the physical line each
/// starts on. Unfolds at byte level, then decodes, so a fold that splits a
/// UTF-8 character is joined before decoding.
fn unfold(name: &str, bytes: &[u8]) -> Result<Vec<(usize, String)>, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut logical: Vec<(usize, Vec<u8>)> = Vec::new();
    for (i, raw) in bytes.split(|b| *b == b'\n').enumerate() {
        let line = raw.strip_suffix(b"\r").unwrap_or(raw);
        match (line.first(), logical.last_mut()) {
            (Some(b' ' | b'\t'), Some((_, prev))) => prev.extend_from_slice(&line[1..]),
            _ => logical.push((i + 1, line.to_vec())),
        }
    }
    logical
        .into_iter()
        .map(|(n, l)| {
            String::from_utf8(l)
                .map(|s| (n, s))
                .map_err(|_| format!("{name}:{n}: not UTF-8 text (iCalendar files are UTF-8)"))
        })
        .collect()
}

fn parse_error(
    name: &str,
    e: &ical::parser::ParserError,
    original: impl Fn(usize) -> usize,
) -> String {
    use ical::parser::ParserError as P;
    use ical::property::PropertyError as E;
    let line = match e {
        P::PropertyError(
            E::MissingName { line }
            | E::MissingClosingQuote { line }
            | E::MissingDelimiter { line, .. }
            | E::MissingContentAfter { line, .. }
            | E::MissingParamKey { line },
        ) => Some(original(*line)),
        _ => None,
    };
    let what = match e {
        P::NotComplete => "it ends inside a component (a BEGIN without its END)".to_string(),
        P::MissingHeader => "a line outside BEGIN:VCALENDAR ... END:VCALENDAR".to_string(),
        P::InvalidComponent => "a component ritme cannot read".to_string(),
        P::PropertyError(p) => {
            let text = p.to_string();
            let text = text
                .split_once(": ")
                .map_or(text.as_str(), |(_, t)| t)
                .to_string();
            text.trim_end_matches('.').to_lowercase()
        }
    };
    match line {
        Some(l) => format!("{name}:{l}: not a valid iCalendar file: {what}"),
        None => format!("{name}: not a valid iCalendar file: {what}"),
    }
}

/// `event "Koningsdag" (UID ...)`, or `event 3` without a summary.
fn describe(ev: &IcalEvent, index: usize) -> String {
    let summary = prop(ev, "SUMMARY")
        .and_then(|p| p.value.as_deref())
        .map(unescape);
    let uid = prop(ev, "UID").and_then(|p| p.value.clone());
    match (summary, uid) {
        (Some(s), _) if !s.is_empty() => format!("event \"{s}\""),
        (_, Some(u)) => format!("event with UID {u}"),
        _ => format!("event {} (no SUMMARY or UID)", index + 1),
    }
}

fn prop<'e>(ev: &'e IcalEvent, name: &str) -> Option<&'e Property> {
    ev.properties
        .iter()
        .find(|p| p.name.eq_ignore_ascii_case(name))
}

fn props<'e>(ev: &'e IcalEvent, name: &'e str) -> impl Iterator<Item = &'e Property> + 'e {
    ev.properties
        .iter()
        .filter(move |p| p.name.eq_ignore_ascii_case(name))
}

fn param<'p>(p: &'p Property, name: &str) -> Option<&'p str> {
    p.params
        .as_ref()?
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .and_then(|(_, v)| v.first())
        .map(String::as_str)
}

/// RFC 5545 TEXT: `\,` `\;` `\\` `\n` back to what they stand for.
pub(crate) fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// A DATE or DATE-TIME value: a date, or a local date-time in the calendar's zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    Date(NaiveDate),
    Time(NaiveDateTime),
}

impl When {
    fn date(self) -> NaiveDate {
        match self {
            When::Date(d) => d,
            When::Time(t) => t.date(),
        }
    }
}

/// Parses a DATE (`20260427`) or DATE-TIME (`20260427T090000`, with `Z` or a
/// TZID) into the calendar's local time. A TZID is read from the file's
/// own VTIMEZONE, else as an IANA or Windows name (Outlook's "W. Europe
/// Standard Time"); a TZID nobody knows keeps the wall-clock time as written.
fn when(p: &Property, tz: chrono_tz::Tz, zones: &Zones) -> Result<When, String> {
    let value = p.value.as_deref().unwrap_or("").trim();
    let value = value.split(',').next().unwrap_or(value);
    let bad = || {
        format!(
            "{} \"{value}\" is not a date or date-time",
            p.name.to_uppercase()
        )
    };
    if value.len() == 8 || param(p, "VALUE").is_some_and(|v| v.eq_ignore_ascii_case("DATE")) {
        return NaiveDate::parse_from_str(value.get(..8).ok_or_else(bad)?, "%Y%m%d")
            .map(When::Date)
            .map_err(|_| bad());
    }
    let (body, utc) = match value.strip_suffix(['Z', 'z']) {
        Some(b) => (b, true),
        None => (value, false),
    };
    let local = NaiveDateTime::parse_from_str(body, "%Y%m%dT%H%M%S").map_err(|_| bad())?;
    let instant = if utc {
        Some(chrono::Utc.from_utc_datetime(&local))
    } else {
        param(p, "TZID").and_then(|z| zones.instant(z, local))
    };
    Ok(When::Time(match instant {
        Some(i) => i.with_timezone(&tz).naive_local(),
        None => local,
    }))
}

/// `P1D`, `PT2H`, `P1W`, `P1DT12H`: a duration in whole seconds.
fn duration_seconds(text: &str) -> Option<i64> {
    let t = text.trim();
    let (sign, t) = match t.strip_prefix('-') {
        Some(r) => (-1, r),
        None => (1, t.strip_prefix('+').unwrap_or(t)),
    };
    let t = t.strip_prefix(['P', 'p'])?;
    let mut total: i64 = 0;
    let mut digits = String::new();
    for c in t.chars() {
        match c.to_ascii_uppercase() {
            '0'..='9' => digits.push(c),
            'T' => {}
            u @ ('W' | 'D' | 'H' | 'M' | 'S') => {
                let n: i64 = digits.parse().ok()?;
                digits.clear();
                let per = match u {
                    'W' => 7 * 86_400,
                    'D' => 86_400,
                    'H' => 3_600,
                    'M' => 60,
                    _ => 1,
                };
                total = total.checked_add(n.checked_mul(per)?)?;
            }
            _ => return None,
        }
    }
    digits.is_empty().then_some(sign * total)
}

/// One VEVENT, read.
struct Parsed {
    summary: String,
    uid: Option<String>,
    cancelled: bool,
    start: NaiveDate,
    /// Days from the first to the last day it covers.
    length_days: u64,
    rrule: Option<String>,
    rdates: Vec<NaiveDate>,
    exdates: BTreeSet<NaiveDate>,
    recurrence_id: Option<NaiveDate>,
}

impl Parsed {
    fn of(ev: &IcalEvent, tz: chrono_tz::Tz, zones: &Zones) -> Result<Parsed, Problem> {
        let start_prop = prop(ev, "DTSTART").ok_or("it has no DTSTART, so no date")?;
        let start = when(start_prop, tz, zones)?;
        let end = match (prop(ev, "DTEND"), prop(ev, "DURATION")) {
            (Some(e), _) => {
                let end = when(e, tz, zones)?;
                // RFC 5545 3.6.1: DTEND has DTSTART's value type. Guessing
                // which was meant would drop or add a day.
                match (start, end) {
                    (When::Date(_), When::Time(_)) | (When::Time(_), When::Date(_)) => {
                        let kind = |w: When| match w {
                            When::Date(_) => "a DATE",
                            When::Time(_) => "a DATE-TIME",
                        };
                        return Err(Problem {
                            property: Some("DTEND"),
                            message: format!(
                                "DTSTART is {} but DTEND is {}: both must be dates (all day) or both date-times",
                                kind(start),
                                kind(end)
                            ),
                        });
                    }
                    _ => Some(end),
                }
            }
            (None, Some(d)) => {
                let text = d.value.as_deref().unwrap_or("");
                let secs = duration_seconds(text)
                    .ok_or_else(|| {
                        format!("DURATION \"{text}\" is not a duration like P1D or PT2H")
                    })?
                    .max(0);
                Some(match start {
                    When::Date(s) => When::Date(
                        s.checked_add_days(Days::new((secs / 86_400) as u64))
                            .unwrap_or(NaiveDate::MAX),
                    ),
                    When::Time(s) => When::Time(
                        s.checked_add_signed(chrono::TimeDelta::seconds(secs))
                            .unwrap_or(NaiveDateTime::MAX),
                    ),
                })
            }
            (None, None) => None,
        };
        // The last day covered: DTEND is exclusive, so an all-day event that
        // ends on the 28th ends on the 27th, and a timed one that ends at
        // midnight ends the day before.
        let last = match (start, end) {
            (_, None) => start.date(),
            (When::Date(s), Some(e)) => e.date().pred_opt().unwrap_or(s).max(s),
            (When::Time(s), Some(When::Time(e))) if e > s && e.time() == NaiveTime::MIN => {
                e.date().pred_opt().unwrap_or(s.date()).max(s.date())
            }
            (s, Some(e)) => e.date().max(s.date()),
        };
        let dates = |name: &str| -> Result<Vec<NaiveDate>, Problem> {
            let mut out = Vec::new();
            for p in props(ev, name) {
                for v in p
                    .value
                    .as_deref()
                    .unwrap_or("")
                    .split(',')
                    .filter(|v| !v.trim().is_empty())
                {
                    let one = Property {
                        value: Some(v.trim().to_string()),
                        ..p.clone()
                    };
                    out.push(when(&one, tz, zones)?.date());
                }
            }
            Ok(out)
        };
        Ok(Parsed {
            summary: prop(ev, "SUMMARY")
                .and_then(|p| p.value.as_deref())
                .map(|s| unescape(s).trim().to_string())
                .unwrap_or_default(),
            uid: prop(ev, "UID").and_then(|p| p.value.clone()),
            cancelled: prop(ev, "STATUS")
                .and_then(|p| p.value.as_deref())
                .is_some_and(|s| s.trim().eq_ignore_ascii_case("CANCELLED")),
            start: start.date(),
            length_days: (last - start.date()).num_days().max(0) as u64,
            rrule: prop(ev, "RRULE").and_then(|p| p.value.clone()),
            rdates: dates("RDATE")?,
            exdates: dates("EXDATE")?.into_iter().collect(),
            recurrence_id: prop(ev, "RECURRENCE-ID")
                .map(|p| when(p, tz, zones))
                .transpose()?
                .map(When::date),
        })
    }

    /// The rule, written for dates, when it alone describes this event and
    /// has a date inside `horizon`: a one-day event whose first date is its
    /// DTSTART, without RDATE, EXDATE or instances another event replaced.
    /// A rule that keeps these dates could not say the rest.
    fn keepable(
        &self,
        horizon: DateRange,
        replaced: Option<&BTreeSet<NaiveDate>>,
    ) -> Result<Option<String>, String> {
        let Some(text) = &self.rrule else {
            return Ok(None);
        };
        if self.length_days > 0
            || self.recurrence_id.is_some()
            || !self.rdates.is_empty()
            || !self.exdates.is_empty()
            || replaced.is_some_and(|r| !r.is_empty())
        {
            return Ok(None);
        }
        let text = super::zone::date_rule(text);
        let rule = Self::rule(&text, self.start)?;
        let mut dates = rule.dates();
        if dates.next() != Some(self.start) {
            return Ok(None);
        }
        let inside = std::iter::once(self.start)
            .chain(dates)
            .find(|d| *d >= horizon.from)
            .is_some_and(|d| d <= horizon.until);
        Ok(inside.then_some(text))
    }

    fn rule(text: &str, start: NaiveDate) -> Result<Rule, String> {
        Rule::from_rrule(text, start).map_err(|e| e.replace("invalid rrule", "unusable RRULE"))
    }

    /// The first days of every occurrence up to the horizon's end, less the
    /// EXDATEs and the instances another event with a RECURRENCE-ID replaced;
    /// and whether the rule goes on after the horizon.
    fn starts(
        &self,
        horizon: DateRange,
        replaced: Option<&BTreeSet<NaiveDate>>,
    ) -> Result<(Vec<NaiveDate>, bool), String> {
        let mut out: BTreeSet<NaiveDate> = BTreeSet::new();
        out.insert(self.start);
        let mut more = false;
        if let Some(text) = &self.rrule {
            let rule = Self::rule(&super::zone::date_rule(text), self.start)?;
            for d in rule.dates() {
                if d > horizon.until {
                    more = true;
                    break;
                }
                if out.len() > EVENT_LIMIT {
                    return Err(format!(
                        "its RRULE makes more than {EVENT_LIMIT} dates before {}: import with a nearer --until",
                        horizon.until
                    ));
                }
                out.insert(d);
            }
        }
        out.extend(self.rdates.iter().copied());
        let dates = out
            .into_iter()
            .filter(|d| !self.exdates.contains(d))
            .filter(|d| replaced.is_none_or(|r| !r.contains(d)))
            .collect();
        Ok((dates, more))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::test_support::d;

    fn horizon() -> DateRange {
        DateRange {
            from: d(2026, 1, 1),
            until: d(2028, 12, 31),
        }
    }

    fn ics(events: &str) -> Vec<u8> {
        format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{events}END:VCALENDAR\r\n")
            .into_bytes()
    }

    fn read_ok(bytes: &[u8]) -> Read {
        read(
            "t.ics",
            bytes,
            chrono_tz::Europe::Amsterdam,
            horizon(),
            false,
        )
        .unwrap()
    }

    #[test]
    fn all_day_events_end_the_day_before_dtend() {
        let r = read_ok(&ics("BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Koningsdag\r\nDTSTART;VALUE=DATE:20270427\r\nDTEND;VALUE=DATE:20270428\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:2\r\nSUMMARY:Zomer\r\nDTSTART;VALUE=DATE:20270719\r\nDTEND;VALUE=DATE:20270816\r\nEND:VEVENT\r\n"));
        assert_eq!(
            r.events,
            [
                Event {
                    from: d(2027, 4, 27),
                    until: d(2027, 4, 27),
                    summary: "Koningsdag".into(),
                    rule: None,
                },
                Event {
                    from: d(2027, 7, 19),
                    until: d(2027, 8, 15),
                    summary: "Zomer".into(),
                    rule: None,
                },
            ]
        );
    }

    #[test]
    fn timed_events_in_utc_and_other_zones_land_on_local_dates() {
        // 23:30 UTC on 1 March is 00:30 on 2 March in Amsterdam.
        let r = read_ok(&ics("BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Nacht\r\nDTSTART:20270301T233000Z\r\nDTEND:20270302T003000Z\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:2\r\nSUMMARY:NY\r\nDTSTART;TZID=America/New_York:20270305T200000\r\nDURATION:PT2H\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:3\r\nSUMMARY:Tot middernacht\r\nDTSTART;TZID=Europe/Amsterdam:20270310T090000\r\nDTEND;TZID=Europe/Amsterdam:20270312T000000\r\nEND:VEVENT\r\n"));
        let ranges: Vec<(NaiveDate, NaiveDate)> =
            r.events.iter().map(|e| (e.from, e.until)).collect();
        assert_eq!(
            ranges,
            [
                (d(2027, 3, 2), d(2027, 3, 2)),
                (d(2027, 3, 6), d(2027, 3, 6)),
                (d(2027, 3, 10), d(2027, 3, 11)),
            ]
        );
    }

    #[test]
    fn recurring_events_expand_with_exdate_and_overrides() {
        let r = read_ok(&ics("BEGIN:VEVENT\r\nUID:kd\r\nSUMMARY:Koningsdag\r\nDTSTART;VALUE=DATE:20260427\r\nRRULE:FREQ=YEARLY;UNTIL=20280101T000000Z\r\nEXDATE;VALUE=DATE:20270427\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:wk\r\nSUMMARY:Overleg\r\nDTSTART;TZID=Europe/Amsterdam:20260105T090000\r\nRRULE:FREQ=WEEKLY;COUNT=3;BYHOUR=9\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:wk\r\nRECURRENCE-ID;TZID=Europe/Amsterdam:20260112T090000\r\nSUMMARY:Overleg (verzet)\r\nDTSTART;TZID=Europe/Amsterdam:20260113T090000\r\nEND:VEVENT\r\n"));
        let list: Vec<(String, NaiveDate)> = r
            .events
            .iter()
            .map(|e| (e.summary.clone(), e.from))
            .collect();
        assert_eq!(
            list,
            [
                ("Overleg".to_string(), d(2026, 1, 5)),
                ("Overleg (verzet)".to_string(), d(2026, 1, 13)),
                ("Overleg".to_string(), d(2026, 1, 19)),
                ("Koningsdag".to_string(), d(2026, 4, 27)),
            ]
        );
    }

    #[test]
    fn a_rule_alone_is_kept_and_one_with_exceptions_is_expanded_and_cut() {
        // Koningsdag: one day, nothing but the rule: kept. Zomer: several
        // days a year, which a blackout rule cannot say: expanded, and cut
        // at the horizon's end while the rule goes on.
        let bytes = ics("BEGIN:VEVENT\r\nUID:kd\r\nSUMMARY:Koningsdag\r\nDTSTART;VALUE=DATE:20260427\r\nRRULE:FREQ=YEARLY\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:z\r\nSUMMARY:Zomer\r\nDTSTART;VALUE=DATE:20260720\r\nDTEND;VALUE=DATE:20260722\r\nRRULE:FREQ=YEARLY\r\nEND:VEVENT\r\n");
        let r = read(
            "t.ics",
            &bytes,
            chrono_tz::Europe::Amsterdam,
            horizon(),
            true,
        )
        .unwrap();
        let list: Vec<(NaiveDate, Option<&str>)> = r
            .events
            .iter()
            .map(|e| (e.from, e.rule.as_deref()))
            .collect();
        assert_eq!(
            list,
            [
                (d(2026, 4, 27), Some("FREQ=YEARLY")),
                (d(2026, 7, 20), None),
                (d(2027, 7, 20), None),
                (d(2028, 7, 20), None),
            ]
        );
        assert_eq!(r.cut, Some(d(2028, 12, 31)));
        // Without keep_rules (absences), every rule is expanded.
        let r = read_ok(&bytes);
        assert_eq!(r.events.len(), 6);
        assert!(r.events.iter().all(|e| e.rule.is_none()));
        // A rule that ends inside the horizon cuts nothing.
        let ends = ics("BEGIN:VEVENT\r\nUID:z\r\nDTSTART;VALUE=DATE:20260720\r\nDTEND;VALUE=DATE:20260722\r\nRRULE:FREQ=YEARLY;COUNT=2\r\nEND:VEVENT\r\n");
        assert_eq!(read_ok(&ends).cut, None);
    }

    #[test]
    fn folds_inside_utf8_and_escaped_text_are_read() {
        let mut bytes = ics("");
        let event = b"BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Caf\xC3\r\n \xA9-dag\\, met taart\\; en meer\r\nDTSTART;VALUE=DATE:20270501\r\nEND:VEVENT\r\n";
        let at = bytes.len() - b"END:VCALENDAR\r\n".len();
        bytes.splice(at..at, event.iter().copied());
        let r = read_ok(&bytes);
        assert_eq!(r.events[0].summary, "Café-dag, met taart; en meer");
    }

    #[test]
    fn cancelled_and_out_of_horizon_events_are_counted_not_imported() {
        let r = read_ok(&ics("BEGIN:VEVENT\r\nUID:1\r\nSTATUS:CANCELLED\r\nDTSTART;VALUE=DATE:20270501\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:2\r\nDTSTART;VALUE=DATE:20200501\r\nEND:VEVENT\r\n"));
        assert!(r.events.is_empty());
        assert_eq!((r.cancelled, r.outside), (1, 1));
    }

    #[test]
    fn errors_name_the_file_line_and_event() {
        let no_date = ics("BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Zonder datum\r\nEND:VEVENT\r\n");
        let e = read(
            "vrij.ics",
            &no_date,
            chrono_tz::Europe::Amsterdam,
            horizon(),
            false,
        )
        .unwrap_err();
        assert_eq!(
            e,
            "vrij.ics:4: event \"Zonder datum\": it has no DTSTART, so no date"
        );
        let bad_date = ics("BEGIN:VEVENT\r\nUID:x@y\r\nDTSTART:2027-05-01\r\nEND:VEVENT\r\n");
        let e = read(
            "vrij.ics",
            &bad_date,
            chrono_tz::Europe::Amsterdam,
            horizon(),
            false,
        )
        .unwrap_err();
        assert!(
            e.starts_with("vrij.ics:4: event with UID x@y: DTSTART \"2027-05-01\""),
            "{e}"
        );
        let broken = b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270501\r\n";
        let e = read(
            "vrij.ics",
            broken,
            chrono_tz::Europe::Amsterdam,
            horizon(),
            false,
        )
        .unwrap_err();
        assert!(e.starts_with("vrij.ics: not a valid iCalendar file"), "{e}");
        let e = read(
            "leeg.ics",
            b"",
            chrono_tz::Europe::Amsterdam,
            horizon(),
            false,
        )
        .unwrap_err();
        assert!(e.contains("holds no BEGIN:VCALENDAR"), "{e}");
        let no_colon = ics("BEGIN:VEVENT\r\nSUMMARY\r\nEND:VEVENT\r\n");
        let e = read(
            "vrij.ics",
            &no_colon,
            chrono_tz::Europe::Amsterdam,
            horizon(),
            false,
        )
        .unwrap_err();
        assert!(
            e.starts_with("vrij.ics:5: not a valid iCalendar file"),
            "{e}"
        );
    }

    #[test]
    fn an_outlook_zone_is_read_from_the_files_vtimezone() {
        // 23:30 London time on 14 January is 00:30 on the 15th in Amsterdam;
        // read as Amsterdam wall-clock time it landed on the 14th.
        let r = read_ok(&ics("BEGIN:VTIMEZONE\r\nTZID:GMT Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Late\r\nDTSTART;TZID=GMT Standard Time:20270114T233000\r\nDTEND;TZID=GMT Standard Time:20270114T234500\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:2\r\nSUMMARY:Zonder blok\r\nDTSTART;TZID=Romance Standard Time:20270301T233000\r\nEND:VEVENT\r\n"));
        let ranges: Vec<(NaiveDate, NaiveDate)> =
            r.events.iter().map(|e| (e.from, e.until)).collect();
        // The second names a Windows zone the file does not define: CLDR's
        // table maps it (Europe/Paris, the same offset as Amsterdam).
        assert_eq!(
            ranges,
            [
                (d(2027, 1, 15), d(2027, 1, 15)),
                (d(2027, 3, 1), d(2027, 3, 1))
            ]
        );
    }

    #[test]
    fn a_date_start_with_a_date_time_end_is_refused_at_its_line() {
        let e = read(
            "vrij.ics",
            &ics("BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Half\r\nDTSTART;VALUE=DATE:20270501\r\nDTEND:20270503T120000\r\nEND:VEVENT\r\n"),
            chrono_tz::Europe::Amsterdam,
            horizon(),
            false,
        )
        .unwrap_err();
        assert_eq!(
            e,
            "vrij.ics:8: event \"Half\": DTSTART is a DATE but DTEND is a DATE-TIME: both must be dates (all day) or both date-times"
        );
    }

    #[test]
    fn durations() {
        assert_eq!(duration_seconds("P1D"), Some(86_400));
        assert_eq!(duration_seconds("PT1H30M"), Some(5_400));
        assert_eq!(duration_seconds("P1W"), Some(604_800));
        assert_eq!(duration_seconds("-PT5M"), Some(-300));
        assert_eq!(duration_seconds("1D"), None);
    }
}
