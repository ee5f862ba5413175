//! The store's side of `ritme.lock` (SPEC section 10): the lock written
//! from the stored plan inside the transaction that changed it, and the
//! database rebuilt from the lock and the definitions whenever they no
//! longer match (no database yet, a `git pull`, a crash between the two
//! writes). The database is derived; the lock is the commit point.

use std::sync::Arc;

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::PathBuf;

use chrono::NaiveDate;
use rusqlite::{params, Connection, TransactionBehavior};
use rustc_hash::FxHashMap;
use serde_json::Value;
use xxhash_rust::xxh3::Xxh3;

use super::apply::{execute_planned, Fingerprints};
use super::blocks::{render_body, render_planned};
use super::Store;
use crate::error::Result;
use crate::lock::{self, render_header, Entry, Header, Lock, Record, Stamp};
use crate::plan::item::{Details, Item, Source, Status};
use crate::plan::text::Interner;
use crate::plan::{turns, Plan};

/// Where and with what header a writing command keeps the lock.
#[derive(Debug, Clone)]
pub struct Binding {
    pub path: PathBuf,
    pub definitions: String,
    /// The calendar's digest as text ([`crate::config::Digest`]), recorded
    /// with the lock for the next re-plan; empty: none.
    pub digest: String,
    pub range: (NaiveDate, NaiveDate),
    pub today: NaiveDate,
    /// The today of the lock as it was read.
    pub read_today: Option<NaiveDate>,
}

/// The fields of an item people decided, with when and by whom: the
/// `decided` column.
pub(super) type Decided = BTreeMap<String, Stamp>;

/// The fields an edit pins (SPEC section 10): `reset KEY FIELD` names these.
pub(crate) const PINNABLE: &[&str] = &["owner", "date", "time", "status", "title", "team"];

pub(super) fn decided_from(text: &str) -> Decided {
    // Most rows: nothing decided, nothing to parse.
    if text == "{}" {
        return Decided::new();
    }
    let raw: BTreeMap<String, (String, String)> = serde_json::from_str(text).unwrap_or_default();
    raw.into_iter()
        .map(|(k, (when, who))| (k, Stamp { when, who }))
        .collect()
}

pub(super) fn decided_text(d: &Decided) -> String {
    let raw: BTreeMap<&str, (&str, &str)> = d
        .iter()
        .map(|(k, s)| (k.as_str(), (s.when.as_str(), s.who.as_str())))
        .collect();
    serde_json::to_string(&raw).unwrap_or_else(|_| "{}".into())
}

/// The fields of a lock record that people decided: its stamped lines.
pub(super) fn decided_of(record: &Record) -> Decided {
    record
        .entries
        .iter()
        .filter_map(|e| Some((e.name.clone(), e.by.clone()?)))
        .collect()
}

/// Whether `decided` makes an item `edited`: a pin, a note or a URL.
pub(super) fn is_edited(d: &Decided) -> bool {
    !d.is_empty()
}

/// The hash of a lock's bytes, as the database records it.
pub(crate) fn hash(text: impl AsRef<[u8]>) -> String {
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(text.as_ref()))
}

/// Where a lock's header ends in its first bytes: before its first
/// record's `[`, once that is among them.
pub(crate) fn header_end(text: &[u8]) -> Option<usize> {
    text.windows(2).position(|w| w == b"\n[").map(|i| i + 1)
}

/// [`hash`] of the file at `path`, read in blocks, with its first bytes up
/// to where its first record starts (its header): a re-plan with nothing
/// changed needs no more of a lock of 10 MB (issue 19).
pub(crate) fn hash_file(path: &std::path::Path) -> std::io::Result<(String, Vec<u8>)> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let mut hash = Xxh3::new();
    let mut head = Vec::new();
    let mut head_done = false;
    let mut block = vec![0u8; SPILL_BYTES];
    loop {
        let n = file.read(&mut block)?;
        if n == 0 {
            break;
        }
        hash.update(&block[..n]);
        if !head_done {
            head.extend_from_slice(&block[..n]);
            if let Some(end) = header_end(&head) {
                head.truncate(end);
                head_done = true;
            }
        }
    }
    Ok((format!("{:016x}", hash.digest()), head))
}

impl Store {
    /// From now on, every write also keeps the lock described by `binding`.
    pub fn bind(&mut self, binding: Binding) {
        self.binding = Some(binding);
    }

