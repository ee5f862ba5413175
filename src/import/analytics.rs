//! An analytics export: which column says what (by header name, or by
//! `--map header=field`), and every row as the identity of an item plus
//! its numbers. A malformed number or date fails the whole file with its
//! line, so nothing of a bad export is imported.
//!
//! Also [`Matcher`]: finding the item a row speaks about, by key, else by
//! URL, else by date and title. Pure: the store hands it the items.

use std::cell::OnceCell;

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

use crate::error::suggest;
use crate::error::{Error, Result};
use crate::import::csv_file::{self, CsvFile};
use crate::plan::item::{Source, Status};
use crate::stats::{Measure, Measures};

/// What a column of an export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Key,
    Url,
    Date,
    Title,
    Measured,
    Measure(Measure),
}

impl Field {
    /// Every field, in the order messages list them.
    pub const ALL: [Field; 11] = [
        Field::Key,
        Field::Url,
        Field::Date,
        Field::Title,
        Field::Measure(Measure::Views),
        Field::Measure(Measure::Readers),
        Field::Measure(Measure::Reactions),
        Field::Measure(Measure::Comments),
        Field::Measure(Measure::ReadSeconds),
        Field::Measure(Measure::Clicks),
        Field::Measured,
    ];

    /// The field's name, as headers and `--map` write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Key => "key",
            Field::Url => "url",
            Field::Date => "date",
            Field::Title => "title",
            Field::Measured => "measured",
            Field::Measure(m) => m.as_str(),
        }
    }

    fn parse(s: &str) -> Option<Field> {
        let s = csv_file::normalize_header(s);
        Field::ALL.into_iter().find(|f| f.as_str() == s)
    }
}

/// One `--map HEADER=FIELD`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnMap {
    pub header: String,
    pub field: Field,
}

impl std::str::FromStr for ColumnMap {
    type Err = String;

    /// `Pagina-URL=url`; an unknown field gets the near miss.
    fn from_str(text: &str) -> std::result::Result<Self, String> {
        let Some((header, field)) = text.rsplit_once('=') else {
            return Err(format!(
                "\"{text}\" is not HEADER=FIELD, like \"Weergaven=views\""
            ));
        };
        let names = Field::ALL.map(Field::as_str);
        let field = Field::parse(field).ok_or_else(|| {
            let field = field.trim();
            match suggest::near_miss(field, names) {
                Some(s) => format!("unknown field \"{field}\" (did you mean \"{s}\"?)"),
                None => format!(
                    "unknown field \"{field}\"; the fields are {}",
                    names.join(", ")
                ),
            }
        })?;
        if header.trim().is_empty() {
            return Err(format!("\"{text}\" names no column before the ="));
        }
        Ok(ColumnMap {
            header: header.trim().to_string(),
            field,
        })
    }
}

/// How a row names its item.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ident {
    pub key: Option<String>,
    pub url: Option<String>,
    pub date: Option<NaiveDate>,
    pub title: Option<String>,
}

/// One row of numbers.
#[derive(Debug, Clone)]
pub struct Row {
    pub line: usize,
    pub ident: Ident,
    pub measured: Option<NaiveDate>,
    pub measures: Measures,
}

/// A whole export, read and checked.
#[derive(Debug)]
pub struct Export {
    pub file: String,
    pub rows: Vec<Row>,
    /// The measures the file has a column for.
    pub measures: Vec<Measure>,
}

