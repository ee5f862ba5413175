//! An agenda ([`crate::report::agenda`]) as text for the terminal,
//! markdown for a chat webhook or a mail merge, JSON, or one HTML page.

use serde::Serialize;

use super::html;
use super::names::weekday_short;
use crate::model::{Calendar, Locale};
use crate::plan::item::{iso_week, time_text, Status};
use crate::report::agenda::{Agenda, Entry, Role};

/// The formats of `ritme agenda`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgendaFormat {
    Text,
    Markdown,
    Json,
    Html,
}

impl AgendaFormat {
    /// The file extension `agenda --all --out DIR` writes.
    pub fn extension(self) -> &'static str {
        match self {
            AgendaFormat::Text => "txt",
            AgendaFormat::Markdown => "md",
            AgendaFormat::Json => "json",
            AgendaFormat::Html => "html",
        }
    }
}

/// Who the agenda is for, as shown.
pub struct Heading<'a> {
    /// `person` or `team`.
    pub kind: &'static str,
    pub id: &'a str,
    pub name: &'a str,
}

/// Renders `agenda` in `format`.
pub fn render_agenda(
    cal: &Calendar,
    agenda: &Agenda,
    who: &Heading,
    format: AgendaFormat,
    locale: Locale,
) -> String {
    let parts = parts(agenda, locale);
    match format {
        AgendaFormat::Text => text(cal, agenda, who, &parts, locale),
        AgendaFormat::Markdown => markdown(cal, agenda, who, &parts, locale),
        AgendaFormat::Html => page(cal, agenda, who, &parts, locale),
        AgendaFormat::Json => json(agenda, who),
    }
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

fn text(
    cal: &Calendar,
    agenda: &Agenda,
    who: &Heading,
    parts: &[(String, &[Entry]); 3],
    locale: Locale,
) -> String {
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
    let width = |i: usize| {
        rows.iter()
            .flatten()
            .map(|r| r[i].chars().count())
            .max()
            .unwrap_or(0)
    };
    let w: Vec<usize> = (0..4).map(width).collect();
    let mut out = title_line(agenda, who, locale);
    out.push('\n');
    for ((heading, entries), rows) in parts.iter().zip(rows) {
        out.push_str(&format!("\n{heading} ({})\n", entries.len()));
        if rows.is_empty() {
            out.push_str("  nothing\n");
        }
        for r in rows {
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
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    out
}

fn markdown(
    cal: &Calendar,
    agenda: &Agenda,
    who: &Heading,
    parts: &[(String, &[Entry]); 3],
    locale: Locale,
) -> String {
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

fn page(
    cal: &Calendar,
    agenda: &Agenda,
    who: &Heading,
    parts: &[(String, &[Entry]); 3],
    locale: Locale,
) -> String {
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

fn json(agenda: &Agenda, who: &Heading) -> String {
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
    };
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}
