//! Planning speed against its floor: a bare rusqlite loop inserting the same
//! rows in one transaction. Run with `cargo bench --bench plan`; the figures
//! go into BENCHMARKS.md as ratios measured in one run.

#[path = "support/generate.rs"]
mod generate;

use std::path::Path;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use ritme::clock::Clock;
use ritme::model::DateRange;
use ritme::store::{Location, Store};

fn window() -> DateRange {
    DateRange {
        from: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        until: NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
    }
}

fn clock() -> Clock {
    Clock {
        today: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        now: chrono::DateTime::from_timestamp(1_795_435_200, 0).unwrap(),
    }
}

/// The floor: the same rows, one prepared INSERT, one transaction.
fn bare_insert(db: &Path, items: &[ritme::item::Item]) {
    let mut c = rusqlite::Connection::open(db).unwrap();
    c.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")
        .unwrap();
    c.execute_batch(
        "CREATE TABLE item (key TEXT PRIMARY KEY, source TEXT NOT NULL, source_id TEXT NOT NULL,
         generated TEXT NOT NULL, date TEXT NOT NULL, week TEXT NOT NULL, time TEXT,
         duration_minutes INTEGER, due TEXT, title TEXT NOT NULL, kind TEXT, channel TEXT,
         description TEXT, owner TEXT, ambassador TEXT, team TEXT, goal TEXT, tags TEXT NOT NULL,
         focus TEXT NOT NULL, effort_minutes INTEGER, reserve INTEGER NOT NULL,
         fingerprint INTEGER NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL);
         CREATE INDEX item_generated ON item(generated); CREATE INDEX item_date ON item(date);",
    )
    .unwrap();
    let tx = c.transaction().unwrap();
    {
        let mut st = tx
            .prepare("INSERT INTO item VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23,?23)")
            .unwrap();
        for (i, it) in items.iter().enumerate() {
            st.execute(rusqlite::params![
                it.key,
                it.source.as_str(),
                it.source_id,
                it.generated.to_string(),
                it.date.to_string(),
                ritme::store::iso_week(it.date),
                it.time.map(|t| t.format("%H:%M").to_string()),
                it.duration_minutes,
                it.due.map(|d| d.to_string()),
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
    tx.commit().unwrap();
}

fn benches(c: &mut Criterion) {
    let cal_dir = tempfile::tempdir().unwrap();
    generate::write_calendar(cal_dir.path(), 1924, 40).unwrap();
    let calendar = ritme::config::load(cal_dir.path()).unwrap().calendar;
    let plan = ritme::plan::build(&calendar, window()).unwrap();
    eprintln!("items in the plan: {}", plan.items.len());

    let mut g = c.benchmark_group("plan-100k");
    g.sample_size(10);
    g.bench_function("expand+assign (pure)", |b| {
        b.iter(|| ritme::plan::build(&calendar, window()).unwrap())
    });
    g.bench_function("floor: bare rusqlite insert", |b| {
        b.iter_batched(
            || tempfile::tempdir().unwrap(),
            |dir| {
                bare_insert(&dir.path().join("floor.db"), &plan.items);
                dir // removed after the measurement: deleting files is not planning
            },
            BatchSize::PerIteration,
        )
    });
    g.bench_function("plan into a new database", |b| {
        b.iter_batched(
            || tempfile::tempdir().unwrap(),
            |dir| {
                let loc = Location::File(dir.path().join("ritme.db"));
                let mut store = Store::open(&loc, true).unwrap();
                let plan = ritme::plan::build(&calendar, window()).unwrap();
                store.apply(&plan, &clock(), false).unwrap();
                drop(store);
                dir // removed after the measurement, as for the floor
            },
            BatchSize::PerIteration,
        )
    });
    let db_dir = tempfile::tempdir().unwrap();
    let loc = Location::File(db_dir.path().join("ritme.db"));
    Store::open(&loc, true)
        .unwrap()
        .apply(&plan, &clock(), false)
        .unwrap();
    g.bench_function("re-plan, nothing changed", |b| {
        b.iter(|| {
            let mut store = Store::open(&loc, true).unwrap();
            let plan = ritme::plan::build(&calendar, window()).unwrap();
            let diff = store.apply(&plan, &clock(), false).unwrap();
            assert!(diff.changes.is_empty());
        })
    });
    g.finish();
}

criterion_group!(plan_benches, benches);
criterion_main!(plan_benches);