/// Reads the export `bytes` (named `file` in messages) with the `maps`.
pub fn read(file: &str, bytes: &[u8], maps: &[ColumnMap]) -> Result<Export> {
    let mut csv = CsvFile::parse(file, bytes)?;
    let columns = columns(&csv, maps)?;
    let col = |f: Field| columns.iter().find(|(_, x)| *x == f).map(|(c, _)| *c);
    let (key, url, date, title, measured) = (
        col(Field::Key),
        col(Field::Url),
        col(Field::Date),
        col(Field::Title),
        col(Field::Measured),
    );
    let measure_cols: Vec<(usize, Measure)> = columns
        .iter()
        .filter_map(|(c, f)| match f {
            Field::Measure(m) => Some((*c, *m)),
            _ => None,
        })
        .collect();
    let mut rows = Vec::with_capacity(bytes.len() / 64);
    csv.rows(|r| {
        let text = |c: Option<usize>| c.and_then(|c| r.cell(c)).map(str::to_string);
        let date_in = |c: Option<usize>, what: &str| -> Result<Option<NaiveDate>> {
            match c.and_then(|c| r.cell(c)) {
                None => Ok(None),
                Some(t) => csv_file::parse_date(t).map(Some).ok_or_else(|| {
                    Error::usage(format!(
                        "{}: {what} \"{t}\" is not a date like 2026-03-02 or 02-03-2026; nothing was imported",
                        r.at()
                    ))
                }),
            }
        };
        let mut measures = Measures::default();
        for (c, m) in &measure_cols {
            if let Some(t) = r.cell(*c) {
                let value = number(t, *m).map_err(|why| {
                    Error::usage(format!(
                        "{}: {} \"{t}\" {why}; nothing was imported",
                        r.at(),
                        m.as_str()
                    ))
                })?;
                measures.set(*m, Some(value));
            }
        }
        rows.push(Row {
            line: r.line,
            ident: Ident {
                key: text(key),
                url: text(url),
                date: date_in(date, "date")?,
                title: text(title),
            },
            measured: date_in(measured, "measured")?,
            measures,
        });
        Ok(())
    })?;
    let mut measures: Vec<Measure> = measure_cols.iter().map(|(_, m)| *m).collect();
    measures.sort();
    Ok(Export {
        file: file.to_string(),
        rows,
        measures,
    })
}

/// Which column holds which field: `--map` first, then headers that are a
/// field's name. Refuses maps naming no column, two columns for one field,
/// and files without a way to find items or without a measure.
fn columns(csv: &CsvFile, maps: &[ColumnMap]) -> Result<Vec<(usize, Field)>> {
    let mut columns: Vec<(usize, Field)> = Vec::new();
    for map in maps {
        let Some(c) = csv.column(&map.header) else {
            let hint = suggest::hint(&map.header, csv.headers.iter().map(String::as_str))
                .map_or_else(
                    || format!("its columns are: {}", csv.headers.join(", ")),
                    |h| h.to_string(),
                );
            return Err(Error::usage(format!(
                "--map \"{}={}\": {} has no column \"{}\" ({hint})",
                map.header,
                map.field.as_str(),
                csv.name,
                map.header
            )));
        };
        columns.push((c, map.field));
    }
    for (c, header) in csv.headers.iter().enumerate() {
        if columns.iter().any(|(x, _)| *x == c) {
            continue;
        }
        if let Some(f) = Field::parse(header) {
            columns.push((c, f));
        }
    }
    for f in Field::ALL {
        let holders: Vec<&str> = columns
            .iter()
            .filter(|(_, x)| *x == f)
            .map(|(c, _)| csv.headers[*c].as_str())
            .collect();
        if holders.len() > 1 {
            return Err(Error::usage(format!(
                "{}: the columns \"{}\" all give {}; map only one of them",
                csv.name,
                holders.join("\", \""),
                f.as_str()
            )));
        }
    }
    let has = |f: Field| columns.iter().any(|(_, x)| *x == f);
    let listing = csv.headers.join(", ");
    if !has(Field::Key) && !has(Field::Url) && !has(Field::Date) {
        return Err(Error::usage(format!(
            "{}: no key, url or date column to find the items by (its columns: {listing}); name one with --map, like --map \"Pagina-URL=url\"",
            csv.name
        )));
    }
    if has(Field::Date) != has(Field::Title) && !has(Field::Key) && !has(Field::Url) {
        return Err(Error::usage(format!(
            "{}: items are found by date and title together, and the file has only a {} column (its columns: {listing}); map the other with --map",
            csv.name,
            if has(Field::Date) { "date" } else { "title" }
        )));
    }
    if !columns.iter().any(|(_, f)| matches!(f, Field::Measure(_))) {
        let names: Vec<&str> = Measure::ALL.iter().map(|m| m.as_str()).collect();
        return Err(Error::usage(format!(
            "{}: no measure column ({}); its columns are: {listing}; map one with --map, like --map \"Weergaven=views\"",
            csv.name,
            names.join(", ")
        )));
    }
    Ok(columns)
}

