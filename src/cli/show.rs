//! `ritme show KEY`: one item with every field, its definition's file and
//! line, its bookkeeping and its edit history.

use crate::error::suggest;
use crate::error::{Error, Result};
use crate::plan::item::iso_week;
use crate::view::{self, day_label, Tables};

// Arguments of `ritme show`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  ritme -C calendars/voorbeeld show format/maandagmomentje/2026-11-23"
)]
pub struct Args {
    /// The item's key, like format/maandagmomentje/2026-03-02
    #[arg(add = super::complete::keys())]
    pub key: String,
}

/// Runs `ritme show`.
pub(super) fn run(ctx: &super::Context, args: Args) -> Result<()> {
    let dir = ctx.calendar_dir()?;
    let mut loaded = crate::config::load(&dir)?;
    let store = ctx.store(&mut loaded, false)?;
    let calendar = &loaded.calendar;
    let Some(item) = store.item(&args.key)? else {
        let keys = store.keys()?;
        let hint = suggest::hint(&args.key, keys.iter().map(String::as_str))
            .map(|h| format!(" ({h})"))
            .unwrap_or_default();
        return Err(Error::usage(format!(
            "no item with key \"{}\"{hint}",
            args.key
        )));
    };
    let style = ctx.style(Some(calendar.locale));
    let mut t = style.table(&["Field", "Value"]);
    let opt = |x: Option<&str>| x.unwrap_or("—").to_string();
    let minutes =
        |x: Option<u32>| x.map_or_else(|| "—".into(), |m| crate::model::Minutes(m).to_string());
    let mut rows: Vec<(&str, String)> = vec![
        ("key", item.key.clone()),
        ("title", item.title.to_string()),
        (
            "source",
            format!("{} {}", item.source.as_str(), item.source_id),
        ),
        (
            "date",
            format!(
                "{} ({}, {})",
                item.date,
                day_label(item.date, style.locale),
                iso_week(item.date)
            ),
        ),
        (
            "time",
            item.time
                .map_or_else(|| "all day".into(), |t| t.format("%H:%M").to_string()),
        ),
        ("duration", minutes(item.duration_minutes)),
        (
            "due",
            item.due.map_or_else(|| "—".into(), |d| d.to_string()),
        ),
        ("kind", opt(item.kind.as_deref())),
        ("channel", opt(item.channel.as_deref())),
        ("owner", opt(item.owner.as_deref())),
        ("ambassador", opt(item.ambassador.as_deref())),
        ("team", opt(item.team.as_deref())),
        ("goal", opt(item.goal.as_deref())),
        ("tags", item.tags.join(", ")),
        ("focus", item.focus.join(", ")),
        ("status", item.status.to_string()),
        ("effort", minutes(item.effort_minutes)),
        ("reserve", item.reserve.to_string()),
        ("edited", item.edited.to_string()),
        ("note", opt(item.note.as_deref())),
        ("url", opt(item.url.as_deref())),
        ("description", opt(item.description.as_deref())),
    ];
    if item.generated != item.date {
        rows.push(("generated", format!("{} (moved)", item.generated)));
    }
    let definition = item.origin(calendar).map_or_else(
        || "— (not in the definitions)".into(),
        |o| format!("{}:{}", o.file, o.line),
    );
    rows.push(("definition", definition));
    if let Some((created, modified, sequence, orphan)) = store.bookkeeping(&item.key)? {
        rows.push(("created", created));
        rows.push(("modified", format!("{modified} (sequence {sequence})")));
        if orphan {
            rows.push(("orphan", "yes: its definition is gone".into()));
        }
    }
    for (field, value) in rows {
        t.add_row(vec![field.to_string(), value]);
    }
    let mut out = format!("{t}\n");
    let history = store.history(&item.key)?;
    if history.is_empty() {
        out.push_str("history: no edits\n");
    } else {
        out.push_str("history:\n");
        for (at, action, value) in history {
            match value {
                Some(v) => out.push_str(&format!("  {at}  {action} {v}\n")),
                None => out.push_str(&format!("  {at}  {action}\n")),
            }
        }
    }
    view::emit(out.as_bytes())
}
