//! The item blocks of `ritme.lock` written from the store (SPEC section
//! 10): each item's lines from its row and its edits, in key order, with
//! the page reviews' and rotations' records between them; on a first plan
//! straight from the plan's own items. [`super::lock`] puts a header
//! before them and seals the file.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::Connection;
use serde_json::json;

use super::apply::Fingerprints;
use super::lock::{decided_from, stored_rotations, Decided, PAGE_PREFIX};
use super::query::{row_to_item, COLUMNS};
use crate::error::Result;
use crate::lock::{render_key, render_line, render_records, Entry, Record, Stamp};
use crate::plan::item::{date_text, time_text, Item, Status};
use crate::plan::{carry, turns};

/// The blocks of the lock after its header, from the stored rows: the
/// items', and between them in key order the page reviews' and the
/// rotations'. With `spill`, `out` is handed to it after each block, to
/// pass on what it holds; without, `out` keeps the whole text.
pub(super) fn render_body(
    conn: &Connection,
    out: &mut Vec<u8>,
    spill: Option<&mut Spill>,
) -> Result<()> {
    let others = other_records(conn)?;
    let mut others = Others { records: &others };
    render_stored(conn, None, &mut others, out, spill)?;
    others.rest(out);
    Ok(())
}

/// [`render_body`] of a first plan, from the plan's own `items` rather
/// than rows read back (which was most of the lock's cost, BENCHMARKS.md):
/// what a first plan inserts when nothing was stored or edited before, so
/// every row holds what the insert wrote (`created` and `modified` are
/// `stamp`) and nothing else. `others` are the [`other_records`] of the
/// database it writes to; items dated before `before` were forgotten again
/// (`[rules] history`). Needs no connection, so it can run beside the
/// inserts.
pub(super) fn render_planned(
    others: &[Record],
    items: &[Box<Item>],
    stamp: &str,
    before: Option<NaiveDate>,
    out: &mut Vec<u8>,
    spill: &mut Spill,
) -> Result<()> {
    let mut others = Others { records: others };
    // Sorted through the boxed items, which takes twice as long as with
    // the keys beside them, but on the thread beside the inserts, in a
    // third of the memory, at the first plan's peak (issue 19). Of the
    // items' exact number: a list grown by doubling was that peak.
    let mut order: Vec<&Item> = Vec::with_capacity(items.len());
    order.extend(
        items
            .iter()
            .filter(|it| before.is_none_or(|cutoff| it.date >= cutoff))
            .map(|it| &**it),
    );
    order.sort_unstable_by(|a, b| a.key.cmp(&b.key));
    let nothing = Decided::new();
    let mut fingerprints = Fingerprints::default();
    for item in order {
        others.before(&item.key, out);
        let row = Row {
            // What the insert writes, worked out again: the inserts run
            // beside this, and set theirs as they write.
            fp: fingerprints.of(item),
            orphan: false,
            detached: false,
            decided: &nothing,
            status: Status::Planned,
            note: None,
            url: None,
            sequence: 0,
            created: stamp,
            modified: stamp,
        };
        render_item(out, item, &row);
        spill(out)?;
    }
    others.rest(out);
    Ok(())
}

/// Takes what a rendered text holds so far (see [`render_body`]).
pub(super) type Spill<'s> = dyn FnMut(&mut Vec<u8>) -> Result<()> + 's;

/// Room for an item's block: a planned item's takes about 100 bytes. The
/// lock's text grown by doubling instead was a third of writing it.
const BLOCK_BYTES: usize = 128;

/// The blocks that are not items' (page reviews, rotations; their keys'
/// first words are not items'), sorted by key, still to be written.
struct Others<'r> {
    records: &'r [Record],
}

impl Others<'_> {
    /// Writes the blocks whose keys sort before `key`.
    fn before(&mut self, key: &str, out: &mut Vec<u8>) {
        let n = self
            .records
            .iter()
            .take_while(|r| r.key.as_str() < key)
            .count();
        render_records(self.records[..n].iter(), out);
        self.records = &self.records[n..];
    }

    fn rest(&mut self, out: &mut Vec<u8>) {
        render_records(self.records.iter(), out);
        self.records = &[];
    }
}

/// The records of the rotations and the page reviews, sorted by key.
pub(super) fn other_records(conn: &Connection) -> Result<Vec<Record>> {
    let mut records = BTreeMap::new();
    for (key, segments) in stored_rotations(conn)? {
        records.insert(key.clone(), turns::record(&key, &segments));
    }
    let mut reviews = conn.prepare_cached(
        "SELECT page, reviewed, archived, at FROM review ORDER BY page, reviewed, id",
    )?;
    let mut rows = reviews.query([])?;
    while let Some(r) = rows.next()? {
        let page: String = r.get(0)?;
        let key = format!("{PAGE_PREFIX}{page}");
        let at: String = r.get(3)?;
        let entry = Entry {
            name: "reviewed".into(),
            value: json!([r.get::<_, String>(1)?, r.get::<_, bool>(2)?]),
            by: Some(Stamp {
                when: at,
                who: String::new(),
            }),
        };
        records
            .entry(key.clone())
            .or_insert_with(|| Record {
                key,
                entries: Vec::new(),
            })
            .entries
            .push(entry);
    }
    Ok(records.into_values().collect())
}

