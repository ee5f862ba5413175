//! Applying a plan: compare it with what is stored, then write only the
//! difference in one IMMEDIATE transaction, and keep `ritme.lock` with it.
//! The plan already holds what people decided (their pinned fields, from
//! the lock); status, notes and URLs are never the plan's to write. Items
//! before today are history and stay as they are; a future item whose
//! definition no longer makes it is removed, or kept as an orphan when it
//! carries an edit (SPEC section 10).

use chrono::{Datelike, NaiveDate, Timelike};
use rusqlite::{params, TransactionBehavior};
use rustc_hash::FxHashMap;

use super::blocks::other_records;
use super::lock::Sealing;
use super::query::parse_date;
use super::settled::{self, Settled};
use super::{schema, Store};

use crate::clock::Clock;
use crate::error::Result;
use crate::plan::item::{date_text, iso_week, time_text, Item};
use crate::plan::Plan;

/// One change `plan` makes or declines to make. Keys of planned items are
/// borrowed from the plan (copying 100,000 of them showed in profiles).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Change<'p> {
    Added(&'p str),
    Changed(&'p str),
    Removed(String),
    /// History (before today), left alone although the definitions say otherwise.
    Kept(&'p str),
    /// A future item with edits whose definition no longer makes it.
    Orphaned(String),
}

/// The difference between a plan and the database.
#[derive(Debug, Default)]
pub struct Diff<'p> {
    pub changes: Vec<Change<'p>>,
    /// Items that ended before the `[rules] history` cutoff, which left
    /// the stored plan (see [`Store::forget_before`]).
    pub forgotten: usize,
}

impl Diff<'_> {
    /// Counts: added, changed, removed, kept (orphans included).
    pub fn counts(&self) -> (usize, usize, usize, usize) {
        let mut c = (0, 0, 0, 0);
        for ch in &self.changes {
            match ch {
                Change::Added(_) => c.0 += 1,
                Change::Changed(_) => c.1 += 1,
                Change::Removed(_) => c.2 += 1,
                Change::Kept(..) | Change::Orphaned(..) => c.3 += 1,
            }
        }
        c
    }
}

/// What [`decide`] needs of a stored row.
pub(super) struct Stored {
    pub(super) generated: NaiveDate,
    pub(super) fingerprint: i64,
    pub(super) edited: bool,
    pub(super) date: NaiveDate,
    pub(super) orphan: bool,
    pub(super) held: bool,
}

