//! `ritme export ics|json|csv`: the stored items as iCal feeds (a folder of
//! them, or one filtered feed) and as JSON or CSV. Without a range every
//! stored item is exported: a feed that dropped past items as time went by
//! would make them vanish from subscribers' calendars.

use std::path::PathBuf;

use clap::{Args as ClapArgs, Subcommand};

use super::list::FilterArgs;
use crate::cli::range::RangeArgs;
use crate::error::{Error, Result};
use crate::export::{write_atomic, Feeds};
use crate::store::Tracked;
use crate::view;

// Arguments of `ritme export`.
#[derive(Debug, ClapArgs)]
#[command(
    after_help = "Examples:\n  ritme -C calendars/voorbeeld export ics --out feeds --base-url https://intranet.example.org/feeds/\n  ritme -C calendars/voorbeeld export ics -o anna.ics --owner anna --quarter 2027-Q1\n  ritme -C calendars/voorbeeld export json --quarter 2027-Q1 -o q1.json\n  ritme -C calendars/voorbeeld export csv --team hr\n\nWithout a range every stored item is exported."
)]
pub struct Args {
    #[command(subcommand)]
    pub what: What,
}

// What to export.
#[derive(Debug, Subcommand)]
pub enum What {
    /// iCal feeds: the whole calendar and one per team, person, format and campaign
    #[command(
        after_help = "Examples:\n  ritme -C calendars/voorbeeld export ics --out public/feeds --base-url https://intranet.example.org/feeds/\n  ritme -C calendars/voorbeeld export ics -o anna.ics --owner anna --quarter 2027-Q1"
    )]
    Ics(IcsArgs),
    /// The items as a JSON array (the fields of `list --format json`)
    #[command(
        after_help = "Example:\n  ritme -C calendars/voorbeeld export json --quarter 2027-Q1 -o q1.json"
    )]
    Json(DataArgs),
    /// The items as CSV, safe to open in a spreadsheet
    #[command(
        after_help = "Example:\n  ritme -C calendars/voorbeeld export csv --team hr -o hr.csv"
    )]
    Csv(DataArgs),
}

/// Arguments of `ritme export ics`.
#[derive(Debug, ClapArgs)]
#[command(group(clap::ArgGroup::new("target").required(true).args(["out", "output"])))]
pub struct IcsArgs {
    /// Write every feed and index.html into this folder
    #[arg(long, value_name = "DIR", conflicts_with_all = ["owner", "team", "source", "kind", "tag", "status", "unassigned"])]
    pub out: Option<PathBuf>,
    /// Write one feed, of the items the filters select, to FILE (`-` for stdout)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Where the folder will be published, like https://intranet.example.org/feeds/ (index.html then shows subscribe links)
    #[arg(long, value_name = "URL", requires = "out")]
    pub base_url: Option<String>,
    #[command(flatten)]
    pub range: RangeArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
}

/// Arguments of `ritme export json` and `ritme export csv`.
#[derive(Debug, ClapArgs)]
pub struct DataArgs {
    /// Write to FILE instead of stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub range: RangeArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
}

/// Runs `ritme export`.
pub(super) fn run(ctx: &super::Context, args: Args) -> Result<()> {
    match args.what {
        What::Ics(a) => ics(ctx, a),
        What::Json(a) => data(ctx, a, view::write_json),
        What::Csv(a) => data(ctx, a, view::write_csv),
    }
}

/// The stored items the range (default: all) and filters select.
fn items(
    ctx: &super::Context,
    dir: &std::path::Path,
    range: &RangeArgs,
    filter: &FilterArgs,
) -> Result<Vec<Tracked>> {
    let range = if is_set(range) {
        // Any range given: unset ends are open.
        let open = crate::dates::DateRange {
            from: chrono::NaiveDate::from_ymd_opt(1, 1, 1).expect("year 1"),
            until: chrono::NaiveDate::from_ymd_opt(9999, 12, 31).expect("year 9999"),
        };
        Some(range.resolve(open)?)
    } else {
        None
    };
    let mut loaded = crate::config::load(dir)?;
    let store = ctx.store(&mut loaded, false)?;
    filter.check(&loaded.calendar, &store)?;
    store.tracked_items(range, &filter.filter(&loaded.calendar))
}

