//! `ritme import ...`: outside data into the calendar. `import stats`
//! (numbers per published item, into the database) and `import pages` (a
//! content inventory, into `[[page]]` definitions) live in
//! `import_stats.rs` and `import_pages.rs`. `import ics` reads an existing iCalendar file (a holiday calendar, an
//! exported out-of-office calendar) and writes its events as `[[blackout]]`
//! or `[[away]]` definitions into `imported/<name>.toml`, so nobody types
//! holidays twice. Nothing is written when any event cannot be read.

use std::fmt::Write as _;
use std::path::PathBuf;

use chrono::{Datelike, NaiveDate};

use super::Context;
use crate::dates::parse_date;
use crate::dates::DateRange;
use crate::error::suggest;
use crate::error::{Error, Result};
use crate::import::definitions::{self, slug, toml_string, Include};
use crate::import::ics::{self, Event};
use crate::model::Calendar;

// Arguments of `ritme import`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  ritme -C calendars/voorbeeld import ics calendars/voorbeeld/ics/studiedagen.ics --as blackout\n  ritme -C calendars/voorbeeld import ics calendars/voorbeeld/ics/dana-afwezig.ics --as away --person dana\n  ritme -C calendars/voorbeeld import stats examples/stats/per-sleutel.csv\n  ritme -C calendars/voorbeeld import pages examples/pages/inventaris.csv"
)]
pub struct Args {
    #[command(subcommand)]
    pub what: What,
}

// What to import.
#[derive(Debug, clap::Subcommand)]
pub enum What {
    /// Holidays (--as blackout) or a person's absences (--as away) from an .ics file
    Ics(IcsArgs),
    /// Numbers per published item from an analytics export (CSV)
    Stats(super::import_stats::Args),
    /// [[page]] definitions from a content inventory (CSV)
    Pages(super::import_pages::Args),
}

/// What the events of an .ics file are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum IcsAs {
    /// Days nothing is planned, for everyone: `[[blackout]]`
    Blackout,
    /// Days one person is away: `[[away]]` with --person
    Away,
}

/// Arguments of `ritme import ics`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "The events are written to imported/<file>.toml in the calendar (imported/<person>-<file>.toml for --as away), and \"imported/*.toml\" is added to `include` in ritme.toml when no entry matches yet. A recurring one-day event imported --as blackout keeps its RRULE (`from` and `rrule`), so it holds in every year planned; other recurring events are expanded from --from to --until, and `plan` and `check` say so when the plan runs past --until.\n\nExamples:\n  ritme -C calendars/voorbeeld import ics calendars/voorbeeld/ics/studiedagen.ics --as blackout\n  ritme -C calendars/voorbeeld import ics calendars/voorbeeld/ics/dana-afwezig.ics --as away --person dana"
)]
pub struct IcsArgs {
    /// The .ics file
    pub file: PathBuf,
    /// What its events are
    #[arg(long = "as", value_enum, value_name = "KIND")]
    pub kind: IcsAs,
    /// Whose absences they are (with --as away)
    #[arg(long, value_name = "ID")]
    pub person: Option<String>,
    /// First day to import; default: the calendar's start
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Last day to import; default: 31 December, two years after today's year
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<NaiveDate>,
    /// Write the imported file anew when an earlier import made it
    #[arg(long)]
    pub replace: bool,
}

/// Runs `ritme import`.
pub(super) fn run(ctx: &Context, args: Args) -> Result<()> {
    match args.what {
        What::Ics(a) => ics(ctx, a),
        What::Stats(a) => super::import_stats::run(ctx, a),
        What::Pages(a) => super::import_pages::run(ctx, a),
    }
}

