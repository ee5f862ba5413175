//! `ritme.lock`: everything about the stored plan that the calendar's TOML
//! does not determine (SPEC section 10), as a text file meant for git.
//!
//! This module only reads and writes the file's text; what the lines mean
//! for items is the store's business ([`crate::store`]). It knows nothing
//! of the database, the calendar or the clock.
//!
//! The format, version 1:
//!
//! ```text
//! # ritme.lock: ... (comment lines start with `#`)
//! version = 1
//! range = "2026-11-30..2027-06-30"
//! today = "2026-12-02"
//! definitions = "9f86d081884c7d65"
//!
//! [format/maandagmomentje/2026-12-07]
//! fp = "a1b2c3d4e5f60718"
//! owner = "gijs" @ 2026-12-03T09:00:00Z by "anna@example.org"
//! created = "2026-12-02T10:00:00Z"
//! ```
//!
//! A header, then one block per item, sorted by key: a `[key]` line, then
//! one `name = value` line per field, values in JSON. A field a person set
//! carries `@ WHEN by "WHO"`. Nothing changes on every write (no file-wide
//! stamp or count), and blocks are separated by a blank line, so two clones
//! that edit neighbouring items merge in git without a conflict.

mod merge;
mod patch;
mod text;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde_json::Value;

pub use merge::resolve;
pub(crate) use merge::Decision;
pub(crate) use patch::splice;
pub(crate) use text::{
    into_text, is_conflict_marker, parse_header, render_header, render_key, render_line,
    render_records,
};
pub use text::{parse, render};

/// The file's name, beside `ritme.toml`.
pub(crate) const FILE_NAME: &str = "ritme.lock";

/// The format version this ritme reads and writes.
pub(crate) const VERSION: u32 = 1;

/// Who set a field, and when.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stamp {
    /// RFC 3339, seconds, UTC: sorts as time does.
    pub when: String,
    pub who: String,
}

/// One `name = value` line of an item's block.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub name: String,
    pub value: Value,
    /// Set for the fields a person decided (pins, status, note, url).
    pub by: Option<Stamp>,
}

impl Entry {
    /// A line that no person set.
    pub fn planned(name: &str, value: impl Into<Value>) -> Self {
        Entry {
            name: name.to_string(),
            value: value.into(),
            by: None,
        }
    }
}

/// An item's block: its key and its lines, in the order [`render`] writes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Record {
    pub key: String,
    pub entries: Vec<Entry>,
}

impl Record {
    /// The first line named `name`.
    pub fn get(&self, name: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.name == name)
    }

    /// The text of the first line named `name`, when it is a string.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.get(name).and_then(|e| e.value.as_str())
    }

    /// Every line named `name`, in order (the `log`).
    pub fn all<'r>(&'r self, name: &'r str) -> impl Iterator<Item = &'r Entry> + 'r {
        self.entries.iter().filter(move |e| e.name == name)
    }

    /// Puts the lines in their written order: [`FIELD_ORDER`], then any
    /// other name alphabetically; lines of one name keep their order.
    pub fn sort(&mut self) {
        self.entries
            .sort_by(|a, b| rank(&a.name).cmp(&rank(&b.name)));
    }
}

/// The order of an item's lines. Planned facts first, then what people
/// decided, then the feed's stamps, then the history, which only grows at
/// the block's end.
pub(crate) const FIELD_ORDER: &[&str] = &[
    "fp",
    "orphan",
    "carried",
    "owner",
    "ambassador",
    "date",
    "time",
    "title",
    "team",
    "status",
    "note",
    "url",
    "sequence",
    "created",
    "modified",
    "log",
];

fn rank(name: &str) -> (usize, &str) {
    match FIELD_ORDER.iter().position(|n| *n == name) {
        Some(i) => (2 * i, ""),
        // `kept.*` (what history holds that the TOML no longer says) right
        // after what people decided, before the stamps.
        None if name.starts_with("kept.") => (2 * KEPT_AFTER + 1, name),
        None => (2 * FIELD_ORDER.len(), name),
    }
}

/// `kept.*` lines follow this field of [`FIELD_ORDER`] (`url`).
const KEPT_AFTER: usize = 11;

/// What stands before the first block.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Header<'a> {
    pub(crate) range: Option<(NaiveDate, NaiveDate)>,
    pub(crate) today: Option<NaiveDate>,
    pub(crate) definitions: &'a str,
}

/// The whole file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Lock {
    /// The stored range of generated dates, inclusive.
    pub range: Option<(NaiveDate, NaiveDate)>,
    /// The today of the last `plan` that changed the lock: history never
    /// shrinks behind it.
    pub today: Option<NaiveDate>,
    /// The hash of the definitions the lock was planned from.
    pub definitions: String,
    /// The items, by key.
    pub records: BTreeMap<String, Record>,
}

impl Lock {
    /// What the lock says before its first block.
    pub(crate) fn header(&self) -> Header<'_> {
        Header {
            range: self.range,
            today: self.today,
            definitions: &self.definitions,
        }
    }

    /// The today a plan stores with: the later of `today` and the lock's,
    /// so history never shrinks (SPEC section 10).
    pub fn later_today(&self, today: NaiveDate) -> NaiveDate {
        self.today.map_or(today, |t| t.max(today))
    }

    /// The newest stamp anywhere in the lock: the `LAST-MODIFIED` a lock
    /// that is behind gives the items that would change, the same on every
    /// machine.
    pub fn newest_stamp(&self) -> Option<&str> {
        self.records
            .values()
            .flat_map(|r| r.entries.iter())
            .filter_map(|e| match e.name.as_str() {
                "created" | "modified" => e.value.as_str(),
                _ => e.by.as_ref().map(|s| s.when.as_str()),
            })
            .max()
    }
}

/// A problem with the lock's text, at a line (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockError {
    pub line: usize,
    pub message: String,
}
