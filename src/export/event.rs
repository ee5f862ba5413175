//! One item as a VEVENT, and a draft deadline as its own all-day VEVENT.
//!
//! Every value comes from the stored item and the calendar's definitions:
//! DTSTAMP and LAST-MODIFIED are the item's stored `modified`, SEQUENCE its
//! stored `sequence`, so an unchanged item is written byte for byte the same
//! on every export and a subscriber's client updates (never duplicates) an
//! event when the UID stays and SEQUENCE moves.

use chrono::offset::LocalResult;
use chrono::{
    DateTime, Days, NaiveDate, NaiveDateTime, Offset, TimeDelta, TimeZone, Timelike, Utc,
};
use chrono_tz::Tz;

use super::ical::Writer;
use crate::dates::LAST_DAY;
use crate::model::{Calendar, Locale};
use crate::plan::item::{Source, Status};
use crate::store::Tracked;

/// What rendering an event needs besides the item.
pub(crate) struct Events<'a> {
    pub calendar: &'a Calendar,
    /// The TZID timed events carry; its VTIMEZONE is in every feed.
    pub tzid: &'a str,
    labels: &'static Labels,
}

/// The UID of an item: its key at the calendar, `<key>@<calendar-id>.ritme`.
/// The key's slashes stay, so a UID reads like the key users type.
pub(crate) fn uid(key: &str, calendar_id: &str) -> String {
    format!("{key}@{calendar_id}.ritme")
}

/// The UID of an item's draft deadline: `due/<key>@<calendar-id>.ritme`.
pub(crate) fn deadline_uid(key: &str, calendar_id: &str) -> String {
    uid(&format!("due/{key}"), calendar_id)
}

impl<'a> Events<'a> {
    /// Renders events of `calendar` in `tzid`, with DESCRIPTION labels in `locale`.
    pub(crate) fn new(calendar: &'a Calendar, tzid: &'a str, locale: Locale) -> Self {
        Events {
            calendar,
            tzid,
            labels: match locale {
                Locale::En => &EN,
                Locale::Nl => &NL,
            },
        }
    }

    /// The VEVENT of an item, as whole content lines (for tests; feeds write
    /// into one buffer with [`Events::write_event`]).
    #[cfg(test)]
    pub(crate) fn event(&self, t: &Tracked) -> String {
        let mut w = Writer::with_capacity(1024);
        self.write_event(&mut w, t);
        w.finish()
    }

    /// The all-day VEVENT "draft due" of an item with a `due` date; `None`
    /// without one (for tests, like [`Events::event`]).
    #[cfg(test)]
    pub(crate) fn deadline(&self, t: &Tracked) -> Option<String> {
        let mut w = Writer::with_capacity(1024);
        self.write_deadline(&mut w, t).then(|| w.finish())
    }

    /// Appends the VEVENT of an item.
    pub(crate) fn write_event(&self, w: &mut Writer, t: &Tracked) {
        let it = &t.item;
        self.open(w, &uid(&it.key, &self.calendar.id), t);
        match it.time {
            Some(time) => {
                let start = it.date.and_time(time);
                let minutes = it.duration_minutes.unwrap_or(30);
                match span(self.calendar.timezone, start, minutes) {
                    Span::Local(end) => {
                        w.local("DTSTART", self.tzid, start)
                            .local("DTEND", self.tzid, end);
                    }
                    Span::Utc(from, until) => {
                        w.utc("DTSTART", from).utc("DTEND", until);
                    }
                }
            }
            None => all_day(w, it.date),
        }
        let mut description = String::with_capacity(512);
        self.description(t, &mut description);
        w.text("SUMMARY", &it.title)
            .text("DESCRIPTION", &description);
        let mut categories: Vec<&str> = Vec::with_capacity(it.tags.len() + 1);
        for c in it.kind.iter().chain(it.tags.iter()) {
            if !categories.contains(&c.as_ref()) {
                categories.push(c);
            }
        }
        if !categories.is_empty() {
            w.texts("CATEGORIES", categories);
        }
        self.close(w, t, it.time.is_none());
        w.raw("END", "VEVENT");
    }

