//! An error about a definition: where it is (file, line, column), what is
//! wrong, and the near miss; rendered like a compiler's message.
//!
//! ```text
//! error: unknown person "ana" in formats/week.toml:12:9 (did you mean "anna"?)
//!    |
//! 12 | owner = "ana"
//!    |         ^^^^^
//! ```

use std::borrow::Cow;
use std::fmt::Write as _;
use std::ops::Range;

/// The most characters of one value that a message echoes: a calendar may
/// hold a 600,000-character tag list, and its error must still be a line.
pub const ECHO_MAX: usize = 80;

/// The most characters of a source line shown under a message, around the
/// caret.
const SNIPPET_MAX: usize = 100;

/// `text`, cut to `max` characters with a `…` when longer.
pub fn clip(text: &str, max: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => Cow::Borrowed(text),
        Some(_) => {
            let keep = max.saturating_sub(1);
            let end = text.char_indices().nth(keep).map_or(text.len(), |(i, _)| i);
            Cow::Owned(format!("{}…", &text[..end]))
        }
    }
}

/// `message` with every value it echoes between `"` or backquotes cut to
/// [`ECHO_MAX`] characters, and any other run longer than a few values
/// (an unquoted echo) cut too. Messages are built in many places; this is
/// the one place that keeps them short.
pub fn clip_echoes(message: &str) -> Cow<'_, str> {
    if message.chars().count() <= ECHO_MAX {
        return Cow::Borrowed(message);
    }
    let mut out = String::with_capacity(message.len().min(4 * ECHO_MAX));
    let mut rest = message;
    while let Some(open) = rest.find(['"', '`']) {
        let quote = rest[open..].chars().next().unwrap_or('"');
        out.push_str(&clip(&rest[..open], 4 * ECHO_MAX));
        out.push(quote);
        let inner = &rest[open + 1..];
        match inner.find(quote) {
            Some(close) => {
                out.push_str(&clip(&inner[..close], ECHO_MAX));
                out.push(quote);
                rest = &inner[close + 1..];
            }
            None => {
                out.push_str(&clip(inner, ECHO_MAX));
                return Cow::Owned(out);
            }
        }
    }
    out.push_str(&clip(rest, 4 * ECHO_MAX));
    Cow::Owned(out)
}

/// A definition file's text, kept so spans can become lines and columns.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user knows it: relative to the calendar's directory.
    pub name: String,
    /// The whole text.
    pub text: String,
    /// Byte offset of the start of every line, so a span finds its line by
    /// binary search (calendars with thousands of definitions stay fast).
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// A file with its text.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceFile {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let line = self.line_starts.partition_point(|start| *start <= offset);
        let column = self.text[self.line_starts[line - 1]..offset]
            .chars()
            .count()
            + 1;
        (line, column)
    }

    /// The text of a 1-based line, without its line break.
    pub fn line(&self, line: usize) -> &str {
        let start = self
            .line_starts
            .get(line - 1)
            .copied()
            .unwrap_or(self.text.len());
        let end = self
            .line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    /// A diagnostic pointing at `span` of this file. A message of the form
    /// `what: advice` keeps `what` as the message and makes `advice` the hint.
    pub fn diagnostic(&self, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        let message: String = message.into();
        let (message, hint) = match split_advice(&message) {
            Some((what, advice)) => (what.to_string(), Some(advice.to_string())),
            None => (message, None),
        };
        let (line, column) = self.line_col(span.start);
        let source_line = self.line(line).to_string();
        let end = floor_char_boundary(&self.text, span.end.min(self.text.len()));
        let start = floor_char_boundary(&self.text, span.start.min(end));
        let marked = self.text[start..end].lines().next().unwrap_or("");
        Diagnostic {
            location: Some(Location {
                file: self.name.clone(),
                line,
                column,
            }),
            message,
            hint,
            snippet: Some(Snippet {
                line: source_line,
                width: marked.chars().count().max(1),
            }),
        }
    }
}

/// `what: advice` split at the first `: ` outside a quoted value, so a
/// value holding `: ` stays whole in `what`.
fn split_advice(message: &str) -> Option<(&str, &str)> {
    let mut quote = None;
    for (i, c) in message.char_indices() {
        match (quote, c) {
            (None, '"' | '`') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, ':') if message[i + 1..].starts_with(' ') => {
                return Some((&message[..i], &message[i + 2..]));
            }
            _ => {}
        }
    }
    None
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Where in the definitions something is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    /// File path relative to the calendar directory.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// The source line under a location, and how many characters to underline.
#[derive(Debug, Clone)]
pub struct Snippet {
    line: String,
    width: usize,
}

/// One problem in the definitions.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// Where; absent only for problems about the calendar as a whole (no `ritme.toml`).
    pub location: Option<Location>,
    /// What is wrong, naming the offending value.
    pub message: String,
    /// The near miss, or another way out.
    pub hint: Option<String>,
    snippet: Option<Snippet>,
}

impl Diagnostic {
    /// A problem with no place in a file.
    pub fn general(message: impl Into<String>) -> Self {
        Diagnostic {
            location: None,
            message: message.into(),
            hint: None,
            snippet: None,
        }
    }

