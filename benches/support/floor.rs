//! The floor `plan` is measured against (issue 3): the same rows inserted
//! by a bare rusqlite loop, and the window and clock both benchmarks use.

use std::path::Path;

use chrono::NaiveDate;
use ritme::bench::clock::Clock;
use ritme::bench::dates::DateRange;
use ritme::bench::plan::item::{date_text, time_text};
use ritme::bench::store::{Location, Store};

pub fn window() -> DateRange {
    DateRange {
        from: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        until: NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
    }
}

pub fn clock() -> Clock {
    Clock {
        today: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        now: chrono::DateTime::from_timestamp(1_795_435_200, 0).unwrap(),
    }
}

/// How the floor treats the table's indexes.
#[derive(Clone, Copy)]
pub enum Indexes {
    /// Grown row by row: the bare loop, literally.
    Kept,
    /// Dropped before the loop and built after it, as ritme's first plan
    /// does: the best a bare loop can do, and so the honest floor.
    BuiltAfter,
}

const ITEM_INDEXES: &str = "CREATE UNIQUE INDEX item_key ON item(key); \
    CREATE INDEX item_generated ON item(generated); CREATE INDEX item_date ON item(date);";

/// The floor: the same rows into the same table (ritme's schema, created
/// by opening a store) with the same connection settings, by one prepared
/// INSERT in one transaction. What ritme adds beyond this is its overhead.
pub fn bare_insert(db: &Path, items: &[Box<ritme::bench::plan::item::Item>], indexes: Indexes) {
    drop(Store::open(&Location::File(db.to_path_buf()), true).unwrap());
    let mut c = rusqlite::Connection::open(db).unwrap();
    ritme::bench::store::configure(&c).unwrap();
    let tx = c.transaction().unwrap();
    if let Indexes::BuiltAfter = indexes {
        tx.execute_batch("DROP INDEX item_key; DROP INDEX item_generated; DROP INDEX item_date;")
            .unwrap();
    }
    {
        let mut st = tx
            .prepare(
                "INSERT INTO item (key, source, source_id, generated, date, week, time, \
                 duration_minutes, due, title, kind, channel, description, owner, ambassador, \
                 team, goal, tags, focus, effort_minutes, reserve, fingerprint, created, modified) \
                 VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,\
                 ?21,?22,?23,?23)",
            )
            .unwrap();
        for (i, it) in items.iter().enumerate() {
            st.execute(rusqlite::params![
                it.key,
                it.source.as_str(),
                it.source_id,
                date_text(it.generated),
                date_text(it.date),
                ritme::bench::plan::item::iso_week(it.date),
                it.time.map(time_text),
                it.duration_minutes,
                it.due.map(date_text),
                it.title,
                it.kind,
                it.channel,
                it.description,
                it.owner,
                it.ambassador,
                it.team,
                it.goal,
                it.tags.join(";"),
                it.focus.join(";"),
                it.effort_minutes,
                it.reserve,
                i as i64,
                "2026-11-23T00:00:00Z",
            ])
            .unwrap();
        }
    }
    if let Indexes::BuiltAfter = indexes {
        tx.execute_batch(ITEM_INDEXES).unwrap();
    }
    tx.commit().unwrap();
}