impl Store {
    /// Compares `plan` with the database and, unless `dry_run`, writes the
    /// difference in one transaction. Returns what changed.
    pub fn apply<'p>(&mut self, plan: &'p Plan, clock: &Clock, dry_run: bool) -> Result<Diff<'p>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Inside the write lock: a plan made from a lock another writer has
        // since replaced would undo that writer's edits.
        if let Some(expected) = &self.expected_lock {
            let now: Option<String> = tx
                .query_row("SELECT value FROM meta WHERE name = 'lock'", [], |r| {
                    r.get(0)
                })
                .ok();
            if !dry_run && now.as_deref() != Some(expected.as_str()) {
                return Err(crate::error::Error::Raced);
            }
        }
        let stored = load_stored(&tx, plan)?;
        let stamp = clock.stamp();
        // A first plan fills an empty table: its indexes are built after the
        // inserts in one sort, 35% faster for 100,000 items than growing
        // them row by row (BENCHMARKS.md). The key's uniqueness is still
        // checked, by the unique index's build, inside this transaction.
        let first = !dry_run && !plan.items.is_empty() && stored.is_empty();
        let (empty, unedited) = if first { blank(&tx)? } else { (false, false) };
        let indexes_to_build = if empty {
            // Into an empty table every page is written once, at the
            // table's end or by an index's sorted build, and never read
            // back: SQLite's default cache does as well as the large one
            // re-plans need, and holds 2 MiB instead of the whole new
            // database (issue 19, BENCHMARKS.md).
            super::cache_kib(&tx, FIRST_PLAN_CACHE_KIB)?;
            schema::drop_item_indexes(&tx)?
        } else {
            Vec::new()
        };
        let mut decision = decide(plan, stored, clock.today, &mut Fingerprints::default());
        // A first plan into a database with nothing stored or edited
        // writes its lock from the plan's own items, on a second thread
        // while this one inserts the rows and builds their indexes: the
        // lock was a tenth of a first plan (issue 19, BENCHMARKS.md). What
        // it needs of the database is written and read first.
        let beside = match &self.binding {
            Some(binding) if empty && unedited => {
                super::lock::save_rotations(&tx, &plan.rotations)?;
                Some((binding, other_records(&tx)?))
            }
            _ => None,
        };
        let forget_before = self.forget_before;
        let (diff, sealing) = std::thread::scope(|scope| -> Result<_> {
            // Rows forgotten again are a first plan's own, dated before
            // the cutoff: the lock leaves out the same ones.
            let lock = beside.as_ref().map(|(binding, others)| {
                scope
                    .spawn(|| Sealing::planned(binding, others, &plan.items, &stamp, forget_before))
            });
            if !dry_run {
                write_planned(&tx, &mut decision.writes, &stamp)?;
            }
            for sql in indexes_to_build {
                tx.execute_batch(&sql)?;
            }
            if empty {
                super::cache_kib(&tx, super::CACHE_KIB)?;
            }
            let forgotten = match forget_before {
                Some(cutoff) => tx.query_row(
                    "SELECT count(*) FROM item WHERE date < ?1",
                    [date_text(cutoff)],
                    |r| r.get::<_, i64>(0).map(|n| n as usize),
                )?,
                None => 0,
            };
            if !dry_run {
                mark(&tx, &decision, &plan.dropped)?;
            }
            let diff = Diff {
                changes: decision.changes,
                forgotten,
            };
            let sealing = lock
                .map(|thread| {
                    thread
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                })
                .transpose()?;
            Ok((diff, sealing))
        })?;
        if dry_run {
            return Ok(diff);
        }
        if let Some(cutoff) = self.forget_before.filter(|_| diff.forgotten > 0) {
            let cutoff = date_text(cutoff);
            tx.execute(
                "DELETE FROM edit WHERE key IN (SELECT key FROM item WHERE date < ?1)",
                [&cutoff],
            )?;
            tx.execute("DELETE FROM item WHERE date < ?1", [&cutoff])?;
        }
        let lock_hash = match (sealing, &self.binding) {
            (Some(sealing), Some(binding)) => Some(sealing.seal(binding, &tx)?),
            _ => {
                super::lock::save_rotations(&tx, &plan.rotations)?;
                Store::seal(self.binding.as_ref(), &tx)?
            }
        };
        if let Some(lock_hash) = lock_hash {
            let definitions = self.binding.as_ref().map_or("", |b| &b.definitions);
            let settled = Settled::after(plan, &diff, self.shape.clone());
            let (window, today) = (plan.window, clock.today);
            settled::record(
                &tx,
                settled.as_ref(),
                &lock_hash,
                definitions,
                window,
                today,
            )?;
        }
        tx.commit()?;
        Ok(diff)
    }
}

/// The page cache of a first plan: SQLite's default size.
const FIRST_PLAN_CACHE_KIB: i64 = 2 * 1024;

/// Writes the planned rows a [`Decision`] holds: new rows and the
/// definitions' version of stored ones, stamped `stamp`, with the
/// fingerprints of new rows found as they are written.
pub(super) fn write_planned(
    tx: &rusqlite::Transaction,
    writes: &mut [Write],
    stamp: &str,
) -> Result<()> {
    if writes.is_empty() {
        return Ok(());
    }
    // Prepared once: looking the statement up per row showed in profiles.
    let mut insert = tx.prepare_cached(INSERT)?;
    let mut update = tx.prepare_cached(UPDATE)?;
    let mut fingerprints = Fingerprints::default();
    for w in writes {
        let statement = if w.new {
            w.fingerprint = fingerprints.of(w.item);
            &mut insert
        } else {
            &mut update
        };
        execute_planned(statement, w.item, w.fingerprint, stamp)?;
    }
    Ok(())
}