fn is_set(r: &RangeArgs) -> bool {
    r.week.is_some()
        || r.month.is_some()
        || r.quarter.is_some()
        || r.from.is_some()
        || r.until.is_some()
}

fn ics(ctx: &super::Context, args: IcsArgs) -> Result<()> {
    let loaded = ctx.calendar()?;
    let calendar = &loaded.calendar;
    let locale = ctx.style(Some(calendar.locale)).locale;
    let feeds = Feeds::new(calendar, locale)?;
    let base_url = args.base_url.as_deref().map(base_url).transpose()?;
    let items = items(ctx, &loaded.dir, &args.range, &args.filter)?;
    if let Some(out) = &args.out {
        let out = ctx.cwd.join(out);
        let written = feeds.write_dir(&out, &items, base_url.as_deref(), locale)?;
        for path in &written.stale {
            ctx.say(format!(
                "note: {} is no longer written (its team, person, format or campaign is gone); left as it was",
                path.display()
            ));
        }
        ctx.say(format!(
            "wrote {} feeds with {} items and index.html to {}",
            written.feeds.len(),
            items.len(),
            out.display()
        ));
        return Ok(());
    }
    let f = &args.filter;
    let mut about: Vec<String> = Vec::new();
    for (label, value) in [
        ("owner", &f.owner),
        ("team", &f.team),
        ("source", &f.source),
        ("kind", &f.kind),
        ("tag", &f.tag),
    ] {
        if let Some(v) = value {
            about.push(format!("{label} {v}"));
        }
    }
    if let Some(s) = f.status {
        about.push(format!("status {s}"));
    }
    if f.unassigned {
        about.push("unassigned".into());
    }
    let name = if about.is_empty() {
        calendar.name.clone()
    } else {
        format!("{} – {}", calendar.name, about.join(", "))
    };
    let Some(output) = args.output else {
        return Err(Error::usage("export ics needs --out DIR or -o FILE"));
    };
    let deadlines = f.owner.is_some();
    if output.as_os_str() == "-" {
        view::emit(feeds.one(&name, &items, deadlines).as_bytes())?;
    } else {
        feeds.write_one(&ctx.cwd.join(&output), &name, &items, deadlines)?;
        ctx.say(format!(
            "wrote {} items to {}",
            items.len(),
            output.display()
        ));
    }
    Ok(())
}

fn data(
    ctx: &super::Context,
    args: DataArgs,
    write: fn(&[crate::plan::item::Item]) -> Result<Vec<u8>>,
) -> Result<()> {
    let dir = ctx.calendar_dir()?;
    let items: Vec<crate::plan::item::Item> = items(ctx, &dir, &args.range, &args.filter)?
        .into_iter()
        .map(|t| t.item)
        .collect();
    let bytes = write(&items)?;
    match &args.output {
        Some(output) => deliver(ctx, output, &bytes),
        None => view::emit(&bytes),
    }
}

/// Writes to stdout for `-`, else atomically to the file.
fn deliver(ctx: &super::Context, output: &std::path::Path, bytes: &[u8]) -> Result<()> {
    if output.as_os_str() == "-" {
        view::emit(bytes)
    } else {
        write_atomic(&ctx.cwd.join(output), bytes)
    }
}

/// `--base-url`: an http(s) address, ending in `/` so feed paths append to it.
fn base_url(text: &str) -> Result<String> {
    let ok = (text.starts_with("https://") || text.starts_with("http://"))
        && text.len() > "https://".len()
        && !text
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>');
    if !ok {
        return Err(Error::usage(format!(
            "--base-url \"{text}\" is not an http(s) address; write it like https://intranet.example.org/feeds/"
        )));
    }
    Ok(if text.ends_with('/') {
        text.to_string()
    } else {
        format!("{text}/")
    })
}
