//! An item of the schedule: one thing that goes live on one day, with its
//! stable key. Made by the plan, kept by the store, shown by the views.

use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::Arc;

use chrono::{Datelike, NaiveDate, NaiveTime};

use crate::model::{Calendar, Origin};
use crate::plan::text::{Text, Texts};

/// Where an item comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    Format,
    Campaign,
    Item,
    Review,
}

impl Source {
    /// The word in keys, JSON and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Format => "format",
            Source::Campaign => "campaign",
            Source::Item => "item",
            Source::Review => "review",
        }
    }

    /// Parses [`Source::as_str`].
    pub fn parse(s: &str) -> Option<Self> {
        [
            Source::Format,
            Source::Campaign,
            Source::Item,
            Source::Review,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
    }
}

/// Where an item is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Planned,
    Draft,
    Ready,
    Published,
    Skipped,
}

impl Status {
    /// Every status, in life order.
    pub const ALL: [Status; 5] = [
        Status::Planned,
        Status::Draft,
        Status::Ready,
        Status::Published,
        Status::Skipped,
    ];

    /// The word users type and see.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::Draft => "draft",
            Status::Ready => "ready",
            Status::Published => "published",
            Status::Skipped => "skipped",
        }
    }

    /// Parses [`Status::as_str`].
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One item. The fields are SPEC section 3's JSON fields plus what the store
/// and the feeds need; most of them are in its [`Details`], read and written
/// through the item as if they were its own.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// `format/<id>/<date>`, `campaign/<id>/<post>/<date>`, `item/<id>`, `review/<page>/<date>`.
    pub key: String,
    pub title: Text,
    pub source: Source,
    /// The date the definition generated; the key keeps it when the item moves.
    pub generated: NaiveDate,
    /// Where the item now stands.
    pub date: NaiveDate,
    /// Local wall-clock time; `None` for an all-day item.
    pub time: Option<NaiveTime>,
    pub duration_minutes: Option<u32>,
    pub due: Option<NaiveDate>,
    pub owner: Option<Text>,
    pub ambassador: Option<Text>,
    pub team: Option<Text>,
    pub focus: Texts,
    pub status: Status,
    /// A person changed it; `plan` leaves it alone.
    pub edited: bool,
    pub details: Arc<Details>,
}

/// The fields of an item that every item of one definition has alike (its
/// text, effort and whether it is a reserve slot), and the note and URL a
/// person adds. The items of a definition share one, until a write through
/// [`Item`] copies it for the item written: 10 fields in one pointer made an
/// item 112 bytes where it was 192, 8 MB of a first plan of 100,000 items
/// (issue 19). Fields a person can pin one by one (title, date, time, owner,
/// team, status) stay in the item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Details {
    pub source_id: Text,
    pub kind: Option<Text>,
    pub channel: Option<Text>,
    pub description: Option<Text>,
    pub goal: Option<Text>,
    pub tags: Texts,
    pub effort_minutes: Option<u32>,
    /// An open slot that needs no owner.
    pub reserve: bool,
    pub note: Option<Box<str>>,
    pub url: Option<Box<str>>,
}

impl Details {
    /// The details of an item of `source_id` that says nothing else.
    pub(crate) fn of(source_id: Text) -> Self {
        Details {
            source_id,
            kind: None,
            channel: None,
            description: None,
            goal: None,
            tags: Texts::default(),
            effort_minutes: None,
            reserve: false,
            note: None,
            url: None,
        }
    }
}

/// Reads an item's details as its own fields.
impl Deref for Item {
    type Target = Details;
    fn deref(&self) -> &Details {
        &self.details
    }
}

/// Writes an item's details as its own fields: copied first when other
/// items share them.
impl DerefMut for Item {
    fn deref_mut(&mut self) -> &mut Details {
        Arc::make_mut(&mut self.details)
    }
}

impl Item {
    /// Whether the item has no time of day.
    pub fn all_day(&self) -> bool {
        self.time.is_none()
    }

    /// Whether the item serves the focus block `block_id`.
    pub fn serves_focus(&self, block_id: &str) -> bool {
        self.focus.iter().any(|f| **f == *block_id)
    }

