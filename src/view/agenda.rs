//! An agenda ([`crate::report::agenda`]) as text for the terminal,
//! markdown for a chat webhook or a mail merge, JSON, or one HTML page.

use serde::Serialize;

use super::diff::JsonFacts;
use super::html;
use super::names::weekday_short;
use super::SideLabel;
use crate::model::{Calendar, Locale};
use crate::plan::item::{iso_week, time_text, Status};
use crate::report::agenda::{Agenda, ChangeKind, Changed, Entry, Role};
use crate::report::diff::Facts;

/// The formats of `ritme agenda`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AgendaFormat {
    Text,
    Markdown,
    Json,
    Html,
}

impl AgendaFormat {
    /// The file extension `agenda --all --out DIR` writes.
    pub(crate) fn extension(self) -> &'static str {
        match self {
            AgendaFormat::Text => "txt",
            AgendaFormat::Markdown => "md",
            AgendaFormat::Json => "json",
            AgendaFormat::Html => "html",
        }
    }
}

/// Who the agenda is for, as shown.
pub(crate) struct Heading<'a> {
    /// `person` or `team`.
    pub kind: &'static str,
    pub id: &'a str,
    pub name: &'a str,
}

/// What changed since a revision (`--since`), as shown after the agenda.
pub(crate) struct Since<'a> {
    /// The revision as given (`main`, `2026-11-16`) and its commit.
    pub base: &'a SideLabel,
    /// Whether the working tree's lock was behind its TOML, so its side is
    /// what `ritme plan` would store.
    pub head_behind: bool,
    pub changes: &'a [Changed<'a>],
}

impl Since<'_> {
    /// `main (1a2b3c4d)`.
    fn title(&self) -> String {
        match &self.base.commit {
            Some(c) => format!("{} ({})", self.base.revision, &c[..c.len().min(8)]),
            None => self.base.revision.clone(),
        }
    }

    /// The notes about sides planned in memory.
    fn notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        if self.base.behind {
            notes.push(format!(
                "{}: ritme.lock was behind the TOML (or absent), so this compares with what `ritme plan` would have stored there",
                self.base.revision
            ));
        }
        if self.head_behind {
            notes.push(
                "working tree: ritme.lock is behind the TOML (or absent), so this compares what `ritme plan` would store now"
                    .to_string(),
            );
        }
        notes
    }
}

/// Renders `agenda` in `format`, with what changed `since` a revision when given.
pub(crate) fn render_agenda(
    cal: &Calendar,
    agenda: &Agenda,
    who: &Heading,
    since: Option<&Since>,
    format: AgendaFormat,
    locale: Locale,
) -> String {
    let shown = Shown {
        cal,
        agenda,
        who,
        parts: parts(agenda, locale),
        since,
        locale,
    };
    match format {
        AgendaFormat::Text => text(&shown),
        AgendaFormat::Markdown => markdown(&shown),
        AgendaFormat::Html => page(&shown),
        AgendaFormat::Json => json(agenda, who, since),
    }
}

/// What the renderers for people show: the agenda in its three parts (late,
/// this week, coming), and what changed since a revision.
struct Shown<'a, 'i> {
    cal: &'a Calendar,
    agenda: &'a Agenda<'i>,
    who: &'a Heading<'a>,
    parts: [(String, &'a [Entry<'i>]); 3],
    since: Option<&'a Since<'a>>,
    locale: Locale,
}

/// "Mon 2026-11-30 09:00".
fn moment(f: &Facts, locale: Locale) -> String {
    match f.time {
        Some(t) => format!("{} {}", day(f.date, locale), time_text(t)),
        None => day(f.date, locale),
    }
}

/// When a changed item stands: `Fri 2026-12-04 → Thu 2026-12-03` for a
/// move, else the day of the side where it is theirs.
fn change_when(c: &Changed, locale: Locale) -> String {
    let ch = c.change;
    match (c.kind, &ch.before, &ch.after) {
        (ChangeKind::Moved, Some(b), Some(a)) => {
            format!("{} → {}", moment(b, locale), moment(a, locale))
        }
        (ChangeKind::TakenAway, Some(b), _) => moment(b, locale),
        (_, _, Some(a)) => moment(a, locale),
        (_, b, None) => b.as_ref().map(|b| moment(b, locale)).unwrap_or_default(),
    }
}

