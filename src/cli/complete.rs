//! Completion of item keys and person ids as they are typed, through
//! clap_complete's dynamic engine (`source <(COMPLETE=bash ritme)`): the
//! shell asks the binary itself, which reads the calendar of the current
//! directory or `RITME_CALENDAR` (the completer does not see `-C`). Any
//! error completes nothing: a completion never prints one.

use std::ffi::OsStr;
use std::path::PathBuf;

use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};

use crate::config;

/// Completes an item key from the stored plan in `ritme.lock`.
pub fn keys() -> ArgValueCompleter {
    ArgValueCompleter::new(complete_key)
}

/// Completes a person id from the calendar, with the name as help.
pub fn people() -> ArgValueCompleter {
    ArgValueCompleter::new(complete_person)
}

fn calendar_dir() -> Option<PathBuf> {
    let cwd = std::env::current_dir().ok()?;
    let explicit = std::env::var_os("RITME_CALENDAR").map(PathBuf::from);
    config::find_dir(explicit.as_deref(), &cwd).ok()
}

fn complete_key(current: &OsStr) -> Vec<CompletionCandidate> {
    let prefix = current.to_string_lossy();
    let Some(text) = calendar_dir()
        .and_then(|dir| std::fs::read_to_string(dir.join(crate::lock::FILE_NAME)).ok())
    else {
        return Vec::new();
    };
    // A lock git left in conflict completes the keys of both sides.
    let Ok((lock, _)) = crate::lock::resolve(&text) else {
        return Vec::new();
    };
    lock.records
        .keys()
        .filter(|k| k.starts_with(&*prefix))
        .map(CompletionCandidate::new)
        .collect()
}

fn complete_person(current: &OsStr) -> Vec<CompletionCandidate> {
    let prefix = current.to_string_lossy();
    let Some(loaded) = calendar_dir().and_then(|dir| config::load(&dir).ok()) else {
        return Vec::new();
    };
    loaded
        .calendar
        .people
        .iter()
        .filter(|p| p.id.starts_with(&*prefix))
        .map(|p| CompletionCandidate::new(&p.id).help(Some(p.name.to_string().into())))
        .collect()
}