    /// The same diagnostic with a hint; a near miss goes before any advice.
    pub fn with_hint(mut self, hint: Option<String>) -> Self {
        if let Some(h) = hint {
            self.hint = Some(match self.hint.take() {
                Some(advice) => format!("{h} {advice}"),
                None => h,
            });
        }
        self
    }

    /// The source text the diagnostic points at, when it is on one line.
    pub fn marked_text(&self) -> Option<&str> {
        let (loc, snip) = (self.location.as_ref()?, self.snippet.as_ref()?);
        let start = snip.line.char_indices().nth(loc.column - 1)?.0;
        let end = snip
            .line
            .char_indices()
            .nth(loc.column - 1 + snip.width)
            .map_or(snip.line.len(), |(i, _)| i);
        snip.line.get(start..end)
    }

    /// One line: `unknown person "ana" in formats/week.toml:12:9 (did you mean "anna"?)`.
    /// Every echoed value is cut to [`ECHO_MAX`] characters, so the
    /// location always comes within the first line's first few dozen
    /// characters, however long the value.
    pub fn headline(&self) -> String {
        let mut s = clip_echoes(&self.message).into_owned();
        if let Some(loc) = &self.location {
            let _ = write!(s, " in {loc}");
        }
        if let Some(hint) = &self.hint {
            let _ = write!(s, " ({})", clip_echoes(hint));
        }
        s
    }

    /// The full rendering: headline, source line and caret.
    pub fn render(&self) -> String {
        let mut out = format!("error: {}", self.headline());
        if let (Some(loc), Some(snippet)) = (&self.location, &self.snippet) {
            let gutter = loc.line.to_string().len();
            let pad = " ".repeat(gutter);
            let (line, column, width) = window(&snippet.line, loc.column, snippet.width);
            let _ = write!(
                out,
                "\n{pad} |\n{} | {line}\n{pad} | {}{}",
                loc.line,
                " ".repeat(column - 1),
                "^".repeat(width)
            );
        }
        out
    }
}

/// At most [`SNIPPET_MAX`] characters of `line` around the 1-based
/// `column`, with `…` where it was cut, and the caret's column and width in
/// what is shown. Tabs become spaces so the caret lines up.
fn window(line: &str, column: usize, width: usize) -> (String, usize, usize) {
    let chars: Vec<char> = line
        .chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    if chars.len() <= SNIPPET_MAX {
        return (chars.into_iter().collect(), column, width);
    }
    let width = width.min(SNIPPET_MAX / 2);
    let start = (column - 1)
        .saturating_sub(SNIPPET_MAX / 4)
        .min(chars.len());
    let end = (start + SNIPPET_MAX).min(chars.len());
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    shown.extend(&chars[start..end]);
    if end < chars.len() {
        shown.push('…');
    }
    let column = column - start + usize::from(start > 0);
    (shown, column, width)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_location_caret_and_hint() {
        let file = SourceFile::new(
            "formats/week.toml",
            "[[format]]\nid = \"x\"\nowner = \"ana\"\n",
        );
        let d = file
            .diagnostic(28..33, "unknown person \"ana\"")
            .with_hint(Some("did you mean \"anna\"?".into()));
        assert_eq!(
            d.render(),
            "error: unknown person \"ana\" in formats/week.toml:3:9 (did you mean \"anna\"?)\n  |\n3 | owner = \"ana\"\n  |         ^^^^^"
        );
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let file = SourceFile::new("a.toml", "title = \"café\" x\nsecond");
        assert_eq!(file.line_col(16), (1, 16));
        assert_eq!(file.line_col(19), (2, 2));
        assert_eq!(file.line(2), "second");
    }

    #[test]
    fn long_values_are_cut_and_the_location_stays_near_the_start() {
        let value = "x;".repeat(300_000);
        let text = format!("tags = [\"a\", \"{value}\"]\n");
        let file = SourceFile::new("ritme.toml", text.as_str());
        let d = file.diagnostic(
            13..13 + value.len() + 2,
            format!("invalid tag \"{value}\": a tag is not empty and holds no `;`"),
        );
        let out = d.render();
        assert!(out.len() < 600, "{} bytes", out.len());
        let first = out.lines().next().unwrap();
        assert!(first.contains("…\" in ritme.toml:1:14 (a tag"), "{first}");
        assert!(first.find("ritme.toml:1:14").unwrap() < 120, "{first}");
    }

    #[test]
    fn a_value_holding_colon_space_stays_whole() {
        let file = SourceFile::new("a.toml", "prepare = \"3: x\"\n");
        let d = file.diagnostic(10..16, "invalid duration \"3: x\": write a number");
        assert_eq!(
            d.headline(),
            "invalid duration \"3: x\" in a.toml:1:11 (write a number)"
        );
    }

    #[test]
    fn clip_counts_characters() {
        assert_eq!(clip("abc", 3), "abc");
        assert_eq!(clip("abcd", 3), "ab…");
        assert_eq!(clip("ééééé", 4), "ééé…");
    }
}
