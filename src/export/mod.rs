//! Exports: iCal feeds teams subscribe to (SPEC section 5), and files written
//! so that nobody ever reads half of one.
//!
//! Reads stored items (with their bookkeeping) and the calendar's
//! definitions; never changes the database and never reads the clock, so an
//! unchanged plan exports to byte-identical files. Each event is rendered
//! once and shared by every feed that holds it.

mod atomic;
mod event;
mod feeds;
pub mod ical;
pub mod vtimezone;

use std::path::{Path, PathBuf};

pub use atomic::write_atomic;
pub use event::{deadline_uid, uid, Events};
pub use feeds::{calendar_name, select, Feed, FeedKind};

use crate::error::{Error, Result};
use crate::model::{Calendar, Locale};
use crate::store::Tracked;
use ical::Writer;
use vtimezone::Zone;

/// `PRODID`: names this build's version only (no build time, no commit), so
/// re-exports from one build are byte-identical.
pub const PRODID: &str = concat!("-//ritme//ritme ", env!("CARGO_PKG_VERSION"), "//EN");

/// How often subscribers should fetch a feed again.
const REFRESH: &str = "PT1H";

/// The VTIMEZONE of the calendar's zone, or a usage error naming the zones
/// ritme can write feeds in.
pub fn zone(calendar: &Calendar) -> Result<&'static Zone> {
    let name = calendar.timezone.name();
    vtimezone::lookup(name).ok_or_else(|| {
        Error::usage(format!(
            "cannot write iCal feeds in time zone \"{name}\" ([calendar] timezone in ritme.toml): \
             ritme has no VTIMEZONE for it. Zones it can write: {}",
            vtimezone::names().join(", ")
        ))
    })
}

/// Turns items into feed texts: one header per feed, events rendered once.
pub struct Feeds<'a> {
    calendar: &'a Calendar,
    zone: &'static Zone,
    events: Events<'a>,
    /// The VTIMEZONE block, rendered once.
    timezone: String,
}

impl<'a> Feeds<'a> {
    /// The renderer for `calendar`'s feeds, DESCRIPTION labels in `locale`.
    pub fn new(calendar: &'a Calendar, locale: Locale) -> Result<Self> {
        let zone = zone(calendar)?;
        let mut w = Writer::new();
        zone.write(&mut w);
        Ok(Feeds {
            calendar,
            zone,
            events: Events::new(calendar, zone.tzid, locale),
            timezone: w.finish(),
        })
    }

    /// One VCALENDAR named `name` holding `events` (already rendered).
    pub fn calendar<'e>(&self, name: &str, events: impl IntoIterator<Item = &'e str>) -> String {
        let events: Vec<&str> = events.into_iter().collect();
        let size = 512 + self.timezone.len() + events.iter().map(|e| e.len()).sum::<usize>();
        let mut w = Writer::with_capacity(size);
        w.raw("BEGIN", "VCALENDAR")
            .raw("VERSION", "2.0")
            .raw("PRODID", PRODID)
            .raw("CALSCALE", "GREGORIAN")
            .text("NAME", name)
            .text("X-WR-CALNAME", name)
            .raw("X-WR-TIMEZONE", self.zone.tzid)
            .raw("REFRESH-INTERVAL;VALUE=DURATION", REFRESH)
            .raw("X-PUBLISHED-TTL", REFRESH)
            .lines(&self.timezone);
        for e in events {
            w.lines(e);
        }
        w.raw("END", "VCALENDAR");
        w.finish()
    }

    /// One feed of `items`, with the draft deadlines of those that have one
    /// when `deadlines` is set (`export ics -o FILE --owner ID`).
    pub fn one(&self, name: &str, items: &[Tracked], deadlines: bool) -> String {
        let events: Vec<String> = items.iter().map(|t| self.events.event(t)).collect();
        let due: Vec<String> = if deadlines {
            items
                .iter()
                .filter_map(|t| self.events.deadline(t))
                .collect()
        } else {
            Vec::new()
        };
        self.calendar(name, events.iter().chain(&due).map(String::as_str))
    }

    /// Writes every feed of the calendar and `index.html` into `out`.
    pub fn write_dir(
        &self,
        out: &Path,
        items: &[Tracked],
        base_url: Option<&str>,
        locale: Locale,
    ) -> Result<Written> {
        let feeds = select(self.calendar, items);
        let events: Vec<String> = items.iter().map(|t| self.events.event(t)).collect();
        let wants_deadline = {
            let mut v = vec![false; items.len()];
            for f in &feeds {
                for &i in &f.deadlines {
                    v[i] = true;
                }
            }
            v
        };
        let deadlines: Vec<Option<String>> = items
            .iter()
            .zip(&wants_deadline)
            .map(|(t, &w)| if w { self.events.deadline(t) } else { None })
            .collect();
        for kind in feeds::FOLDERS {
            let dir = out.join(kind);
            std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        }
        let mut written = Written::default();
        for f in &feeds {
            let name = calendar_name(self.calendar, f);
            let text = self.calendar(
                &name,
                f.events
                    .iter()
                    .map(|&i| events[i].as_str())
                    .chain(f.deadlines.iter().filter_map(|&i| deadlines[i].as_deref())),
            );
            let path = out.join(&f.path);
            write_atomic(&path, text.as_bytes())?;
            written.files.push(path);
            written.bytes += text.len();
        }
        let index = out.join("index.html");
        write_atomic(
            &index,
            feeds::index_html(self.calendar, &feeds, base_url, locale).as_bytes(),
        )?;
        written.files.push(index);
        written.stale = stale(out, &written.files)?;
        written.feeds = feeds;
        Ok(written)
    }
}

/// What `write_dir` wrote.
#[derive(Debug, Default)]
pub struct Written {
    pub feeds: Vec<Feed>,
    /// Every file written, `index.html` last.
    pub files: Vec<PathBuf>,
    pub bytes: usize,
    /// `.ics` files in the feed folders that this export did not write
    /// (a person or format no longer defined). Left alone: subscribers keep
    /// what they had rather than an error.
    pub stale: Vec<PathBuf>,
}

fn stale(out: &Path, written: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let written: std::collections::HashSet<&PathBuf> = written.iter().collect();
    let mut found = Vec::new();
    for folder in feeds::FOLDERS {
        let dir = out.join(folder);
        let entries = std::fs::read_dir(&dir).map_err(|e| Error::io(&dir, e))?;
        for entry in entries {
            let path = entry.map_err(|e| Error::io(&dir, e))?.path();
            if path.extension().is_some_and(|x| x == "ics") && !written.contains(&path) {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}
