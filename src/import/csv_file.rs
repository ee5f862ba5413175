//! Reading CSV files that other tools export (an analytics export, a
//! content inventory): UTF-8 with or without a byte-order mark, separated by
//! `,`, `;` (Dutch Excel) or tabs, with a header row whose names are matched
//! case-insensitively. Every row keeps its line number for messages.
//!
//! Reads bytes; never opens files or the database.

use chrono::NaiveDate;

use crate::error::{Error, Result};

/// A CSV file: its header, and its rows read one by one.
pub(crate) struct CsvFile<'b> {
    /// The name the user gave, for messages.
    pub name: String,
    /// The header cells, trimmed.
    pub headers: Vec<String>,
    bytes: &'b [u8],
    reader: csv::Reader<&'b [u8]>,
}

/// One data row, borrowed while it is read.
#[derive(Debug)]
pub(crate) struct CsvRow<'r> {
    /// 1-based line where the row starts.
    pub line: usize,
    record: &'r csv::StringRecord,
    name: &'r str,
}

impl CsvRow<'_> {
    /// The trimmed cell in `column`; `None` when absent or empty.
    pub(crate) fn cell(&self, column: usize) -> Option<&str> {
        self.record
            .get(column)
            .map(str::trim)
            .filter(|c| !c.is_empty())
    }

    /// `NAME:LINE`, for messages about this row.
    pub(crate) fn at(&self) -> String {
        format!("{}:{}", self.name, self.line)
    }
}

impl<'b> CsvFile<'b> {
    /// Reads the header of `bytes`; `name` is how messages name the file.
    pub(crate) fn parse(name: &str, bytes: &'b [u8]) -> Result<CsvFile<'b>> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(sniff_delimiter(bytes))
            .flexible(true)
            .has_headers(true)
            .from_reader(bytes);
        let headers: Vec<String> = reader
            .headers()
            .map_err(|e| csv_error(name, &e))?
            .iter()
            .map(|h| h.trim().to_string())
            .collect();
        if headers.iter().all(String::is_empty) {
            return Err(Error::usage(format!(
                "{name}: the file is empty; it needs a header row naming its columns"
            )));
        }
        Ok(CsvFile {
            name: name.to_string(),
            headers,
            bytes,
            reader,
        })
    }

    /// Calls `each` with every row that is not blank, in order; the first
    /// error ends the reading.
    pub(crate) fn rows(&mut self, mut each: impl FnMut(CsvRow) -> Result<()>) -> Result<()> {
        let mut record = csv::StringRecord::new();
        // Lines counted from byte offsets: the csv crate's own line number
        // points at blank lines before a record.
        let mut lines = LineCounter::default();
        loop {
            match self.reader.read_record(&mut record) {
                Ok(false) => return Ok(()),
                Ok(true) => {
                    if record.iter().all(|c| c.trim().is_empty()) {
                        continue;
                    }
                    let start = record.position().map_or(0, |p| p.byte() as usize);
                    each(CsvRow {
                        line: lines.line_at(self.bytes, start),
                        record: &record,
                        name: &self.name,
                    })?;
                }
                Err(e) => return Err(csv_error(&self.name, &e)),
            }
        }
    }

    /// The column whose header is `wanted`, compared case-insensitively
    /// with spaces and hyphens read as underscores.
    pub(crate) fn column(&self, wanted: &str) -> Option<usize> {
        let wanted = normalize_header(wanted);
        self.headers
            .iter()
            .position(|h| normalize_header(h) == wanted)
    }
}

/// Finds the line of a record's first byte, counting forward only.
#[derive(Default)]
struct LineCounter {
    offset: usize,
    line: usize,
}

impl LineCounter {
    /// The 1-based line of the first non-blank byte at or after `start`.
    fn line_at(&mut self, bytes: &[u8], start: usize) -> usize {
        let start = bytes[start.min(bytes.len())..]
            .iter()
            .position(|b| !matches!(b, b'\r' | b'\n'))
            .map_or(bytes.len(), |i| start + i);
        if start >= self.offset {
            self.line += bytes[self.offset..start]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            self.offset = start;
        }
        self.line + 1
    }
}

