//! The lock's text: [`render`] and [`parse`], each the other's inverse.
//! Written by hand: the lines are TOML-like for people reading `git diff`,
//! but a TOML parser would neither keep line numbers for errors nor let us
//! say "git left a conflict here".

use std::io::Write;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;

use super::{rank, Entry, Header, Lock, LockError, Record, Stamp, VERSION};

const HEADER: &str = "# ritme.lock: the plan's state that the calendar's TOML does not say\n\
# (owners as assigned, edits, reviews, feed stamps). Written by `ritme plan`\n\
# and every edit; commit it beside ritme.toml. After a git conflict here, run\n\
# `ritme plan`: it merges both sides. The README describes the format.\n";

/// The lock as text: deterministic, sorted by key.
pub fn render(lock: &Lock) -> String {
    let mut out = Vec::with_capacity(128 + lock.records.len() * 96);
    render_header(&lock.header(), &mut out);
    render_records(lock.records.values(), &mut out);
    into_text(out)
}

/// The text [`render`] and its parts write: only `str`s and JSON, so
/// always UTF-8.
pub(crate) fn into_text(out: Vec<u8>) -> String {
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The lock's header: everything before its first record.
pub(crate) fn render_header(header: &Header, out: &mut Vec<u8>) {
    out.extend_from_slice(HEADER.as_bytes());
    let _ = writeln!(out, "version = {VERSION}");
    if let Some((from, until)) = header.range {
        let _ = writeln!(out, "range = \"{from}..{until}\"");
    }
    if let Some(today) = header.today {
        let _ = writeln!(out, "today = \"{today}\"");
    }
    let _ = writeln!(out, "definitions = \"{}\"", header.definitions);
}

/// The blocks of `records`, each after a blank line, in the given order,
/// each block's lines in their written order ([`Record::sort`]).
pub(crate) fn render_records<'r>(records: impl Iterator<Item = &'r Record>, out: &mut Vec<u8>) {
    for record in records {
        render_key(&record.key, out);
        let mut lines: Vec<&Entry> = record.entries.iter().collect();
        lines.sort_by(|a, b| rank(&a.name).cmp(&rank(&b.name)));
        for e in lines {
            render_line(out, &e.name, &e.value, e.by.as_ref());
        }
    }
}

/// The start of a block: a blank line, then `[key]`.
pub(crate) fn render_key(key: &str, out: &mut Vec<u8>) {
    out.extend_from_slice(b"\n[");
    out.extend_from_slice(key.as_bytes());
    out.extend_from_slice(b"]\n");
}

/// One line of a block: `name = JSON`, and ` @ WHEN by "WHO"` when a
/// person set it. Every line of the lock is written here: the value by
/// `serde_json`, as [`Value`]'s text, whether it is one or a plain
/// string, number or tuple (the item blocks are written straight from
/// rows and items, without building values).
pub(crate) fn render_line(
    out: &mut Vec<u8>,
    name: &str,
    value: &(impl Serialize + ?Sized),
    by: Option<&Stamp>,
) {
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b" = ");
    // Into a `Vec`, serialising strings, numbers, options, sequences and
    // values cannot fail.
    let _ = serde_json::to_writer(&mut *out, value);
    if let Some(by) = by {
        out.extend_from_slice(b" @ ");
        out.extend_from_slice(by.when.as_bytes());
        out.extend_from_slice(b" by ");
        let _ = serde_json::to_writer(&mut *out, &by.who);
    }
    out.push(b'\n');
}

