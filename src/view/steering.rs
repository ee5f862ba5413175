//! The steering report ([`crate::report::steering`]) as markdown (for a
//! wiki or a mail), one self-contained HTML page, or JSON.

use super::html::{self, escape};
use crate::report::steering::Steering;

/// The formats of `report steering`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SteeringFormat {
    Markdown,
    Html,
    Json,
}

/// Renders the report.
pub(crate) fn render_steering(s: &Steering, format: SteeringFormat) -> String {
    match format {
        SteeringFormat::Markdown => markdown(s),
        SteeringFormat::Html => page(s),
        SteeringFormat::Json => {
            let mut out = serde_json::to_string_pretty(s).unwrap_or_default();
            out.push('\n');
            out
        }
    }
}

/// How many slipped items the page lists; the JSON holds them all.
const SLIPPED_SHOWN: usize = 15;

/// A number without needless decimals.
fn number(x: f64) -> String {
    crate::report::Value::Number(x).table_text()
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "–".to_string()
    } else {
        format!("{}%", (100.0 * part as f64 / whole as f64).round())
    }
}

/// A table as rows of cells, rendered by both formats. The first row is
/// the header; `numeric` marks right-aligned columns.
struct Table {
    rows: Vec<Vec<String>>,
    numeric: Vec<bool>,
}

/// The page's sections: (heading, lines of prose, a table).
fn sections(s: &Steering) -> Vec<(String, Vec<String>, Option<Table>)> {
    let mut out = Vec::new();
    let mut summary = vec![format!(
        "{} items to deliver, {} published ({}), {} skipped.",
        s.planned,
        s.published,
        percent(s.published, s.planned),
        s.skipped
    )];
    if !s.stored {
        summary.push(
            "No stored plan: statuses are unknown, so nothing counts as published or slipped. Run `ritme plan` and record statuses."
                .to_string(),
        );
    }
    out.push(("In short".to_string(), summary, None));

    let themes = Table {
        rows: std::iter::once(vec![
            "Focus theme".into(),
            "Planned".into(),
            "Published".into(),
            "Share".into(),
        ])
        .chain(s.themes.iter().map(|t| {
            vec![
                t.theme.clone(),
                t.planned.to_string(),
                t.published.to_string(),
                percent(t.published, t.planned),
            ]
        }))
        .collect(),
        numeric: vec![false, true, true, true],
    };
    let none = (s.themes.is_empty()).then(|| "No focus theme in this quarter.".to_string());
    out.push((
        "Published per focus theme".to_string(),
        none.into_iter().collect(),
        (!s.themes.is_empty()).then_some(themes),
    ));

    let goals = Table {
        rows: std::iter::once(vec![
            "Goal".into(),
            "Planned".into(),
            "Published".into(),
            "Measure".into(),
            "Value".into(),
            "Target".into(),
            "Met".into(),
        ])
        .chain(s.goals.iter().map(|g| {
            vec![
                g.title.clone(),
                g.planned.to_string(),
                g.published.to_string(),
                g.metric.clone().unwrap_or_else(|| "–".into()),
                g.value.map_or_else(|| "no numbers".into(), number),
                g.target.map_or_else(|| "–".into(), number),
                match g.met {
                    Some(true) => "yes".into(),
                    Some(false) => "no".into(),
                    None => "–".into(),
                },
            ]
        }))
        .collect(),
        numeric: vec![false, true, true, false, true, true, false],
    };
    out.push((
        "Goals and engagement against targets".to_string(),
        Vec::new(),
        (!s.goals.is_empty()).then_some(goals),
    ));

    let mut gaps = Vec::new();
    if s.weeks_below.is_empty() && s.focus_gaps.is_empty() {
        gaps.push("Every week held what the rules ask.".to_string());
    }
    for w in &s.weeks_below {
        gaps.push(format!(
            "{}: {} item{}, {} wanted ({})",
            w.week,
            w.items,
            if w.items == 1 { "" } else { "s" },
            w.wanted,
            w.state
        ));
    }
    for f in &s.focus_gaps {
        gaps.push(format!(
            "{}: {} {} item{}, {} wanted",
            f.week,
            f.items,
            f.theme,
            if f.items == 1 { "" } else { "s" },
            f.wanted
        ));
    }
    out.push(("Gaps".to_string(), gaps, None));

    let shown = s.slipped.len().min(SLIPPED_SHOWN);
    let slipped = Table {
        rows: std::iter::once(vec![
            "Date".into(),
            "Item".into(),
            "Owner".into(),
            "Status".into(),
        ])
        .chain(s.slipped.iter().take(shown).map(|x| {
            vec![
                x.date.to_string(),
                x.title.clone(),
                x.owner.clone().unwrap_or_else(|| "nobody".into()),
                x.status.to_string(),
            ]
        }))
        .collect(),
        numeric: vec![false; 4],
    };
    let note = if s.slipped.is_empty() {
        "Nothing slipped: every item went live or was skipped.".to_string()
    } else if shown < s.slipped.len() {
        format!(
            "{} items did not go live; the first {shown} are below (all of them in --format json).",
            s.slipped.len()
        )
    } else {
        format!(
            "{} item{} did not go live.",
            s.slipped.len(),
            if s.slipped.len() == 1 { "" } else { "s" }
        )
    };
    out.push((
        "Slipped items".to_string(),
        Some(note).into_iter().filter(|_| s.stored).collect(),
        (!s.slipped.is_empty()).then_some(slipped),
    ));

    let fairness = Table {
        rows: std::iter::once(vec![
            "Owner".into(),
            "Items".into(),
            "Share".into(),
            "Effort (h)".into(),
        ])
        .chain(s.owners.iter().map(|o| {
            vec![
                o.name.clone(),
                o.items.to_string(),
                format!("{}%", number(o.share)),
                number((f64::from(o.effort_minutes) / 6.0).round() / 10.0),
            ]
        }))
        .collect(),
        numeric: vec![false, true, true, true],
    };
    let mut lines = Vec::new();
    if let (Some(top), n) = (s.owners.first(), s.owners.len()) {
        let mean = s.owners.iter().map(|o| o.items).sum::<usize>() as f64 / n as f64;
        lines.push(format!(
            "{n} owner{}; {} items each on average; the most, {}, holds {}.",
            if n == 1 { "" } else { "s" },
            number((mean * 10.0).round() / 10.0),
            top.name,
            top.items
        ));
    }
    out.push((
        "Fairness".to_string(),
        lines,
        (!s.owners.is_empty()).then_some(fairness),
    ));

    let n = &s.next;
    let mut next = vec![format!(
        "{} items planned, {} without an owner yet.",
        n.planned, n.unassigned
    )];
    if !n.themes.is_empty() {
        next.push(format!("Focus: {}.", n.themes.join(", ")));
    }
    for c in &n.campaigns {
        next.push(format!("Campaign: {}, {} to {}.", c.title, c.from, c.until));
    }
    out.push((format!("Next quarter, {}", n.quarter), next, None));
    out
}