/// A header as compared: lowercase, trimmed, spaces and hyphens as `_`.
pub(crate) fn normalize_header(h: &str) -> String {
    h.trim().to_lowercase().replace([' ', '-'], "_")
}

/// The separator of the header line: the most frequent of `,` `;` and tab
/// outside quotes (a tie goes to `,`).
fn sniff_delimiter(bytes: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for b in bytes {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|i| (counts[*i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

fn csv_error(name: &str, e: &csv::Error) -> Error {
    let line = e.position().map(|p| p.line());
    let place = line.map_or_else(|| name.to_string(), |l| format!("{name}:{l}"));
    match e.kind() {
        csv::ErrorKind::Utf8 { .. } => Error::usage(format!(
            "{place}: not UTF-8 text; save the export as \"CSV UTF-8\""
        )),
        _ => Error::usage(format!(
            "{place}: not a CSV file the way ritme reads it: {e}"
        )),
    }
}

/// A date as exports write it: `2026-03-02` (a time after it is ignored,
/// as in `2026-03-02 09:00` or `2026-03-02T09:00:00Z`), or the Dutch
/// `02-03-2026` / `2-3-2026` / `02.03.2026` (day first).
pub(crate) fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let head = text.split([' ', 'T']).next().unwrap_or(text);
    if let Some(d) = crate::plan::item::parse_date(head) {
        return Some(d);
    }
    let parts: Vec<&str> = head.split(['-', '.', '/']).collect();
    if let [d, m, y] = parts[..] {
        if y.len() == 4 && d.len() <= 2 && m.len() <= 2 {
            return NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The headers, and each row's line and first cell.
    fn all(bytes: &[u8]) -> (Vec<String>, Vec<(usize, String)>) {
        let mut f = CsvFile::parse("x.csv", bytes).unwrap();
        let mut rows = Vec::new();
        f.rows(|r| {
            rows.push((r.line, r.cell(0).unwrap_or("").to_string()));
            Ok(())
        })
        .unwrap();
        (f.headers.clone(), rows)
    }

    #[test]
    fn separators_bom_and_line_numbers() {
        let text = "\u{feff}Pagina-URL;Weergaven\n\"/a;b\";10\n\n/c;20\n";
        let (headers, rows) = all(text.as_bytes());
        assert_eq!(headers, ["Pagina-URL", "Weergaven"]);
        assert_eq!(rows, [(2, "/a;b".to_string()), (4, "/c".to_string())]);
        let f = CsvFile::parse("x.csv", text.as_bytes()).unwrap();
        assert_eq!(f.column("pagina url"), Some(0));
        let (_, crlf) = all(b"key,views\r\n\r\nk,1\r\nj,\"2\r\n3\"\r\nm,4\r\n");
        let lines: Vec<usize> = crlf.iter().map(|r| r.0).collect();
        assert_eq!(lines, [3, 4, 6]);
        let (_, tabs) = all(b"key\tviews\nk\t1\n");
        assert_eq!(tabs[0].1, "k");
    }

    #[test]
    fn dates_as_exports_write_them() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        for text in [
            "2026-03-02",
            "2026-03-02 09:00",
            "2026-03-02T09:00:00Z",
            "02-03-2026",
            "2.3.2026",
        ] {
            assert_eq!(parse_date(text), Some(d), "{text}");
        }
        assert_eq!(parse_date("03/32/2026"), None);
        assert_eq!(parse_date("gisteren"), None);
    }

    #[test]
    fn invalid_utf8_names_the_line() {
        let mut f = CsvFile::parse("x.csv", b"key,views\nk,1\n\xff,2\n").unwrap();
        let e = f.rows(|_| Ok(())).unwrap_err();
        assert!(e.to_string().contains("x.csv:3"), "{e}");
        assert_eq!(e.exit_code(), 2);
    }
}