/// "owner", "owner, was bert", "ambassador, now nobody", "owner, removed
/// from the plan"; for a team with the person's name first.
fn change_detail(c: &Changed, who: &Heading, cal: &Calendar) -> String {
    let name = |p: &str| cal.person(p).map_or(p, |x| x.name.as_str()).to_string();
    let mut s = c.role.as_str().to_string();
    if who.kind == "team" {
        s = format!("{s}: {}", name(c.person));
    }
    let other = || c.other().map_or_else(|| "nobody".to_string(), name);
    match c.kind {
        ChangeKind::Given => s.push_str(&format!(", was {}", other())),
        ChangeKind::TakenAway if c.change.after.is_none() => {
            s.push_str(", removed from the plan");
        }
        ChangeKind::TakenAway => s.push_str(&format!(", now {}", other())),
        ChangeKind::New | ChangeKind::Moved => {}
    }
    s
}

fn since_heading(since: &Since) -> String {
    format!("Changed since {}", since.title())
}

/// The three parts with their headings.
fn parts<'a, 'i>(agenda: &'a Agenda<'i>, locale: Locale) -> [(String, &'a [Entry<'i>]); 3] {
    [
        ("Overdue".to_string(), &agenda.overdue),
        (
            format!("This week, {}", iso_week(agenda.today)),
            &agenda.this_week,
        ),
        (
            format!(
                "Coming, {} week{} to {}",
                agenda.weeks,
                if agenda.weeks == 1 { "" } else { "s" },
                day(agenda.until, locale)
            ),
            &agenda.coming,
        ),
    ]
}

fn day(d: chrono::NaiveDate, locale: Locale) -> String {
    use chrono::Datelike;
    format!("{} {d}", weekday_short(d.weekday(), locale))
}

fn title_line(agenda: &Agenda, who: &Heading, locale: Locale) -> String {
    format!(
        "Agenda of {} ({}), {}, today {}",
        who.name,
        who.id,
        iso_week(agenda.today),
        day(agenda.today, locale)
    )
}

/// "goes live Mon 2026-11-30 09:00"
fn live(e: &Entry, locale: Locale) -> String {
    let it = e.item;
    match it.time {
        Some(t) => format!("goes live {} {}", day(it.date, locale), time_text(t)),
        None => format!("goes live {}", day(it.date, locale)),
    }
}

/// "owner", "ambassador", or for a team "owner: anna".
fn role(e: &Entry, who: &Heading, cal: &Calendar) -> String {
    match (e.role, e.person) {
        (Role::Team, _) => "team item, nobody named".to_string(),
        (r, Some(p)) if who.kind == "team" => {
            let name = cal.person(p).map_or(p, |x| x.name.as_str());
            format!("{}: {name}", r.as_str())
        }
        (r, _) => r.as_str().to_string(),
    }
}

fn status(e: &Entry) -> Option<&'static str> {
    (e.item.status != Status::Planned).then(|| e.item.status.as_str())
}

fn text(shown: &Shown) -> String {
    let Shown {
        cal,
        agenda,
        who,
        parts,
        since,
        locale,
    } = shown;
    let (since, locale) = (*since, *locale);
    // One set of columns over all three parts, so they line up.
    let rows: Vec<Vec<[String; 5]>> = parts
        .iter()
        .map(|(_, entries)| {
            entries
                .iter()
                .map(|e| {
                    let due = e
                        .item
                        .due
                        .map_or_else(String::new, |d| format!("due {}", day(d, locale)));
                    let mut when = live(e, locale);
                    if let Some(s) = status(e) {
                        when.push_str(&format!(" ({s})"));
                    }
                    let title = e.item.title.replace('\n', " ");
                    [due, title, when, role(e, who, cal), e.item.key.clone()]
                })
                .collect()
        })
        .collect();
    let w = widths(rows.iter().flatten());
    let mut out = title_line(agenda, who, locale);
    out.push('\n');
    for ((heading, entries), rows) in parts.iter().zip(rows) {
        out.push_str(&format!("\n{heading} ({})\n", entries.len()));
        if rows.is_empty() {
            out.push_str("  nothing\n");
        }
        for r in rows {
            out.push_str(&columns(&r, &w));
        }
    }
    if let Some(since) = since {
        out.push_str(&format!(
            "\n{} ({})\n",
            since_heading(since),
            since.changes.len()
        ));
        for note in since.notes() {
            out.push_str(&format!("  note: {note}\n"));
        }
        if since.changes.is_empty() {
            out.push_str("  nothing\n");
        }
        let rows: Vec<[String; 5]> = since
            .changes
            .iter()
            .map(|c| {
                [
                    c.kind.as_str().to_string(),
                    change_when(c, locale),
                    c.change.title.replace('\n', " "),
                    change_detail(c, who, cal),
                    c.change.key.clone(),
                ]
            })
            .collect();
        let w = widths(rows.iter());
        for r in rows {
            out.push_str(&columns(&r, &w));
        }
    }
    out
}

