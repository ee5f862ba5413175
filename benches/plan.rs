//! Planning speed against its floor: a bare rusqlite loop inserting the same
//! rows in one transaction. Run with `cargo bench --bench plan`; the figures
//! go into BENCHMARKS.md as ratios measured in one run.

#[path = "support/floor.rs"]
mod floor;
#[path = "support/generate.rs"]
mod generate;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use floor::{bare_insert, clock, window, Indexes};
use ritme::bench::store::{Location, Store};

fn benches(c: &mut Criterion) {
    let cal_dir = tempfile::tempdir().unwrap();
    generate::write_calendar(cal_dir.path(), 1924, 40).unwrap();
    let calendar = ritme::bench::config::load(cal_dir.path()).unwrap().calendar;
    let plan = ritme::bench::plan::build(&calendar, window(), &Default::default()).unwrap();
    eprintln!("items in the plan: {}", plan.items.len());

    let mut g = c.benchmark_group("plan-100k");
    g.sample_size(10);
    g.bench_function("expand+assign (pure)", |b| {
        b.iter(|| ritme::bench::plan::build(&calendar, window(), &Default::default()).unwrap())
    });
    for (name, indexes) in [
        (
            "floor: bare rusqlite insert, indexes built after",
            Indexes::BuiltAfter,
        ),
        (
            "bare rusqlite insert, indexes grown row by row",
            Indexes::Kept,
        ),
    ] {
        g.bench_function(name, |b| {
            b.iter_batched(
                || tempfile::tempdir().unwrap(),
                |dir| {
                    bare_insert(&dir.path().join("floor.db"), &plan.items, indexes);
                    dir // removed after the measurement: deleting files is not planning
                },
                BatchSize::PerIteration,
            )
        });
    }
    g.bench_function("plan into a new database", |b| {
        b.iter_batched(
            || tempfile::tempdir().unwrap(),
            |dir| {
                let loc = Location::File(dir.path().join("ritme.db"));
                let mut store = Store::open(&loc, true).unwrap();
                let plan =
                    ritme::bench::plan::build(&calendar, window(), &Default::default()).unwrap();
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
            let plan = ritme::bench::plan::build(&calendar, window(), &Default::default()).unwrap();
            let diff = store.apply(&plan, &clock(), false).unwrap();
            assert!(diff.changes.is_empty());
        })
    });
    g.finish();
}

criterion_group!(plan_benches, benches);
criterion_main!(plan_benches);
