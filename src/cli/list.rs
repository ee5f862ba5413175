//! `ritme list`: the stored items of a range, filtered, as a table, JSON or CSV.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use clap::Args as ClapArgs;
use comfy_table::Cell;

use super::choices::FormatChoice;
use crate::cli::range::RangeArgs;
use crate::dates::DateRange;
use crate::dates::{default_window, monday_of};
use crate::error::suggest;
use crate::error::{Error, Result};
use crate::model::Calendar;
use crate::plan::item::{iso_week, Item, Status};
use crate::store::{Filter, Store};
use crate::view::{self, all_day, day_label, OutputFormat, Style, Tables};

// Arguments of `ritme list`.
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

// The item filters of `list` and the exports.
#[derive(Debug, Clone, Default, ClapArgs)]
pub struct FilterArgs {
    /// Only items this person owns
    #[arg(long, value_name = "PERSON")]
    #[arg(add = super::complete::people())]
    pub owner: Option<String>,
    /// Only the team's work: its items, and what its people own or are ambassador of elsewhere
    #[arg(long, value_name = "TEAM")]
    pub team: Option<String>,
    /// Only items this person is the ambassador of
    #[arg(long, value_name = "PERSON")]
    #[arg(add = super::complete::people())]
    pub ambassador: Option<String>,
    /// Only items serving this goal
    #[arg(long, value_name = "GOAL")]
    pub goal: Option<String>,
    /// Only items serving this focus block
    #[arg(long, value_name = "FOCUS")]
    pub focus: Option<String>,
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
    /// Only items carrying edits: a pin, a note or a URL
    #[arg(long)]
    pub edited: bool,
}

impl FilterArgs {
    /// Refuses a filter value that names nothing the calendar or the stored
    /// plan knows (exit 2, with the near miss): `--owner gret` printing
    /// nothing looks like "gret has no work", not like a typo.
    pub fn check(&self, cal: &Calendar, stored: &Store) -> Result<()> {
        let given = [
            ("owner", &self.owner),
            ("team", &self.team),
            ("ambassador", &self.ambassador),
            ("goal", &self.goal),
            ("focus", &self.focus),
            ("source", &self.source),
            ("kind", &self.kind),
            ("tag", &self.tag),
        ];
        if given.iter().all(|(_, v)| v.is_none()) {
            return Ok(());
        }
        let items = stored.items(everything(), &Filter::default())?;
        for (what, value) in given {
            let Some(value) = value else { continue };
            let mut known: BTreeSet<&str> = BTreeSet::new();
            for it in &items {
                match what {
                    "owner" => known.extend(it.owner.as_deref()),
                    "team" => known.extend(it.team.as_deref()),
                    "ambassador" => known.extend(it.ambassador.as_deref()),
                    "goal" => known.extend(it.goal.as_deref()),
                    "focus" => known.extend(it.focus.iter().map(|f| &**f)),
                    "source" => {
                        known.insert(&it.source_id);
                    }
                    "kind" => known.extend(it.kind.as_deref()),
                    _ => known.extend(it.tags.iter().map(|t| &**t)),
                }
            }
            match what {
                "owner" | "ambassador" => {
                    known.extend(cal.people.iter().map(|p| p.id.as_str()));
                }
                "team" => known.extend(cal.teams.iter().map(|t| t.id.as_str())),
                "goal" => known.extend(cal.goals.iter().map(|g| g.id.as_str())),
                "focus" => known.extend(cal.focus.iter().map(|f| f.id.as_str())),
                "source" => {
                    known.extend(cal.formats.iter().map(|f| f.id.as_str()));
                    known.extend(cal.campaigns.iter().map(|c| c.id.as_str()));
                    known.extend(cal.pages.iter().map(|p| p.id.as_str()));
                }
                "kind" => {
                    known.extend(
                        cal.formats
                            .iter()
                            .filter_map(|f| f.template.kind.as_deref()),
                    );
                }
                _ => {
                    known.extend(
                        cal.formats
                            .iter()
                            .flat_map(|f| f.template.tags.iter().map(String::as_str)),
                    );
                }
            }
            if !known.contains(value.as_str()) {
                let hint = suggest::hint(value, known.iter().copied())
                    .map_or_else(String::new, |h| format!(" ({h})"));
                return Err(Error::usage(format!(
                    "--{what} \"{value}\" matches no {what} in the calendar or the stored plan{hint}"
                )));
            }
        }
        Ok(())
    }

    /// The store's filter. `--team` also takes in what the team's people
    /// (members and ambassadors) deliver for other teams' and team-less
    /// definitions.
    pub fn filter(&self, cal: &Calendar) -> Filter {
        let team_people = match &self.team {
            Some(team) => {
                let mut people: BTreeSet<&str> = cal
                    .people
                    .iter()
                    .filter(|p| p.team.as_deref() == Some(team.as_str()))
                    .map(|p| p.id.as_str())
                    .collect();
                if let Some(t) = cal.team(team) {
                    people.extend(t.ambassadors.iter().map(String::as_str));
                }
                people.into_iter().map(str::to_string).collect()
            }
            None => Vec::new(),
        };
        Filter {
            owner: self.owner.clone(),
            team: self.team.clone(),
            team_people,
            ambassador: self.ambassador.clone(),
            goal: self.goal.clone(),
            focus: self.focus.clone(),
            source: self.source.clone(),
            kind: self.kind.clone(),
            tag: self.tag.clone(),
            status: self.status,
            unassigned: self.unassigned,
            edited: self.edited,
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

/// Every date the store can hold.
fn everything() -> DateRange {
    DateRange {
        from: NaiveDate::from_ymd_opt(1, 1, 1).expect("year 1"),
        until: NaiveDate::from_ymd_opt(9999, 12, 31).expect("year 9999"),
    }
}

/// Runs `ritme list`.
pub(super) fn run(ctx: &super::Context, args: Args) -> Result<()> {
    let dir = ctx.calendar_dir()?;
    let mut loaded = crate::config::load(&dir)?;
    let stored = ctx.stored(&mut loaded, false)?;
    let locale = Some(loaded.calendar.locale);
    // Without a range: the stored range from this week on (SPEC section 10).
    let default = match stored.range() {
        Some(p) => DateRange {
            from: p.from.max(monday_of(ctx.clock.today)),
            until: p.until,
        },
        None => default_window(ctx.clock.today),
    };
    let range = args.range.resolve(default)?;
    if let Some(p) = stored
        .range()
        .filter(|p| range.from < p.from || p.until < range.until)
    {
        ctx.say(format!(
            "note: the stored plan covers {} to {}; days outside it are not planned",
            p.from, p.until
        ));
    }
    let store = stored.store;
    args.filter.check(&loaded.calendar, &store)?;
    let items = store.items(range, &args.filter.filter(&loaded.calendar))?;
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
            // A team's turn: its ambassador owns the item (SPEC section 11).
            (Some(o), Some(a), _) if o == a => o.to_string(),
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