    /// Appends the all-day VEVENT "draft due" of an item; false (and
    /// nothing written) for an item without a `due` date.
    pub(crate) fn write_deadline(&self, w: &mut Writer, t: &Tracked) -> bool {
        let it = &t.item;
        let Some(due) = it.due else {
            return false;
        };
        let l = self.labels;
        self.open(w, &deadline_uid(&it.key, &self.calendar.id), t);
        all_day(w, due);
        w.text("SUMMARY", &format!("{}: {}", l.draft_due, it.title));
        let mut description = String::with_capacity(512);
        description.push_str(l.goes_live);
        description.push_str(": ");
        description.push_str(&it.date.to_string());
        if let Some(time) = it.time {
            description.push_str(&format!(" {:02}:{:02}", time.hour(), time.minute()));
        }
        description.push('\n');
        self.description(t, &mut description);
        w.text("DESCRIPTION", &description);
        let mut categories = vec![l.deadline];
        categories.extend(it.kind.as_deref());
        w.texts("CATEGORIES", categories)
            .text("RELATED-TO", &uid(&it.key, &self.calendar.id));
        self.close(w, t, true);
        let open = matches!(it.status, Status::Planned | Status::Draft);
        if let Some(days) = self.calendar.rules.remind.filter(|_| open) {
            w.raw("BEGIN", "VALARM")
                .raw("ACTION", "DISPLAY")
                .text("DESCRIPTION", &format!("{}: {}", l.draft_due, it.title))
                .raw("TRIGGER", &trigger(days))
                .raw("END", "VALARM");
        }
        w.raw("END", "VEVENT");
        true
    }

    fn open(&self, w: &mut Writer, uid: &str, t: &Tracked) {
        w.raw("BEGIN", "VEVENT")
            .text("UID", uid)
            .utc("DTSTAMP", t.modified)
            .utc("CREATED", t.created)
            .utc("LAST-MODIFIED", t.modified)
            .raw("SEQUENCE", &t.sequence.to_string());
    }

    fn close(&self, w: &mut Writer, t: &Tracked, transparent: bool) {
        let status = if t.item.status == Status::Skipped {
            "CANCELLED"
        } else {
            "CONFIRMED"
        };
        w.raw("STATUS", status);
        if transparent {
            w.raw("TRANSP", "TRANSPARENT");
        }
        if let Some(url) = t.item.url.as_deref().filter(|u| is_plain_uri(u)) {
            w.raw("URL", url);
        }
    }

    /// Appends the DESCRIPTION: one `label: value` line per field that is
    /// set, then the definition's own description.
    fn description(&self, t: &Tracked, out: &mut String) {
        let it = &t.item;
        let cal = self.calendar;
        let l = self.labels;
        let mut field = |label: &str, value: &str| {
            if !out.is_empty() && !out.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(label);
            out.push_str(": ");
            out.push_str(value);
        };
        if let Some(kind) = &it.kind {
            field(l.kind, kind);
        }
        if let Some(channel) = &it.channel {
            field(l.channel, channel);
        }
        match (&it.owner, it.reserve) {
            (Some(o), _) => field(l.owner, &self.person(o)),
            (None, true) => field(l.owner, l.reserve),
            (None, false) => field(l.owner, l.nobody),
        }
        if let Some(a) = &it.ambassador {
            field(l.ambassador, &self.person(a));
        }
        if let Some(team) = &it.team {
            field(
                l.team,
                cal.team(team).map_or(team.as_ref(), |t| t.name.as_str()),
            );
        }
        if !it.focus.is_empty() {
            let themes: Vec<&str> = it
                .focus
                .iter()
                .map(|f| {
                    cal.focus
                        .iter()
                        .find(|b| *b.id == **f)
                        .map_or(f.as_ref(), |b| b.theme.as_str())
                })
                .collect();
            field(l.focus, &themes.join(", "));
        }
        if it.source == Source::Campaign {
            let title = cal
                .campaigns
                .iter()
                .find(|c| *c.id == *it.source_id)
                .map_or(it.source_id.as_ref(), |c| c.template.title.as_str());
            field(l.campaign, title);
        }
        if let Some(goal) = &it.goal {
            let title = cal
                .goals
                .iter()
                .find(|g| *g.id == **goal)
                .map_or(goal.as_ref(), |g| g.title.as_str());
            field(l.goal, title);
        }
        field(l.status, it.status.as_str());
        if let Some(due) = it.due {
            field(l.draft_due, &due.to_string());
        }
        if let Some(note) = &it.note {
            field(l.note, note);
        }
        if let Some(url) = &it.url {
            field("Link", url);
        }
        field(l.key, &it.key);
        if let Some(d) = it.description.as_deref().filter(|d| !d.trim().is_empty()) {
            out.push_str("\n\n");
            out.push_str(d.trim_end());
        }
    }

