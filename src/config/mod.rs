//! Reading a calendar from disk: finding `ritme.toml`, following its
//! `include` globs, parsing every file with spans, and validating the whole
//! into a [`Calendar`]. All definition errors are collected, not just the first.

mod canonical;
mod digest;
mod raw;
mod validate;

pub(crate) use digest::Digest;

use std::path::{Path, PathBuf};

use crate::error::diagnostic::{Diagnostic, SourceFile};
use crate::error::{Error, Result};
use crate::model::Calendar;

/// The root file's name.
pub(crate) const ROOT_FILE: &str = "ritme.toml";

/// A calendar read from disk.
#[derive(Debug)]
pub struct Loaded {
    /// The validated model.
    pub calendar: Calendar,
    /// The directory holding `ritme.toml`.
    pub dir: PathBuf,
    /// A hash of the definitions as read: comments, layout and the order of
    /// keys do not count (`ritme.lock` records it, SPEC section 10).
    pub definitions: String,
    /// The files it was read from, byte for byte.
    sources: Sources,
}

/// The files a calendar was read from: a hash of their names and bytes in
/// the order read, and the root's `include` patterns that found them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct Sources {
    hash: String,
    includes: Vec<String>,
}

impl Sources {
    /// The hash of `files` (name and text, the root first).
    fn hash<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
        let mut hasher = xxhash_rust::xxh3::Xxh3::new();
        // The build too (`build.rs`): other code may read the same bytes
        // otherwise.
        hasher.update(env!("RITME_SOURCE_HASH").as_bytes());
        for (name, text) in files {
            for part in [name, text] {
                hasher.update(&(part.len() as u64).to_le_bytes());
                hasher.update(part.as_bytes());
            }
        }
        format!("{:016x}", hasher.digest())
    }

    /// Whether the files in `dir` are still those these sources were: the
    /// same root, the same files matched by its patterns, the same bytes.
    /// Reads them, but parses nothing.
    fn hold(&self, dir: &Path) -> bool {
        let Ok(root) = std::fs::read_to_string(dir.join(ROOT_FILE)) else {
            return false;
        };
        let mut names = Vec::new();
        for pattern in &self.includes {
            match matching(dir, pattern) {
                Ok(matched) if !matched.is_empty() => add_new(&mut names, matched),
                _ => return false,
            }
        }
        let mut texts = Vec::with_capacity(names.len());
        for name in &names {
            let Ok(text) = std::fs::read_to_string(dir.join(name)) else {
                return false;
            };
            texts.push(text);
        }
        let files = names
            .iter()
            .zip(&texts)
            .map(|(n, t)| (n.as_str(), t.as_str()));
        Sources::hash(std::iter::once((ROOT_FILE, root.as_str())).chain(files)) == self.hash
    }
}

/// The calendar directory: `explicit` (from `-C`/`RITME_CALENDAR`), else the
/// nearest directory holding `ritme.toml` from `cwd` upwards.
pub(crate) fn find_dir(explicit: Option<&Path>, cwd: &Path) -> Result<PathBuf> {
    if let Some(dir) = explicit {
        let dir = if dir.is_absolute() {
            dir.to_path_buf()
        } else {
            cwd.join(dir)
        };
        if dir.join(ROOT_FILE).is_file() {
            return Ok(dir);
        }
        return Err(Error::usage(format!(
            "no {ROOT_FILE} in {} (create one with `ritme init {}`)",
            dir.display(),
            dir.display()
        )));
    }
    cwd.ancestors()
        .find(|d| d.join(ROOT_FILE).is_file())
        .map(Path::to_path_buf)
        .ok_or_else(|| {
            Error::usage(format!(
                "no {ROOT_FILE} in {} or any parent directory (use -C DIR, or create one with `ritme init`)",
                cwd.display()
            ))
        })
}

/// Reads and validates the calendar in `dir`.
pub fn load(dir: &Path) -> Result<Loaded> {
    let root = read(dir, ROOT_FILE)?;
    let mut diagnostics = Vec::new();
    let root_parsed = parse(&root, &mut diagnostics);
    let mut files = vec![(root, root_parsed)];
    let mut includes = Vec::new();
    if let Some(parsed) = &files[0].1 {
        let names;
        (includes, names) = include_names(dir, &files[0].0, &parsed.raw, &mut diagnostics);
        for name in names {
            let file = read(dir, &name)?;
            let parsed = parse(&file, &mut diagnostics);
            files.push((file, parsed));
        }
    }
    if !diagnostics.is_empty() {
        return Err(Error::Definitions(diagnostics));
    }
    let sources = Sources {
        hash: Sources::hash(
            files
                .iter()
                .map(|(f, _)| (f.name.as_str(), f.text.as_str())),
        ),
        includes,
    };
    let mut canonical = String::new();
    let files: Vec<(SourceFile, raw::RawFile)> = files
        .into_iter()
        .map(|(f, parsed)| {
            let parsed = parsed.unwrap_or_default();
            canonical.push_str(&parsed.canonical);
            canonical.push('\u{0}');
            (f, parsed.raw)
        })
        .collect();
    let calendar = validate::calendar(&files)?;
    Ok(Loaded {
        calendar,
        dir: dir.to_path_buf(),
        definitions: format!("{:016x}", xxhash_rust::xxh3::xxh3_64(canonical.as_bytes())),
        sources,
    })
}

