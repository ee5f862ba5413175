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
//!
//! It also names the build by its sources: `RITME_SOURCE_HASH`, a hash of
//! `src/` and `Cargo.lock`. A database records a digest of the calendar's
//! files for the next re-plan (`src/config/digest.rs`), which stands for
//! reading them only as read by the same code: every development build is
//! version 0.1.0, so the version alone would let one build trust what
//! another validated.
use std::hash::{DefaultHasher, Hasher};
use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=src");
    println!("cargo::rerun-if-changed=Cargo.lock");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
    let mut hasher = DefaultHasher::new();
    hash_tree(Path::new("src"), &mut hasher);
    if let Ok(lock) = std::fs::read("Cargo.lock") {
        hasher.write(&lock);
    }
    println!(
        "cargo::rustc-env=RITME_SOURCE_HASH={:016x}",
        hasher.finish()
    );
}

/// Feeds every file under `dir` to `hasher`, by path in sorted order.
fn hash_tree(dir: &Path, hasher: &mut DefaultHasher) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            hash_tree(&path, hasher);
        } else if let Ok(bytes) = std::fs::read(&path) {
            hasher.write(path.to_string_lossy().as_bytes());
            hasher.write(&bytes);
        }
    }
}
