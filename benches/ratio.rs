//! `plan` against its floor as ratios measured side by side: each round
//! runs the floor (indexes built after the inserts, as ritme does), the
//! literal bare loop (indexes grown row by row), a plan into a new database
//! without and with writing `ritme.lock` (SPEC section 10: the lock may cost
//! a first plan at most 10%) and a re-plan with nothing changed, one after
//! the other, so a slow moment of this shared machine
//! hits both sides of a ratio alike. Prints the median of each and of the
//! per-round ratios. Run with `TMPDIR=/dev/shm cargo bench --bench ratio`
//! (`RATIO_ROUNDS`, default 15).

#[path = "support/floor.rs"]
mod floor;
#[path = "support/generate.rs"]
mod generate;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::time::{Duration, Instant};

use floor::{bare_insert, clock, window, Indexes};
use ritme::bench::store::{Binding, Location, Store};

fn timed(f: impl FnOnce()) -> Duration {
    let start = Instant::now();
    f();
    start.elapsed()
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn main() {
    // `cargo bench` passes `--bench`; there is nothing to filter.
    let rounds: usize = std::env::var("RATIO_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(15);
    let cal_dir = tempfile::tempdir().unwrap();
    generate::write_calendar(cal_dir.path(), 1924, 40).unwrap();
    let calendar = ritme::bench::config::load(cal_dir.path()).unwrap().calendar;
    let rows = ritme::bench::plan::build(&calendar, window(), &Default::default())
        .unwrap()
        .items;
    let (mut floors, mut kept, mut plans, mut replans) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut locked = Vec::new();
    for _ in 0..rounds {
        let dir = tempfile::tempdir().unwrap();
        let floor =
            |name: &str, indexes| timed(|| bare_insert(&dir.path().join(name), &rows, indexes));
        floors.push(floor("floor.db", Indexes::BuiltAfter));
        kept.push(floor("kept.db", Indexes::Kept));
        let db = Location::File(dir.path().join("ritme.db"));
        let plan_into = |store: &mut Store| {
            let plan = ritme::bench::plan::build(&calendar, window(), &Default::default()).unwrap();
            let changed = !store
                .apply(&plan, &clock(), false)
                .unwrap()
                .changes
                .is_empty();
            changed
        };
        let plan_once = || {
            let mut store = Store::open(&db, true).unwrap();
            plan_into(&mut store)
        };
        plans.push(timed(|| assert!(plan_once())));
        replans.push(timed(|| assert!(!plan_once())));
        let with_lock = Location::File(dir.path().join("locked.db"));
        locked.push(timed(|| {
            let mut store = Store::open(&with_lock, true).unwrap();
            store.bind(Binding {
                path: dir.path().join("ritme.lock"),
                definitions: "bench".into(),
                digest: String::new(),
                range: (window().from, window().until),
                today: clock().today,
                read_today: None,
            });
            assert!(plan_into(&mut store));
        }));
        // The directory is removed here, outside the measurements.
    }
    let ms = |d: &Duration| d.as_secs_f64() * 1000.0;
    let ratio =
        |xs: &[Duration]| median(xs.iter().zip(&floors).map(|(x, f)| ms(x) / ms(f)).collect());
    println!("{} items, {rounds} rounds, medians:", rows.len());
    println!(
        "  floor: bare rusqlite insert, indexes built after  {:7.0} ms",
        median(floors.iter().map(ms).collect())
    );
    println!(
        "  bare insert, indexes grown row by row            {:7.0} ms  {:.2}x floor",
        median(kept.iter().map(ms).collect()),
        ratio(&kept)
    );
    println!(
        "  plan into a new database                         {:7.0} ms  {:.2}x floor",
        median(plans.iter().map(ms).collect()),
        ratio(&plans)
    );
    println!(
        "  plan into a new database, writing ritme.lock     {:7.0} ms  {:.2}x floor, {:.2}x the plan without",
        median(locked.iter().map(ms).collect()),
        ratio(&locked),
        median(locked.iter().zip(&plans).map(|(l, p)| ms(l) / ms(p)).collect())
    );
    println!(
        "  re-plan, nothing changed                         {:7.0} ms  {:.2}x floor",
        median(replans.iter().map(ms).collect()),
        ratio(&replans)
    );
}
