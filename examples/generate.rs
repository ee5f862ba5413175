//! Writes a large synthetic calendar for benchmarks:
//! `cargo run --release --example generate -- DIR [FORMATS] [PEOPLE]`.
//! 1924 formats make about 100,000 items in a one-year window.

#[path = "../benches/support/generate.rs"]
mod generate;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "groot".into());
    let formats = args.next().and_then(|n| n.parse().ok()).unwrap_or(1924);
    let people = args.next().and_then(|n| n.parse().ok()).unwrap_or(40);
    std::fs::create_dir_all(&dir).expect("create the directory");
    generate::write_calendar(std::path::Path::new(&dir), formats, people)
        .expect("write the calendar");
    eprintln!("wrote {dir}/ritme.toml with {formats} weekly formats and {people} people");
}
