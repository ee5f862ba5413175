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
//! the Rust and SQL files under `src/`, `Cargo.toml` and `Cargo.lock`. A
//! database records a digest of the calendar's files for the next re-plan
//! (`src/config/digest.rs`), which stands for reading them only as read by
//! the same code: every development build is version 0.1.0, so the version
//! alone would let one build trust what another validated. (A `cargo
//! install` without `--locked` resolves newer dependencies than
//! `Cargo.lock` names, under the same hash: the README installs with
//! `--locked`.)
use std::hash::{DefaultHasher, Hasher};
use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=src");
    println!("cargo::rerun-if-changed=Cargo.toml");
    println!("cargo::rerun-if-changed=Cargo.lock");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
    let mut hasher = DefaultHasher::new();
    hash_tree(Path::new("src"), &mut hasher);
    for manifest in ["Cargo.toml", "Cargo.lock"] {
        if let Ok(bytes) = std::fs::read(manifest) {
            hash_file(Path::new(manifest), &bytes, &mut hasher);
        }
    }
    println!(
        "cargo::rustc-env=RITME_SOURCE_HASH={:016x}",
        hasher.finish()
    );
}

/// Feeds the Rust and SQL files under `dir` to `hasher`, by path in sorted
/// order: an editor's swap file in `src/` does not name another build.
fn hash_tree(dir: &Path, hasher: &mut DefaultHasher) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        // Not followed through links: a link back up would never end.
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            hash_tree(&path, hasher);
        } else if path.extension().is_some_and(|x| x == "rs" || x == "sql") {
            if let Ok(bytes) = std::fs::read(&path) {
                hash_file(&path, &bytes, hasher);
            }
        }
    }
}

/// A file's path and bytes, each with its length first so that no two
/// files run into each other.
fn hash_file(path: &Path, bytes: &[u8], hasher: &mut DefaultHasher) {
    let path = path.to_string_lossy();
    for part in [path.as_bytes(), bytes] {
        hasher.write_usize(part.len());
        hasher.write(part);
    }
}
