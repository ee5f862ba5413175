//! Export speed: the benchmark calendar (`support/generate.rs`: 1,924 weekly
//! formats, 40 people, about 100,000 items in 2026, each with a draft
//! deadline) read from SQLite and written as every feed plus index.html, and
//! as one feed. Run with `cargo bench --bench export`; the figures go into
//! BENCHMARKS.md. The planned calendar stays in `target/bench-export/`.

#[path = "support/generate.rs"]
mod generate;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use ritme::bench::clock::Clock;
use ritme::bench::dates::DateRange;
use ritme::bench::export::Feeds;
use ritme::bench::model::Locale;
use ritme::bench::store::{Filter, Location, Store};

fn window() -> DateRange {
    DateRange {
        from: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        until: NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
    }
}

/// Writes and plans the calendar once; returns its directory.
fn planned() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-export");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    generate::write_calendar(&dir, 1924, 40).unwrap();
    let loaded = ritme::bench::config::load(&dir).unwrap();
    let plan = ritme::bench::plan::build(&loaded.calendar, window(), &Default::default()).unwrap();
    assert!(plan.items.len() >= 99_000, "{} items", plan.items.len());
    let clock = Clock {
        today: window().from,
        now: chrono::DateTime::from_timestamp(1_795_435_200, 0).unwrap(),
    };
    let mut store = Store::open(&Location::File(dir.join("ritme.db")), true).unwrap();
    store.apply(&plan, &clock, false).unwrap();
    dir
}

fn export(dir: &Path, out: &Path) -> usize {
    let loaded = ritme::bench::config::load(dir).unwrap();
    let store = Store::open(&Location::File(dir.join("ritme.db")), false).unwrap();
    let items = store.tracked_items(None, &Filter::default()).unwrap();
    let feeds = Feeds::new(&loaded.calendar, Locale::Nl).unwrap();
    feeds
        .write_dir(out, &items, None, Locale::Nl)
        .unwrap()
        .bytes
}

fn benches(c: &mut Criterion) {
    let dir = planned();
    let out = dir.join("feeds");
    let mut g = c.benchmark_group("export");
    g.sample_size(10);
    g.bench_function("ics -o, one feed of 100k items", |b| {
        let loaded = ritme::bench::config::load(&dir).unwrap();
        let store = Store::open(&Location::File(dir.join("ritme.db")), false).unwrap();
        let feeds = Feeds::new(&loaded.calendar, Locale::Nl).unwrap();
        b.iter(|| {
            let items = store.tracked_items(None, &Filter::default()).unwrap();
            feeds.one("Groot", &items, false).len()
        })
    });
    // A fresh folder on tmpfs where there is one: on this project's shared
    // ext4 disk, creating 2,000 files right after deleting 2,000 makes the
    // kernel scan for inodes that were not recently deleted, and the
    // benchmark would measure that scan (seconds) rather than ritme.
    let fresh = if Path::new("/dev/shm").is_dir() {
        PathBuf::from(format!(
            "/dev/shm/ritme-bench-export-{}",
            std::process::id()
        ))
    } else {
        dir.join("fresh")
    };
    g.bench_function("ics --out, 100k items, fresh folder", |b| {
        b.iter_batched(
            || {
                let _ = std::fs::remove_dir_all(&fresh);
            },
            |()| export(&dir, &fresh),
            BatchSize::PerIteration,
        )
    });
    let _ = std::fs::remove_dir_all(&fresh);
    g.bench_function("ics --out, 100k items, unchanged re-export", |b| {
        export(&dir, &out);
        b.iter(|| export(&dir, &out))
    });
    g.bench_function("read 100k items with bookkeeping", |b| {
        let store = Store::open(&Location::File(dir.join("ritme.db")), false).unwrap();
        b.iter(|| store.tracked_items(None, &Filter::default()).unwrap().len())
    });
    g.finish();
}

criterion_group!(export_benches, benches);
criterion_main!(export_benches);
