//! Exports: iCal feeds teams subscribe to (SPEC section 5), and files written
//! so that nobody ever reads half of one.
//!
//! Reads stored items (with their bookkeeping) and the calendar's
//! definitions; never changes the database and never reads the clock, so an
//! unchanged plan exports to byte-identical files. Each event is rendered
//! once and shared by every feed that holds it.

mod event;
mod feeds;
pub(crate) mod ical;
pub(crate) mod vtimezone;

use std::path::{Path, PathBuf};

pub(crate) use crate::fs::{write_atomic, write_atomic_parts};
pub(crate) use event::Events;
pub(crate) use feeds::{calendar_name, select, Feed};

use crate::error::{Error, Result};
use crate::model::{Calendar, Locale};
use crate::store::Tracked;
use ical::Writer;
use vtimezone::Zone;

/// `PRODID`: names this build's version only (no build time, no commit), so
/// re-exports from one build are byte-identical.
pub(crate) const PRODID: &str = concat!("-//ritme//ritme ", env!("CARGO_PKG_VERSION"), "//EN");

/// How often subscribers should fetch a feed again.
const REFRESH: &str = "PT1H";

/// The VTIMEZONE of the calendar's zone, or a usage error naming the zones
/// ritme can write feeds in.
pub(crate) fn zone(calendar: &Calendar) -> Result<&'static Zone> {
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
            events: Events::new(calendar, zone.tzid, locale),
            timezone: w.finish(),
        })
    }

    /// The lines before the events of a VCALENDAR named `name`: its
    /// properties and the VTIMEZONE.
    fn header(&self, name: &str) -> String {
        let mut w = Writer::with_capacity(512 + self.timezone.len());
        w.raw("BEGIN", "VCALENDAR")
            .raw("VERSION", "2.0")
            .raw("PRODID", PRODID)
            .raw("CALSCALE", "GREGORIAN")
            .text("NAME", name)
            .text("X-WR-CALNAME", name)
            .raw("REFRESH-INTERVAL;VALUE=DURATION", REFRESH)
            .raw("X-PUBLISHED-TTL", REFRESH)
            .lines(&self.timezone);
        w.finish()
    }

    /// One feed of `items`, with the draft deadlines of those that have one
    /// when `deadlines` is set (`export ics -o FILE --owner ID`).
    pub fn one(&self, name: &str, items: &[Tracked], deadlines: bool) -> String {
        let rendered = self.render(items, |_| deadlines);
        let header = self.header(name);
        let parts: Vec<&str> = self.one_parts(&header, &rendered, items.len()).collect();
        let mut text = String::with_capacity(parts.iter().map(|p| p.len()).sum());
        for part in parts {
            text.push_str(part);
        }
        text
    }

    /// [`Feeds::one`], written atomically to `path` without ever holding
    /// the whole feed in one buffer.
    pub fn write_one(
        &self,
        path: &Path,
        name: &str,
        items: &[Tracked],
        deadlines: bool,
    ) -> Result<()> {
        let header = self.header(name);
        let rendered = self.render(items, |_| deadlines);
        let parts: Vec<&[u8]> = self
            .one_parts(&header, &rendered, items.len())
            .map(str::as_bytes)
            .collect();
        write_atomic_parts(path, &parts)
    }

    fn one_parts<'r>(
        &self,
        header: &'r str,
        rendered: &'r Rendered,
        n: usize,
    ) -> impl Iterator<Item = &'r str> {
        std::iter::once(header)
            .chain((0..n).map(|i| rendered.event(i)))
            .chain((0..n).filter_map(|i| rendered.deadline(i)))
            .chain(std::iter::once(FOOTER))
    }

    /// Every item's event, and its deadline where `deadline(index)` asks for
    /// one. Each thread writes its share of the items into one buffer (no
    /// allocation per event); the output does not depend on the threads.
    fn render(&self, items: &[Tracked], deadline: impl Fn(usize) -> bool + Sync) -> Rendered {
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(8);
        let chunk = if threads < 2 || items.len() < 2048 {
            items.len().max(1)
        } else {
            items.len().div_ceil(threads)
        };
        let part = |c: usize, part: &[Tracked]| {
            let mut w = Writer::with_capacity(part.len() * 1200);
            let mut spans = Vec::with_capacity(part.len());
            for (i, t) in part.iter().enumerate() {
                let start = w.as_str().len();
                self.events.write_event(&mut w, t);
                let middle = w.as_str().len();
                let due = deadline(c * chunk + i) && self.events.write_deadline(&mut w, t);
                let end = if due { w.as_str().len() } else { middle };
                spans.push(Span { start, middle, end });
            }
            (w.finish(), spans)
        };
        let chunks: Vec<Chunk> = if chunk >= items.len() {
            vec![part(0, items)]
        } else {
            std::thread::scope(|scope| {
                let handles: Vec<_> = items
                    .chunks(chunk)
                    .enumerate()
                    .map(|(c, p)| {
                        let part = &part;
                        scope.spawn(move || part(c, p))
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().expect("rendering does not panic"))
                    .collect()
            })
        };
        Rendered { chunk, chunks }
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
        let mut wants_deadline = vec![false; items.len()];
        for f in &feeds {
            for &i in &f.deadlines {
                wants_deadline[i] = true;
            }
        }
        let rendered = self.render(items, |i| wants_deadline[i]);
        for folder in feeds::FOLDERS {
            let dir = out.join(folder);
            std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        }
        // Feeds are independent files: write them on every core, largest
        // first, each thread taking the next one. The files do not depend
        // on which thread wrote them.
        let mut order: Vec<usize> = (0..feeds.len()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(feeds[i].events.len() + feeds[i].deadlines.len()));
        let next = std::sync::atomic::AtomicUsize::new(0);
        let write_feed = |f: &Feed| -> Result<usize> {
            let header = self.header(&calendar_name(self.calendar, f));
            let mut parts: Vec<&[u8]> = Vec::with_capacity(f.events.len() + f.deadlines.len() + 2);
            parts.push(header.as_bytes());
            parts.extend(f.events.iter().map(|&i| rendered.event(i).as_bytes()));
            parts.extend(
                f.deadlines
                    .iter()
                    .filter_map(|&i| rendered.deadline(i))
                    .map(str::as_bytes),
            );
            parts.push(FOOTER.as_bytes());
            write_atomic_parts(&out.join(&f.path), &parts)?;
            Ok(parts.iter().map(|p| p.len()).sum())
        };
        let worker = || -> Result<usize> {
            let mut bytes = 0;
            loop {
                let n = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(&i) = order.get(n) else {
                    return Ok(bytes);
                };
                bytes += write_feed(&feeds[i])?;
            }
        };
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(4);
        let results: Vec<Result<usize>> = std::thread::scope(|scope| {
            let handles: Vec<_> = (1..threads).map(|_| scope.spawn(worker)).collect();
            let mut results = vec![worker()];
            results.extend(
                handles
                    .into_iter()
                    .map(|h| h.join().expect("writing does not panic")),
            );
            results
        });
        let mut written = Written::default();
        for r in results {
            written.bytes += r?;
        }
        written.files = feeds.iter().map(|f| out.join(&f.path)).collect();
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

/// Where an item's event (`start..middle`) and deadline (`middle..end`,
/// empty without one) lie in its chunk's text.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    middle: usize,
    end: usize,
}

/// One thread's text and the spans of its items.
type Chunk = (String, Vec<Span>);

/// Rendered events: per thread one text and, per item, where its event and
/// its deadline (empty when it has none) lie in it.
struct Rendered {
    chunk: usize,
    chunks: Vec<Chunk>,
}

impl Rendered {
    fn spans(&self, i: usize) -> (&str, Span) {
        let (text, spans) = &self.chunks[i / self.chunk];
        (text, spans[i % self.chunk])
    }

    /// The VEVENT of item `i`.
    fn event(&self, i: usize) -> &str {
        let (text, s) = self.spans(i);
        &text[s.start..s.middle]
    }

    /// The deadline VEVENT of item `i`, if it has one.
    fn deadline(&self, i: usize) -> Option<&str> {
        let (text, s) = self.spans(i);
        (s.end > s.middle).then(|| &text[s.middle..s.end])
    }
}

/// The last line of every feed.
const FOOTER: &str = "END:VCALENDAR\r\n";

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
