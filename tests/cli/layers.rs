//! The house keeps its order: a top-level module uses only the modules that
//! `src/lib.rs` lists before it. The order is written once, in lib.rs; this
//! test reads it there and checks every `crate::` path in `src/`, so a
//! module that reaches up the pipeline (say `recur` using `plan`) fails here
//! before it becomes a cycle.

use std::fs;
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The top-level modules in the order lib.rs declares them (`mod name;`
/// at the start of a line; the hidden `bench` module only re-exports).
fn order() -> Vec<String> {
    let lib = fs::read_to_string(src().join("lib.rs")).unwrap();
    lib.lines()
        .filter_map(|l| l.strip_prefix("mod ")?.strip_suffix(';'))
        .map(str::to_string)
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file belongs to: `src/plan/assign/pool.rs` is in
/// `plan`, `src/clock.rs` in `clock`.
fn owner(file: &Path) -> String {
    let rel = file.strip_prefix(src()).unwrap();
    let first = rel.components().next().unwrap().as_os_str();
    first.to_string_lossy().trim_end_matches(".rs").to_string()
}

/// The top-level modules a source text names as `crate::name`, with the line.
fn uses(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        for (i, _) in line.match_indices("crate::") {
            let before = line[..i].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
                continue;
            }
            let name: String = line[i + "crate::".len()..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                .collect();
            if !name.is_empty() {
                found.push((n + 1, name));
            }
        }
    }
    found
}

#[test]
fn every_top_level_entry_is_a_stage_of_lib_rs() {
    let order = order();
    let mut missing = Vec::new();
    for entry in fs::read_dir(src()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        let module = name.trim_end_matches(".rs");
        if module != "lib" && module != "main" && !order.iter().any(|m| m == module) {
            missing.push(name);
        }
    }
    assert!(
        missing.is_empty(),
        "src/ holds {missing:?}, which src/lib.rs does not list as a stage"
    );
}

#[test]
fn no_module_uses_one_that_stands_above_it() {
    let order = order();
    let rank = |m: &str| order.iter().position(|o| o == m);
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    files.sort();
    let mut wrong = Vec::new();
    let mut checked = 0;
    for file in &files {
        let me = owner(file);
        let Some(my_rank) = rank(&me) else { continue };
        checked += 1;
        let text = fs::read_to_string(file).unwrap();
        for (line, used) in uses(&text) {
            if let Some(its_rank) = rank(&used) {
                if its_rank > my_rank {
                    wrong.push(format!(
                        "{}:{line}: `{me}` uses `{used}`, which stands above it",
                        file.strip_prefix(src()).unwrap().display()
                    ));
                }
            }
        }
    }
    assert!(checked > 50, "only {checked} files were checked");
    assert!(
        wrong.is_empty(),
        "the order in src/lib.rs is {}:\n{}",
        order.join(" < "),
        wrong.join("\n")
    );
}

#[test]
fn the_reader_sees_a_use_that_reaches_up() {
    let found = uses(
        "use crate::plan::item::Item;\n// crate::cli in a comment\nlet x = crate::store::open();",
    );
    assert_eq!(
        found,
        vec![(1, "plan".to_string()), (3, "store".to_string())]
    );
}

#[test]
fn clap_stays_in_cli() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let outside: Vec<String> = files
        .iter()
        .filter(|f| owner(f) != "cli")
        .filter(|f| fs::read_to_string(f).unwrap().contains("clap::"))
        .map(|f| f.strip_prefix(src()).unwrap().display().to_string())
        .collect();
    assert!(
        outside.is_empty(),
        "clap reaches the pure layers in {outside:?}: give them plain enums and convert in cli/"
    );
}
