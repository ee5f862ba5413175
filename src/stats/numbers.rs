//! Imported numbers as files in the calendar directory (SPEC sections 8
//! and 10): the text of one file of [`DIR`], [`render`] and [`parse`], each
//! the other's inverse. The store keeps the files beside the database and
//! rebuilds its numbers from them ([`crate::store`]); this module only
//! knows the text.
//!
//! One file per month of the measurement date, `ritme.numbers/2026-09.csv`:
//! two clones that import different months write different files. Each is
//! CSV with a fixed header, one line per item and measurement day, sorted
//! by key then day, so `git diff` shows an import as added or changed lines:
//!
//! ```text
//! key,measured,views,readers,reactions,comments,read_seconds,clicks,url
//! format/verhaal/2026-09-07,2026-09-30,100,80,3,1,95.5,,https://intranet.example.org/v1
//! ```

use std::fmt::Write;

use chrono::NaiveDate;

use super::{Measure, Measures};
use crate::error::diagnostic::SourceFile;
use crate::error::{Error, Result};

/// The directory beside `ritme.toml` that holds the numbers.
pub const DIR: &str = "ritme.numbers";

/// Git merges the files of [`DIR`] line by line, keeping both sides' lines
/// (each line is one measurement): written into the directory as
/// `.gitattributes`.
pub const GITATTRIBUTES: &str =
    "# Written by ritme: each line of a numbers file is one measurement, so a\n\
# merge keeps both sides' lines.\n\
*.csv merge=union\n";

/// The first line of every file.
pub const HEADER: &str = "key,measured,views,readers,reactions,comments,read_seconds,clicks,url";

/// One measurement of one item.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub key: String,
    pub measured: NaiveDate,
    pub measures: Measures,
    pub url: Option<String>,
}

/// The file a measurement of `measured` goes to: `YYYY-MM.csv`.
pub fn file_name(measured: NaiveDate) -> String {
    measured.format("%Y-%m.csv").to_string()
}

/// Whether `name` is a file of [`DIR`] that ritme reads.
pub fn is_numbers_file(name: &str) -> bool {
    name.ends_with(".csv") && !name.starts_with('.')
}

/// The text of one file: the header, then `rows` sorted by key and day.
pub fn render(rows: &[Row]) -> String {
    let mut sorted: Vec<&Row> = rows.iter().collect();
    sorted.sort_by(|a, b| (&a.key, a.measured).cmp(&(&b.key, b.measured)));
    let mut out = String::with_capacity(64 + rows.len() * 64);
    out.push_str(HEADER);
    out.push('\n');
    for row in sorted {
        out.push_str(&row.key);
        let _ = write!(out, ",{}", row.measured.format("%Y-%m-%d"));
        for m in Measure::ALL {
            out.push(',');
            if let Some(v) = row.measures.get(m) {
                // f64's Display is the shortest text that reads back the
                // same: `100` for a count, `95.5` for seconds.
                let _ = write!(out, "{v}");
            }
        }
        out.push(',');
        if let Some(url) = &row.url {
            if url.contains([',', '"']) {
                let _ = write!(out, "\"{}\"", url.replace('"', "\"\""));
            } else {
                out.push_str(url);
            }
        }
        out.push('\n');
    }
    out
}

/// Reads one file, each row with its line; `name` is how messages name
/// it (relative to the calendar). Lines may stand in any order (a git
/// union merge appends); a bad line, a measurement of another month than
/// the file's name says, or a second line for the same item and day is an
/// error at its line and column (exit 2).
pub fn parse(name: &str, text: &str) -> Result<Vec<(usize, Row)>> {
    let file = SourceFile::new(name, text);
    let fail = |offset: usize, len: usize, message: String| {
        Error::Definitions(vec![file.diagnostic(offset..offset + len, message)])
    };
    let month = name.rsplit('/').next().and_then(|n| {
        NaiveDate::parse_from_str(&format!("{}-01", n.trim_end_matches(".csv")), "%Y-%m-%d").ok()
    });
    let mut seen: std::collections::HashMap<(String, NaiveDate), usize> = Default::default();
    let mut rows = Vec::new();
    let mut offset = 0;
    for (i, raw) in text.split_inclusive('\n').enumerate() {
        let start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        if i == 0 {
            if line.trim_start_matches('\u{feff}') != HEADER {
                return Err(fail(
                    start,
                    line.len(),
                    format!("a numbers file starts with the header `{HEADER}`: the file is written by `ritme import stats`; restore it from git"),
                ));
            }
            continue;
        }
        if line.is_empty() {
            continue;
        }
        if crate::lock::is_conflict_marker(line) {
            return Err(fail(
                start,
                line.len(),
                "git left a merge conflict here: keep the lines of both sides and delete the markers".into(),
            ));
        }
        let row = row(line).map_err(|(at, len, message)| fail(start + at, len, message))?;
        let day_at = start + row.key.len() + 1;
        if let Some(m) = month.filter(|m| file_name(*m) != file_name(row.measured)) {
            return Err(fail(
                day_at,
                10,
                format!(
                    "a measurement of {} in the file of {}: it belongs in {}",
                    row.measured,
                    m.format("%Y-%m"),
                    file_name(row.measured)
                ),
            ));
        }
        if let Some(first) = seen.insert((row.key.clone(), row.measured), i + 1) {
            return Err(fail(
                start,
                line.len(),
                format!(
                    "{} has a second line for {} (the first is line {first}): keep one of them",
                    row.key, row.measured
                ),
            ));
        }
        rows.push((i + 1, row));
    }
    if text.is_empty() {
        return Err(fail(
            0,
            0,
            format!("the file is empty: a numbers file starts with the header `{HEADER}`"),
        ));
    }
    Ok(rows)
}

