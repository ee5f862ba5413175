//! `export ics -o` of one 100,000-item feed against a bare writer of the
//! same VEVENTs (`support/bare_ics.rs`), side by side: each round runs the
//! bare writer, then ritme's path as `export ics -o FILE` takes it (load
//! the calendar, open the database, read the items, render, write the
//! file), and the median of the per-round ratios is printed. Checks first
//! that both write the same events. Run with
//! `TMPDIR=/dev/shm cargo bench --bench export_ratio` (`RATIO_ROUNDS`,
//! default 11).

#[path = "support/bare_ics.rs"]
mod bare_ics;
// Its window and clock; the insert floor is `ratio`'s.
#[allow(dead_code)]
#[path = "support/floor.rs"]
mod floor;
#[path = "support/generate.rs"]
mod generate;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::Path;
use std::time::{Duration, Instant};

use ritme::bench::store::{Filter, Location, Store};

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// What `ritme export ics -o out` does, in process.
fn ritme_feed(dir: &Path, out: &Path) {
    let loaded = ritme::bench::config::load(dir).unwrap();
    let cal = &loaded.calendar;
    let store = Store::open(&Location::File(dir.join("ritme.db")), false).unwrap();
    let items = store.tracked_items(None, &Filter::default()).unwrap();
    let feeds = ritme::bench::export::Feeds::new(cal, cal.locale).unwrap();
    feeds.write_one(out, &cal.name, &items, false).unwrap();
}

/// The VEVENTs of a feed: from the first BEGIN:VEVENT to the last END:VEVENT.
fn events(feed: &str) -> &str {
    let from = feed.find("BEGIN:VEVENT").unwrap();
    let until = feed.rfind("END:VEVENT\r\n").unwrap() + "END:VEVENT\r\n".len();
    &feed[from..until]
}

fn main() {
    let rounds: usize = std::env::var("RATIO_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(11);
    let dir = tempfile::tempdir().unwrap();
    generate::write_calendar(dir.path(), 1924, 40).unwrap();
    let loaded = ritme::bench::config::load(dir.path()).unwrap();
    let plan =
        ritme::bench::plan::build(&loaded.calendar, floor::window(), &Default::default()).unwrap();
    let mut store = Store::open(&Location::File(dir.path().join("ritme.db")), true).unwrap();
    store.apply(&plan, &floor::clock(), false).unwrap();
    drop(store);
    let names = bare_ics::Names::of(&loaded.calendar);
    let db = dir.path().join("ritme.db");
    let (ours, theirs) = (dir.path().join("ritme.ics"), dir.path().join("bare.ics"));
    let bare = || {
        let text = bare_ics::events(&db, &loaded.calendar.id, &names);
        std::fs::write(&theirs, text).unwrap();
    };
    bare();
    ritme_feed(dir.path(), &ours);
    let written = std::fs::read_to_string(&ours).unwrap();
    let floor_text = std::fs::read_to_string(&theirs).unwrap();
    assert!(
        events(&written) == floor_text,
        "the bare writer's events differ from ritme's"
    );
    let time = |f: &dyn Fn()| {
        let start = Instant::now();
        f();
        start.elapsed()
    };
    let (mut floors, mut ritmes): (Vec<Duration>, Vec<Duration>) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        floors.push(time(&bare));
        ritmes.push(time(&|| ritme_feed(dir.path(), &ours)));
    }
    let ms = |d: &Duration| d.as_secs_f64() * 1000.0;
    let ratio = median(
        ritmes
            .iter()
            .zip(&floors)
            .map(|(r, f)| ms(r) / ms(f))
            .collect(),
    );
    println!(
        "{} items, {} MB, {rounds} rounds, medians:",
        plan.items.len(),
        written.len() / 1_000_000
    );
    println!(
        "  bare writer of the same VEVENTs   {:7.0} ms",
        median(floors.iter().map(ms).collect())
    );
    println!(
        "  ritme export ics -o (in process)  {:7.0} ms  {ratio:.2}x the bare writer",
        median(ritmes.iter().map(ms).collect())
    );
}