/// A measure's cell as a number, or why not. Counts are whole numbers;
/// `read_seconds` may have a decimal comma or point, or be `m:ss`/`h:mm:ss`.
fn number(text: &str, m: Measure) -> std::result::Result<f64, &'static str> {
    if text.len() <= 15 && text.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(text.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0')) as f64);
    }
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if !m.is_count() && compact.contains(':') {
        let mut seconds = 0.0;
        for part in compact.split(':') {
            let n: f64 = part
                .replace(',', ".")
                .parse()
                .map_err(|_| "is not a number")?;
            seconds = seconds * 60.0 + n;
        }
        return Ok(seconds);
    }
    if !compact
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || c == '-')
    {
        return Err("is not a number");
    }
    let value: f64 = compact
        .replace(',', ".")
        .parse()
        .map_err(|_| "is not a number")?;
    if !value.is_finite() || value < 0.0 {
        return Err("is not a number of zero or more");
    }
    if m.is_count() && value.fract() != 0.0 {
        return Err("is not a whole number (write counts without thousands separators)");
    }
    Ok(value)
}

/// What the matcher knows about a stored item.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub key: String,
    /// Where it went live (`ritme status KEY published --url URL`).
    pub url: Option<String>,
    pub date: NaiveDate,
    pub title: String,
    pub status: Status,
    pub source: Source,
}

/// Why a row found no item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Miss {
    /// Nothing matched; the text says what was tried.
    NotFound(String),
    /// More than one item matched.
    Ambiguous(String),
}

impl std::fmt::Display for Miss {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Miss::NotFound(t) | Miss::Ambiguous(t) => f.write_str(t),
        }
    }
}

/// Finds items by key, else URL, else date and title. Review items and
/// skipped items never match: they did not go live. The URL and date
/// indexes are built the first time a row needs them, so a large export
/// whose rows all match by key does not pay for them.
pub(crate) struct Matcher<'a> {
    by_key: FxHashMap<&'a str, usize>,
    by_url: OnceCell<UrlIndex>,
    by_day: OnceCell<FxHashMap<(NaiveDate, String), Vec<usize>>>,
    items: &'a [Candidate],
    /// More (key, URL) an item went live at, from earlier imports.
    more_urls: &'a dyn Fn() -> Vec<(String, String)>,
}

/// Items by normalized URL, and by its path alone.
#[derive(Default)]
struct UrlIndex {
    full: FxHashMap<String, Vec<usize>>,
    path: FxHashMap<String, Vec<usize>>,
}

impl<'a> Matcher<'a> {
    /// An index over `items`; `more_urls()` gives (key, URL) pairs of other
    /// URLs items went live at, asked for only when a row is looked up by URL.
    pub(crate) fn new(
        items: &'a [Candidate],
        more_urls: &'a dyn Fn() -> Vec<(String, String)>,
    ) -> Self {
        let by_key = items
            .iter()
            .enumerate()
            .filter(|(_, it)| matchable(it))
            .map(|(i, it)| (it.key.as_str(), i))
            .collect();
        Matcher {
            by_key,
            by_url: OnceCell::new(),
            by_day: OnceCell::new(),
            items,
            more_urls,
        }
    }

    fn urls(&self) -> &UrlIndex {
        self.by_url.get_or_init(|| {
            let mut index = UrlIndex::default();
            let own = self
                .items
                .iter()
                .enumerate()
                .filter_map(|(i, it)| Some((i, it.url.clone()?)));
            let more = (self.more_urls)()
                .into_iter()
                .filter_map(|(key, url)| Some((*self.by_key.get(key.as_str())?, url)));
            let mut seen: FxHashMap<(usize, String), ()> = FxHashMap::default();
            for (i, url) in own.chain(more) {
                if !matchable(&self.items[i]) {
                    continue;
                }
                let url = normalize_url(&url);
                if seen.insert((i, url.clone()), ()).is_some() {
                    continue;
                }
                if let Some(path) = url_path(&url) {
                    index.path.entry(path.to_string()).or_default().push(i);
                }
                index.full.entry(url).or_default().push(i);
            }
            index
        })
    }