    /// The header of the lock writes keep: changed by `plan` as the range
    /// grows and today moves on.
    pub fn binding_mut(&mut self) -> Option<&mut Binding> {
        self.binding.as_mut()
    }

    /// Whether the database was built from this lock and these definitions.
    pub fn matches(&self, lock_hash: &str, definitions: &str) -> Result<bool> {
        Ok(meta(&self.conn, "lock")?.as_deref() == Some(lock_hash)
            && meta(&self.conn, "definitions")?.as_deref() == Some(definitions))
    }

    /// Whether the database was built from this lock, whatever the
    /// definitions it was built from.
    pub fn matches_lock(&self, lock_hash: &str) -> Result<bool> {
        Ok(meta(&self.conn, "lock")?.as_deref() == Some(lock_hash))
    }

    /// Makes `apply` refuse (with [`crate::error::Error::Raced`]) to write a
    /// plan made from the lock with this hash once another command has
    /// committed over it: the plan would overwrite that command's edits.
    pub fn expect_lock(&mut self, lock_hash: String) {
        self.expected_lock = Some(lock_hash);
    }

    /// Makes `rebuild` and `restore_reviews` refuse (with
    /// [`crate::error::Error::Raced`]) to write when the lock file no longer
    /// holds the text with `lock_hash`: another command replaced it after it
    /// was read, and a rebuild from the old text would undo that command.
    pub fn guard_lock_file(&mut self, path: &std::path::Path, lock_hash: &str) {
        self.lock_file = Some((path.to_path_buf(), lock_hash.to_string()));
    }

    /// Records that the database matches this lock and these definitions.
    pub fn set_synced(&mut self, lock_hash: &str, definitions: &str) -> Result<()> {
        set_meta(&self.conn, "lock", lock_hash)?;
        set_meta(&self.conn, "definitions", definitions)
    }

