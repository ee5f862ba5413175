//! The CSV readers: `import stats` (an analytics export, with `--map`
//! columns) and `import pages` (a page inventory, against the example
//! calendar). Any file may be refused with a message; none may panic.
//!
//! The first line of an input picks the reader and its `--map`s (`stats
//! Views=views;Path=url`, or `pages`); the rest is the file.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use ritme::bench::import::analytics::ColumnMap;
use ritme::bench::model::Calendar;

fn calendar() -> &'static Calendar {
    static CAL: OnceLock<Calendar> = OnceLock::new();
    CAL.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../calendars/voorbeeld");
        ritme::bench::config::load(&dir)
            .expect("the example calendar loads")
            .calendar
    })
}

fuzz_target!(|data: &[u8]| {
    let (first, file) = match data.iter().position(|&b| b == b'\n') {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let first = String::from_utf8_lossy(first);
    if let Some(maps) = first.strip_prefix("stats") {
        let maps: Vec<ColumnMap> = maps
            .split(';')
            .filter_map(|m| m.trim().parse().ok())
            .collect();
        let _ = ritme::bench::import::analytics::read("fuzz.csv", file, &maps);
    } else {
        let _ = ritme::bench::import::inventory::read("fuzz.csv", file, calendar(), "");
    }
});