    fn days(&self) -> &FxHashMap<(NaiveDate, String), Vec<usize>> {
        self.by_day.get_or_init(|| {
            let mut index: FxHashMap<(NaiveDate, String), Vec<usize>> = FxHashMap::default();
            for (i, it) in self
                .items
                .iter()
                .enumerate()
                .filter(|(_, it)| matchable(it))
            {
                index
                    .entry((it.date, normalize_title(&it.title)))
                    .or_default()
                    .push(i);
            }
            index
        })
    }

    /// The index (in the candidates) of the item `ident` names.
    pub(crate) fn find(&self, ident: &Ident) -> std::result::Result<usize, Miss> {
        let mut tried = Vec::new();
        if let Some(key) = &ident.key {
            if let Some(i) = self.by_key.get(key.as_str()) {
                return Ok(*i);
            }
            tried.push(format!("no item with key \"{key}\""));
        }
        if let Some(url) = &ident.url {
            let norm = normalize_url(url);
            let index = self.urls();
            let hits = if norm.starts_with('/') {
                index.path.get(&norm)
            } else {
                index.full.get(&norm)
            };
            match hits.map(Vec::as_slice) {
                Some([i]) => return Ok(*i),
                Some(many) if many.len() > 1 => {
                    return Err(Miss::Ambiguous(format!(
                        "{} items went live at \"{url}\"",
                        many.len()
                    )))
                }
                _ => tried.push(format!("no item went live at \"{url}\"")),
            }
        }
        if let (Some(date), Some(title)) = (ident.date, &ident.title) {
            match self
                .days()
                .get(&(date, normalize_title(title)))
                .map(Vec::as_slice)
            {
                Some([i]) => return Ok(*i),
                Some(many) if many.len() > 1 => {
                    return Err(Miss::Ambiguous(format!(
                        "{} items on {date} are titled \"{title}\"",
                        many.len()
                    )))
                }
                _ => tried.push(format!("no item on {date} titled \"{title}\"")),
            }
        }
        if tried.is_empty() {
            tried.push("the row has no key, url, or date and title".into());
        }
        Err(Miss::NotFound(tried.join(", ")))
    }
}

/// Whether an item can have numbers: not a review, not skipped.
fn matchable(it: &Candidate) -> bool {
    it.source != Source::Review && it.status != Status::Skipped
}

/// A URL as compared: trimmed, without `#fragment` and trailing `/`, with
/// its scheme and host in lowercase.
pub(crate) fn normalize_url(url: &str) -> String {
    let url = url.trim();
    let url = url.split('#').next().unwrap_or(url);
    let (head, path) = match url.find("://") {
        Some(i) => {
            let rest = &url[i + 3..];
            let host_end = rest.find('/').map_or(url.len(), |j| i + 3 + j);
            (url[..host_end].to_lowercase(), &url[host_end..])
        }
        None => (String::new(), url),
    };
    let path = path.trim_end_matches('/');
    let mut out = head;
    out.push_str(path);
    if out.is_empty() {
        out.push('/');
    }
    out
}

/// The path of a normalized absolute URL (`/hr/verlof`).
fn url_path(url: &str) -> Option<&str> {
    let rest = &url[url.find("://")? + 3..];
    Some(rest.find('/').map_or("/", |i| &rest[i..]))
}

