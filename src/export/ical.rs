//! The RFC 5545 writer: content lines ended by CRLF, folded at 75 octets
//! (never inside a UTF-8 character), and TEXT values escaped so that no
//! title can break out of its property.
//!
//! Hand-written on purpose (see `shared/notes/deps.md`): the `ical` crate's
//! writer neither escapes TEXT nor folds by octets, and its own parser then
//! rejects what it wrote; `icalendar` escapes and folds well but stamps
//! `DTSTAMP` with the current time unless told otherwise, escapes `X-`
//! properties blindly, and cannot write a VTIMEZONE at all. What a feed needs
//! is small: a handful of property kinds, written byte for byte the same on
//! every run. This module knows nothing about items; `event.rs` does.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Timelike, Utc};

/// The longest content line, in octets, without its CRLF (RFC 5545 3.1).
const MAX_OCTETS: usize = 75;

/// A growing iCalendar text. Every method appends one whole content line.
#[derive(Debug, Default, Clone)]
pub(crate) struct Writer {
    out: String,
    /// The content line being built, reused so a line costs no allocation.
    line: String,
}

impl Writer {
    /// An empty text.
    pub(crate) fn new() -> Self {
        Writer::default()
    }

    /// An empty text with room for `bytes`.
    pub(crate) fn with_capacity(bytes: usize) -> Self {
        Writer {
            out: String::with_capacity(bytes),
            line: String::with_capacity(256),
        }
    }

    /// `NAME:value` with `value` written as it is. Only for values ritme
    /// builds itself (dates, numbers, fixed words); never for user text.
    pub(crate) fn raw(&mut self, name: &str, value: &str) -> &mut Self {
        self.line(name, "", |l| l.push_str(value))
    }

    /// `NAME:value` with `value` escaped as TEXT.
    pub(crate) fn text(&mut self, name: &str, value: &str) -> &mut Self {
        self.line(name, "", |l| escape_into(value, l))
    }

    /// `NAME:a,b,c`: a list of TEXT values, each escaped (CATEGORIES).
    pub(crate) fn texts<'a>(
        &mut self,
        name: &str,
        values: impl IntoIterator<Item = &'a str>,
    ) -> &mut Self {
        self.line(name, "", |l| {
            for (i, v) in values.into_iter().enumerate() {
                if i > 0 {
                    l.push(',');
                }
                escape_into(v, l);
            }
        })
    }

    /// `NAME;VALUE=DATE:20260302`.
    pub(crate) fn date(&mut self, name: &str, date: NaiveDate) -> &mut Self {
        self.line(name, ";VALUE=DATE", |l| push_date(l, date))
    }

    /// `NAME;TZID=Europe/Amsterdam:20260302T090000`: a local time in a zone
    /// the feed defines with a VTIMEZONE.
    pub(crate) fn local(&mut self, name: &str, tzid: &str, at: NaiveDateTime) -> &mut Self {
        self.line(name, ";TZID=", |l| {
            l.push_str(tzid);
            l.push(':');
            push_date_time(l, at);
        })
    }

    /// `NAME:20261123T120000Z`.
    pub(crate) fn utc(&mut self, name: &str, at: DateTime<Utc>) -> &mut Self {
        self.line(name, "", |l| {
            push_date_time(l, at.naive_utc());
            l.push('Z');
        })
    }

    /// Appends text that is already made of whole, folded content lines.
    pub(crate) fn lines(&mut self, text: &str) -> &mut Self {
        self.out.push_str(text);
        self
    }

    /// The text written so far.
    pub(crate) fn as_str(&self) -> &str {
        &self.out
    }

    /// The finished text.
    pub(crate) fn finish(self) -> String {
        self.out
    }

    /// One content line, folded: `name`, then `params` (empty or starting
    /// with `;`), then what `rest` writes: `:value`, or for parameters
    /// whose value it writes itself, the rest of them, `:` and the value.
    fn line(&mut self, name: &str, params: &str, rest: impl FnOnce(&mut String)) -> &mut Self {
        let mut line = std::mem::take(&mut self.line);
        line.clear();
        line.push_str(name);
        line.push_str(params);
        if !params.ends_with('=') {
            line.push(':');
        }
        rest(&mut line);
        fold_into(&line, &mut self.out);
        self.line = line;
        self
    }
}