/// The widths of the first four of five columns.
fn widths<'r>(rows: impl Iterator<Item = &'r [String; 5]> + Clone) -> [usize; 4] {
    let width = |i: usize| {
        rows.clone()
            .map(|r| r[i].chars().count())
            .max()
            .unwrap_or(0)
    };
    [width(0), width(1), width(2), width(3)]
}

/// One row, indented, its first four columns padded to `w`.
fn columns(r: &[String; 5], w: &[usize; 4]) -> String {
    let line = format!(
        "  {:w0$}  {:w1$}  {:w2$}  {:w3$}  {}",
        r[0],
        r[1],
        r[2],
        r[3],
        r[4],
        w0 = w[0],
        w1 = w[1],
        w2 = w[2],
        w3 = w[3]
    );
    format!("{}\n", line.trim_end())
}

fn markdown(shown: &Shown) -> String {
    let Shown {
        cal,
        agenda,
        who,
        parts,
        since,
        locale,
    } = shown;
    let (since, locale) = (*since, *locale);
    let mut out = format!("### {}\n", title_line(agenda, who, locale));
    for (heading, entries) in parts {
        if entries.is_empty() {
            continue;
        }
        out.push_str(&format!("\n**{heading}** ({})\n\n", entries.len()));
        for e in entries.iter() {
            let mut line = format!("- **{}**: {}", md_escape(&e.item.title), live(e, locale));
            if let Some(d) = e.item.due {
                line.push_str(&format!(", draft due {}", day(d, locale)));
            }
            line.push_str(&format!(" · {}", role(e, who, cal)));
            if let Some(s) = status(e) {
                line.push_str(&format!(" · {s}"));
            }
            line.push_str(&format!(" · `{}`", e.item.key));
            out.push_str(&line);
            out.push('\n');
        }
    }
    if agenda.is_empty() {
        out.push_str("\nNothing to deliver.\n");
    }
    if let Some(since) = since {
        out.push_str(&format!(
            "\n**{}** ({})\n\n",
            md_escape(&since_heading(since)),
            since.changes.len()
        ));
        for note in since.notes() {
            out.push_str(&format!("> {}\n\n", md_escape(&note)));
        }
        if since.changes.is_empty() {
            out.push_str("Nothing changed.\n");
        }
        for c in since.changes {
            out.push_str(&format!(
                "- {}: **{}**: {} · {} · `{}`\n",
                c.kind.as_str(),
                md_escape(&c.change.title),
                change_when(c, locale),
                change_detail(c, who, cal),
                c.change.key
            ));
        }
    }
    out
}