/// Reads a lock. Git's conflict markers are an error here (only `plan`
/// resolves them, through [`super::resolve`]).
pub fn parse(text: &str) -> Result<Lock, LockError> {
    let mut lock = Lock::default();
    let mut version = None;
    let mut current: Option<Record> = None;
    let mut pending = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let err = |message: String| LockError { line, message };
        let trimmed = raw.trim_end_matches('\r');
        if is_conflict_marker(trimmed) {
            return Err(err(
                "git left a merge conflict here: run `ritme plan`, which merges both sides".into(),
            ));
        }
        let trimmed = trimmed.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if let Some(key) = trimmed.strip_prefix('[') {
            let Some(key) = key.strip_suffix(']').filter(|k| !k.is_empty()) else {
                return Err(err(format!("a broken item line {}", shorten(trimmed))));
            };
            if version.is_none() {
                return Err(err("the lock has no `version` line before its items".into()));
            }
            if let Some(done) = current.take() {
                insert(&mut lock, &mut pending, done, line)?;
            }
            current = Some(Record {
                key: key.to_string(),
                entries: Vec::new(),
            });
            continue;
        }
        let entry = entry(trimmed).map_err(err)?;
        match &mut current {
            Some(record) => record.entries.push(entry),
            None => header(&mut lock, &mut version, entry).map_err(err)?,
        }
    }
    if let Some(done) = current.take() {
        insert(&mut lock, &mut pending, done, text.lines().count())?;
    }
    flush(&mut lock, &mut pending);
    if version.is_none() && !text.trim().is_empty() {
        return Err(LockError {
            line: 1,
            message: "the lock has no `version` line".into(),
        });
    }
    Ok(lock)
}

/// Reads a lock's header alone: its lines before the first item. For a
/// command that needs the range, the definitions hash and today, not the
/// records (on a large calendar, 100,000 of them).
pub(crate) fn parse_header(text: &str) -> Result<Lock, LockError> {
    let end = text.find("\n[").map_or(text.len(), |i| i + 1);
    parse(&text[..end])
}

/// A line git writes around a conflict.
pub(crate) fn is_conflict_marker(line: &str) -> bool {
    ["<<<<<<<", "|||||||", "=======", ">>>>>>>"]
        .iter()
        .any(|m| line.starts_with(m))
}

/// Adds a record read before `line`. Records in strictly ascending key
/// order, as ritme writes them, wait in `pending` and go into the map in
/// one go (one insert at a time, comparing keys with long shared prefixes,
/// was most of the time reading a lock of 100,000 items); the first out of
/// order puts them there and is inserted on its own, refused when its key
/// stands twice.
fn insert(
    lock: &mut Lock,
    pending: &mut Vec<Record>,
    record: Record,
    line: usize,
) -> Result<(), LockError> {
    if lock.records.is_empty() && pending.last().is_none_or(|last| last.key < record.key) {
        pending.push(record);
        return Ok(());
    }
    flush(lock, pending);
    if lock.records.contains_key(&record.key) {
        return Err(LockError {
            line,
            message: format!("the item [{}] stands twice in the lock", record.key),
        });
    }
    lock.records.insert(record.key.clone(), record);
    Ok(())
}

/// Puts the records waiting in `pending` into the lock's map.
fn flush(lock: &mut Lock, pending: &mut Vec<Record>) {
    if !pending.is_empty() {
        lock.records = pending.drain(..).map(|r| (r.key.clone(), r)).collect();
    }
}

fn header(lock: &mut Lock, version: &mut Option<u32>, entry: Entry) -> Result<(), String> {
    let text = || {
        entry
            .value
            .as_str()
            .ok_or_else(|| format!("`{}` takes a string, not {}", entry.name, entry.value))
    };
    match entry.name.as_str() {
        "version" => {
            let v = entry.value.as_u64().unwrap_or(0);
            if v != u64::from(VERSION) {
                return Err(format!(
                    "the lock has version {}, and this ritme reads version {VERSION}; use the ritme that wrote it, or upgrade",
                    entry.value
                ));
            }
            *version = Some(VERSION);
        }
        "range" => {
            let t = text()?;
            let parsed = t
                .split_once("..")
                .and_then(|(a, b)| Some((date(a)?, date(b)?)))
                .filter(|(a, b)| a <= b);
            lock.range = Some(parsed.ok_or_else(|| {
                format!("`range` is FROM..UNTIL with FROM on or before UNTIL, not {t:?}")
            })?);
        }
        "today" => {
            let t = text()?;
            lock.today = Some(date(t).ok_or_else(|| format!("`today` is a date, not {t:?}"))?);
        }
        "definitions" => lock.definitions = text()?.to_string(),
        other => return Err(format!("unknown header line `{other}`")),
    }
    if version.is_none() {
        return Err("the lock must start with its `version` line".into());
    }
    Ok(())
}