    /// Where the item's definition is written, while it still exists.
    pub fn origin<'a>(&self, cal: &'a Calendar) -> Option<&'a Origin> {
        let id = self.source_id.as_ref();
        match self.source {
            Source::Format => cal.formats.iter().find(|f| f.id == id).map(|f| &f.origin),
            Source::Campaign => {
                let post = self.key.split('/').nth(2)?;
                let c = cal.campaigns.iter().find(|c| c.id == id)?;
                c.posts.iter().find(|p| p.id == post).map(|p| &p.origin)
            }
            Source::Item => cal.items.iter().find(|i| i.id == id).map(|i| &i.origin),
            Source::Review => cal.pages.iter().find(|p| p.id == id).map(|p| &p.origin),
        }
    }
}

/// What every key of format `id`'s items starts with.
pub(crate) fn format_prefix(id: &str) -> String {
    format!("format/{id}/")
}

/// The key of a format occurrence.
pub(crate) fn format_key(id: &str, generated: NaiveDate) -> String {
    let mut key = String::with_capacity(18 + id.len());
    key.push_str("format/");
    key.push_str(id);
    key.push('/');
    push_date(&mut key, generated);
    key
}

/// The key of a campaign post occurrence.
pub(crate) fn campaign_key(id: &str, post: &str, generated: NaiveDate) -> String {
    let mut key = format!("campaign/{id}/{post}/");
    push_date(&mut key, generated);
    key
}

/// A date as `YYYY-MM-DD`, the form of keys, JSON and the database.
pub fn date_text(d: NaiveDate) -> String {
    let mut s = String::with_capacity(10);
    push_date(&mut s, d);
    s
}

/// `2026-W14`: the ISO week a date lies in, the form of the database's
/// `week` column and of every week label.
pub fn iso_week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

/// A time as `HH:MM`.
pub fn time_text(t: NaiveTime) -> String {
    use chrono::Timelike;
    let (h, m) = (t.hour(), t.minute());
    [h / 10, h % 10, 10, m / 10, m % 10]
        .into_iter()
        .map(|d| {
            if d == 10 {
                ':'
            } else {
                char::from(b'0' + d as u8)
            }
        })
        .collect()
}

/// Appends `YYYY-MM-DD`. Written out because chrono's `Display` goes
/// through `Debug` formatting, which showed up in profiles of large plans.
pub(crate) fn push_date(buf: &mut String, d: NaiveDate) {
    use chrono::Datelike;
    let (y, m, day) = (d.year(), d.month(), d.day());
    if !(0..=9999).contains(&y) {
        buf.push_str(&d.to_string());
        return;
    }
    let y = y as u32;
    for digit in [y / 1000, y / 100 % 10, y / 10 % 10, y % 10] {
        buf.push(char::from(b'0' + digit as u8));
    }
    for part in [m, day] {
        buf.push('-');
        buf.push(char::from(b'0' + (part / 10) as u8));
        buf.push(char::from(b'0' + (part % 10) as u8));
    }
}

/// Parses `YYYY-MM-DD`, the form of keys and the database, without going
/// through chrono's format machinery (imports parse hundreds of thousands).
pub(crate) fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
}

/// The key of a one-off item.
pub(crate) fn item_key(id: &str) -> String {
    format!("item/{id}")
}

/// The date in an item's key, where it has one: the date its rule
/// generated it on, unless its edits were carried to another (SPEC
/// section 10).
pub(crate) fn generated_in(key: &str) -> Option<NaiveDate> {
    key.rsplit('/').next().and_then(parse_date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_keys() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        assert_eq!(date_text(d), d.to_string());
        let t = NaiveTime::from_hms_opt(9, 5, 0).unwrap();
        assert_eq!(time_text(t), "09:05");
        assert_eq!(
            format_key("maandagmomentje", d),
            "format/maandagmomentje/2026-03-02"
        );
        assert_eq!(
            campaign_key("cyber", "kickoff", d),
            "campaign/cyber/kickoff/2026-03-02"
        );
        assert_eq!(parse_date("2026-03-02"), Some(d));
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("2026-3-02"), None);
        let far = NaiveDate::from_ymd_opt(12026, 1, 1).unwrap();
        assert_eq!(date_text(far), far.to_string());
    }
}
