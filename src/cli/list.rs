//! `ritme list`: the stored items of a range, filtered, as a table, JSON or CSV.

use clap::Args as ClapArgs;
use comfy_table::Cell;

use super::choices::FormatChoice;
use crate::cli::range::RangeArgs;
use crate::dates::default_window;
use crate::error::suggest;
use crate::error::{Error, Result};
use crate::plan::item::{iso_week, Item, Status};
use crate::store::Filter;
use crate::view::{self, all_day, day_label, OutputFormat, Style, Tables};

/// Arguments of `ritme list`.
#[derive(Debug, ClapArgs)]
#[command(
    after_help = "Examples:\n  ritme -C calendars/voorbeeld list --quarter 2027-Q1\n  ritme -C calendars/voorbeeld list --week 2026-W50 --format json\n  ritme -C calendars/voorbeeld list --owner anna --unassigned"
)]
pub struct Args {
    #[command(flatten)]
    pub range: RangeArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Output format
    #[arg(long, value_enum, default_value_t = FormatChoice::Table)]
    pub format: FormatChoice,
}

/// The item filters of `list` and the exports.
#[derive(Debug, Clone, Default, ClapArgs)]
pub struct FilterArgs {
    /// Only items this person owns
    #[arg(long, value_name = "PERSON")]
    pub owner: Option<String>,
    /// Only items of this team
    #[arg(long, value_name = "TEAM")]
    pub team: Option<String>,
    /// Only items of this format or campaign
    #[arg(long, value_name = "ID")]
    pub source: Option<String>,
    /// Only items of this kind
    #[arg(long)]
    pub kind: Option<String>,
    /// Only items carrying this tag
    #[arg(long)]
    pub tag: Option<String>,
    /// Only items in this status
    #[arg(long, value_parser = parse_status)]
    pub status: Option<Status>,
    /// Only items without an owner (reserve slots excepted)
    #[arg(long)]
    pub unassigned: bool,
}

impl FilterArgs {
    /// The store's filter.
    pub fn filter(&self) -> Filter {
        Filter {
            owner: self.owner.clone(),
            team: self.team.clone(),
            source: self.source.clone(),
            kind: self.kind.clone(),
            tag: self.tag.clone(),
            status: self.status,
            unassigned: self.unassigned,
        }
    }
}

pub(super) fn parse_status(text: &str) -> std::result::Result<Status, String> {
    Status::parse(text).ok_or_else(|| {
        let names = Status::ALL.map(|s| s.as_str());
        match suggest::near_miss(text, names) {
            Some(s) => format!("unknown status \"{text}\" (did you mean \"{s}\"?)"),
            None => format!("unknown status \"{text}\"; use one of {}", names.join(", ")),
        }
    })
}

/// Runs `ritme list`.
pub fn run(ctx: &super::Context, args: Args) -> Result<()> {
    let dir = ctx.calendar_dir()?;
    let locale = crate::config::load(&dir).ok().map(|l| l.calendar.locale);
    let range = args.range.resolve(default_window(ctx.clock.today))?;
    let store = ctx.store(&dir, false)?;
    let items = store.items(range, &args.filter.filter())?;
    let bytes = match OutputFormat::from(args.format) {
        OutputFormat::Json => view::write_json(&items)?,
        OutputFormat::Csv => view::write_csv(&items)?,
        OutputFormat::Table => {
            if items.is_empty() {
                ctx.say(format!(
                    "no items between {} and {}",
                    range.from, range.until
                ));
                return Ok(());
            }
            format!("{}\n", table(&items, ctx.style(locale))).into_bytes()
        }
    };
    view::emit(&bytes).map_err(|e| match e {
        Error::Io { .. } => e,
        other => other,
    })
}

fn table(items: &[Item], style: Style) -> comfy_table::Table {
    let mut t = style.table(&[
        "Week", "Date", "Time", "Title", "Owner", "Kind", "Status", "Key",
    ]);
    for it in items {
        let week = iso_week(it.date);
        let owner = match (&it.owner, &it.ambassador, it.reserve) {
            (Some(o), Some(a), _) => format!("{o} (+{a})"),
            (Some(o), None, _) => o.to_string(),
            (None, _, true) => "(reserve)".into(),
            (None, _, false) => "—".into(),
        };
        let mut status = it.status.as_str().to_string();
        if it.edited {
            status.push('*');
        }
        t.add_row(vec![
            Cell::new(&week[5..]),
            Cell::new(day_label(it.date, style.locale)),
            Cell::new(it.time.map_or_else(
                || all_day(style.locale).to_string(),
                |t| t.format("%H:%M").to_string(),
            )),
            Cell::new(&it.title),
            Cell::new(owner),
            Cell::new(it.kind.as_deref().unwrap_or("")),
            Cell::new(status),
            Cell::new(&it.key),
        ]);
    }
    t
}