/// One data line; on error the byte offset and length of the bad cell.
fn row(line: &str) -> std::result::Result<Row, (usize, usize, String)> {
    let mut cells = Vec::with_capacity(9);
    let mut at = 0;
    for _ in 0..8 {
        let Some(end) = line[at..].find(',') else {
            return Err((
                0,
                line.len(),
                format!("expected 9 cells ({HEADER}), found {}", cells.len() + 1),
            ));
        };
        cells.push((at, &line[at..at + end]));
        at += end + 1;
    }
    cells.push((at, &line[at..]));
    let (key_at, key) = cells[0];
    if key.is_empty() {
        return Err((key_at, 1, "a line without its item's key".into()));
    }
    let (day_at, day) = cells[1];
    let measured = NaiveDate::parse_from_str(day, "%Y-%m-%d").map_err(|_| {
        (
            day_at,
            day.len(),
            format!("`measured` is a date YYYY-MM-DD, not {day:?}"),
        )
    })?;
    let mut measures = Measures::default();
    for (k, m) in Measure::ALL.into_iter().enumerate() {
        let (cell_at, cell) = cells[2 + k];
        if cell.is_empty() {
            continue;
        }
        let value = cell
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite() && *v >= 0.0 && (!m.is_count() || v.fract() == 0.0));
        let Some(value) = value else {
            let what = if m.is_count() {
                "a whole number"
            } else {
                "a number"
            };
            return Err((
                cell_at,
                cell.len().max(1),
                format!("`{}` is {what} of 0 or more, not {cell:?}", m.as_str()),
            ));
        };
        measures.set(m, Some(value));
    }
    let (url_at, url) = cells[8];
    let url = match url.strip_prefix('"') {
        Some(quoted) => Some(
            quoted
                .strip_suffix('"')
                .ok_or((
                    url_at,
                    url.len(),
                    "a quoted URL without its closing `\"`".to_string(),
                ))?
                .replace("\"\"", "\""),
        ),
        None => (!url.is_empty()).then(|| url.to_string()),
    };
    Ok(Row {
        key: key.to_string(),
        measured,
        measures,
        url,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<Row> {
        let mut a = Measures::default();
        a.set(Measure::Views, Some(100.0));
        a.set(Measure::ReadSeconds, Some(95.5));
        let mut b = Measures::default();
        b.set(Measure::Clicks, Some(7.0));
        let day = |d| NaiveDate::from_ymd_opt(2026, 9, d).unwrap();
        vec![
            Row {
                key: "item/z".into(),
                measured: day(30),
                measures: b,
                url: Some("https://x.example/a,b?q=\"1\"".into()),
            },
            Row {
                key: "format/verhaal/2026-09-07".into(),
                measured: day(30),
                measures: a,
                url: None,
            },
        ]
    }

    #[test]
    fn render_then_parse_gives_the_rows_back_sorted() {
        let text = render(&sample());
        assert_eq!(
            text.lines().nth(1),
            Some("format/verhaal/2026-09-07,2026-09-30,100,,,,95.5,,")
        );
        let back: Vec<Row> = parse("ritme.numbers/2026-09.csv", &text)
            .unwrap()
            .into_iter()
            .map(|(_, r)| r)
            .collect();
        let mut expected = sample();
        expected.reverse();
        assert_eq!(back, expected);
        assert_eq!(render(&back), text);
    }

    #[test]
    fn a_bad_cell_is_named_by_line_and_column() {
        let text = render(&sample()).replace(",100,", ",1O0,");
        let Error::Definitions(d) = parse("ritme.numbers/2026-09.csv", &text).unwrap_err() else {
            panic!("not located");
        };
        let loc = d[0].location.as_ref().unwrap();
        assert_eq!((loc.line, loc.column), (2, 38));
        assert!(d[0].message.contains("\"1O0\""), "{}", d[0].message);
        let fraction = render(&sample()).replace(",100,", ",10.5,");
        assert!(parse("x.csv", &fraction).is_err());
        assert!(parse("x.csv", "key,other\n").is_err());
        assert!(parse("x.csv", "").is_err());
        let elsewhere = render(&sample());
        assert!(parse("ritme.numbers/2026-10.csv", &elsewhere).is_err());
        let twice = format!("{elsewhere}item/z,2026-09-30,1,,,,,,\n");
        let Error::Definitions(d) = parse("x.csv", &twice).unwrap_err() else {
            panic!("not located");
        };
        assert!(d[0].message.contains("line 3"), "{}", d[0].message);
    }
}
