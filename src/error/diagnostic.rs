//! An error about a definition: where it is (file, line, column), what is
//! wrong, and the near miss; rendered like a compiler's message, by
//! `annotate-snippets` (the renderer of rustc and cargo). The first line is
//! ritme's own headline (SPEC section 6: the location and the near miss on
//! one line, as `check` shows it too); the source lines follow, and a
//! duplicate shows where it was first defined.
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

use annotate_snippets::{AnnotationKind, Group, Level, Renderer};

/// The most characters of one value that a message echoes: a calendar may
/// hold a 600,000-character tag list, and its error must still be a line.
pub(crate) const ECHO_MAX: usize = 80;

/// The most columns a source line takes under a message: a longer one is
/// cut around the caret.
const SNIPPET_WIDTH: usize = 100;

/// `text`, cut to `max` characters with a `…` when longer.
pub(crate) fn clip(text: &str, max: usize) -> Cow<'_, str> {
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
pub(crate) fn clip_echoes(message: &str) -> Cow<'_, str> {
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
        let snippet = self.snippet(span);
        Diagnostic {
            location: Some(snippet.location.clone()),
            message,
            hint,
            snippet: Some(snippet),
            related: None,
        }
    }

    /// The line `span` starts on, with the part of `span` on that line
    /// marked (a span running over lines is marked to the line's end).
    fn snippet(&self, span: Range<usize>) -> Snippet {
        let (line, column) = self.line_col(span.start);
        let text = self.line(line);
        let line_start = self.line_starts[line - 1];
        let end = floor_char_boundary(&self.text, span.end.min(self.text.len()));
        let start = floor_char_boundary(&self.text, span.start.min(end));
        let marked = (start - line_start).min(text.len())..(end - line_start).min(text.len());
        Snippet {
            location: Location {
                file: self.name.clone(),
                line,
                column,
            },
            line: text.to_string(),
            marked,
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

/// A source line under a location, and the bytes of it to mark.
#[derive(Debug, Clone)]
struct Snippet {
    location: Location,
    line: String,
    marked: Range<usize>,
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
    /// A second place the problem involves, and what it is there ("first
    /// defined here").
    related: Option<(Snippet, &'static str)>,
}

impl Diagnostic {
    /// A problem with no place in a file.
    pub fn general(message: impl Into<String>) -> Self {
        Diagnostic {
            location: None,
            message: message.into(),
            hint: None,
            snippet: None,
            related: None,
        }
    }

    /// The same diagnostic showing a second place too, with a label.
    pub fn with_related(
        mut self,
        file: &SourceFile,
        span: Range<usize>,
        label: &'static str,
    ) -> Self {
        self.related = Some((file.snippet(span), label));
        self
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
        let snip = self.snippet.as_ref()?;
        snip.line.get(snip.marked.clone())
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

    /// The full rendering: headline, source line and caret, and the
    /// related place with its label. Plain text: errors go to stderr
    /// uncoloured, whatever `--color` says.
    pub fn render(&self) -> String {
        let title = self.headline();
        let mut group = Group::with_title(Level::ERROR.primary_title(title.as_str()));
        if let Some(s) = &self.snippet {
            // The headline names the file already.
            group = group.element(
                s.source()
                    .annotation(AnnotationKind::Primary.span(s.marked.clone())),
            );
        }
        if let Some((s, label)) = &self.related {
            let marked = AnnotationKind::Context.span(s.marked.clone()).label(*label);
            group = group.element(s.source().path(s.location.file.as_str()).annotation(marked));
        }
        Renderer::plain().term_width(SNIPPET_WIDTH).render(&[group])
    }
}

impl Snippet {
    fn source(&self) -> annotate_snippets::Snippet<'_, annotate_snippets::Annotation<'_>> {
        annotate_snippets::Snippet::source(self.line.as_str()).line_start(self.location.line)
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
    fn a_duplicate_shows_where_it_was_first_defined() {
        let first = SourceFile::new("ritme.toml", "[[person]]\nid = \"anna\"\n");
        let again = SourceFile::new("mensen.toml", "\n\n[[person]]\nid = \"anna\"\n");
        let d = again
            .diagnostic(18..24, "duplicate person id \"anna\"")
            .with_hint(Some("first defined in ritme.toml:2:6".into()))
            .with_related(&first, 16..22, "first defined here");
        assert_eq!(
            d.render(),
            "error: duplicate person id \"anna\" in mensen.toml:4:6 (first defined in ritme.toml:2:6)
  |
4 | id = \"anna\"
  |      ^^^^^^
  |
 ::: ritme.toml:2:6
  |
2 | id = \"anna\"
  |      ------ first defined here"
        );
    }

    #[test]
    fn the_caret_spans_the_columns_wide_characters_take() {
        let file = SourceFile::new("a.toml", "\"日本\" = 1\n");
        let d = file.diagnostic(0..8, "bad key");
        assert_eq!(d.marked_text(), Some("\"日本\""));
        assert!(
            d.render().ends_with("1 | \"日本\" = 1\n  | ^^^^^^"),
            "{}",
            d.render()
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
