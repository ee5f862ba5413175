//! An item of the schedule: one thing that goes live on one day, with its
//! stable key. Made by the plan, kept by the store, shown by the views.

use std::fmt;

use chrono::{NaiveDate, NaiveTime};

use crate::model::{Calendar, Origin};

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
/// and the feeds need.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// `format/<id>/<date>`, `campaign/<id>/<post>/<date>`, `item/<id>`, `review/<page>/<date>`.
    pub key: String,
    pub title: String,
    pub source: Source,
    pub source_id: String,
    /// The date the definition generated; the key keeps it when the item moves.
    pub generated: NaiveDate,
    /// Where the item now stands.
    pub date: NaiveDate,
    /// Local wall-clock time; `None` for an all-day item.
    pub time: Option<NaiveTime>,
    pub duration_minutes: Option<u32>,
    pub due: Option<NaiveDate>,
    pub kind: Option<String>,
    pub channel: Option<String>,
    pub description: Option<String>,
    pub owner: Option<String>,
    pub ambassador: Option<String>,
    pub team: Option<String>,
    pub goal: Option<String>,
    pub tags: Vec<String>,
    pub focus: Vec<String>,
    pub status: Status,
    pub effort_minutes: Option<u32>,
    /// An open slot that needs no owner.
    pub reserve: bool,
    /// A person changed it; `plan` leaves it alone.
    pub edited: bool,
    pub note: Option<String>,
    pub url: Option<String>,
}

impl Item {
    /// Whether the item has no time of day.
    pub fn all_day(&self) -> bool {
        self.time.is_none()
    }

    /// Where the item's definition is written, while it still exists.
    pub fn origin<'a>(&self, cal: &'a Calendar) -> Option<&'a Origin> {
        let id = self.source_id.as_str();
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

/// The key of a format occurrence.
pub fn format_key(id: &str, generated: NaiveDate) -> String {
    format!("format/{id}/{generated}")
}

/// The key of a campaign post occurrence.
pub fn campaign_key(id: &str, post: &str, generated: NaiveDate) -> String {
    format!("campaign/{id}/{post}/{generated}")
}

/// The key of a one-off item.
pub fn item_key(id: &str) -> String {
    format!("item/{id}")
}