fn date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// `name = JSON` or `name = JSON @ WHEN by "WHO"`.
fn entry(line: &str) -> Result<Entry, String> {
    let Some((name, rest)) = line.split_once(" = ") else {
        return Err(format!(
            "expected `name = value` or `[key]`, found {}",
            shorten(line)
        ));
    };
    let name = name.trim();
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.')
    {
        return Err(format!("a broken field name {}", shorten(name)));
    }
    let (value, tail) = match plain_value(rest) {
        Some(read) => read,
        None => {
            let mut values = serde_json::Deserializer::from_str(rest).into_iter::<Value>();
            match values.next() {
                Some(Ok(v)) => (v, &rest[values.byte_offset()..]),
                _ => return Err(format!("`{name}` has a broken value {}", shorten(rest))),
            }
        }
    };
    let tail = tail.trim();
    let by = if tail.is_empty() {
        None
    } else {
        let stamp = tail
            .strip_prefix('@')
            .map(str::trim)
            .and_then(|t| t.split_once(" by "))
            .and_then(|(when, who)| {
                let who: String = serde_json::from_str(who.trim()).ok()?;
                Some(Stamp {
                    when: when.trim().to_string(),
                    who,
                })
            });
        Some(stamp.ok_or_else(|| {
            format!(
                "`{name}`: after the value, expected `@ WHEN by \"WHO\"`, found {}",
                shorten(tail)
            )
        })?)
    };
    Ok(Entry {
        name: name.to_string(),
        value,
        by,
    })
}

/// The value at the start of `rest` when it is a string without escapes or
/// `null`, most of a lock's values, and the text after it; `None` for any
/// other value, which serde_json reads. Reading a 100,000-item lock, serde
/// was most of the time spent on such values.
fn plain_value(rest: &str) -> Option<(Value, &str)> {
    if let Some(after) = rest.strip_prefix("null") {
        return (after.is_empty() || after.starts_with(' ')).then_some((Value::Null, after));
    }
    let body = rest.strip_prefix('"')?;
    let end = body.find(['"', '\\'])?;
    let text = &body[..end];
    // An escape, or a control character JSON does not allow unescaped.
    if body.as_bytes()[end] != b'"' || text.bytes().any(|b| b < 0x20) {
        return None;
    }
    Some((Value::String(text.to_string()), &body[end + 1..]))
}