    /// Whether the database holds no item and no edit: nothing a lock would
    /// lose by replacing it.
    pub fn is_blank(&self) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT NOT EXISTS (SELECT 1 FROM item) AND NOT EXISTS (SELECT 1 FROM edit) \
             AND NOT EXISTS (SELECT 1 FROM review)",
            [],
            |r| r.get(0),
        )?)
    }

    /// The text of the lock of the stored plan, with `header`.
    pub(crate) fn lock_text(&self, header: &Header) -> Result<String> {
        let mut text = Vec::new();
        render_header(header, &mut text);
        render_body(&self.conn, &mut text, None)?;
        Ok(lock::into_text(text))
    }

    /// Replaces the stored plan with the lock's: `plan` is the definitions'
    /// plan over the lock's range, which gives every field the lock does
    /// not hold. Records the lock's hash, so the next command need not
    /// rebuild again.
    pub fn rebuild(
        &mut self,
        plan: &Plan,
        lock: &Lock,
        lock_hash: &str,
        definitions: &str,
    ) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        check_lock_file(self.lock_file.as_ref())?;
        tx.execute_batch("DELETE FROM item; DELETE FROM edit;")?;
        save_rotations(&tx, &crate::plan::turns::read(lock))?;
        super::settled::forget(&tx)?;
        let planned = by_key(plan);
        let mut fingerprints = Fingerprints::default();
        {
            let mut insert = tx.prepare_cached(super::apply::INSERT)?;
            let mut people = tx.prepare_cached(
                "UPDATE item SET status = ?2, note = ?3, url = ?4, edited = ?5, orphan = ?6, \
                 decided = ?7, sequence = ?8, modified = ?9, fingerprint = ?10, held = ?11 \
                 WHERE key = ?1",
            )?;
            let mut log = tx.prepare_cached(
                "INSERT INTO edit (key, at, action, value, who) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for (record, item) in stored_items(lock, |key| planned.get(key).map(|&it| it.clone())) {
                let created = record.text("created").unwrap_or("");
                execute_planned(&mut insert, &item, fingerprints.of(&item), created)?;
                let decided = decided_of(record);
                let fp = record
                    .text("fp")
                    .and_then(|h| u64::from_str_radix(h, 16).ok())
                    .map_or_else(|| fingerprints.of(&item), |f| f as i64);
                people.execute(params![
                    record.key,
                    item.status.as_str(),
                    item.note,
                    item.url,
                    is_edited(&decided),
                    record.get("orphan").is_some(),
                    decided_text(&decided),
                    record
                        .get("sequence")
                        .and_then(|e| e.value.as_i64())
                        .unwrap_or(0),
                    record.text("modified").unwrap_or(created),
                    fp,
                    record.get("orphan").is_none() && record.get("kept.source").is_some(),
                ])?;
                for e in record.all("log") {
                    let part = |i: usize| e.value.get(i).and_then(Value::as_str);
                    log.execute(params![record.key, part(0), part(2), part(3), part(1)])?;
                }
            }
        }
        set_meta(&tx, "lock", lock_hash)?;
        set_meta(&tx, "definitions", definitions)?;
        tx.commit()?;
        Ok(())
    }

    /// Replaces the recorded page reviews with the lock's: the first step of
    /// a rebuild, since the reviews decide which review items the plan
    /// makes.
    pub fn restore_reviews(&mut self, lock: &Lock) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        check_lock_file(self.lock_file.as_ref())?;
        tx.execute("DELETE FROM review", [])?;
        {
            let mut review = tx.prepare_cached(
                "INSERT INTO review (page, reviewed, archived, at) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (page, e) in reviews(lock) {
                let (date, archived) = review_entry(&e.value);
                let at = e.by.as_ref().map_or("", |s| s.when.as_str());
                review.execute(params![page, date, archived, at])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The stored range of generated dates, for a database made before the
    /// lock existed.
    pub fn stored_range(&self) -> Result<Option<(NaiveDate, NaiveDate)>> {
        let (from, until): (Option<String>, Option<String>) = self.conn.query_row(
            "SELECT min(generated), max(generated) FROM item WHERE source <> 'item'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let parse = |s: Option<String>| s.as_deref().and_then(crate::plan::item::parse_date);
        Ok(parse(from).zip(parse(until)))
    }

    /// Writes the lock of what is stored now, in its own transaction: the
    /// upgrade of a database made before the lock existed.
    pub fn write_lock(&mut self) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        Store::seal(self.binding.as_ref(), &tx)?;
        tx.commit()?;
        Ok(())
    }

    /// Inside a writing transaction, just before its commit: writes the
    /// lock of what the transaction stored (atomically, and only when its
    /// bytes change) and records its hash. A crash after the rename but
    /// before the commit leaves a database whose hash is not the lock's,
    /// which the next command rebuilds from the lock. Returns the hash
    /// recorded, when there is a lock to keep. A write that changes nothing
    /// also records nothing new: the database's file stays as it was.
    pub(super) fn seal(
        binding: Option<&Binding>,
        tx: &rusqlite::Transaction,
    ) -> Result<Option<String>> {
        let Some(binding) = binding else {
            return Ok(None);
        };
        let mut lock = Sealing::start(binding)?;
        let mut text = Vec::with_capacity(2 * SPILL_BYTES);
        render_body(tx, &mut text, Some(&mut |text| lock.spill(text)))?;
        lock.write(&text)?;
        lock.seal(binding, tx).map(Some)
    }
}

/// How much rendered text a [`Sealing`] takes at once: the lock of a
/// million items is 100 MB, which a plan need not hold (issue 19).
const SPILL_BYTES: usize = 1 << 16;

/// The lock being written as it is rendered: into a temporary file beside
/// it, hashed, and compared with the file there now, which stays when it
/// already holds the text (its modification time too).
pub(super) struct Sealing {
    file: crate::fs::Replacement,
    hash: Xxh3,
    /// The file there now, compared with what it would be left as.
    old: crate::fs::Compare,
    /// The hash of the file there now, when a plan that changes nothing
    /// else leaves it with its own `today` (see [`Binding::read_today`]).
    kept: Option<Xxh3>,
}

impl Sealing {
    /// Starts the lock with its header.
    fn start(binding: &Binding) -> Result<Sealing> {
        let mut header = Vec::new();
        render_header(&binding.header(), &mut header);
        let mut lock = Sealing {
            file: crate::fs::Replacement::start(&binding.path)?,
            hash: Xxh3::new(),
            old: crate::fs::Compare::open(&binding.path),
            kept: None,
        };
        lock.hash.update(&header);
        lock.file
            .write_all(&header)
            .map_err(|e| lock.file.error(e))?;
        // A plan that changes nothing else does not write its today: the
        // file there stays when it holds the body under its own today.
        match binding.read_today.filter(|&t| t != binding.today) {
            Some(read) => {
                let mut own = Vec::new();
                let header = Header {
                    today: Some(read),
                    ..binding.header()
                };
                render_header(&header, &mut own);
                lock.old.feed(&own);
                let mut kept = Xxh3::new();
                kept.update(&own);
                lock.kept = Some(kept);
            }
            None => lock.old.feed(&header),
        }
        Ok(lock)
    }

    /// A first plan's lock, from the plan's own items ([`render_planned`]),
    /// written up to its rename, which [`Sealing::seal`] does once the
    /// rows are in; dropped unsealed, it leaves the lock there as it was.
    pub(super) fn planned(
        binding: &Binding,
        others: &[Record],
        items: &[Box<Item>],
        stamp: &str,
        before: Option<NaiveDate>,
    ) -> Result<Sealing> {
        let mut lock = Sealing::start(binding)?;
        let mut text = Vec::with_capacity(2 * SPILL_BYTES);
        render_planned(others, items, stamp, before, &mut text, &mut |text| {
            lock.spill(text)
        })?;
        lock.write(&text)?;
        Ok(lock)
    }

    /// Puts the lock in place and records its hash, inside the writing
    /// transaction, just before its commit (see [`Store::seal`]).
    pub(super) fn seal(self, binding: &Binding, tx: &rusqlite::Transaction) -> Result<String> {
        let hash = self.finish()?;
        record_hash(binding, tx, &hash)?;
        Ok(hash)
    }

    /// Writes the next part of the body.
    fn write(&mut self, text: &[u8]) -> Result<()> {
        self.old.feed(text);
        if let Some(kept) = &mut self.kept {
            kept.update(text);
        }
        self.hash.update(text);
        self.file.write_all(text).map_err(|e| self.file.error(e))
    }

    /// Writes what `text` holds once it is long enough, and empties it.
    fn spill(&mut self, text: &mut Vec<u8>) -> Result<()> {
        if text.len() >= SPILL_BYTES {
            self.write(text)?;
            text.clear();
        }
        Ok(())
    }

    /// Puts the lock in place, unless the file there holds it already;
    /// returns the hash of the lock's text.
    fn finish(self) -> Result<String> {
        if self.file.replaces_file() && self.old.same() {
            return Ok(format!("{:016x}", self.kept.unwrap_or(self.hash).digest()));
        }
        self.file.finish()?;
        Ok(format!("{:016x}", self.hash.digest()))
    }
}

impl Binding {
    /// The header of the lock this binding writes.
    pub(crate) fn header(&self) -> Header<'_> {
        Header {
            range: Some(self.range),
            today: Some(self.today),
            definitions: &self.definitions,
        }
    }
}

