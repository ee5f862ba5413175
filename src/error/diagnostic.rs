//! An error about a definition: where it is (file, line, column), what is
//! wrong, and the near miss; rendered like a compiler's message.
//!
//! ```text
//! error: unknown person "ana" in formats/week.toml:12:9 (did you mean "anna"?)
//!    |
//! 12 | owner = "ana"
//!    |         ^^^^^
//! ```

use std::fmt::Write as _;
use std::ops::Range;

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
        let (message, hint) = match message.split_once(": ") {
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
    pub fn headline(&self) -> String {
        let mut s = self.message.clone();
        if let Some(loc) = &self.location {
            let _ = write!(s, " in {loc}");
        }
        if let Some(hint) = &self.hint {
            let _ = write!(s, " ({hint})");
        }
        s
    }

    /// The full rendering: headline, source line and caret.
    pub fn render(&self) -> String {
        let mut out = format!("error: {}", self.headline());
        if let (Some(loc), Some(snippet)) = (&self.location, &self.snippet) {
            let gutter = loc.line.to_string().len();
            let pad = " ".repeat(gutter);
            let line = snippet.line.replace('\t', " ");
            let _ = write!(
                out,
                "\n{pad} |\n{} | {line}\n{pad} | {}{}",
                loc.line,
                " ".repeat(loc.column - 1),
                "^".repeat(snippet.width)
            );
        }
        out
    }
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
}
