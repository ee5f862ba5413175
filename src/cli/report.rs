//! `ritme report gaps|load|focus|mix|raci|goals`: the reports of SPEC
//! section 4 over a range, as a table, JSON or CSV.

use super::schedule::{self, Basis};
use crate::error::{Error, Result};
use crate::model::DateRange;
use crate::range::{default_window, RangeArgs};
use crate::report::{load_matrix, weeks::monday_of, Period, Report};
use crate::view::{self, OutputFormat};

/// Arguments of `ritme report`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Reads the stored plan when there is a database, else plans in memory.\nWeek-based reports (gaps, load, focus) cover the whole ISO weeks of the range.\n\nExamples:\n  ritme -C calendars/voorbeeld report gaps --quarter 2027-Q1\n  ritme -C calendars/voorbeeld report load --format csv > load.csv\n  ritme -C calendars/voorbeeld report mix --by quarter --format json"
)]
pub struct Args {
    /// Which report
    #[arg(value_enum)]
    pub report: Report,
    #[command(flatten)]
    pub range: RangeArgs,
    /// Output format
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
    /// Group `mix` by month or quarter (mix only; default month)
    #[arg(long, value_enum, value_name = "PERIOD")]
    pub by: Option<Period>,
}

/// Runs `ritme report`.
pub fn run(ctx: &super::Context, args: Args) -> Result<()> {
    if args.by.is_some() && args.report != Report::Mix {
        return Err(Error::usage(
            "--by groups only `report mix`; leave it out for the other reports",
        ));
    }
    let loaded = ctx.calendar()?;
    let cal = &loaded.calendar;
    let range = args.range.resolve(default_window(ctx.clock.today))?;
    let whole_weeks = DateRange {
        from: monday_of(range.from),
        until: monday_of(range.until) + chrono::Days::new(6),
    };
    let schedule = schedule::items(ctx, &loaded, whole_weeks, Basis::StoredIfPresent)?;
    let sheet = args
        .report
        .sheet(cal, &schedule.items, range, args.by.unwrap_or_default());
    let style = ctx.style(Some(cal.locale));
    let table = if args.report == Report::Load {
        load_matrix(&sheet)
    } else {
        sheet.clone()
    };
    if args.format == OutputFormat::Table && table.rows.is_empty() {
        ctx.say(format!(
            "nothing to report between {} and {}",
            range.from, range.until
        ));
        return Ok(());
    }
    view::emit(&view::render_sheet(&sheet, &table, args.format, style)?)
}
