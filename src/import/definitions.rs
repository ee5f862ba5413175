//! Writing imported definitions into a calendar: a file of ritme's own
//! under `imported/`, pulled in by an `include` glob, so a person's
//! hand-written files are never rewritten. The only change to a hand-written
//! file is one added `include` entry in `ritme.toml`, when none matches yet,
//! and it is announced. Everything is checked by loading the calendar again;
//! when that fails, both files are put back as they were.

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::config::{self, ROOT_FILE};
use crate::error::{Error, Result};

/// The folder imported files go to, and the include entry that pulls them in.
pub(crate) const FOLDER: &str = "imported";
/// The `include` glob added to `ritme.toml` when none matches the file.
pub(crate) const GLOB: &str = "imported/*.toml";

/// What writing changed besides the imported file itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Include {
    /// An existing `include` glob already names the file.
    Present,
    /// `"imported/*.toml"` was added to `include` in `ritme.toml`.
    Added,
}

/// Writes `text` to `dir/name` (relative, under [`FOLDER`]) and makes sure
/// the calendar includes it. Refuses to replace an existing file unless
/// `replace`. Loads the calendar afterwards; on failure restores both files
/// and returns the error.
pub(crate) fn write(dir: &Path, name: &str, text: &str, replace: bool) -> Result<Include> {
    let target = dir.join(name);
    let previous = match std::fs::read(&target) {
        Ok(_) if !replace => {
            return Err(Error::usage(format!(
                "{name} already exists (from an earlier import): pass --replace to write it anew"
            )));
        }
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(Error::io(&target, e)),
    };
    let root_path = dir.join(ROOT_FILE);
    let root = std::fs::read_to_string(&root_path).map_err(|e| Error::io(&root_path, e))?;
    let new_root = with_include(&root, name)?;
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    write_atomic(&target, text.as_bytes())?;
    if let Some(new_root) = &new_root {
        if let Err(e) = write_atomic(&root_path, new_root.as_bytes()) {
            restore(&target, previous.as_deref());
            return Err(e);
        }
    }
    if let Err(e) = config::load(dir) {
        restore(&target, previous.as_deref());
        if new_root.is_some() {
            let _ = write_atomic(&root_path, root.as_bytes());
        }
        return Err(e);
    }
    Ok(if new_root.is_some() {
        Include::Added
    } else {
        Include::Present
    })
}

fn restore(target: &Path, previous: Option<&[u8]>) {
    let _ = match previous {
        Some(bytes) => write_atomic(target, bytes),
        None => std::fs::remove_file(target).map_err(|e| Error::io(target, e)),
    };
}

/// Writes to a temporary name beside `path`, then renames: a reader never
/// sees half a file.
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = path.with_extension("toml.tmp");
    std::fs::write(&tmp, bytes).map_err(|e| Error::io(&tmp, e))?;
    std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e))
}

#[derive(Deserialize)]
struct Root {
    calendar: Option<Spanned<CalendarTable>>,
}

#[derive(Deserialize)]
struct CalendarTable {
    include: Option<Spanned<Vec<Spanned<String>>>>,
}

/// `ritme.toml` with [`GLOB`] added to `include`, or `None` when an entry
/// already matches `name`. The text is changed in one place only; comments
/// and layout stay.
fn with_include(root: &str, name: &str) -> Result<Option<String>> {
    let parsed: Root = toml::from_str(root)
        .map_err(|e| Error::usage(format!("{ROOT_FILE} does not parse: {}", e.message())))?;
    let options = glob::MatchOptions {
        require_literal_separator: true,
        ..Default::default()
    };
    let include = parsed
        .calendar
        .as_ref()
        .and_then(|c| c.get_ref().include.as_ref());
    if let Some(list) = include {
        let covered = list
            .get_ref()
            .iter()
            .any(|p| glob::Pattern::new(p.get_ref()).is_ok_and(|g| g.matches_with(name, options)));
        if covered {
            return Ok(None);
        }
    }
    let quoted = format!("\"{GLOB}\"");
    let text = match include {
        Some(list) => match list.get_ref().last() {
            Some(last) => {
                let end = last.span().end;
                let line_start = root[..end].rfind('\n').map_or(0, |i| i + 1);
                let line_end = root[end..].find('\n').map_or(root.len(), |i| end + i);
                let multi_line = root[list.span().start..list.span().end].contains('\n');
                if multi_line && !root[end..line_end].contains(']') {
                    // One entry per line: a new line in the same style.
                    let indent: String = root[line_start..]
                        .chars()
                        .take_while(|c| c.is_whitespace())
                        .collect();
                    let rest = &root[end..line_end];
                    let comma = rest.trim_start().starts_with(',');
                    if comma {
                        let at = end + rest.find(',').unwrap_or(0) + 1;
                        format!("{}\n{indent}{quoted},{}", &root[..at], &root[at..])
                    } else {
                        format!("{},\n{indent}{quoted}{}", &root[..end], &root[end..])
                    }
                } else {
                    format!("{}, {quoted}{}", &root[..end], &root[end..])
                }
            }
            None => {
                let at = list.span().start + 1;
                format!("{}{quoted}{}", &root[..at], &root[at..])
            }
        },
        None => {
            let header = root
                .lines()
                .scan(0usize, |offset, line| {
                    let start = *offset;
                    *offset += line.len() + 1;
                    Some((start, line))
                })
                .find(|(_, l)| {
                    l.trim_start()
                        .strip_prefix("[calendar]")
                        .is_some_and(|rest| rest.trim().is_empty() || rest.trim().starts_with('#'))
                });
            let Some((start, line)) = header else {
                return Err(Error::usage(format!(
                    "cannot add an include to {ROOT_FILE}: add include = [{quoted}] to its [calendar] table, then import again"
                )));
            };
            let at = (start + line.len() + 1).min(root.len());
            let sep = if at == root.len() && !root.ends_with('\n') {
                "\n"
            } else {
                ""
            };
            format!("{}{sep}include = [{quoted}]\n{}", &root[..at], &root[at..])
        }
    };
    // The change must leave a file whose include now names the import.
    let check: Root = toml::from_str(&text).map_err(|e| {
        Error::usage(format!(
            "cannot add an include to {ROOT_FILE} safely ({}): add {quoted} to `include` yourself, then import again",
            e.message()
        ))
    })?;
    let ok = check
        .calendar
        .and_then(|c| c.into_inner().include)
        .is_some_and(|l| l.get_ref().iter().any(|p| p.get_ref() == GLOB));
    if !ok {
        return Err(Error::usage(format!(
            "cannot add an include to {ROOT_FILE} safely: add {quoted} to `include` yourself, then import again"
        )));
    }
    Ok(Some(text))
}

