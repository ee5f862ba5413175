//! A lock changed in a few places, without reading or rendering the rest
//! (issue 19): a re-plan that changed the items of one format replaces
//! their blocks and the header, and copies the other 10 MB through. The
//! text is the one [`super::render`] gives for the whole lock, since
//! blocks stand sorted by key, each after a blank line, and a value never
//! holds a line break (JSON escapes it): a line that starts with `[` starts
//! a block.

use super::text::render_header;
use super::Header;

/// The blocks of one key range `[from, until)` as [`super::render`] writes
/// them, sorted by key.
pub(crate) type Blocks = ((String, String), Vec<u8>);

/// `old` (a lock as [`super::render`] wrote it) with `header` and, for each
/// key range `[from, until)` in `blocks`, the blocks standing in it replaced
/// by the given text (blocks sorted by key, every key inside its range).
/// The ranges do not overlap.
pub(crate) fn splice(old: &str, header: &Header, blocks: &[Blocks]) -> Vec<u8> {
    let body = old.find("\n[").unwrap_or(old.len());
    let mut out = Vec::with_capacity(old.len() + 1024);
    render_header(header, &mut out);
    let mut ranges: Vec<&Blocks> = blocks.iter().collect();
    ranges.sort_by(|a, b| a.0 .0.cmp(&b.0 .0));
    let mut at = body;
    for ((from, until), text) in ranges {
        let start = first_block_from(old, at, from);
        let end = first_block_from(old, start, until);
        out.extend_from_slice(&old.as_bytes()[at..start]);
        out.extend_from_slice(text);
        at = end;
    }
    out.extend_from_slice(&old.as_bytes()[at..]);
    out
}

/// Where the first block at or after byte `from` whose key is `key` or
/// later starts (at the blank line before it), or the end of `text`.
fn first_block_from(text: &str, from: usize, key: &str) -> usize {
    let mut at = from;
    while let Some(i) = text[at..].find("\n[") {
        let start = at + i;
        let name = &text[start + 2..];
        let name = &name[..name.find("]\n").unwrap_or(name.len())];
        if name >= key {
            // The line break found is the blank line's: the block's first byte.
            return start;
        }
        at = start + 2;
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lock::{parse, render, render_records, Entry, Lock, Record};

    fn record(key: &str, owner: &str) -> Record {
        Record {
            key: key.into(),
            entries: vec![
                Entry::planned("fp", "00"),
                Entry::planned("owner", owner),
                Entry::planned("created", "2026-11-23T12:00:00Z"),
            ],
        }
    }

    fn lock(records: &[Record], definitions: &str) -> Lock {
        Lock {
            range: Some((
                chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
                chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
            )),
            today: chrono::NaiveDate::from_ymd_opt(2026, 3, 1),
            definitions: definitions.into(),
            records: records.iter().map(|r| (r.key.clone(), r.clone())).collect(),
        }
    }

    /// A key range and the text of `records` in it.
    fn blocks(prefix: &str, records: Vec<Record>) -> Blocks {
        let mut text = Vec::new();
        render_records(records.iter(), &mut text);
        (range(prefix), text)
    }

    fn range(prefix: &str) -> (String, String) {
        let mut until = prefix.to_string();
        until.pop();
        until.push('0');
        (prefix.to_string(), until)
    }

    #[test]
    fn a_spliced_lock_is_the_rendered_one() {
        let before = [
            record("format/a/2026-01-05", "anna"),
            record("format/b/2026-01-05", "bert"),
            record("format/b/2026-01-12", "bert"),
            record("format/bb/2026-01-05", "chris"),
            record("page/x", "dana"),
        ];
        let old = render(&lock(&before, "1111"));
        // The lock after, and the key ranges changed with their records.
        type Case<'a> = (Vec<Record>, Vec<(&'a str, Vec<Record>)>);
        let cases: Vec<Case> = vec![
            // One format's blocks changed.
            (
                vec![
                    before[0].clone(),
                    record("format/b/2026-01-05", "erik"),
                    record("format/b/2026-01-12", "erik"),
                    before[3].clone(),
                    before[4].clone(),
                ],
                vec![(
                    "format/b/",
                    vec![
                        record("format/b/2026-01-05", "erik"),
                        record("format/b/2026-01-12", "erik"),
                    ],
                )],
            ),
            // The first and a last one, one of them gone.
            (
                vec![
                    record("format/a/2026-01-05", "erik"),
                    before[1].clone(),
                    before[2].clone(),
                    before[4].clone(),
                ],
                vec![
                    ("format/bb/", vec![]),
                    ("format/a/", vec![record("format/a/2026-01-05", "erik")]),
                ],
            ),
            // A range with no blocks yet, and only the header.
            (
                vec![
                    record("aaa/1", "x"),
                    before[0].clone(),
                    before[1].clone(),
                    before[2].clone(),
                    before[3].clone(),
                    before[4].clone(),
                ],
                vec![("aaa/", vec![record("aaa/1", "x")])],
            ),
            (before.to_vec(), vec![]),
        ];
        let header = lock(&[], "2222");
        for (after, changed) in cases {
            let wanted = render(&lock(&after, "2222"));
            let blocks: Vec<Blocks> = changed
                .iter()
                .map(|(prefix, records)| blocks(prefix, records.clone()))
                .collect();
            let spliced = String::from_utf8(splice(&old, &header.header(), &blocks)).unwrap();
            assert_eq!(spliced, wanted, "{changed:?}");
            assert!(parse(&spliced).is_ok());
        }
        let empty = render(&lock(&[], "1111"));
        let blocks = vec![blocks("format/a/", vec![before[0].clone()])];
        assert_eq!(
            splice(&empty, &header.header(), &blocks),
            render(&lock(&before[..1], "2222")).into_bytes()
        );
    }
}