/// Appends `YYYYMMDD`; by hand, because chrono's formatter is the slowest
/// part of writing a feed. Years outside 0..=9999 (which RFC 5545 cannot
/// express) fall back to chrono.
fn push_date(out: &mut String, date: NaiveDate) {
    let y = date.year();
    if !(0..=9999).contains(&y) {
        out.push_str(&date.format("%Y%m%d").to_string());
        return;
    }
    push_digits(out, y as u32, 4);
    push_digits(out, date.month(), 2);
    push_digits(out, date.day(), 2);
}

/// Appends `YYYYMMDDTHHMMSS`.
fn push_date_time(out: &mut String, at: NaiveDateTime) {
    push_date(out, at.date());
    out.push('T');
    push_digits(out, at.hour(), 2);
    push_digits(out, at.minute(), 2);
    push_digits(out, at.second(), 2);
}

fn push_digits(out: &mut String, n: u32, width: u32) {
    for i in (0..width).rev() {
        let d = (n / 10u32.pow(i)) % 10;
        out.push(char::from(b'0' + d as u8));
    }
}

/// Escapes a TEXT value (RFC 5545 3.3.11) onto `out`: backslash, semicolon
/// and comma get a backslash, every line break (CRLF, CR or LF) becomes
/// `\n`, and the other control characters TEXT forbids are dropped (a tab
/// stays). The result has no CR or LF, so it can never start a new property.
pub fn escape_into(value: &str, out: &mut String) {
    // Every byte that needs care is ASCII, so the runs between them are
    // whole UTF-8 sequences and are copied as they are.
    let bytes = value.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        if !SPECIAL[usize::from(bytes[i])] {
            i += 1;
            continue;
        }
        out.push_str(&value[run..i]);
        match bytes[i] {
            b'\\' => out.push_str("\\\\"),
            b';' => out.push_str("\\;"),
            b',' => out.push_str("\\,"),
            b'\n' => out.push_str("\\n"),
            // CRLF is one line break: the LF that follows writes it.
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => {}
            b'\r' => out.push_str("\\n"),
            b'\t' => out.push('\t'),
            _ => {} // the other control characters TEXT forbids
        }
        i += 1;
        run = i;
    }
    out.push_str(&value[run..]);
}

/// The bytes [`escape_into`] must look at: `\\ ; ,` and the control characters.
const SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = true;
        b += 1;
    }
    t[0x7f] = true;
    t[b'\\' as usize] = true;
    t[b';' as usize] = true;
    t[b',' as usize] = true;
    t
};

