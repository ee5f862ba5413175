//! `ritme report gaps|load|focus|mix|raci|goals|engagement|pages|fairness`:
//! the reports of SPEC sections 4, 8, 9 and 11 over a range, as a table,
//! JSON or CSV;
//! `report steering` (section 12) is a page of its own ([`super::steering`]).

use chrono::{Datelike, NaiveDate};

use super::choices::{ReportChoice, ReportFormatChoice};
use super::schedule;
use super::stored::Mode;
use crate::cli::range::RangeArgs;
use crate::dates::DateRange;
use crate::dates::{default_window, monday_of};
use crate::error::suggest;
use crate::error::{Error, Result};
use crate::report::{self, fairness, load_matrix, Period, Report};
use crate::stats::engagement::{self as stats_engagement, previous_range, GroupBy};
use crate::stats::judge;
use crate::view::{self, OutputFormat};

// Arguments of `ritme report`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Reads the stored plan when there is a database, else plans in memory.\nWeek-based reports (gaps, load, focus) cover the whole ISO weeks of the range.\n`engagement` reads the numbers `ritme import stats` stored; its default range is the last\ncomplete month, compared with the month before. `pages` lists every page unless a range is given.\n`fairness` counts each pool's and rotation's items per member in the range.\n\nExamples:\n  ritme -C calendars/voorbeeld report gaps --quarter 2027-Q1\n  ritme -C calendars/voorbeeld report load --format csv > load.csv\n  ritme -C calendars/voorbeeld report mix --by quarter --format json\n  ritme -C calendars/voorbeeld report goals\n  ritme -C calendars/voorbeeld report engagement --by kind\n  ritme -C calendars/voorbeeld report pages\n  ritme -C calendars/voorbeeld report fairness --quarter 2027-Q1 --by team\n  ritme -C calendars/voorbeeld report steering --quarter 2026-Q3 --format html > q3.html"
)]
pub struct Args {
    /// Which report
    #[arg(value_enum)]
    pub report: ReportChoice,
    #[command(flatten)]
    pub range: RangeArgs,
    /// Output format (default table; `steering`: markdown)
    #[arg(long, value_enum)]
    pub format: Option<ReportFormatChoice>,
    /// Group `mix` by month or quarter (default month), `engagement` by
    /// format, kind, channel, team or goal (default format), `fairness` by
    /// person or team (default person)
    #[arg(long, value_enum, value_name = "GROUP")]
    pub by: Option<By>,
    /// `fairness`: only this format's, campaign's or item's pool or rotation
    #[arg(long, value_name = "ID")]
    pub source: Option<String>,
}

impl Args {
    fn report(&self) -> Report {
        self.report.into()
    }

    /// The listing format; [`run`] has refused the page formats before.
    fn format(&self) -> OutputFormat {
        match self.format {
            Some(ReportFormatChoice::Json) => OutputFormat::Json,
            Some(ReportFormatChoice::Csv) => OutputFormat::Csv,
            _ => OutputFormat::Table,
        }
    }
}

/// `--by` values: periods for `mix`, groups for `engagement`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum By {
    Person,
    Month,
    Quarter,
    Format,
    Kind,
    Channel,
    Team,
    Goal,
}

impl By {
    fn period(self) -> Option<Period> {
        match self {
            By::Month => Some(Period::Month),
            By::Quarter => Some(Period::Quarter),
            _ => None,
        }
    }

    fn group(self) -> Option<GroupBy> {
        match self {
            By::Format => Some(GroupBy::Format),
            By::Kind => Some(GroupBy::Kind),
            By::Channel => Some(GroupBy::Channel),
            By::Team => Some(GroupBy::Team),
            By::Goal => Some(GroupBy::Goal),
            By::Month | By::Quarter | By::Person => None,
        }
    }
}