/// Writes the rest of a [`Decision`] (what it marks, removes and renews)
/// and drops the `dropped` pins.
pub(super) fn mark(
    tx: &rusqlite::Transaction,
    decision: &Decision,
    dropped: &[crate::plan::DroppedPin],
) -> Result<()> {
    // Not a change: no new `modified`, no `sequence` bump for feeds.
    let mut renew = tx.prepare_cached("UPDATE item SET fingerprint = ?2 WHERE key = ?1")?;
    for (key, fp) in &decision.restamp {
        renew.execute(params![key, fp])?;
    }
    let mut unmark = tx.prepare_cached("UPDATE item SET orphan = 0 WHERE key = ?1")?;
    for key in &decision.unorphan {
        unmark.execute([key])?;
    }
    let mut delete = tx.prepare_cached("DELETE FROM item WHERE key = ?1")?;
    for key in &decision.removed {
        delete.execute([key])?;
    }
    let mut orphan = tx.prepare_cached("UPDATE item SET orphan = 1 WHERE key = ?1")?;
    for key in &decision.orphaned {
        orphan.execute([key])?;
    }
    // A pin naming a person or team that is gone: the plan already
    // decided the field by the rules; the pin goes too.
    let mut unpin = tx.prepare_cached(
        "UPDATE item SET decided = json_remove(decided, '$.' || ?2), \
         edited = json_remove(decided, '$.' || ?2) <> '{}' WHERE key = ?1",
    )?;
    for pin in dropped {
        unpin.execute(params![pin.key, pin.field])?;
    }
    let mut hold = tx.prepare_cached("UPDATE item SET held = 1 WHERE key = ?1")?;
    for key in &decision.held {
        hold.execute([key])?;
    }
    Ok(())
}

/// Writes the definitions' version of `item` into its existing row: every
/// planned field (status, edits, note and url stay as they are).
pub(super) fn rewrite_planned(
    tx: &rusqlite::Transaction,
    item: &Item,
    fp: i64,
    stamp: &str,
) -> Result<()> {
    let mut st = tx.prepare_cached(UPDATE)?;
    execute_planned(&mut st, item, fp, stamp)
}

/// Runs the INSERT or UPDATE statement for `item`'s planned fields.
pub(super) fn execute_planned(
    st: &mut rusqlite::Statement,
    item: &Item,
    fp: i64,
    stamp: &str,
) -> Result<()> {
    st.execute(params![
        item.key,
        item.source.as_str(),
        item.source_id,
        date_text(item.generated),
        date_text(item.date),
        iso_week(item.date),
        item.time.map(time_text),
        item.duration_minutes,
        item.due.map(date_text),
        item.title,
        item.kind,
        item.channel,
        item.description,
        item.owner,
        item.ambassador,
        item.team,
        item.goal,
        item.tags.join(";"),
        item.focus.join(";"),
        item.effort_minutes,
        item.reserve,
        fp,
        stamp,
    ])?;
    Ok(())
}

pub(super) const INSERT: &str = "INSERT INTO item (key, source, source_id, generated, date, week, time, \
    duration_minutes, due, title, kind, channel, description, owner, ambassador, team, goal, tags, \
    focus, effort_minutes, reserve, fingerprint, created, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, \
    ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?23)";

const UPDATE: &str = "UPDATE item SET source = ?2, source_id = ?3, generated = ?4, date = ?5, \
    week = ?6, time = ?7, duration_minutes = ?8, due = ?9, title = ?10, kind = ?11, channel = ?12, \
    description = ?13, owner = ?14, ambassador = ?15, team = ?16, goal = ?17, tags = ?18, \
    focus = ?19, effort_minutes = ?20, reserve = ?21, fingerprint = ?22, modified = ?23, \
    orphan = 0, sequence = sequence + 1 WHERE key = ?1";