/// A definition file as read: for validation, and as a canonical value
/// (tables sorted, no comments or layout) for the definitions hash, which
/// takes each file's canonical text in the order the files are read.
#[derive(Default)]
struct Parsed {
    raw: raw::RawFile,
    canonical: String,
}

fn read(dir: &Path, name: &str) -> Result<SourceFile> {
    let path = dir.join(name);
    let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
    Ok(SourceFile::new(name, text))
}

/// Parses `file` once: the TOML parser is most of reading a calendar, and
/// both the definitions and their hash are made from the same parsed tree.
fn parse(file: &SourceFile, diagnostics: &mut Vec<Diagnostic>) -> Option<Parsed> {
    use serde::Deserialize;
    let parsed = toml::de::DeTable::parse(&file.text).and_then(|tree| {
        let canonical = match canonical::table(tree.get_ref()) {
            Some(table) => table,
            None => toml::Table::deserialize(toml::de::Deserializer::from(tree.clone()))?,
        };
        let raw = raw::RawFile::deserialize(toml::de::Deserializer::from(tree))?;
        Ok(Parsed {
            raw,
            canonical: canonical.to_string(),
        })
    });
    match parsed {
        Ok(parsed) => Some(parsed),
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            let (message, hint) = explain_toml_error(e.message());
            let mut d = file.diagnostic(span, message).with_hint(hint);
            if let Some(value) = d.marked_text().map(str::to_string) {
                if !value.is_empty() && !d.message.contains(&value) && value.len() <= 60 {
                    d.message = format!("{} (found {value})", d.message);
                }
            }
            diagnostics.push(d);
            None
        }
    }
}

/// Turns toml's and serde's messages into ours, with a near miss for
/// unknown fields and values ("unknown field `strat`, expected one of ...").
fn explain_toml_error(message: &str) -> (String, Option<String>) {
    let message = message.trim().to_string();
    for (prefix, what) in [("unknown field `", "field"), ("unknown variant `", "value")] {
        if let Some(rest) = message.strip_prefix(prefix) {
            let (name, tail) = rest.split_once('`').unwrap_or((rest, ""));
            let expected: Vec<&str> = tail.split('`').skip(1).step_by(2).collect();
            let hint = crate::error::suggest::hint(name, expected.iter().copied()).or_else(|| {
                (!expected.is_empty()).then(|| format!("expected one of: {}", expected.join(", ")))
            });
            return (format!("unknown {what} \"{name}\""), hint);
        }
    }
    (message, None)
}

/// The root's `include` patterns, and the files they name, sorted, each
/// once.
fn include_names(
    dir: &Path,
    root: &SourceFile,
    raw: &raw::RawFile,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<String>, Vec<String>) {
    let Some(patterns) = raw
        .calendar
        .as_ref()
        .and_then(|c| c.get_ref().include.as_ref())
    else {
        return (Vec::new(), Vec::new());
    };
    let mut names = Vec::new();
    for pattern in patterns.get_ref() {
        let text = pattern.get_ref();
        let matched = match matching(dir, text) {
            Ok(matched) => matched,
            Err(e) => {
                diagnostics.push(root.diagnostic(
                    pattern.span(),
                    format!("invalid include pattern \"{text}\": {}", e.msg),
                ));
                continue;
            }
        };
        if matched.is_empty() {
            let what = if text.contains(['*', '?', '[']) {
                format!("include \"{text}\" matches no file")
            } else {
                format!("included file \"{text}\" does not exist")
            };
            diagnostics.push(root.diagnostic(pattern.span(), what));
        }
        add_new(&mut names, matched);
    }
    let patterns = patterns
        .get_ref()
        .iter()
        .map(|p| p.get_ref().clone())
        .collect();
    (patterns, names)
}

/// The files in `dir` that `pattern` matches, sorted, the root left out.
fn matching(dir: &Path, pattern: &str) -> std::result::Result<Vec<String>, glob::PatternError> {
    let full = dir.join(pattern).to_string_lossy().into_owned();
    let mut m: Vec<String> = glob::glob(&full)?
        .filter_map(|p| p.ok())
        .filter(|p| p.is_file())
        .filter_map(|p| relative_name(dir, &p))
        .filter(|n| n != ROOT_FILE)
        .collect();
    m.sort();
    Ok(m)
}

/// Adds the names of `matched` that `names` does not hold yet.
fn add_new(names: &mut Vec<String>, matched: Vec<String>) {
    for name in matched {
        if !names.contains(&name) {
            names.push(name);
        }
    }
}

fn relative_name(dir: &Path, path: &Path) -> Option<String> {
    let rel = path.strip_prefix(dir).ok()?;
    Some(
        rel.components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/"),
    )
}