/// Writes `text` as the lock of `binding` (atomically) and records its
/// hash and the definitions, inside the writing transaction. Returns the
/// hash.
pub(super) fn commit_text(
    binding: &Binding,
    tx: &rusqlite::Transaction,
    text: &[u8],
) -> Result<String> {
    crate::fs::write_atomic(&binding.path, text)?;
    let hash = hash(text);
    record_hash(binding, tx, &hash)?;
    Ok(hash)
}

/// Records the hash of the lock just written and the definitions, inside
/// the writing transaction.
fn record_hash(binding: &Binding, tx: &rusqlite::Transaction, hash: &str) -> Result<()> {
    if meta(tx, "lock")?.as_deref() != Some(hash) {
        // Another lock: whatever the last plan recorded about its
        // re-plan is no longer so.
        super::settled::forget(tx)?;
    }
    set_meta(tx, "lock", hash)?;
    set_meta(tx, "definitions", &binding.definitions)?;
    if !binding.digest.is_empty() {
        set_meta(tx, DIGEST, &binding.digest)?;
    }
    Ok(())
}

/// The meta row of [`Binding::digest`].
const DIGEST: &str = "digest";

impl Store {
    /// The calendar's digest the last plan recorded, as text.
    pub fn digest(&self) -> Result<Option<String>> {
        meta(&self.conn, DIGEST)
    }

    /// Records the calendar's digest outside a plan: a re-plan that wrote
    /// nothing found the files changed where the definitions did not. A
    /// database another command is writing is not waited for: the digest
    /// is a cache, and the plan has nothing else to do.
    pub fn record_digest(&self, text: &str) -> Result<()> {
        self.conn.busy_timeout(std::time::Duration::ZERO)?;
        let recorded = set_meta(&self.conn, DIGEST, text);
        self.conn.busy_timeout(super::BUSY_TIMEOUT)?;
        recorded
    }
}