    /// A person's name and e-mail address, or the id of one no longer defined.
    fn person(&self, id: &str) -> String {
        match self.calendar.person(id) {
            Some(p) => match &p.email {
                Some(email) => format!("{} <{email}>", p.name),
                None => p.name.clone(),
            },
            None => id.to_string(),
        }
    }
}

/// The TRIGGER of a deadline's alarm: 09:00 local, `days` days before the
/// all-day deadline, relative to its start (local midnight). Days stay
/// nominal days (`-P1DT15H`, not `-PT39H`), so a clock change in between
/// does not move the alarm off 09:00; the hours after 09:00 never hold one.
pub(super) fn trigger(days: u32) -> String {
    match days {
        0 => "PT9H".to_string(),
        1 => "-PT15H".to_string(),
        n => format!("-P{}DT15H", n - 1),
    }
}

/// How a timed item's start and end are written.
#[derive(Debug, PartialEq, Eq)]
enum Span {
    /// As local times with the TZID, ending at this local time: every
    /// client reads them as the same instants.
    Local(NaiveDateTime),
    /// As UTC instants: the local start or end falls in the autumn's
    /// repeated hour or in the spring's skipped one, or the item spans a
    /// change of the clocks. Clients resolve such local times differently
    /// (Python's icalendar reads 02:30-03:00 on the autumn night as 90
    /// minutes, ical.js and khal put it an hour later), so the instants are
    /// written out.
    Utc(DateTime<Utc>, DateTime<Utc>),
}

/// The span of a timed item starting at local `start` in `tz` and lasting
/// `minutes`. A start in the repeated hour is its first instance, a start
/// in the skipped hour is read with the offset before the change (02:30
/// becomes 03:30 summer time), as RFC 5545 3.3.5 and the rrule expansion
/// read them.
fn span(tz: Tz, start: NaiveDateTime, minutes: u32) -> Span {
    let duration = TimeDelta::minutes(i64::from(minutes));
    let local_end = start + duration;
    let instant = |local: NaiveDateTime| match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => Some(t.with_timezone(&Utc)),
        _ => None,
    };
    if let (Some(from), Some(until)) = (instant(start), instant(local_end)) {
        if until - from == duration {
            return Span::Local(local_end);
        }
    }
    let from = match tz.from_local_datetime(&start) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        LocalResult::None => {
            let before = tz
                .offset_from_utc_datetime(&(start - TimeDelta::days(1)))
                .fix();
            (start - TimeDelta::seconds(i64::from(before.local_minus_utc()))).and_utc()
        }
    };
    Span::Utc(from, from + duration)
}