/// The text of the blocks of the stored items with keys in `[from, until)`.
pub(super) fn item_blocks(conn: &Connection, from: &str, until: &str) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    render_stored(
        conn,
        Some((from, until)),
        &mut Others { records: &[] },
        &mut out,
        None,
    )?;
    Ok(out)
}

/// Writes the blocks of the stored items, with their history (all of them,
/// or those with keys in `[from, until)`), and `others` between them.
fn render_stored(
    conn: &Connection,
    keys: Option<(&str, &str)>,
    others: &mut Others,
    out: &mut Vec<u8>,
    mut spill: Option<&mut Spill>,
) -> Result<()> {
    let (only, bounds) = match keys {
        Some((from, until)) => ("WHERE key >= ?1 AND key < ?2", vec![from, until]),
        None => ("", Vec::new()),
    };
    let sql = format!(
        "SELECT {COLUMNS}, fingerprint, orphan, decided, sequence, created, modified, held \
         FROM item {only} ORDER BY key"
    );
    let mut st = conn.prepare_cached(&sql)?;
    if spill.is_none() {
        let count: i64 = conn
            .prepare_cached(&format!("SELECT count(*) FROM item {only}"))?
            .query_row(rusqlite::params_from_iter(&bounds), |r| r.get(0))?;
        out.reserve(usize::try_from(count).unwrap_or(0) * BLOCK_BYTES);
    }
    let sql = format!(
        "SELECT key, at, coalesce(who, ''), action, value FROM edit {only} ORDER BY key, id"
    );
    let mut log = conn.prepare_cached(&sql)?;
    let mut log = log.query(rusqlite::params_from_iter(&bounds))?;
    let mut next_log = log_line(log.next()?)?;
    let base = COLUMNS.split(',').count();
    let mut rows = st.query(rusqlite::params_from_iter(&bounds))?;
    while let Some(r) = rows.next()? {
        let item = row_to_item(r)?;
        let orphan: bool = r.get(base + 1)?;
        let decided = decided_from(&r.get::<_, String>(base + 2)?);
        let created: String = r.get(base + 4)?;
        let modified: String = r.get(base + 5)?;
        let row = Row {
            fp: r.get(base)?,
            orphan,
            // An orphan, or history its definition no longer says: the
            // lock keeps every field, since the TOML cannot give them back.
            detached: orphan || r.get::<_, bool>(base + 6)?,
            decided: &decided,
            status: item.status,
            note: item.note.as_deref(),
            url: item.url.as_deref(),
            sequence: r.get(base + 3)?,
            created: &created,
            modified: &modified,
        };
        others.before(&item.key, out);
        render_item(out, &item, &row);
        // The history of a removed item stays in the database only.
        while let Some((key, line)) = &next_log {
            if *key > item.key {
                break;
            }
            if *key == item.key {
                render_line(out, "log", line, None);
            }
            next_log = log_line(log.next()?)?;
        }
        if let Some(spill) = &mut spill {
            spill(out)?;
        }
    }
    Ok(())
}

/// One row of the `edit` table: its key and its `log` line's value, `[at,
/// who, action, value]`.
type LogLine = (String, (String, String, String, Option<String>));

fn log_line(row: Option<&rusqlite::Row>) -> Result<Option<LogLine>> {
    let Some(r) = row else {
        return Ok(None);
    };
    Ok(Some((
        r.get(0)?,
        (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?),
    )))
}

/// What the lock says of a stored item beyond its planned fields: its
/// row's own columns.
struct Row<'r> {
    fp: i64,
    orphan: bool,
    /// An orphan, or history its definition no longer says.
    detached: bool,
    decided: &'r Decided,
    status: Status,
    note: Option<&'r str>,
    url: Option<&'r str>,
    sequence: i64,
    created: &'r str,
    modified: &'r str,
}

