//! `ritme diff`'s comparison ([`crate::report::diff`]) as text for the
//! terminal, markdown for a pull-request comment, or JSON for bots.
//!
//! The JSON fields are a contract (README, "ritme diff"): new fields may be
//! added, none renamed or removed.

use std::fmt::Write as _;

use serde::Serialize;

use crate::dates::DateRange;
use crate::plan::item::time_text;
use crate::report::diff::{self, Comparison, Facts, ItemChange, Kind, PersonChange};
use crate::report::{severity_name, Finding};

/// The formats of `ritme diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DiffFormat {
    #[default]
    Text,
    Markdown,
    Json,
}

/// The first line of the markdown: CI recipes find their earlier comment by it.
pub const MARKER: &str = "<!-- ritme-diff -->";

/// One side as shown.
#[derive(Debug, Clone, Serialize)]
pub struct SideLabel {
    /// What the user named (`main`, `HEAD`), or `working tree`.
    pub revision: String,
    /// The commit, or null for the working tree.
    pub commit: Option<String>,
    /// Whether its lock was behind its TOML, so it was planned in memory.
    pub behind: bool,
}

/// What the comparison is of.
#[derive(Debug, Clone)]
pub struct Shown<'a> {
    pub base: SideLabel,
    pub head: SideLabel,
    pub today: chrono::NaiveDate,
    /// The items' range.
    pub range: DateRange,
    /// The `check` range the findings cover.
    pub checked: DateRange,
    pub person: Option<&'a str>,
    pub comparison: &'a Comparison,
    /// ANSI colour in text.
    pub color: bool,
}

/// Renders the comparison in `format`.
pub fn render_diff(format: DiffFormat, shown: &Shown) -> String {
    match format {
        DiffFormat::Text => text(shown),
        DiffFormat::Markdown => markdown(shown),
        DiffFormat::Json => json(shown),
    }
}

/// `main → working tree`.
fn sides(s: &Shown) -> String {
    format!("{} → {}", s.base.revision, s.head.revision)
}

/// The notes about sides planned in memory.
fn behind_notes(s: &Shown) -> Vec<String> {
    [&s.base, &s.head]
        .into_iter()
        .filter(|side| side.behind)
        .map(|side| {
            format!(
                "{}: ritme.lock is behind the TOML (or absent), so this shows what `ritme plan` would store there",
                side.revision
            )
        })
        .collect()
}

/// `2026-12-07 09:00 anna` (ambassador after a `+`).
fn facts(f: &Facts) -> String {
    let mut s = f.date.to_string();
    if let Some(t) = f.time {
        let _ = write!(s, " {}", time_text(t));
    }
    let _ = write!(s, " {}", f.owner.as_deref().unwrap_or("(unassigned)"));
    if let Some(a) = &f.ambassador {
        let _ = write!(s, " + {a}");
    }
    s
}

/// What changed about an item, in words: `moved 2026-12-08 → 2026-12-09;
/// owner anna → bert`.
fn what(c: &ItemChange) -> String {
    let (Some(b), Some(a)) = (&c.before, &c.after) else {
        let f = c.after.as_ref().or(c.before.as_ref());
        let verb = if c.after.is_some() {
            "added"
        } else {
            "removed"
        };
        return format!("{verb}: {}", f.map(facts).unwrap_or_default());
    };
    let time = |t: Option<chrono::NaiveTime>| t.map_or_else(|| "all day".to_string(), time_text);
    let who = |p: &Option<String>| p.clone().unwrap_or_else(|| "nobody".to_string());
    let mut parts = Vec::new();
    if b.date != a.date {
        parts.push(format!("moved {} → {}", b.date, a.date));
    }
    if b.time != a.time {
        parts.push(format!("retimed {} → {}", time(b.time), time(a.time)));
    }
    if b.owner != a.owner {
        parts.push(format!("owner {} → {}", who(&b.owner), who(&a.owner)));
    }
    if b.ambassador != a.ambassador {
        parts.push(format!(
            "ambassador {} → {}",
            who(&b.ambassador),
            who(&a.ambassador)
        ));
    }
    if b.status != a.status {
        parts.push(format!("status {} → {}", b.status, a.status));
    }
    parts.join("; ")
}

fn sign(c: &ItemChange) -> char {
    if c.kinds.contains(&Kind::Added) {
        '+'
    } else if c.kinds.contains(&Kind::Removed) {
        '-'
    } else {
        '~'
    }
}

fn finding_line(f: &Finding) -> String {
    let mut s = format!("{} {}", severity_name(f.severity), f.code);
    if let Some(w) = &f.week {
        let _ = write!(s, " {w}");
    }
    let _ = write!(s, ": {}", f.message);
    s
}