/// Runs `ritme report`.
pub(super) fn run(ctx: &super::Context, args: Args) -> Result<()> {
    if args.report() == Report::Steering {
        return super::steering::run(ctx, &args);
    }
    if let Some(f @ (ReportFormatChoice::Markdown | ReportFormatChoice::Html)) = args.format {
        let name = if f == ReportFormatChoice::Html {
            "html"
        } else {
            "markdown"
        };
        return Err(Error::usage(format!(
            "--format {name} is for `report steering`; the other reports take table, json or csv"
        )));
    }
    if args.source.is_some() && args.report() != Report::Fairness {
        return Err(Error::usage(
            "--source picks a pool or rotation of `report fairness`; leave it out for the other reports",
        ));
    }
    match (args.report(), args.by) {
        (Report::Fairness, _) => return fairness(ctx, &args),
        (Report::Engagement, _) => return engagement(ctx, &args),
        (Report::Pages, _) => return pages(ctx, &args),
        (Report::Mix, Some(by)) if by.period().is_none() => {
            return Err(Error::usage(
                "`report mix` groups --by month or quarter; format, kind, channel, team and goal group `report engagement`",
            ))
        }
        (Report::Mix, _) | (_, None) => {}
        (_, Some(_)) => {
            return Err(Error::usage(
                "--by groups only `report mix`, `report engagement` and `report fairness`; leave it out for the other reports",
            ))
        }
    }
    let mut loaded = ctx.calendar()?;
    let schedule::Opened { store, planned, .. } = schedule::open(ctx, &mut loaded, Mode::Read)?;
    let Some(range) = planned_range(ctx, &args, planned)? else {
        return Ok(());
    };
    let whole_weeks = range.whole_weeks();
    let schedule = schedule::items(&loaded, whole_weeks, store.as_ref())?;
    let period = args.by.and_then(By::period).unwrap_or_default();
    let Some(mut sheet) = args
        .report()
        .sheet(&loaded.calendar, &schedule.items, range, period)
    else {
        return Ok(());
    };
    if args.report() == Report::Goals {
        let measured = schedule::measured(ctx, store.as_ref())?;
        let over = args.range.is_given().then_some(range);
        let values = judge::goals(&loaded.calendar, &measured, over, ctx.clock.today);
        sheet = report::goals_with_values(sheet, &loaded.calendar, &values);
    }
    let cal = &loaded.calendar;
    let style = ctx.style(Some(cal.locale));
    let table = match args.report() {
        Report::Load => load_matrix(&sheet),
        Report::Goals => report::goals_table(&sheet),
        Report::Raci => report::raci_matrix(cal),
        _ => sheet.clone(),
    };
    if args.format() == OutputFormat::Table && table.rows.is_empty() {
        ctx.say(format!(
            "nothing to report between {} and {}",
            range.from, range.until
        ));
        return Ok(());
    }
    view::emit(&view::render_sheet(&sheet, &table, args.format(), style)?)
}

/// The range asked for, by default the stored range from this week on,
/// cut to what the stored plan covers (`None`: none of it is planned).
fn planned_range(
    ctx: &super::Context,
    args: &Args,
    planned: Option<DateRange>,
) -> Result<Option<DateRange>> {
    let default = match planned {
        Some(p) => DateRange {
            from: p.from.max(monday_of(ctx.clock.today)),
            until: p.until,
        },
        None => default_window(ctx.clock.today),
    };
    let asked = args.range.resolve(default)?;
    Ok(schedule::planned_part(ctx, asked, planned))
}