fn ics(ctx: &Context, args: IcsArgs) -> Result<()> {
    let loaded = ctx.calendar()?;
    let cal = &loaded.calendar;
    let person = match (args.kind, &args.person) {
        (IcsAs::Away, None) => {
            return Err(Error::usage(
                "--as away needs --person ID: whose absences these are",
            ))
        }
        (IcsAs::Blackout, Some(_)) => {
            return Err(Error::usage(
                "--person goes with --as away; blackout days hold for everyone",
            ))
        }
        (IcsAs::Away, Some(p)) => Some(known_person(cal, p)?),
        (IcsAs::Blackout, None) => None,
    };
    let horizon = DateRange {
        from: args.from.unwrap_or(cal.start),
        until: args.until.unwrap_or_else(|| {
            NaiveDate::from_ymd_opt(ctx.clock.today.year() + 2, 12, 31).unwrap_or(NaiveDate::MAX)
        }),
    };
    if horizon.until < horizon.from {
        return Err(Error::usage(format!(
            "--until {} is before --from {}",
            horizon.until, horizon.from
        )));
    }
    let path = ctx.cwd.join(&args.file);
    let bytes = std::fs::read(&path).map_err(|e| Error::io(&args.file, e))?;
    let shown = args.file.display().to_string();
    let keep_rules = args.kind == IcsAs::Blackout;
    let read = ics::read(&shown, &bytes, cal.timezone, horizon, keep_rules)
        .map_err(|e| Error::usage(format!("{e}; nothing imported")))?;
    let stem = args
        .file
        .file_stem()
        .map(|s| slug(&s.to_string_lossy(), "import"))
        .unwrap_or_else(|| "import".into());
    let base = match person {
        Some(p) if stem != p && !stem.starts_with(&format!("{p}-")) => format!("{p}-{stem}"),
        _ => stem,
    };
    let name = format!("{}/{base}.toml", definitions::FOLDER);
    let mut skipped = Vec::new();
    if read.outside > 0 {
        skipped.push(format!(
            "{} outside {} to {}",
            read.outside, horizon.from, horizon.until
        ));
    }
    if read.cancelled > 0 {
        skipped.push(format!("{} cancelled", read.cancelled));
    }
    let skipped = if skipped.is_empty() {
        String::new()
    } else {
        format!(" (left out: {})", skipped.join(", "))
    };
    if read.events.is_empty() {
        ctx.say(format!(
            "{shown} holds no events between {} and {}{skipped}; nothing imported",
            horizon.from, horizon.until
        ));
        return Ok(());
    }
    let header = format!(
        "# Imported from {} by `ritme import ics --as {}`.\n# ritme writes this file whole: import again with --replace to refresh it.\n",
        args.file
            .file_name()
            .map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned()),
        match args.kind {
            IcsAs::Blackout => "blackout",
            IcsAs::Away => "away",
        }
    );
    // Recurring events written as dates end at the horizon; `plan` and
    // `check` say so when they plan past it.
    let header = match read.cut {
        Some(until) => format!(
            "{header}\n[imported]\nuntil = {until}  # recurring events go on after this day: import again with a later --until\n"
        ),
        None => header,
    };
    let (text, what) = match person {
        Some(p) => (
            header + &away_entries(p, &read.events),
            format!("absences of {p}"),
        ),
        None => (
            header + &blackout_entries(cal, &name, &read.events)?,
            "blackouts".to_string(),
        ),
    };
    let include = definitions::write(&loaded.dir, &name, &text, args.replace)?;
    let added = match include {
        Include::Added => format!(
            "; added \"{}\" to `include` in ritme.toml",
            definitions::GLOB
        ),
        Include::Present => String::new(),
    };
    ctx.say(format!(
        "imported {} {what} from {shown} into {name}{skipped}{added}; run `ritme plan` to plan with them",
        read.events.len()
    ));
    Ok(())
}

fn known_person<'c>(cal: &'c Calendar, id: &str) -> Result<&'c str> {
    if let Some(p) = cal.person(id) {
        return Ok(&p.id);
    }
    let ids = cal.people.iter().map(|p| p.id.as_str());
    let hint = suggest::hint(id, ids.clone())
        .unwrap_or_else(|| format!("the people are: {}", ids.collect::<Vec<_>>().join(", ")));
    Err(Error::usage(format!("unknown person \"{id}\" ({hint})")))
}

/// `from` and `rrule` for a kept rule, `date = ...` for one day, else
/// `from`/`until`.
fn dates(out: &mut String, e: &Event) {
    if let Some(rule) = &e.rule {
        let _ = writeln!(out, "from = {}\nrrule = {}", e.from, toml_string(rule));
    } else if e.from == e.until {
        let _ = writeln!(out, "date = {}", e.from);
    } else {
        let _ = writeln!(out, "from = {}\nuntil = {}", e.from, e.until);
    }
}

fn away_entries(person: &str, events: &[Event]) -> String {
    let mut out = String::new();
    for e in events {
        let _ = writeln!(out, "\n[[away]]\nperson = {}", toml_string(person));
        dates(&mut out, e);
        if !e.summary.is_empty() {
            let _ = writeln!(out, "reason = {}", toml_string(&e.summary));
        }
    }
    out
}

/// `[[blackout]]` entries with ids `<summary>-<first day>`. Refuses ids the
/// calendar already has outside `name` (the file being replaced).
fn blackout_entries(cal: &Calendar, name: &str, events: &[Event]) -> Result<String> {
    let mut ids: Vec<String> = Vec::new();
    for e in events {
        let base = format!("{}-{}", slug(&e.summary, "vrij"), e.from);
        let mut id = base.clone();
        let mut n = 2;
        while ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        ids.push(id);
    }
    let clashes: Vec<String> = cal
        .blackouts
        .iter()
        .filter(|b| b.origin.file != name && ids.contains(&b.id))
        .map(|b| format!("\"{}\" ({}:{})", b.id, b.origin.file, b.origin.line))
        .collect();
    if !clashes.is_empty() {
        let (what, them) = if clashes.len() == 1 {
            ("blackout id", "it")
        } else {
            ("blackout ids", "them")
        };
        return Err(Error::usage(format!(
            "the calendar already has {what} {}; nothing imported (rename {them} in that file, or leave those days out with --from/--until)",
            clashes.join(", ")
        )));
    }
    let mut out = String::new();
    for (e, id) in events.iter().zip(&ids) {
        let title = if e.summary.is_empty() {
            "Vrij"
        } else {
            &e.summary
        };
        let _ = writeln!(
            out,
            "\n[[blackout]]\nid = {}\nname = {}",
            toml_string(id),
            toml_string(title)
        );
        dates(&mut out, e);
    }
    Ok(out)
}