fn text(s: &Shown) -> String {
    let paint = |code: &str, t: &str| {
        if s.color {
            format!("\x1b[{code}m{t}\x1b[0m")
        } else {
            t.to_string()
        }
    };
    let c = s.comparison;
    let mut out = format!(
        "{} ({}, {} to {})\n",
        diff::summary(c),
        sides(s),
        s.range.from,
        s.range.until
    );
    for note in behind_notes(s) {
        let _ = writeln!(out, "note: {note}");
    }
    if !c.items.is_empty() {
        out.push_str("\nItems\n");
        for i in &c.items {
            let colour = match sign(i) {
                '+' => "32",
                '-' => "31",
                _ => "33",
            };
            let was = i
                .was
                .as_ref()
                .map(|k| format!(" (was {k})"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {} {}{was} {}: {}",
                paint(colour, &sign(i).to_string()),
                i.key,
                i.title,
                what(i)
            );
        }
    }
    if !c.people.is_empty() {
        out.push_str("\nPeople\n");
        for p in &c.people {
            let _ = writeln!(out, "  {}", diff::person_line(p));
        }
    }
    if !c.introduced.is_empty() || !c.resolved.is_empty() {
        let _ = writeln!(
            out,
            "\nFindings ({} to {})",
            s.checked.from, s.checked.until
        );
        for f in &c.introduced {
            let _ = writeln!(out, "  {} {}", paint("31", "introduced"), finding_line(f));
        }
        for f in &c.resolved {
            let _ = writeln!(out, "  {} {}", paint("32", "resolved"), finding_line(f));
        }
    }
    out
}

/// Markdown text with the characters that would start markup escaped.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(
            ch,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~'
        ) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

fn item_bullet(i: &ItemChange) -> String {
    format!("- {} `{}`: {}\n", md(&i.title), i.key, md(&what(i)))
}

fn markdown(s: &Shown) -> String {
    let c = s.comparison;
    let mut out = format!("{MARKER}\n");
    let _ = writeln!(
        out,
        "**ritme diff** `{}` → `{}`: {}.\n",
        s.base.revision,
        s.head.revision,
        diff::summary(c)
    );
    let _ = writeln!(
        out,
        "Items from {} to {}, findings from {} to {}{}; today is {}.\n",
        s.range.from,
        s.range.until,
        s.checked.from,
        s.checked.until,
        s.person.map(|p| format!(", only {p}")).unwrap_or_default(),
        s.today
    );
    for note in behind_notes(s) {
        let _ = writeln!(out, "> **Note:** {}\n", md(&note));
    }
    if !c.introduced.is_empty() || !c.resolved.is_empty() {
        out.push_str("#### Findings\n\n");
        for f in &c.introduced {
            let _ = writeln!(out, "- **introduced** {}", md(&finding_line(f)));
        }
        for f in &c.resolved {
            let _ = writeln!(out, "- resolved {}", md(&finding_line(f)));
        }
        out.push('\n');
    }
    if !c.people.is_empty() {
        out.push_str("#### People\n\n");
        for p in &c.people {
            let _ = writeln!(
                out,
                "<details><summary>{}</summary>\n",
                html_text(&diff::person_line(p))
            );
            for (label, list) in person_lists(p) {
                for i in list {
                    let _ = write!(out, "- {label}: {}", &item_bullet(&c.items[*i])[2..]);
                }
            }
            for w in &p.weeks {
                let _ = writeln!(
                    out,
                    "- {}: {} → {} items (capacity {}){}",
                    w.week,
                    w.before,
                    w.after,
                    w.capacity,
                    if w.over() { " **over capacity**" } else { "" }
                );
            }
            out.push_str("\n</details>\n\n");
        }
    }
    if !c.weeks.is_empty() {
        out.push_str("#### Weeks\n\n");
        for w in &c.weeks {
            let _ = writeln!(
                out,
                "<details><summary>{}: {} → {} items, {} change{}</summary>\n",
                w.week,
                w.before,
                w.after,
                w.changes.len(),
                if w.changes.len() == 1 { "" } else { "s" }
            );
            for i in &w.changes {
                out.push_str(&item_bullet(&c.items[*i]));
            }
            out.push_str("\n</details>\n\n");
        }
    }
    out
}

/// A person's lists with their labels, in the order shown.
fn person_lists(p: &PersonChange) -> [(&'static str, &Vec<usize>); 7] {
    [
        ("added", &p.added),
        ("removed", &p.removed),
        ("given", &p.given),
        ("taken away", &p.taken),
        ("moved", &p.moved),
        ("retimed", &p.retimed),
        ("status changed", &p.status),
    ]
}

/// Text inside an HTML element (a `<summary>`).
fn html_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[derive(Serialize)]
struct Json<'a> {
    base: &'a SideLabel,
    head: &'a SideLabel,
    today: String,
    range: JsonRange,
    checked: JsonRange,
    person: Option<&'a str>,
    summary: String,
    counts: JsonCounts,
    items: Vec<JsonItem<'a>>,
    people: Vec<JsonPerson<'a>>,
    weeks: Vec<JsonWeek<'a>>,
    findings: JsonFindings<'a>,
}