/// At most 60 characters of `text`, quoted, for a message.
fn shorten(text: &str) -> String {
    let mut s: String = text.chars().take(60).collect();
    if s.len() < text.len() {
        s.push('…');
    }
    format!("{s:?}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lock::Stamp;

    fn sample() -> Lock {
        let mut lock = Lock {
            range: Some((
                NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
                NaiveDate::from_ymd_opt(2027, 6, 30).unwrap(),
            )),
            today: NaiveDate::from_ymd_opt(2026, 12, 2),
            definitions: "00ff".into(),
            records: Default::default(),
        };
        let by = Stamp {
            when: "2026-12-03T09:00:00Z".into(),
            who: "anna@example.org".into(),
        };
        let record = Record {
            key: "format/x/2026-12-07".into(),
            entries: vec![
                Entry::planned("created", "2026-12-02T10:00:00Z"),
                Entry {
                    name: "owner".into(),
                    value: "gijs".into(),
                    by: Some(by.clone()),
                },
                Entry::planned("fp", "a1"),
                Entry {
                    name: "note".into(),
                    value: "Bel \"Piet\"\nmorgen".into(),
                    by: Some(by),
                },
            ],
        };
        lock.records.insert(record.key.clone(), record);
        lock
    }

    #[test]
    fn render_then_parse_gives_the_lock_back() {
        let lock = sample();
        let text = render(&lock);
        let mut back = parse(&text).unwrap();
        for r in lock.records.values() {
            let mut r = r.clone();
            r.sort();
            assert_eq!(back.records.remove(&r.key).unwrap(), r);
        }
        assert_eq!(back.range, lock.range);
        assert_eq!(back.today, lock.today);
        assert_eq!(back.definitions, "00ff");
    }

    #[test]
    fn lines_are_written_in_their_fixed_order() {
        let text = render(&sample());
        let block: Vec<&str> = text
            .lines()
            .skip_while(|l| !l.starts_with('['))
            .map(|l| l.split(' ').next().unwrap())
            .collect();
        assert_eq!(
            block,
            ["[format/x/2026-12-07]", "fp", "owner", "note", "created"]
        );
        assert!(text.contains("owner = \"gijs\" @ 2026-12-03T09:00:00Z by \"anna@example.org\"\n"));
    }

    #[test]
    fn plain_values_read_as_serde_json_reads_them() {
        // (value, whether it is read without serde_json)
        for (rest, plain) in [
            (r#""gijs""#, true),
            (r#""" @ 2026-12-03T09:00:00Z by "x""#, true),
            (r#""é ✓""#, true),
            ("null", true),
            (r#"null @ 2026-12-03T09:00:00Z by "x""#, true),
            (r#""Bel \"Piet\"\nmorgen""#, false),
            ("nullx", false),
            (r#""cut"#, false),
            ("\"tab\there\"", false),
            (r#"["2026-12-03T09:00:00Z", "x", "set", null]"#, false),
        ] {
            let mut values = serde_json::Deserializer::from_str(rest).into_iter::<Value>();
            let serde = match values.next() {
                Some(Ok(v)) => Some((v, &rest[values.byte_offset()..])),
                _ => None,
            };
            let read = plain_value(rest);
            assert_eq!(read.is_some(), plain, "{rest}");
            if plain {
                assert_eq!(read, serde, "{rest}");
            }
        }
    }

    #[test]
    fn conflict_markers_name_their_line() {
        let text = format!(
            "{}\n<<<<<<< HEAD\nowner = \"a\"\n=======\nowner = \"b\"\n>>>>>>> x\n",
            render(&sample())
        );
        let line = text.lines().position(|l| l.starts_with("<<<")).unwrap() + 1;
        let err = parse(&text).unwrap_err();
        assert_eq!(err.line, line);
        assert!(err.message.contains("ritme plan"), "{}", err.message);
    }

    #[test]
    fn a_broken_line_an_unknown_version_and_a_twice_stored_key_are_refused() {
        let good = render(&sample());
        let broken = good.replace("fp = \"a1\"", "fp = \"a1");
        let line = broken.lines().position(|l| l.starts_with("fp")).unwrap() + 1;
        assert_eq!(parse(&broken).unwrap_err().line, line);
        let newer = good.replace("version = 1", "version = 9");
        assert!(parse(&newer).unwrap_err().message.contains("version 9"));
        let twice = format!("{good}\n[format/x/2026-12-07]\nfp = \"b\"\n");
        assert!(parse(&twice).unwrap_err().message.contains("twice"));
        let unsorted = format!("{good}\n[a/first]\nfp = \"b\"\n");
        assert_eq!(parse(&unsorted).unwrap().records.len(), 2);
        assert!(parse("").unwrap().records.is_empty());
    }

    #[test]
    fn the_header_alone_is_the_whole_lock_s_header_with_its_errors() {
        let good = render(&sample());
        let header = parse_header(&good).unwrap();
        assert_eq!(header.header(), parse(&good).unwrap().header());
        assert!(header.records.is_empty());
        for broken in [
            good.replace("version = 1\n", ""),
            good.replace("version = 1", "version = 9"),
            good.replacen("range = \"", "range = \"x", 1),
        ] {
            assert_eq!(
                parse_header(&broken).unwrap_err(),
                parse(&broken).unwrap_err()
            );
        }
    }
}