/// Whether the `item` table is empty, and whether the `edit` table is.
fn blank(tx: &rusqlite::Transaction) -> Result<(bool, bool)> {
    Ok(tx.query_row(
        "SELECT NOT EXISTS (SELECT 1 FROM item), NOT EXISTS (SELECT 1 FROM edit)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}

/// A planned item to write: a new row, or the definitions' version of a
/// stored one.
pub(super) struct Write<'p> {
    pub(super) item: &'p Item,
    /// A changed row's, found comparing it with the stored one. A new
    /// row's is found as [`write_planned`] writes it, and set here then
    /// (0 before): a pass of its own over 100,000 items, in date order and
    /// so all over memory, cost a first plan 3% (BENCHMARKS.md). Not an
    /// `Option`, which made a first plan's list of writes a third larger.
    pub(super) fingerprint: i64,
    pub(super) new: bool,
}

/// What applying a plan does to the stored rows, decided without SQLite
/// ([`decide`]); [`Store::apply`] then writes it.
#[derive(Default)]
pub(super) struct Decision<'p> {
    /// In plan (date) order, so the two date indexes grow at their end
    /// (key order made them random and was slower).
    pub(super) writes: Vec<Write<'p>>,
    /// Rows planned before schema v3 with the old fingerprint of the same
    /// content: renewed quietly, not a change.
    pub(super) restamp: Vec<(&'p str, i64)>,
    /// Orphans before today that their definition makes again.
    pub(super) unorphan: Vec<&'p str>,
    /// History its definition no longer says: the lock keeps its fields.
    pub(super) held: Vec<String>,
    pub(super) removed: Vec<String>,
    /// Newly orphaned: future items with edits no definition makes.
    pub(super) orphaned: Vec<String>,
    /// What `plan` reports: added, changed, removed, kept, orphans.
    pub(super) changes: Vec<Change<'p>>,
}

/// Compares `plan` with the `stored` rows of its window on `today` (SPEC
/// section 10): history stays, future rows follow the plan, and a future
/// row no definition makes goes, unless it carries an edit (an orphan).
pub(super) fn decide<'p>(
    plan: &'p Plan,
    mut stored: FxHashMap<String, Stored>,
    today: NaiveDate,
    fingerprints: &mut Fingerprints,
) -> Decision<'p> {
    let mut d = Decision::default();
    // Nothing stored (a first plan): every item is new. Hashing each key
    // to find nothing was 2% of a first plan.
    let nothing_stored = stored.is_empty();
    if nothing_stored {
        // A first plan writes and adds every item: lists of their exact
        // number, where growing by doubling held a third more (issue 19).
        d.writes.reserve_exact(plan.items.len());
        d.changes.reserve_exact(plan.items.len());
    }
    let (mut changed, mut kept) = (Vec::new(), Vec::new());
    for item in &plan.items {
        let found = if nothing_stored {
            None
        } else {
            stored.remove(item.key.as_str())
        };
        let (new, fingerprint) = match found {
            None => (true, 0),
            Some(s) => {
                let fp = fingerprints.of(item);
                let mut same = s.fingerprint == fp;
                if !same && !s.orphan && s.fingerprint == fingerprints.before_v3() {
                    d.restamp.push((item.key.as_str(), fp));
                    same = true;
                }
                if same && !s.orphan {
                    continue;
                }
                if s.date < today {
                    if s.orphan {
                        d.unorphan.push(item.key.as_str());
                    }
                    if !same {
                        kept.push(Change::Kept(&item.key));
                        if !s.held {
                            d.held.push(item.key.clone());
                        }
                    }
                    continue;
                }
                (false, fp)
            }
        };
        d.writes.push(Write {
            item,
            fingerprint,
            new,
        });
        if new {
            d.changes.push(Change::Added(&item.key));
        } else {
            changed.push(Change::Changed(&item.key));
        }
    }
    // What is left was stored but not planned. One-off items are loaded
    // whatever their date (see load_stored); only the window's own rows
    // can be removed or orphaned, and history stays as it is.
    let mut gone: Vec<(String, Stored)> = stored
        .into_iter()
        .filter(|(_, s)| plan.window.contains(s.generated))
        .collect();
    gone.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut orphans = Vec::new();
    for (key, s) in gone {
        if s.date < today {
            if !s.held {
                d.held.push(key);
            }
            continue;
        }
        if s.edited {
            if !s.orphan {
                d.orphaned.push(key.clone());
            }
            orphans.push(Change::Orphaned(key));
        } else {
            d.removed.push(key);
        }
    }
    kept.sort();
    d.changes.extend(changed);
    d.changes
        .extend(d.removed.iter().cloned().map(Change::Removed));
    d.changes.extend(kept);
    d.changes.extend(orphans);
    d
}