/// A TOML basic string for `text`, escaped as TOML wants.
pub fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// The longest slug [`slug`] makes: room is left for a date and a counter
/// within the 64 characters an id may have.
pub(crate) const SLUG_MAX: usize = 40;

/// An id from free text: lowercase ASCII letters and digits joined by `-`,
/// common accented letters folded (`é` -> `e`), cut after a whole word at
/// [`SLUG_MAX`] characters; `fallback` when nothing is left.
pub(crate) fn slug(text: &str, fallback: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = fold(c);
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut out = out.trim_end_matches('-').to_string();
    if out.len() > SLUG_MAX {
        let cut = out[..=SLUG_MAX].rfind('-').unwrap_or(SLUG_MAX);
        out.truncate(cut);
    }
    if out.is_empty() {
        fallback.to_string()
    } else {
        out
    }
}

fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAME: &str = "imported/feestdagen.toml";

    #[test]
    fn adds_a_line_to_a_list_written_one_per_line() {
        let root = "[calendar]\nid = \"x\"\ninclude = [\n  \"mensen.toml\",\n  \"formats/*.toml\",  # rubrieken\n]\n";
        let out = with_include(root, NAME).unwrap().unwrap();
        assert_eq!(
            out,
            "[calendar]\nid = \"x\"\ninclude = [\n  \"mensen.toml\",\n  \"formats/*.toml\",\n  \"imported/*.toml\",  # rubrieken\n]\n"
        );
        let no_comma = "[calendar]\ninclude = [\n  \"a.toml\"\n]\n";
        assert_eq!(
            with_include(no_comma, NAME).unwrap().unwrap(),
            "[calendar]\ninclude = [\n  \"a.toml\",\n  \"imported/*.toml\"\n]\n"
        );
    }

    #[test]
    fn adds_to_an_inline_list_an_empty_list_or_no_list() {
        let inline = "[calendar]\ninclude = [\"a.toml\", \"b/*.toml\"] # x\n";
        assert_eq!(
            with_include(inline, NAME).unwrap().unwrap(),
            "[calendar]\ninclude = [\"a.toml\", \"b/*.toml\", \"imported/*.toml\"] # x\n"
        );
        let empty = "[calendar]\ninclude = []\n";
        assert_eq!(
            with_include(empty, NAME).unwrap().unwrap(),
            "[calendar]\ninclude = [\"imported/*.toml\"]\n"
        );
        let none = "# kop\n[calendar] # de kalender\nid = \"x\"\n";
        assert_eq!(
            with_include(none, NAME).unwrap().unwrap(),
            "# kop\n[calendar] # de kalender\ninclude = [\"imported/*.toml\"]\nid = \"x\"\n"
        );
    }

    #[test]
    fn leaves_the_file_alone_when_a_glob_already_matches() {
        let root = "[calendar]\ninclude = [\"imported/*.toml\"]\n";
        assert_eq!(with_include(root, NAME).unwrap(), None);
        let star = "[calendar]\ninclude = [\"*.toml\"]\n";
        assert!(
            with_include(star, NAME).unwrap().is_some(),
            "*.toml does not reach into a folder"
        );
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Tweede Paasdag", "x"), "tweede-paasdag");
        assert_eq!(slug("Kerstmis (1e dag) 🎄", "x"), "kerstmis-1e-dag");
        assert_eq!(slug("Fête de l'Été", "x"), "fete-de-l-ete");
        assert_eq!(slug("🎉", "evenement"), "evenement");
        assert_eq!(
            slug(
                "Kantoor dicht tussen kerst en oud en nieuw, alleen storingsdienst",
                "x"
            ),
            "kantoor-dicht-tussen-kerst-en-oud-en"
        );
        assert_eq!(slug(&"a".repeat(50), "x").len(), SLUG_MAX);
    }
}