fn normalize_title(t: &str) -> String {
    t.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn maps_and_their_near_misses() {
        let m: ColumnMap = "Unieke lezers=readers".parse().unwrap();
        assert_eq!(m.header, "Unieke lezers");
        assert_eq!(m.field, Field::Measure(Measure::Readers));
        let e = "Weergaven=veiws".parse::<ColumnMap>().unwrap_err();
        assert!(e.contains("did you mean \"views\""), "{e}");
        assert!("Weergaven".parse::<ColumnMap>().is_err());
    }

    #[test]
    fn numbers_counts_and_durations() {
        assert_eq!(number("1234", Measure::Views), Ok(1234.0));
        assert_eq!(number(" 12 ", Measure::Views), Ok(12.0));
        assert!(number("1.234", Measure::Views).is_err());
        assert!(number("12x", Measure::Views).is_err());
        assert!(number("-3", Measure::Views).is_err());
        assert_eq!(number("42,5", Measure::ReadSeconds), Ok(42.5));
        assert_eq!(number("1:05", Measure::ReadSeconds), Ok(65.0));
        assert_eq!(number("0:01:05", Measure::ReadSeconds), Ok(65.0));
    }

    #[test]
    fn reads_a_dutch_export_with_maps() {
        let text =
            "Pagina-URL;Weergaven;Leestijd (s);Gemeten op\nhttps://x.nl/a;120;45,5;20-11-2026\n";
        let maps: Vec<ColumnMap> = [
            "Pagina-URL=url",
            "Weergaven=views",
            "Leestijd (s)=read_seconds",
            "Gemeten op=measured",
        ]
        .iter()
        .map(|m| m.parse().unwrap())
        .collect();
        let e = read("nl.csv", text.as_bytes(), &maps).unwrap();
        assert_eq!(e.rows.len(), 1);
        let r = &e.rows[0];
        assert_eq!(r.line, 2);
        assert_eq!(r.ident.url.as_deref(), Some("https://x.nl/a"));
        assert_eq!(r.measured, Some(d(2026, 11, 20)));
        assert_eq!(r.measures.get(Measure::Views), Some(120.0));
        assert_eq!(r.measures.get(Measure::ReadSeconds), Some(45.5));
        assert_eq!(e.measures, [Measure::Views, Measure::ReadSeconds]);
    }

    #[test]
    fn refuses_files_it_cannot_use() {
        let no_ident = read("a.csv", b"Weergaven,views\n1,2\n", &[]).unwrap_err();
        assert!(
            no_ident.to_string().contains("no key, url or date column"),
            "{no_ident}"
        );
        let bad = read("b.csv", b"key,views\nk,1\nk2,veel\n", &[]).unwrap_err();
        assert!(
            bad.to_string()
                .contains("b.csv:3: views \"veel\" is not a number"),
            "{bad}"
        );
        let map = "Pagina=url".parse::<ColumnMap>().unwrap();
        let missing = read("c.csv", b"Pagina-URL,views\nx,1\n", &[map]).unwrap_err();
        assert!(
            missing.to_string().contains("did you mean \"Pagina-URL\""),
            "{missing}"
        );
        let no_measure = read("d.csv", b"key,title\nk,t\n", &[]).unwrap_err();
        assert!(
            no_measure.to_string().contains("no measure column"),
            "{no_measure}"
        );
    }

    #[test]
    fn finds_by_key_then_url_then_date_and_title() {
        let item = |key: &str, url: Option<&str>, title: &str, status| Candidate {
            key: key.into(),
            url: url.map(str::to_string),
            date: d(2026, 9, 7),
            title: title.into(),
            status,
            source: Source::Format,
        };
        let items = [
            item(
                "format/a/2026-09-07",
                Some("https://X.nl/a/"),
                "Alpha",
                Status::Published,
            ),
            item("format/b/2026-09-07", None, "Beta", Status::Planned),
            item(
                "format/c/2026-09-07",
                Some("https://x.nl/c"),
                "Gamma",
                Status::Skipped,
            ),
        ];
        let none = Vec::new;
        let m = Matcher::new(&items, &none);
        let find = |key: Option<&str>, url: Option<&str>, title: Option<&str>| {
            m.find(&Ident {
                key: key.map(str::to_string),
                url: url.map(str::to_string),
                date: title.map(|_| d(2026, 9, 7)),
                title: title.map(str::to_string),
            })
            .map(|i| items[i].key.as_str())
        };
        assert_eq!(
            find(Some("format/b/2026-09-07"), None, None),
            Ok("format/b/2026-09-07")
        );
        assert_eq!(
            find(None, Some("https://x.nl/a#top"), None),
            Ok("format/a/2026-09-07")
        );
        assert_eq!(find(None, Some("/a"), None), Ok("format/a/2026-09-07"));
        assert_eq!(
            find(Some("format/zz"), None, Some("  beta ")),
            Ok("format/b/2026-09-07")
        );
        assert!(find(None, Some("https://x.nl/c"), None).is_err());
        assert!(find(None, None, Some("Gamma")).is_err());
    }
}
