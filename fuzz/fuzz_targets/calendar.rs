//! The calendar loader: definition files -> validated `Calendar`, then a
//! plan of thirteen weeks from it. Any input may be refused with an error;
//! none may panic.
//!
//! An input is one or more files: the first is `ritme.toml`, and each line
//! `%%% NAME` starts another file called NAME (the seeds are the example
//! calendar and the fixtures written this way).
#![no_main]

use std::path::{Component, Path, PathBuf};
use std::sync::OnceLock;

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use ritme::bench::dates::DateRange;

/// A private directory the files are written into, emptied for each input.
fn scratch() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        std::env::temp_dir().join(format!("ritme-fuzz-calendar-{}", std::process::id()))
    })
}

/// Only plain relative names, so no input writes outside the scratch dir.
fn safe(name: &str) -> bool {
    !name.is_empty()
        && name.len() < 100
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-/".contains(&b))
        && Path::new(name)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut files = vec![("ritme.toml".to_string(), String::new())];
    for line in text.split_inclusive('\n') {
        match line.strip_prefix("%%% ") {
            Some(name) => files.push((name.trim().to_string(), String::new())),
            None => files.last_mut().unwrap().1.push_str(line),
        }
    }
    if files.len() > 40 || !files.iter().all(|(n, _)| safe(n)) {
        return;
    }
    let dir = scratch();
    let _ = std::fs::remove_dir_all(dir);
    for (name, text) in &files {
        let path = dir.join(name);
        if path
            .parent()
            .is_some_and(|p| std::fs::create_dir_all(p).is_err())
            || std::fs::write(&path, text).is_err()
        {
            return;
        }
    }
    let Ok(loaded) = ritme::bench::config::load(dir) else {
        return;
    };
    // The thirteen weeks from the fixtures' today, as `ritme plan` plans
    // by default: a calendar whose start lies centuries away then costs
    // nothing, as it does on the command line.
    let from = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let until = NaiveDate::from_ymd_opt(2027, 2, 21).unwrap();
    let lock = ritme::bench::lock::Lock::default();
    let _ = ritme::bench::plan::build(&loaded.calendar, DateRange { from, until }, &lock);
});