/// Inside a write transaction (so a writer that replaced the lock has
/// committed): whether the lock file still holds what was read.
fn check_lock_file(guard: Option<&(std::path::PathBuf, String)>) -> Result<()> {
    if let Some((path, expected)) = guard {
        let now = std::fs::read_to_string(path).unwrap_or_default();
        if hash(&now) != *expected {
            return Err(crate::error::Error::Raced);
        }
    }
    Ok(())
}

/// Records of page reviews are keyed `page/<id>`.
pub(super) const PAGE_PREFIX: &str = "page/";

/// The `reviewed` lines of the lock's page records, with their page, in
/// the order [`Store::restore_reviews`] records them.
pub(super) fn reviews(lock: &Lock) -> impl Iterator<Item = (&str, &Entry)> {
    lock.records.values().flat_map(|record| {
        let page = record.key.strip_prefix(PAGE_PREFIX);
        page.into_iter()
            .flat_map(move |page| record.all("reviewed").map(move |e| (page, e)))
    })
}

pub(super) fn review_entry(v: &Value) -> (String, bool) {
    match v {
        Value::Array(parts) => (
            parts.first().and_then(Value::as_str).unwrap_or("").into(),
            parts.get(1).and_then(Value::as_bool).unwrap_or(false),
        ),
        other => (other.as_str().unwrap_or("").into(), false),
    }
}