fn markdown(s: &Steering) -> String {
    let mut out = format!(
        "# {}: steering report {}\n\n{} to {}, made on {}.\n",
        s.calendar, s.quarter, s.from, s.until, s.today
    );
    for (heading, lines, table) in sections(s) {
        out.push_str(&format!("\n## {heading}\n\n"));
        if lines.len() > 1 && table.is_none() {
            for l in &lines {
                out.push_str(&format!("- {l}\n"));
            }
        } else {
            for l in &lines {
                out.push_str(l);
                out.push_str("\n\n");
            }
        }
        if let Some(t) = table {
            for (i, row) in t.rows.iter().enumerate() {
                let cells: Vec<String> = row.iter().map(|c| c.replace('|', "\\|")).collect();
                out.push_str(&format!("| {} |\n", cells.join(" | ")));
                if i == 0 {
                    let rule: Vec<&str> = t
                        .numeric
                        .iter()
                        .map(|n| if *n { "---:" } else { "---" })
                        .collect();
                    out.push_str(&format!("| {} |\n", rule.join(" | ")));
                }
            }
        }
    }
    // One blank line between blocks, none at the end.
    while out.ends_with("\n\n") {
        out.pop();
    }
    out.replace("\n\n\n", "\n\n")
}

fn page(s: &Steering) -> String {
    let mut body = format!(
        "<h1>{}: steering report {}</h1>\n<p class=\"sub\">{} to {}, made on {}</p>\n",
        escape(&s.calendar),
        escape(&s.quarter),
        s.from,
        s.until,
        s.today
    );
    for (heading, lines, table) in sections(s) {
        body.push_str(&format!("<h2>{}</h2>\n", escape(&heading)));
        if lines.len() > 1 && table.is_none() {
            body.push_str("<ul>\n");
            for l in &lines {
                body.push_str(&format!("<li>{}</li>\n", escape(l)));
            }
            body.push_str("</ul>\n");
        } else {
            for l in &lines {
                body.push_str(&format!("<p>{}</p>\n", escape(l)));
            }
        }
        if let Some(t) = table {
            body.push_str("<table>\n");
            for (i, row) in t.rows.iter().enumerate() {
                body.push_str("<tr>");
                for (j, cell) in row.iter().enumerate() {
                    let tag = if i == 0 { "th" } else { "td" };
                    let mut class = String::new();
                    if t.numeric[j] {
                        class.push('n');
                    }
                    if i > 0 && (cell == "no") {
                        class.push_str(" miss");
                    }
                    if i > 0 && (cell == "yes") {
                        class.push_str(" ok");
                    }
                    let attr = if class.is_empty() {
                        String::new()
                    } else {
                        format!(" class=\"{}\"", class.trim())
                    };
                    body.push_str(&format!("<{tag}{attr}>{}</{tag}>", escape(cell)));
                }
                body.push_str("</tr>\n");
            }
            body.push_str("</table>\n");
        }
    }
    body.push_str(&format!(
        "<footer>{} · ritme report steering --quarter {}</footer>\n",
        escape(&s.calendar),
        escape(&s.quarter)
    ));
    html::page(
        "en",
        &format!("{}: steering report {}", s.calendar, s.quarter),
        &body,
    )
}