fn load_stored(tx: &rusqlite::Transaction, plan: &Plan) -> Result<FxHashMap<String, Stored>> {
    // A one-off item's key does not hold its date: when its definition moves
    // it into the window from outside, its row must be found to be updated.
    let mut st = tx.prepare_cached(
        "SELECT key, fingerprint, edited, date, orphan, generated, held FROM item \
         WHERE generated BETWEEN ?1 AND ?2 OR (key >= 'item/' AND key < 'item0')",
    )?;
    let rows = st.query_map(
        [plan.window.from.to_string(), plan.window.until.to_string()],
        |r| {
            let date: String = r.get(3)?;
            Ok((
                r.get::<_, String>(0)?,
                Stored {
                    fingerprint: r.get(1)?,
                    edited: r.get(2)?,
                    date: parse_date(&date).unwrap_or(NaiveDate::MIN),
                    orphan: r.get(4)?,
                    generated: parse_date(&r.get::<_, String>(5)?).unwrap_or(NaiveDate::MIN),
                    held: r.get(6)?,
                },
            ))
        },
    )?;
    // Sized by the plan once a row is found: a first plan finds none, and
    // a map for 100,000 of them was 6 MB of its peak (issue 19).
    let mut map = FxHashMap::default();
    for row in rows {
        let (k, s) = row?;
        if map.is_empty() {
            map.reserve(plan.items.len());
        }
        map.insert(k, s);
    }
    Ok(map)
}

/// Fingerprints of everything the definitions decide about an item, so a
/// re-plan compares one number per item instead of rewriting rows. The
/// fields are laid out in one reused buffer and hashed with XXH3, a
/// specified algorithm whose output does not change between releases (std's
/// hasher may, and a changed fingerprint would make every item look
/// changed). FNV byte by byte was a tenth of a plan in profiles.
#[derive(Default)]
pub(super) struct Fingerprints {
    buf: Vec<u8>,
}

impl Fingerprints {
    pub(super) fn of(&mut self, item: &Item) -> i64 {
        self.buf.clear();
        self.text(&item.title);
        self.text(item.source.as_str());
        self.text(&item.source_id);
        self.number(i64::from(item.generated.num_days_from_ce()));
        self.number(i64::from(item.date.num_days_from_ce()));
        self.number(
            item.time
                .map_or(-1, |t| i64::from(t.num_seconds_from_midnight())),
        );
        self.number(item.duration_minutes.map_or(-1, i64::from));
        self.number(item.due.map_or(-1, |d| i64::from(d.num_days_from_ce())));
        for field in [
            &item.kind,
            &item.channel,
            &item.description,
            &item.owner,
            &item.ambassador,
            &item.team,
            &item.goal,
        ] {
            self.opt(field.as_deref());
        }
        for list in [&item.tags[..], &item.focus] {
            self.number(list.len() as i64);
            for entry in list {
                self.text(entry);
            }
        }
        self.number(item.effort_minutes.map_or(-1, i64::from));
        self.number(i64::from(item.reserve));
        xxhash_rust::xxh3::xxh3_64(&self.buf) as i64
    }

