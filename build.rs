//! Links the `ritme` binary as a position-dependent executable on Linux.
//!
//! A position-independent executable is relocated by the dynamic loader
//! before `main`: chrono-tz's zone tables (which rrule needs too) and
//! SQLite's function tables are ~40,000 pointers in 1.1 MB of
//! `.data.rel.ro`, so every run wrote ~290 pages before doing anything,
//! three times the start-up of a bare Rust binary (BENCHMARKS.md,
//! "start-up"). At a fixed address the linker resolves those pointers once
//! and the pages are read from the file only when used. The code stays
//! position-independent (so no `--target` or RUSTFLAGS are needed and
//! `cargo install` gets the same binary); only the final link changes.
fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
}