/// `report fairness`: per pool and rotation the items of the range; when
/// each member last held one is looked up from the calendar's start.
fn fairness(ctx: &super::Context, args: &Args) -> Result<()> {
    let by = match args.by {
        None | Some(By::Person) => fairness::By::Person,
        Some(By::Team) => fairness::By::Team,
        Some(_) => return Err(Error::usage("`report fairness` counts --by person or team")),
    };
    let mut loaded = ctx.calendar()?;
    let schedule::Opened { store, planned, .. } = schedule::open(ctx, &mut loaded, Mode::Read)?;
    let cal = &loaded.calendar;
    if let Some(id) = &args.source {
        let known = fairness::sources(cal);
        if !known
            .iter()
            .any(|k| k == id || k.split('/').next() == Some(id))
        {
            let hint = suggest::hint(id, known.iter().map(String::as_str))
                .map_or_else(String::new, |h| format!(" ({h})"));
            return Err(Error::usage(format!(
                "--source \"{id}\" is no format, campaign or item with a pool or rotation{hint}"
            )));
        }
    }
    let Some(range) = planned_range(ctx, args, planned)? else {
        return Ok(());
    };
    let history = DateRange {
        from: cal.start.min(range.from),
        until: range.until,
    };
    let schedule = schedule::items(&loaded, history, store.as_ref())?;
    let groups = fairness::groups(cal, &schedule.items, range, by, args.source.as_deref());
    let sheet = fairness::sheet(&groups);
    if args.format() == OutputFormat::Table && sheet.rows.is_empty() {
        ctx.say("no pools or rotations to report: give a format `pool` or `rotation`");
        return Ok(());
    }
    let style = ctx.style(Some(cal.locale));
    let table = sheet.without("source").without("mean_effort_minutes");
    view::emit(&view::render_sheet(&sheet, &table, args.format(), style)?)
}

/// The last complete calendar month before `today`.
fn last_month(today: NaiveDate) -> DateRange {
    let first = today.with_day(1).unwrap_or(today);
    let until = first.pred_opt().unwrap_or(first);
    DateRange {
        from: until.with_day(1).unwrap_or(until),
        until,
    }
}

/// `report engagement`: the numbers of the range against the previous range.
fn engagement(ctx: &super::Context, args: &Args) -> Result<()> {
    let by = match args.by {
        None => GroupBy::default(),
        Some(b) => b.group().ok_or_else(|| {
            Error::usage(
                "`report engagement` groups --by format, kind, channel, team or goal; month and quarter group `report mix` (give the range with --month or --quarter)",
            )
        })?,
    };
    let mut loaded = ctx.calendar()?;
    let range = args.range.resolve(last_month(ctx.clock.today))?;
    let previous = previous_range(range);
    let store = ctx.store(&mut loaded, false)?;
    let measured = store.measured(DateRange {
        from: previous.from,
        until: range.until,
    })?;
    let e = stats_engagement::engagement(by, range, &measured);
    if args.format() == OutputFormat::Table && e.rows.is_empty() {
        ctx.say(format!(
            "no published items between {} and {}: record them with `ritme status KEY published --url URL`, or import their numbers with `ritme import stats`",
            range.from, range.until
        ));
        return Ok(());
    }
    let style = ctx.style(Some(loaded.calendar.locale));
    let mut out = view::render_sheet(
        &report::engagement_sheet(&e),
        &report::engagement_table(&e),
        args.format(),
        style,
    )?;
    if args.format() == OutputFormat::Table {
        out.extend_from_slice(report::engagement_summary(&e).as_bytes());
    }
    view::emit(&out)
}

/// `report pages`: every page (or those due in the range) by due date.
fn pages(ctx: &super::Context, args: &Args) -> Result<()> {
    if args.by.is_some() {
        return Err(Error::usage(
            "--by groups only `report mix` and `report engagement`; leave it out for `report pages`",
        ));
    }
    let mut loaded = ctx.calendar()?;
    // Recorded reviews move the pages' next reviews.
    schedule::open(ctx, &mut loaded, Mode::Read)?;
    let range = if args.range.is_given() {
        Some(args.range.resolve(default_window(ctx.clock.today))?)
    } else {
        None
    };
    let sheet = report::pages_sheet(&loaded.calendar, ctx.clock.today, range);
    if args.format() == OutputFormat::Table && sheet.rows.is_empty() {
        ctx.say("no pages to report: define them with [[page]], or `ritme import pages FILE.csv`");
        return Ok(());
    }
    let style = ctx.style(Some(loaded.calendar.locale));
    view::emit(&view::render_sheet(
        &sheet,
        &sheet.without("url"),
        args.format(),
        style,
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_complete_month() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(
            last_month(d(2026, 11, 23)),
            DateRange {
                from: d(2026, 10, 1),
                until: d(2026, 10, 31)
            }
        );
        assert_eq!(last_month(d(2027, 1, 1)).from, d(2026, 12, 1));
    }
}