    /// The fingerprint of the item last given to [`Fingerprints::of`] as
    /// ritme wrote it before schema v3: FNV-1a over the same bytes. A row
    /// planned then is recognised as unchanged instead of rewritten with a
    /// bumped `sequence`.
    fn before_v3(&self) -> i64 {
        self.buf.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        }) as i64
    }

    /// The text and a 0xff byte, which UTF-8 never contains, so two fields
    /// can never run into each other.
    fn text(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
        self.buf.push(0xff);
    }

    fn number(&mut self, n: i64) {
        self.buf.extend_from_slice(&n.to_le_bytes());
    }

    fn opt(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.buf.push(1);
                self.text(s);
            }
            None => self.buf.push(0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, day).unwrap()
    }

    fn stored(fingerprint: i64, on: u32, edited: bool) -> Stored {
        Stored {
            generated: d(on),
            fingerprint,
            edited,
            date: d(on),
            orphan: false,
            held: false,
        }
    }

    #[test]
    fn decide_keeps_history_follows_the_future_and_keeps_edited_items_as_orphans() {
        let planned =
            |key: &str, on: u32| Box::new(crate::plan::test_support::item(key, d(on), None));
        let plan = Plan {
            window: crate::dates::DateRange {
                from: d(1),
                until: d(31),
            },
            items: vec![
                planned("item/past-changed", 2),
                planned("item/new", 10),
                planned("item/same", 11),
                planned("item/changed", 12),
            ],
            unassigned: vec![],
            dropped: vec![],
            rotations: Default::default(),
            carried: vec![],
        };
        let mut fps = Fingerprints::default();
        let same = fps.of(&plan.items[2]);
        let rows = [
            ("item/past-changed", stored(1, 2, false)),
            ("item/same", stored(same, 11, false)),
            ("item/changed", stored(2, 12, false)),
            ("item/past-gone", stored(3, 3, false)),
            ("item/edited-gone", stored(4, 14, true)),
            ("item/gone", stored(5, 15, false)),
            // Outside the window: neither planned nor judged.
            (
                "item/elsewhere",
                Stored {
                    generated: NaiveDate::from_ymd_opt(2027, 2, 1).unwrap(),
                    ..stored(6, 16, false)
                },
            ),
        ];
        let rows = rows.into_iter().map(|(k, s)| (k.to_string(), s)).collect();
        let today = d(5);
        let decision = decide(&plan, rows, today, &mut fps);
        let written: Vec<(&str, bool)> = decision
            .writes
            .iter()
            .map(|w| (w.item.key.as_str(), w.new))
            .collect();
        assert_eq!(written, [("item/new", true), ("item/changed", false)]);
        assert_eq!(
            decision.changes,
            [
                Change::Added("item/new"),
                Change::Changed("item/changed"),
                Change::Removed("item/gone".into()),
                Change::Kept("item/past-changed"),
                Change::Orphaned("item/edited-gone".into()),
            ]
        );
        assert_eq!(decision.held, ["item/past-changed", "item/past-gone"]);
        assert_eq!(decision.orphaned, ["item/edited-gone"]);
        assert!(decision.restamp.is_empty() && decision.unorphan.is_empty());
    }

    /// XXH3 of the fields of [`item`] as [`Fingerprints::of`] lays them out,
    /// computed outside ritme with Python's `xxhash.xxh3_64_intdigest`.
    const FINGERPRINT_OF_ITEM: i64 = 2_064_778_957_820_992_651;

    fn item() -> Item {
        let date = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        crate::plan::test_support::item("format/maandagmomentje/2026-11-23", date, None)
    }

    #[test]
    fn every_field_the_definitions_decide_moves_the_fingerprint() {
        let mut fp = Fingerprints::default();
        let base = fp.of(&item());
        let variants: [fn(&mut Item); 6] = [
            |it| it.title = format!("{}!", it.title).into(),
            |it| it.owner = Some("anna".into()),
            |it| it.date = it.date.succ_opt().unwrap(),
            |it| it.tags = ["a".into(), "b".into()].into_iter().collect(),
            |it| it.tags = ["ab".into()].into_iter().collect(),
            |it| it.reserve = true,
        ];
        let mut seen = vec![base];
        for change in variants {
            let mut it = item();
            change(&mut it);
            let f = fp.of(&it);
            assert!(!seen.contains(&f), "{it:?}");
            seen.push(f);
        }
        // Status, edits, note and url are people's decisions, not the plan's.
        let mut it = item();
        it.status = crate::plan::item::Status::Published;
        it.note = Some("klaar".into());
        assert_eq!(fp.of(&it), base);
    }

    /// Today is the item's day.
    fn clock() -> Clock {
        Clock {
            today: item().date,
            now: chrono::DateTime::from_timestamp(1_795_435_200, 0).unwrap(),
        }
    }

    fn one_day_plan(items: Vec<Item>) -> Plan {
        let date = item().date;
        Plan {
            window: crate::dates::DateRange {
                from: date,
                until: date,
            },
            items: items.into_iter().map(Box::new).collect(),
            unassigned: vec![],
            dropped: Vec::new(),
            rotations: Default::default(),
            carried: Vec::new(),
        }
    }

    /// The SQL and root page of each index on `item`: the SQL must come
    /// back as it was, the root page shows the index was built anew.
    fn item_indexes(store: &Store) -> Vec<(String, i64)> {
        let mut st = store
            .conn
            .prepare(
                "SELECT sql, rootpage FROM sqlite_master WHERE type = 'index' \
                 AND tbl_name = 'item' ORDER BY name",
            )
            .unwrap();
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    fn sql_of(indexes: &[(String, i64)]) -> Vec<&str> {
        indexes.iter().map(|(sql, _)| sql.as_str()).collect()
    }

    #[test]
    fn a_first_plan_builds_the_indexes_again_and_still_refuses_a_twice_used_key() {
        let clock = clock();
        let mut store = Store::open(&super::super::Location::Memory, true).unwrap();
        // A user's own index, with a name that needs quoting.
        store
            .conn
            .execute_batch("CREATE INDEX \"by owner\" ON item(owner)")
            .unwrap();
        let schema_indexes = item_indexes(&store);
        assert_eq!(schema_indexes.len(), 4, "{schema_indexes:?}");

        let mut twin = item();
        twin.title = "Tweede".into();
        let e = store
            .apply(&one_day_plan(vec![item(), twin]), &clock, false)
            .unwrap_err();
        assert!(e.to_string().contains("UNIQUE"), "{e}");
        let rows: i64 = store
            .conn
            .query_row("SELECT count(*) FROM item", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 0, "the failed plan wrote nothing");
        assert_eq!(item_indexes(&store), schema_indexes, "and dropped nothing");

        store
            .apply(&one_day_plan(vec![item()]), &clock, false)
            .unwrap();
        let built = item_indexes(&store);
        assert_eq!(sql_of(&built), sql_of(&schema_indexes));
        for ((_, before), (sql, after)) in schema_indexes.iter().zip(&built) {
            assert_ne!(before, after, "{sql} built anew after the inserts");
        }
        let plan: String = store
            .conn
            .query_row(
                "EXPLAIN QUERY PLAN SELECT fingerprint FROM item WHERE key = 'x'",
                [],
                |r| r.get(3),
            )
            .unwrap();
        assert!(plan.contains("item_key"), "{plan}");
    }

    #[test]
    fn a_row_planned_before_schema_v3_is_renewed_not_changed() {
        let mut fp = Fingerprints::default();
        fp.of(&item());
        // FNV-1a of the same bytes, computed outside ritme in Python.
        assert_eq!(fp.before_v3(), -8_781_487_550_869_032_037);

        let mut store = Store::open(&super::super::Location::Memory, true).unwrap();
        let plan = one_day_plan(vec![item()]);
        let clock = clock();
        store.apply(&plan, &clock, false).unwrap();
        let row = |store: &Store| -> (i64, i64, String) {
            store
                .conn
                .query_row(
                    "SELECT fingerprint, sequence, modified FROM item",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .unwrap()
        };
        let (new_fp, sequence, modified) = row(&store);
        store
            .conn
            .execute("UPDATE item SET fingerprint = -8781487550869032037", [])
            .unwrap();
        let later = Clock {
            now: chrono::DateTime::from_timestamp(1_795_500_000, 0).unwrap(),
            ..clock
        };
        let diff = store.apply(&plan, &later, false).unwrap();
        assert!(diff.changes.is_empty(), "{:?}", diff.changes);
        assert_eq!(row(&store), (new_fp, sequence, modified));
        // Any other stale fingerprint is a change.
        store
            .conn
            .execute("UPDATE item SET fingerprint = 7", [])
            .unwrap();
        let diff = store.apply(&plan, &later, false).unwrap();
        assert_eq!(diff.counts().1, 1);
        assert_eq!(row(&store).1, sequence + 1);
    }

    #[test]
    fn the_fingerprint_is_the_same_in_every_release() {
        // A changed value makes every stored item look changed on the next
        // plan (and bumps every iCal SEQUENCE): change it only on purpose.
        assert_eq!(Fingerprints::default().of(&item()), FINGERPRINT_OF_ITEM);
    }
}