/// Appends `line` folded to at most 75 octets per physical line (the space
/// that starts a continuation counts), each ended by CRLF. A fold never
/// splits a UTF-8 character: it happens before the character that would not
/// fit.
pub fn fold_into(line: &str, out: &mut String) {
    let mut start = 0;
    let mut limit = MAX_OCTETS;
    while line.len() - start > limit {
        let mut end = start + limit;
        while !line.is_char_boundary(end) {
            end -= 1;
        }
        if start > 0 {
            out.push(' ');
        }
        out.push_str(&line[start..end]);
        out.push_str("\r\n");
        start = end;
        limit = MAX_OCTETS - 1;
    }
    if start > 0 {
        out.push(' ');
    }
    out.push_str(&line[start..]);
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escape_text(value: &str) -> String {
        let mut out = String::new();
        escape_into(value, &mut out);
        out
    }

    /// Undoes the folding the way RFC 5545 3.1 says a reader must.
    fn unfold(text: &str) -> String {
        text.replace("\r\n ", "")
    }

    use crate::import::ics::unescape;

    fn physical_lines(text: &str) -> Vec<&str> {
        assert!(text.ends_with("\r\n"), "ends with CRLF: {text:?}");
        text[..text.len() - 2].split("\r\n").collect()
    }

    fn summary(title: &str) -> String {
        let mut w = Writer::new();
        w.text("SUMMARY", title);
        w.finish()
    }

    #[test]
    fn escapes_the_four_text_specials() {
        assert_eq!(
            escape_text("a\\b;c,d\ne"),
            "a\\\\b\\;c\\,d\\ne",
            "backslash, semicolon, comma, newline"
        );
        assert_eq!(escape_text("x\r\ny\rz"), "x\\ny\\nz");
        assert_eq!(escape_text("bel\u{7}\u{0}t\tab"), "belt\tab");
        assert_eq!(
            escape_text("Collega's: \"één\" café 🎉"),
            "Collega's: \"één\" café 🎉"
        );
    }

    #[test]
    fn a_newline_in_a_title_cannot_inject_a_property() {
        let text = summary("Vrijdagvraag\r\nATTENDEE:mailto:evil@example.org\nEND:VEVENT\rX");
        let lines = physical_lines(&text);
        assert_eq!(lines.len(), 1, "{text:?}");
        let long = summary(&format!("{}\nEND:VEVENT\nBEGIN:VEVENT", "x".repeat(70)));
        let long_lines = physical_lines(&long);
        assert_eq!(long_lines.len(), 2, "{long:?}");
        for group in [&lines, &long_lines] {
            for (i, l) in group.iter().enumerate() {
                assert!(!l.contains('\r') && !l.contains('\n'));
                if i == 0 {
                    assert!(l.starts_with("SUMMARY:"), "{l:?}");
                } else {
                    assert!(
                        l.starts_with(' '),
                        "a continuation starts with a space: {l:?}"
                    );
                }
            }
        }
        let unfolded = unfold(&text);
        assert!(unfolded.starts_with(
            "SUMMARY:Vrijdagvraag\\nATTENDEE:mailto:evil@example.org\\nEND:VEVENT\\nX"
        ));
        assert_eq!(
            unescape(unfolded.trim_end().strip_prefix("SUMMARY:").unwrap()),
            "Vrijdagvraag\nATTENDEE:mailto:evil@example.org\nEND:VEVENT\nX"
        );
    }

    #[test]
    fn long_dutch_titles_with_accents_and_emoji_fold_at_75_octets() {
        let title = "Collega in de kijker: één café-bezoek met Zoë en Anaïs, daarna; \
                     overleg \\ planning 🎉🎉 van het coördinatieteam — ‘cœur’ ñ ü ß ø å 🇳🇱 👩‍👩‍👧 tot slot";
        let text = summary(title);
        let lines = physical_lines(&text);
        assert!(lines.len() > 2, "{text}");
        for l in &lines {
            assert!(l.len() <= 75, "{} octets: {l:?}", l.len());
        }
        // A fold never splits a UTF-8 character: every physical line is valid
        // UTF-8 on its own (they are &str slices of whole characters).
        for l in &lines[1..] {
            assert!(l.starts_with(' '));
        }
        // Full lines are filled: a fold happens only where the next
        // character would not fit.
        for (l, next) in lines.iter().zip(&lines[1..]) {
            let c = next[1..].chars().next().unwrap();
            assert!(
                l.len() + c.len_utf8() > 75,
                "folded early: {l:?} then {c:?}"
            );
        }
        let value = unfold(&text);
        assert_eq!(
            unescape(
                value
                    .trim_end_matches("\r\n")
                    .strip_prefix("SUMMARY:")
                    .unwrap()
            ),
            title
        );
    }

    #[test]
    fn folding_never_splits_a_multi_octet_character_at_the_boundary() {
        // Shift a 4-octet emoji across the 75-octet boundary one octet at a time.
        for pad in 60..80 {
            let title = format!("{}🎉é{}", "a".repeat(pad), "b".repeat(100));
            let text = summary(&title);
            for l in physical_lines(&text) {
                assert!(l.len() <= 75);
            }
            assert_eq!(unfold(&text), format!("SUMMARY:{title}\r\n"));
        }
    }

    #[test]
    fn a_line_of_exactly_75_octets_is_not_folded() {
        let title = "x".repeat(75 - "SUMMARY:".len());
        assert_eq!(summary(&title), format!("SUMMARY:{title}\r\n"));
        let longer = format!("{title}y");
        assert_eq!(summary(&longer), format!("SUMMARY:{title}\r\n y\r\n"));
    }

    #[test]
    fn categories_escape_each_value_and_join_with_commas() {
        let mut w = Writer::new();
        w.texts("CATEGORIES", ["story", "a,b", "c;d"]);
        assert_eq!(w.finish(), "CATEGORIES:story,a\\,b,c\\;d\r\n");
    }

    #[test]
    fn dates_and_times() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        let mut w = Writer::new();
        w.date("DTSTART", d)
            .local(
                "DTSTART",
                "Europe/Amsterdam",
                d.and_hms_opt(9, 0, 0).unwrap(),
            )
            .utc("DTSTAMP", d.and_hms_opt(12, 30, 5).unwrap().and_utc());
        assert_eq!(
            w.finish(),
            "DTSTART;VALUE=DATE:20260302\r\nDTSTART;TZID=Europe/Amsterdam:20260302T090000\r\nDTSTAMP:20260302T123005Z\r\n"
        );
    }
}