/// Markdown's inline specials in a title, escaped so `*` or `_` in a title
/// stay characters.
fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        if c == '\n' {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

fn page(shown: &Shown) -> String {
    let Shown {
        cal,
        agenda,
        who,
        parts,
        since,
        locale,
    } = shown;
    let (since, locale) = (*since, *locale);
    let e = html::escape;
    let mut body = format!(
        "<h1>Agenda of {}</h1>\n<p class=\"sub\">{} · {} · today {}</p>\n",
        e(who.name),
        e(who.id),
        iso_week(agenda.today),
        day(agenda.today, locale)
    );
    for (i, (heading, entries)) in parts.iter().enumerate() {
        body.push_str(&format!("<h2>{} ({})</h2>\n", e(heading), entries.len()));
        if entries.is_empty() {
            body.push_str("<p>Nothing.</p>\n");
            continue;
        }
        body.push_str(
            "<table>\n<tr><th>Draft due</th><th>Item</th><th>Goes live</th><th>Role</th><th>Status</th></tr>\n",
        );
        for x in entries.iter() {
            let due = x.item.due.map_or_else(String::new, |d| day(d, locale));
            let class = if i == 0 { " class=\"late\"" } else { "" };
            let live = live(x, locale);
            body.push_str(&format!(
                "<tr><td{class}>{}</td><td>{}<br><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                e(&due),
                e(&x.item.title),
                e(&x.item.key),
                e(live.trim_start_matches("goes live ")),
                e(&role(x, who, cal)),
                x.item.status.as_str()
            ));
        }
        body.push_str("</table>\n");
    }
    if let Some(since) = since {
        body.push_str(&format!(
            "<h2>{} ({})</h2>\n",
            e(&since_heading(since)),
            since.changes.len()
        ));
        for note in since.notes() {
            body.push_str(&format!("<p class=\"sub\">{}</p>\n", e(&note)));
        }
        if since.changes.is_empty() {
            body.push_str("<p>Nothing.</p>\n");
        } else {
            body.push_str(
                "<table>\n<tr><th>Change</th><th>Item</th><th>Goes live</th><th>Role</th></tr>\n",
            );
            for c in since.changes {
                body.push_str(&format!(
                    "<tr><td>{}</td><td>{}<br><code>{}</code></td><td>{}</td><td>{}</td></tr>\n",
                    c.kind.as_str(),
                    e(&c.change.title),
                    e(&c.change.key),
                    e(&change_when(c, locale)),
                    e(&change_detail(c, who, cal))
                ));
            }
            body.push_str("</table>\n");
        }
    }
    body.push_str(&format!("<footer>{} · ritme</footer>\n", e(&cal.name)));
    let lang = match locale {
        Locale::En => "en",
        Locale::Nl => "nl",
    };
    html::page(lang, &format!("Agenda of {}", who.name), &body)
}

#[derive(Serialize)]
struct JsonAgenda<'a> {
    kind: &'a str,
    id: &'a str,
    name: &'a str,
    today: String,
    week: String,
    until: String,
    weeks: u32,
    overdue: Vec<JsonEntry<'a>>,
    this_week: Vec<JsonEntry<'a>>,
    coming: Vec<JsonEntry<'a>>,
    /// Null without `--since`.
    since: Option<JsonSince<'a>>,
}

#[derive(Serialize)]
struct JsonSince<'a> {
    revision: &'a str,
    commit: Option<&'a str>,
    behind: bool,
    head_behind: bool,
    changes: Vec<JsonChange<'a>>,
}

#[derive(Serialize)]
struct JsonChange<'a> {
    change: &'static str,
    key: &'a str,
    was: Option<&'a str>,
    title: &'a str,
    person: &'a str,
    role: &'static str,
    /// Who had the role before (given), or has it now (taken away).
    other: Option<&'a str>,
    before: Option<JsonFacts<'a>>,
    after: Option<JsonFacts<'a>>,
}

#[derive(Serialize)]
struct JsonEntry<'a> {
    key: &'a str,
    title: &'a str,
    date: String,
    time: Option<String>,
    due: Option<String>,
    role: &'static str,
    person: Option<&'a str>,
    status: &'static str,
    source: &'static str,
    source_id: &'a str,
    team: Option<&'a str>,
}

fn json(agenda: &Agenda, who: &Heading, since: Option<&Since>) -> String {
    fn entries<'a>(part: &'a [Entry<'_>]) -> Vec<JsonEntry<'a>> {
        part.iter()
            .map(|e| JsonEntry {
                key: &e.item.key,
                title: &e.item.title,
                date: e.item.date.to_string(),
                time: e.item.time.map(time_text),
                due: e.item.due.map(|d| d.to_string()),
                role: e.role.as_str(),
                person: e.person,
                status: e.item.status.as_str(),
                source: e.item.source.as_str(),
                source_id: &e.item.source_id,
                team: e.item.team.as_deref(),
            })
            .collect()
    }
    let doc = JsonAgenda {
        kind: who.kind,
        id: who.id,
        name: who.name,
        today: agenda.today.to_string(),
        week: iso_week(agenda.today),
        until: agenda.until.to_string(),
        weeks: agenda.weeks,
        overdue: entries(&agenda.overdue),
        this_week: entries(&agenda.this_week),
        coming: entries(&agenda.coming),
        since: since.map(|s| JsonSince {
            revision: &s.base.revision,
            commit: s.base.commit.as_deref(),
            behind: s.base.behind,
            head_behind: s.head_behind,
            changes: s
                .changes
                .iter()
                .map(|c| JsonChange {
                    change: match c.kind {
                        ChangeKind::TakenAway => "taken_away",
                        k => k.as_str(),
                    },
                    key: &c.change.key,
                    was: c.change.was.as_deref(),
                    title: &c.change.title,
                    person: c.person,
                    role: c.role.as_str(),
                    other: c.other(),
                    before: c.change.before.as_ref().map(JsonFacts::from),
                    after: c.change.after.as_ref().map(JsonFacts::from),
                })
                .collect(),
        }),
    };
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}