#[derive(Serialize)]
struct JsonRange {
    from: String,
    until: String,
}

impl From<DateRange> for JsonRange {
    fn from(r: DateRange) -> Self {
        JsonRange {
            from: r.from.to_string(),
            until: r.until.to_string(),
        }
    }
}

#[derive(Serialize)]
struct JsonCounts {
    added: usize,
    removed: usize,
    moved: usize,
    retimed: usize,
    reassigned: usize,
    status: usize,
    findings_introduced: usize,
    findings_resolved: usize,
}

#[derive(Serialize)]
struct JsonItem<'a> {
    key: &'a str,
    was: Option<&'a str>,
    title: &'a str,
    changes: Vec<&'static str>,
    before: Option<JsonFacts<'a>>,
    after: Option<JsonFacts<'a>>,
}

#[derive(Serialize)]
pub(super) struct JsonFacts<'a> {
    date: String,
    time: Option<String>,
    owner: Option<&'a str>,
    ambassador: Option<&'a str>,
    status: &'static str,
}

impl<'a> From<&'a Facts> for JsonFacts<'a> {
    fn from(f: &'a Facts) -> Self {
        JsonFacts {
            date: f.date.to_string(),
            time: f.time.map(time_text),
            owner: f.owner.as_deref(),
            ambassador: f.ambassador.as_deref(),
            status: f.status.as_str(),
        }
    }
}

#[derive(Serialize)]
struct JsonPerson<'a> {
    person: &'a str,
    summary: String,
    added: Vec<&'a str>,
    removed: Vec<&'a str>,
    given: Vec<&'a str>,
    taken: Vec<&'a str>,
    moved: Vec<&'a str>,
    retimed: Vec<&'a str>,
    status: Vec<&'a str>,
    weeks: Vec<JsonLoad<'a>>,
}

#[derive(Serialize)]
struct JsonLoad<'a> {
    week: &'a str,
    before: usize,
    after: usize,
    capacity: u32,
    over: bool,
}

#[derive(Serialize)]
struct JsonWeek<'a> {
    week: &'a str,
    before: usize,
    after: usize,
    items: Vec<&'a str>,
}

#[derive(Serialize)]
struct JsonFindings<'a> {
    introduced: &'a [Finding],
    resolved: &'a [Finding],
}

fn json(s: &Shown) -> String {
    let c = s.comparison;
    let keys =
        |list: &[usize]| -> Vec<&str> { list.iter().map(|i| c.items[*i].key.as_str()).collect() };
    let counts = c.counts();
    let doc = Json {
        base: &s.base,
        head: &s.head,
        today: s.today.to_string(),
        range: s.range.into(),
        checked: s.checked.into(),
        person: s.person,
        summary: diff::summary(c),
        counts: JsonCounts {
            added: counts.added,
            removed: counts.removed,
            moved: counts.moved,
            retimed: counts.retimed,
            reassigned: counts.reassigned,
            status: counts.status,
            findings_introduced: c.introduced.len(),
            findings_resolved: c.resolved.len(),
        },
        items: c
            .items
            .iter()
            .map(|i| JsonItem {
                key: &i.key,
                was: i.was.as_deref(),
                title: &i.title,
                changes: i.kinds.iter().map(|k| k.as_str()).collect(),
                before: i.before.as_ref().map(Into::into),
                after: i.after.as_ref().map(Into::into),
            })
            .collect(),
        people: c
            .people
            .iter()
            .map(|p| JsonPerson {
                person: &p.person,
                summary: diff::person_line(p),
                added: keys(&p.added),
                removed: keys(&p.removed),
                given: keys(&p.given),
                taken: keys(&p.taken),
                moved: keys(&p.moved),
                retimed: keys(&p.retimed),
                status: keys(&p.status),
                weeks: p
                    .weeks
                    .iter()
                    .map(|w| JsonLoad {
                        week: &w.week,
                        before: w.before,
                        after: w.after,
                        capacity: w.capacity,
                        over: w.over(),
                    })
                    .collect(),
            })
            .collect(),
        weeks: c
            .weeks
            .iter()
            .map(|w| JsonWeek {
                week: &w.week,
                before: w.before,
                after: w.after,
                items: keys(&w.changes),
            })
            .collect(),
        findings: JsonFindings {
            introduced: &c.introduced,
            resolved: &c.resolved,
        },
    };
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}