/// Whether `url` can be written as a URI value as it is: no spaces, no
/// control characters, nothing that could end the line.
fn is_plain_uri(url: &str) -> bool {
    url.contains(':') && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The words in DESCRIPTION and in deadline titles.
struct Labels {
    kind: &'static str,
    channel: &'static str,
    owner: &'static str,
    ambassador: &'static str,
    team: &'static str,
    focus: &'static str,
    campaign: &'static str,
    goal: &'static str,
    status: &'static str,
    draft_due: &'static str,
    note: &'static str,
    key: &'static str,
    reserve: &'static str,
    nobody: &'static str,
    goes_live: &'static str,
    deadline: &'static str,
}

const EN: Labels = Labels {
    kind: "Kind",
    channel: "Channel",
    owner: "Owner",
    ambassador: "Ambassador",
    team: "Team",
    focus: "Focus",
    campaign: "Campaign",
    goal: "Goal",
    status: "Status",
    draft_due: "Draft due",
    note: "Note",
    key: "Key",
    reserve: "open slot (reserve)",
    nobody: "nobody yet",
    goes_live: "Goes live",
    deadline: "deadline",
};

const NL: Labels = Labels {
    kind: "Soort",
    channel: "Kanaal",
    owner: "Eigenaar",
    ambassador: "Ambassadeur",
    team: "Team",
    focus: "Focus",
    campaign: "Campagne",
    goal: "Doel",
    status: "Status",
    draft_due: "Concept klaar",
    note: "Notitie",
    key: "Sleutel",
    reserve: "open plek (reserve)",
    nobody: "nog niemand",
    goes_live: "Gaat live",
    deadline: "deadline",
};

/// `DTSTART;VALUE=DATE` and its exclusive DTEND, the next day. On
/// 9999-12-31 the next day has no four-digit year, so the event says
/// `DURATION:P1D` instead, which RFC 5545 allows in DTEND's place.
fn all_day(w: &mut Writer, date: NaiveDate) {
    w.date("DTSTART", date);
    match date
        .checked_add_days(Days::new(1))
        .filter(|end| *end <= LAST_DAY)
    {
        Some(end) => w.date("DTEND", end),
        None => w.raw("DURATION", "P1D"),
    };
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, NaiveTime, TimeZone};

    use super::*;
    use crate::plan::item::{Details, Item};
    use std::sync::Arc;

    fn calendar() -> Calendar {
        let mut cal = crate::plan::test_support::calendar();
        cal.id = "voorbeeld".into();
        cal.name = "Voorbeeld".into();
        cal.locale = Locale::Nl;
        cal
    }

    fn tracked(key: &str, date: (i32, u32, u32), time: Option<(u32, u32)>) -> Tracked {
        let date = NaiveDate::from_ymd_opt(date.0, date.1, date.2).unwrap();
        let time = time.map(|(h, m)| NaiveTime::from_hms_opt(h, m, 0).unwrap());
        Tracked {
            item: Item {
                title: "Maandagmomentje".into(),
                source: Source::Format,
                time,
                duration_minutes: time.map(|_| 30),
                details: Arc::new(Details {
                    kind: Some("story".into()),
                    tags: ["cultuur".into(), "story".into()].into_iter().collect(),
                    ..Details::of("maandagmomentje".into())
                }),
                ..crate::plan::test_support::item(key, date, Some("anna"))
            },
            created: "2026-11-20T08:00:00Z".parse().unwrap(),
            modified: "2026-11-23T12:00:00Z".parse().unwrap(),
            sequence: 2,
        }
    }

    fn property<'t>(event: &'t str, name: &str) -> Vec<&'t str> {
        event
            .split("\r\n")
            .filter(|l| l.split([':', ';']).next() == Some(name))
            .collect()
    }

    /// The UTC instant a TZID=Europe/Amsterdam local time means, as a
    /// client applying chrono-tz's rules would read it.
    fn utc_of(line: &str) -> chrono::DateTime<chrono::Utc> {
        let value = line.rsplit(':').next().unwrap();
        let local = chrono::NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S").unwrap();
        chrono_tz::Europe::Amsterdam
            .from_local_datetime(&local)
            .single()
            .unwrap()
            .with_timezone(&chrono::Utc)
    }

    #[test]
    fn nine_oclock_stays_nine_oclock_local_across_both_dst_changes() {
        let cal = calendar();
        let events = Events::new(&cal, "Europe/Amsterdam", Locale::Nl);
        // 2027: summer time starts Sunday 28 March and ends Sunday 31 October.
        for (date, utc_hour) in [
            ((2027, 3, 22), 8),
            ((2027, 3, 29), 7),
            ((2027, 10, 25), 7),
            ((2027, 11, 1), 8),
        ] {
            let e = events.event(&tracked("format/m/x", date, Some((9, 0))));
            let start = property(&e, "DTSTART");
            let d = format!("{:04}{:02}{:02}", date.0, date.1, date.2);
            assert_eq!(
                start,
                [format!("DTSTART;TZID=Europe/Amsterdam:{d}T090000").as_str()]
            );
            assert_eq!(
                property(&e, "DTEND"),
                [format!("DTEND;TZID=Europe/Amsterdam:{d}T093000").as_str()]
            );
            assert_eq!(
                utc_of(start[0]).format("%H").to_string(),
                format!("{utc_hour:02}"),
                "{date:?}"
            );
        }
    }

    #[test]
    fn a_time_in_the_repeated_or_skipped_hour_is_written_in_utc() {
        let cal = calendar();
        let events = Events::new(&cal, "Europe/Amsterdam", Locale::Nl);
        // 2026-10-25: 02:00-03:00 happens twice; the first 02:30 is 00:30 UTC.
        let e = events.event(&tracked("item/x", (2026, 10, 25), Some((2, 30))));
        assert_eq!(property(&e, "DTSTART"), ["DTSTART:20261025T003000Z"]);
        assert_eq!(property(&e, "DTEND"), ["DTEND:20261025T010000Z"]);
        // 01:45 for 30 minutes ends in the repeated hour.
        let e = events.event(&tracked("item/x", (2026, 10, 25), Some((1, 45))));
        assert_eq!(property(&e, "DTSTART"), ["DTSTART:20261024T234500Z"]);
        assert_eq!(property(&e, "DTEND"), ["DTEND:20261025T001500Z"]);
        // 2027-03-28: 02:30 does not exist; it is 03:30 summer time, 01:30 UTC.
        let e = events.event(&tracked("item/x", (2027, 3, 28), Some((2, 30))));
        assert_eq!(property(&e, "DTSTART"), ["DTSTART:20270328T013000Z"]);
        assert_eq!(property(&e, "DTEND"), ["DTEND:20270328T020000Z"]);
        // 03:30 on the autumn night is plain again.
        let e = events.event(&tracked("item/x", (2026, 10, 25), Some((3, 30))));
        assert_eq!(
            property(&e, "DTSTART"),
            ["DTSTART;TZID=Europe/Amsterdam:20261025T033000"]
        );
    }

    #[test]
    fn an_all_day_item_is_a_date_with_an_exclusive_end() {
        let cal = calendar();
        let events = Events::new(&cal, "Europe/Amsterdam", Locale::Nl);
        // The last day of a month and of a year: the end rolls over.
        let e = events.event(&tracked("format/m/2027-12-31", (2027, 12, 31), None));
        assert_eq!(property(&e, "DTSTART"), ["DTSTART;VALUE=DATE:20271231"]);
        assert_eq!(property(&e, "DTEND"), ["DTEND;VALUE=DATE:20280101"]);
        assert_eq!(property(&e, "TRANSP"), ["TRANSP:TRANSPARENT"]);
        // On the night the clocks change an all-day item is still one date.
        let e = events.event(&tracked("format/m/2027-03-28", (2027, 3, 28), None));
        assert_eq!(property(&e, "DTSTART"), ["DTSTART;VALUE=DATE:20270328"]);
        assert_eq!(property(&e, "DTEND"), ["DTEND;VALUE=DATE:20270329"]);
        // The last day of the date range has no next day to end on.
        let e = events.event(&tracked("format/m/9999-12-31", (9999, 12, 31), None));
        assert_eq!(property(&e, "DTSTART"), ["DTSTART;VALUE=DATE:99991231"]);
        assert!(property(&e, "DTEND").is_empty());
        assert_eq!(property(&e, "DURATION"), ["DURATION:P1D"]);
    }

    #[test]
    fn stamps_and_sequence_come_from_the_store() {
        let cal = calendar();
        let events = Events::new(&cal, "Europe/Amsterdam", Locale::Nl);
        let e = events.event(&tracked("format/m/2027-03-01", (2027, 3, 1), Some((9, 0))));
        assert_eq!(
            property(&e, "UID"),
            ["UID:format/m/2027-03-01@voorbeeld.ritme"]
        );
        assert_eq!(property(&e, "DTSTAMP"), ["DTSTAMP:20261123T120000Z"]);
        assert_eq!(
            property(&e, "LAST-MODIFIED"),
            ["LAST-MODIFIED:20261123T120000Z"]
        );
        assert_eq!(property(&e, "CREATED"), ["CREATED:20261120T080000Z"]);
        assert_eq!(property(&e, "SEQUENCE"), ["SEQUENCE:2"]);
        assert_eq!(property(&e, "STATUS"), ["STATUS:CONFIRMED"]);
        // kind first, then tags, each once
        assert_eq!(property(&e, "CATEGORIES"), ["CATEGORIES:story,cultuur"]);
    }

    #[test]
    fn a_skipped_item_is_cancelled_and_a_deadline_has_its_own_uid() {
        let cal = calendar();
        let events = Events::new(&cal, "Europe/Amsterdam", Locale::En);
        let mut t = tracked("format/m/2027-03-01", (2027, 3, 1), Some((9, 0)));
        t.item.status = Status::Skipped;
        assert!(events.deadline(&t).is_none(), "no due date, no deadline");
        t.item.due = NaiveDate::from_ymd_opt(2027, 2, 26);
        let e = events.event(&t);
        assert_eq!(property(&e, "STATUS"), ["STATUS:CANCELLED"]);
        let d = events.deadline(&t).unwrap();
        assert_eq!(
            property(&d, "UID"),
            ["UID:due/format/m/2027-03-01@voorbeeld.ritme"]
        );
        assert_eq!(property(&d, "DTSTART"), ["DTSTART;VALUE=DATE:20270226"]);
        assert_eq!(property(&d, "DTEND"), ["DTEND;VALUE=DATE:20270227"]);
        assert_eq!(
            property(&d, "SUMMARY"),
            ["SUMMARY:Draft due: Maandagmomentje"]
        );
        assert_eq!(
            property(&d, "RELATED-TO"),
            ["RELATED-TO:format/m/2027-03-01@voorbeeld.ritme"]
        );
        assert_eq!(property(&d, "STATUS"), ["STATUS:CANCELLED"]);
    }

    #[test]
    fn a_deadline_rings_at_nine_the_day_remind_says() {
        assert_eq!(trigger(0), "PT9H");
        assert_eq!(trigger(1), "-PT15H");
        assert_eq!(trigger(2), "-P1DT15H");
        assert_eq!(trigger(7), "-P6DT15H");
        let mut cal = calendar();
        let mut t = tracked("format/m/2027-03-01", (2027, 3, 1), Some((9, 0)));
        t.item.due = NaiveDate::from_ymd_opt(2027, 2, 26);
        let d = Events::new(&cal, "Europe/Amsterdam", Locale::En)
            .deadline(&t)
            .unwrap();
        let alarm: Vec<&str> = d
            .split("\r\n")
            .skip_while(|l| *l != "BEGIN:VALARM")
            .collect();
        assert_eq!(
            alarm,
            [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "DESCRIPTION:Draft due: Maandagmomentje",
                "TRIGGER:-PT15H",
                "END:VALARM",
                "END:VEVENT",
                ""
            ]
        );
        // The item's own event carries none.
        let e = Events::new(&cal, "Europe/Amsterdam", Locale::En).event(&t);
        assert!(!e.contains("VALARM"));
        // A draft that is ready, published or skipped needs no reminder.
        t.item.status = Status::Ready;
        let d = Events::new(&cal, "Europe/Amsterdam", Locale::En)
            .deadline(&t)
            .unwrap();
        assert!(!d.contains("VALARM"));
        // remind = "off": none at all; the rest of the deadline is the same.
        t.item.status = Status::Planned;
        let with = Events::new(&cal, "Europe/Amsterdam", Locale::En)
            .deadline(&t)
            .unwrap();
        cal.rules.remind = None;
        let without = Events::new(&cal, "Europe/Amsterdam", Locale::En)
            .deadline(&t)
            .unwrap();
        assert!(!without.contains("VALARM"));
        assert_eq!(
            with.lines()
                .filter(|l| !l.contains("ALARM")
                    && !l.starts_with("ACTION")
                    && !l.starts_with("TRIGGER")
                    && !l.starts_with("DESCRIPTION:Draft"))
                .count(),
            without.lines().count()
        );
    }

    #[test]
    fn a_url_that_could_break_the_line_is_not_written_as_a_uri() {
        let cal = calendar();
        let events = Events::new(&cal, "Europe/Amsterdam", Locale::En);
        let mut t = tracked("item/x", (2027, 3, 1), None);
        t.item.url = Some("https://intranet.example.org/a\r\nATTENDEE:x".into());
        let e = events.event(&t);
        assert!(property(&e, "URL").is_empty());
        assert!(property(&e, "ATTENDEE").is_empty());
        t.item.url = Some("https://intranet.example.org/nieuws/42".into());
        assert_eq!(
            property(&events.event(&t), "URL"),
            ["URL:https://intranet.example.org/nieuws/42"]
        );
    }
}
