//! `check` and the reports against a calendar of 100,000 items: the pure
//! findings over a year of items, and the whole path a CI job takes
//! (read the TOML, plan in memory, find). Run with `cargo bench --bench check`;
//! the figures go into BENCHMARKS.md ("check").

#[path = "support/generate.rs"]
mod generate;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use ritme::bench::plan::item::Item;
use ritme::bench::report::{self, weeks::weeks_from, Period, Report};

/// The items as `check` reads them from a plan made in memory.
fn unboxed(plan: ritme::bench::plan::Plan) -> Vec<Item> {
    plan.items.into_iter().map(|it| *it).collect()
}

fn benches(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    // 52 weeks of 1924 weekly formats: 100,048 items.
    let window = weeks_from(today, 52);
    let cal_dir = tempfile::tempdir().unwrap();
    generate::write_calendar(cal_dir.path(), 1924, 40).unwrap();
    let calendar = ritme::bench::config::load(cal_dir.path()).unwrap().calendar;
    let items = unboxed(ritme::bench::plan::build(&calendar, window, &Default::default()).unwrap());
    eprintln!("items: {}", items.len());

    let mut g = c.benchmark_group("check-100k");
    g.sample_size(10);
    g.bench_function("findings (pure)", |b| {
        b.iter(|| report::check(&calendar, &items, window, &[], None))
    });
    g.bench_function("load + plan in memory + findings", |b| {
        b.iter(|| {
            let calendar = ritme::bench::config::load(cal_dir.path()).unwrap().calendar;
            let items =
                unboxed(ritme::bench::plan::build(&calendar, window, &Default::default()).unwrap());
            report::check(&calendar, &items, window, &[], None)
        })
    });
    for r in [Report::Gaps, Report::Load, Report::Goals] {
        g.bench_function(format!("report {r:?} (pure)"), |b| {
            b.iter(|| r.sheet(&calendar, &items, window, Period::Month))
        });
    }
    g.finish();

    let voorbeeld = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("calendars/voorbeeld");
    let window = weeks_from(today, 13);
    let mut g = c.benchmark_group("check-voorbeeld");
    g.bench_function("load + plan in memory + findings", |b| {
        b.iter(|| {
            let calendar = ritme::bench::config::load(&voorbeeld).unwrap().calendar;
            let items =
                unboxed(ritme::bench::plan::build(&calendar, window, &Default::default()).unwrap());
            report::check(&calendar, &items, window, &[], None)
        })
    });
    g.finish();
}

criterion_group!(check_benches, benches);
criterion_main!(check_benches);
