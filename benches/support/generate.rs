//! Writes a large synthetic calendar: `formats` weekly formats spread over
//! the working days, owned by `people` people, so a one-year window holds
//! about `formats * 52` items. Used by the benchmark and by
//! `cargo run --release --example generate`.

use std::fmt::Write as _;
use std::path::Path;

/// Writes the calendar into `dir` (which must exist).
pub fn write_calendar(dir: &Path, formats: usize, people: usize) -> std::io::Result<()> {
    let days = ["mon", "tue", "wed", "thu", "fri"];
    let mut root = String::from(
        "[calendar]\nid = \"groot\"\nname = \"Groot\"\nstart = 2026-01-01\ntimezone = \"Europe/Amsterdam\"\ninclude = [\"formats.toml\"]\n\n[rules]\ncapacity = 1000\n\n[[goal]]\nid = \"verbinding\"\ntitle = \"Verbinding\"\n\n[[team]]\nid = \"communicatie\"\nname = \"Communicatie\"\n\n[[blackout]]\nid = \"pasen\"\nname = \"Tweede Paasdag\"\nrrule = \"FREQ=YEARLY;BYEASTER=1\"\n",
    );
    for p in 0..people {
        let _ = write!(
            root,
            "\n[[person]]\nid = \"p{p}\"\nname = \"Persoon {p}\"\nteam = \"communicatie\"\n"
        );
    }
    let mut list = String::new();
    for f in 0..formats {
        let _ = write!(
            list,
            "[[format]]\nid = \"f{f}\"\ntitle = \"Rubriek {f}: een titel van gewone lengte\"\nkind = \"story\"\nchannel = \"homepage\"\nevery = \"week\"\non = [\"{}\"]\ntime = \"{:02}:00\"\nprepare = \"2d\"\neffort = \"1h\"\nowner = \"p{}\"\nteam = \"communicatie\"\ngoal = \"verbinding\"\ntags = [\"t{}\"]\nholidays = \"shift\"\n\n",
            days[f % 5],
            8 + f % 9,
            f % people,
            f % 7
        );
    }
    std::fs::write(dir.join("ritme.toml"), root)?;
    std::fs::write(dir.join("formats.toml"), list)
}