/// Where the rotations stand (see [`turns`]): one `meta` row each, named
/// by its lock key, holding its block's lines.
pub(super) fn stored_rotations(conn: &Connection) -> Result<turns::Rotations> {
    let mut st = conn.prepare_cached(
        "SELECT name, value FROM meta WHERE name >= ?1 AND name < ?2 ORDER BY name",
    )?;
    let (from, until) = prefix_bounds(turns::PREFIX);
    let rows = st.query_map([from.as_str(), until.as_str()], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    let mut rotations = turns::Rotations::new();
    for row in rows {
        let (key, value) = row?;
        let entries = serde_json::from_str::<Vec<Value>>(&value)
            .unwrap_or_default()
            .into_iter()
            .map(|v| Entry::planned("segment", v))
            .collect();
        let segments = turns::segments(&Record {
            key: key.clone(),
            entries,
        });
        rotations.insert(key, segments);
    }
    Ok(rotations)
}

/// Stores `rotations` in place of those stored, writing only what differs.
pub(super) fn save_rotations(conn: &Connection, rotations: &turns::Rotations) -> Result<()> {
    let stored = stored_rotations(conn)?;
    if stored == *rotations {
        return Ok(());
    }
    let (from, until) = prefix_bounds(turns::PREFIX);
    conn.execute(
        "DELETE FROM meta WHERE name >= ?1 AND name < ?2",
        [from.as_str(), until.as_str()],
    )?;
    for (key, segments) in rotations {
        let lines: Vec<Value> = turns::record(key, segments)
            .entries
            .into_iter()
            .map(|e| e.value)
            .collect();
        set_meta(conn, key, &Value::Array(lines).to_string())?;
    }
    Ok(())
}

/// The names from `prefix` (inclusive) to the first name after every name
/// it starts (exclusive).
pub(super) fn prefix_bounds(prefix: &str) -> (String, String) {
    let mut until = prefix.to_string();
    until.pop();
    until.push(char::from(prefix.as_bytes()[prefix.len() - 1] + 1));
    (prefix.to_string(), until)
}

pub(super) fn meta(conn: &Connection, name: &str) -> Result<Option<String>> {
    let mut st = conn.prepare_cached("SELECT value FROM meta WHERE name = ?1")?;
    let mut rows = st.query_map([name], |r| r.get::<_, String>(0))?;
    Ok(rows.next().transpose()?)
}

/// Sets a meta row; one that already holds `value` is not written again.
pub(super) fn set_meta(conn: &Connection, name: &str, value: &str) -> Result<()> {
    if meta(conn, name)?.as_deref() == Some(value) {
        return Ok(());
    }
    conn.prepare_cached("INSERT OR REPLACE INTO meta (name, value) VALUES (?1, ?2)")?
        .execute([name, value])?;
    Ok(())
}

fn date_of(v: &Value) -> Option<NaiveDate> {
    v.as_str().and_then(crate::plan::item::parse_date)
}

/// The items of `plan` by key, for [`stored_items`] in a rebuild: hashed, since a
/// lock's keys share long prefixes that make comparing them slow.
pub(super) fn by_key(plan: &Plan) -> FxHashMap<&str, &Item> {
    plan.items.iter().map(|i| (i.key.as_str(), &**i)).collect()
}

/// The lock's records of stored items (not pages, not rotations), each
/// with the item it stands for; `planned` gives the item of a key in the
/// definitions' plan over the lock's range (asked once per key), with
/// every field the lock does not hold. What [`Store::rebuild`] stores, and
/// [`super::Unpacked`] holds in memory.
pub(super) fn stored_items<'l>(
    lock: &'l Lock,
    mut planned: impl FnMut(&str) -> Option<Item> + 'l,
) -> impl Iterator<Item = (&'l Record, Item)> + 'l {
    // The few people and teams the records name, one text each.
    let mut people = Interner::default();
    lock.records.values().filter_map(move |record| {
        if record.key.starts_with(PAGE_PREFIX) || record.key.starts_with(turns::PREFIX) {
            return None;
        }
        let item = item_of(record, planned(record.key.as_str()), &mut people)?;
        Some((record, item))
    })
}

/// The item a record stands for: the definitions' version with what the
/// lock holds laid over it, or (an orphan, or history its definition no
/// longer says) the lock's own fields.
fn item_of(record: &Record, planned: Option<Item>, people: &mut Interner) -> Option<Item> {
    let text = |name: &str| record.get(name).map(|e| &e.value);
    let mut opt_text = |v: Option<&Value>| people.opt(v.and_then(Value::as_str));
    let planned = planned.filter(|_| record.get("kept.source").is_none());
    let orphan = planned.is_none();
    let mut item = match planned {
        Some(p) => p,
        None => {
            let kept = |f: &str| text(&format!("kept.{f}")).cloned().unwrap_or(Value::Null);
            let list = |f: &str| -> Vec<crate::plan::text::Text> {
                kept(f)
                    .as_array()
                    .map(|a| a.iter().filter_map(Value::as_str).map(Into::into).collect())
                    .unwrap_or_default()
            };
            let generated = date_of(&kept("generated"))?;
            Item {
                key: record.key.clone(),
                title: "".into(),
                source: Source::parse(kept("source").as_str()?)?,
                generated,
                date: generated,
                time: None,
                duration_minutes: kept("duration_minutes").as_u64().map(|n| n as u32),
                due: date_of(&kept("due")),
                owner: None,
                ambassador: None,
                team: None,
                focus: list("focus").into_iter().collect(),
                status: Status::Planned,
                edited: false,
                details: Arc::new(Details {
                    source_id: kept("source_id").as_str()?.into(),
                    kind: opt_text(Some(&kept("kind"))),
                    channel: opt_text(Some(&kept("channel"))),
                    description: opt_text(Some(&kept("description"))),
                    goal: opt_text(Some(&kept("goal"))),
                    tags: list("tags").into_iter().collect(),
                    effort_minutes: kept("effort_minutes").as_u64().map(|n| n as u32),
                    reserve: kept("reserve").as_bool().unwrap_or(false),
                    note: None,
                    url: None,
                }),
            }
        }
    };
    item.owner = opt_text(text("owner"));
    item.ambassador = opt_text(text("ambassador"));
    // The plan already laid the pinned fields over a planned item
    // (`plan::build` holds the lock); an orphan's come from here.
    if orphan {
        if let Some(date) = text("date").and_then(date_of) {
            crate::plan::move_to(&mut item, date);
        }
        if let Some(v) = text("time") {
            item.time = v
                .as_str()
                .and_then(|t| chrono::NaiveTime::parse_from_str(t, "%H:%M").ok());
        }
        if let Some(t) = text("title").and_then(Value::as_str) {
            item.title = t.into();
        }
        if let Some(v) = text("team") {
            item.team = opt_text(Some(v));
        }
    }
    item.status = text("status")
        .and_then(Value::as_str)
        .and_then(Status::parse)
        .unwrap_or(Status::Planned);
    // Written only when there is one: a write copies the details the
    // definition's items share (see `Details`), and neither a plan nor an
    // orphan has a note or URL of its own.
    if let Some(note) = text("note").and_then(Value::as_str) {
        item.note = Some(note.into());
    }
    if let Some(url) = text("url").and_then(Value::as_str) {
        item.url = Some(url.into());
    }
    Some(item)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_hashed_in_blocks_has_the_hash_of_its_text_and_its_header() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ritme.lock");
        let header = "# ritme.lock\nversion = 1\n";
        // Records over more than two blocks, one of them across a border.
        let body: String = (0..3000)
            .map(|i| format!("\n[\"format/rubriek-{i:04}/2026-01-05\"]\ntitle = \"Rubriek {i}\"\n"))
            .collect();
        let text = format!("{header}{body}");
        assert!(text.len() > 2 * SPILL_BYTES);
        std::fs::write(&path, &text).unwrap();
        let (hashed, head) = hash_file(&path).unwrap();
        assert_eq!(hashed, hash(&text));
        assert_eq!(String::from_utf8(head).unwrap(), format!("{header}\n"));
    }

    /// A store of `n` items, bound to a lock in `dir` planned on `today`.
    fn planned(dir: &std::path::Path, n: u32) -> Store {
        use crate::plan::test_support::{d, item};
        let window = crate::dates::DateRange {
            from: d(2026, 1, 1),
            until: d(2026, 12, 31),
        };
        let items = (0..n)
            .map(|i| {
                let date = window.from + chrono::Days::new(u64::from(i % 365));
                Box::new(item(&format!("item/i{i:05}"), date, Some("gijs")))
            })
            .collect();
        let plan = Plan {
            window,
            items,
            unassigned: Vec::new(),
            dropped: Vec::new(),
            rotations: Default::default(),
            carried: Vec::new(),
        };
        let mut store = Store::open(&super::super::Location::Memory, true).unwrap();
        store.bind(binding(dir, d(2026, 1, 1), None));
        let clock = crate::clock::Clock {
            today: d(2026, 1, 1),
            now: chrono::DateTime::from_timestamp(1_767_225_600, 0).unwrap(),
        };
        store.apply(&plan, &clock, false).unwrap();
        store
    }

    fn binding(dir: &std::path::Path, today: NaiveDate, read: Option<NaiveDate>) -> Binding {
        Binding {
            path: dir.join(lock::FILE_NAME),
            definitions: "d".into(),
            digest: String::new(),
            range: (today, today),
            today,
            read_today: read,
        }
    }

    #[test]
    fn the_lock_written_in_blocks_is_the_text_rendered_whole_and_its_hash_is_recorded() {
        let dir = tempfile::tempdir().unwrap();
        // Some 350 KB: written in several blocks.
        let store = planned(dir.path(), 4000);
        let path = dir.path().join(lock::FILE_NAME);
        let written = std::fs::read_to_string(&path).unwrap();
        assert!(written.len() > 3 * SPILL_BYTES, "{}", written.len());
        let today = crate::plan::test_support::d(2026, 1, 1);
        assert_eq!(
            written,
            store
                .lock_text(&binding(dir.path(), today, None).header())
                .unwrap()
        );
        assert!(store.matches_lock(&hash(&written)).unwrap());
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "a temporary file was left: {names:?}");
    }

    #[test]
    fn a_lock_that_changes_nothing_but_today_keeps_its_file_and_its_today() {
        use crate::plan::test_support::d;
        let dir = tempfile::tempdir().unwrap();
        let mut store = planned(dir.path(), 10);
        let path = dir.path().join(lock::FILE_NAME);
        let before = std::fs::read_to_string(&path).unwrap();
        let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        let later = d(2026, 1, 5);
        // Nothing else changed: the file stays, with the today it had.
        let mut unchanged = binding(dir.path(), later, Some(d(2026, 1, 1)));
        unchanged.range = (d(2026, 1, 1), d(2026, 1, 1));
        store.bind(unchanged);
        store.write_lock().unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
        assert_eq!(
            std::fs::metadata(&path).unwrap().modified().unwrap(),
            modified
        );
        assert!(store.matches_lock(&hash(&before)).unwrap());
        // The range changed too: the lock is written, with the new today.
        store.bind(binding(dir.path(), later, Some(d(2026, 1, 1))));
        store.write_lock().unwrap();
        let after = std::fs::read_to_string(&path).unwrap();
        assert!(after.contains("today = \"2026-01-05\""), "{after}");
        assert!(store.matches_lock(&hash(&after)).unwrap());
    }
}