/// The block of a stored item without its log, its lines written in their
/// order ([`lock::FIELD_ORDER`]; a unit test compares them with what
/// [`Record::sort`] gives).
fn render_item(out: &mut Vec<u8>, item: &Item, row: &Row) {
    let by = |field: &str| row.decided.get(field);
    render_key(&item.key, out);
    render_line(out, "fp", hex(row.fp as u64, &mut [0; 16]), None);
    if row.orphan {
        render_line(out, "orphan", &true, None);
    }
    // Edits carried to another date of the same period: the key stays,
    // the lock says which generated date the item now stands for.
    if !row.detached
        && crate::plan::item::generated_in(&item.key).is_some_and(|g| g != item.generated)
    {
        render_line(out, carry::LINE, &date_text(item.generated), None);
    }
    render_line(out, "owner", &item.owner, by("owner"));
    if let Some(a) = &item.ambassador {
        render_line(out, "ambassador", a, None);
    }
    // What people decided, and every field of a detached item.
    let always = |f: &str| row.detached || row.decided.contains_key(f);
    if always("date") {
        render_line(out, "date", &date_text(item.date), by("date"));
    }
    if always("time") {
        render_line(out, "time", &item.time.map(time_text), by("time"));
    }
    if always("title") {
        render_line(out, "title", &item.title, by("title"));
    }
    if always("team") {
        render_line(out, "team", &item.team, by("team"));
    }
    if row.decided.contains_key("status") || row.status != Status::Planned {
        render_line(out, "status", row.status.as_str(), by("status"));
    }
    if let Some(n) = row.note {
        render_line(out, "note", n, by("note"));
    }
    if let Some(u) = row.url {
        render_line(out, "url", u, by("url"));
    }
    if row.detached {
        render_kept(out, item);
    }
    if row.sequence > 0 {
        render_line(out, "sequence", &row.sequence, None);
    }
    render_line(out, "created", row.created, None);
    if row.modified != row.created {
        render_line(out, "modified", row.modified, None);
    }
}

/// `n` as sixteen lowercase hex digits, as `{:016x}` writes it, without
/// going through `fmt` (a third of writing an item's block in profiles).
fn hex(n: u64, digits: &mut [u8; 16]) -> &str {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for (i, d) in digits.iter_mut().enumerate() {
        *d = HEX[(n >> (60 - 4 * i)) as usize & 0xf];
    }
    // Hex digits are ASCII, so this is never empty.
    std::str::from_utf8(digits).unwrap_or_default()
}

/// The fields a lock keeps of a detached item (an orphan, or history its
/// definition no longer says): all of them, since the TOML cannot give
/// them back. By name, the order they are written in.
fn render_kept(out: &mut Vec<u8>, item: &Item) {
    render_line(out, "kept.channel", &item.channel, None);
    render_line(out, "kept.description", &item.description, None);
    render_line(out, "kept.due", &item.due.map(date_text), None);
    render_line(out, "kept.duration_minutes", &item.duration_minutes, None);
    render_line(out, "kept.effort_minutes", &item.effort_minutes, None);
    render_line(out, "kept.focus", &item.focus, None);
    render_line(out, "kept.generated", &date_text(item.generated), None);
    render_line(out, "kept.goal", &item.goal, None);
    render_line(out, "kept.kind", &item.kind, None);
    render_line(out, "kept.reserve", &item.reserve, None);
    render_line(out, "kept.source", item.source.as_str(), None);
    render_line(out, "kept.source_id", &item.source_id, None);
    render_line(out, "kept.tags", &item.tags, None);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lock;

    /// The block of an item with every line a block can hold, as
    /// [`render_item`] writes it.
    fn block(detached: bool) -> String {
        let date = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let mut item = crate::plan::test_support::item("format/x/2026-12-09", date, Some("gijs"));
        item.ambassador = Some("anna".into());
        item.time = chrono::NaiveTime::from_hms_opt(9, 30, 0);
        item.duration_minutes = Some(30);
        item.due = Some(date);
        item.kind = Some("post".into());
        item.tags = ["a\"b".into(), "c".into()].into_iter().collect();
        item.focus = ["groei".into()].into_iter().collect();
        item.effort_minutes = Some(15);
        let stamp = Stamp {
            when: "2026-12-03T09:00:00Z".into(),
            who: "anna \"A\"".into(),
        };
        let decided: Decided = ["owner", "title", "status", "note", "url"]
            .into_iter()
            .map(|f| (f.to_string(), stamp.clone()))
            .collect();
        let row = Row {
            fp: -3,
            orphan: detached,
            detached,
            decided: &decided,
            status: Status::Ready,
            note: Some("Bel\nPiet"),
            url: Some("https://example.org/é"),
            sequence: 2,
            created: "2026-12-01T10:00:00Z",
            modified: "2026-12-03T09:00:00Z",
        };
        let mut out = Vec::new();
        render_item(&mut out, &item, &row);
        lock::into_text(out)
    }

    #[test]
    fn a_fingerprint_is_written_as_format_writes_it() {
        for n in [0, 1, 0xf, 0x10, u64::MAX, 0x0123_4567_89ab_cdef, 1 << 63] {
            assert_eq!(hex(n, &mut [0; 16]), format!("{n:016x}"));
        }
    }

    #[test]
    fn an_item_block_is_written_in_the_lines_order_and_reads_back() {
        for detached in [false, true] {
            let text = block(detached);
            let lock = lock::parse(&format!("version = 1\n{text}")).unwrap();
            let record = lock.records.values().next().unwrap();
            let mut again = Vec::new();
            render_records(std::iter::once(record), &mut again);
            assert_eq!(lock::into_text(again), text);
            assert_eq!(record.text("fp"), Some("fffffffffffffffd"));
            assert_eq!(record.text("note"), Some("Bel\nPiet"));
            assert_eq!(record.get("carried").is_some(), !detached, "{text}");
            assert_eq!(record.get("kept.tags").is_some(), detached, "{text}");
        }
    }
}
