//! `ritme report steering [--quarter Q] [--format markdown|html|json]`:
//! one page for the steering group about a quarter (default: the last
//! complete one), from the stored plan, its statuses and the numbers.

use super::choices::ReportFormatChoice;
use super::report::Args;
use super::schedule;
use super::stored::Mode;
use crate::dates::{DateRange, Quarter};
use crate::error::{Error, Result};
use crate::report::steering::{self, Input};
use crate::stats::judge;
use crate::view::{self, SteeringFormat};

/// Runs `ritme report steering`.
pub(super) fn run(ctx: &super::Context, args: &Args) -> Result<()> {
    let format = match args.format {
        None | Some(ReportFormatChoice::Markdown) => SteeringFormat::Markdown,
        Some(ReportFormatChoice::Html) => SteeringFormat::Html,
        Some(ReportFormatChoice::Json) => SteeringFormat::Json,
        Some(ReportFormatChoice::Table | ReportFormatChoice::Csv) => {
            return Err(Error::usage(
                "`report steering` is a page: --format markdown (default), html or json",
            ))
        }
    };
    let r = &args.range;
    if r.week.is_some()
        || r.month.is_some()
        || r.from.is_some()
        || r.until.is_some()
        || args.by.is_some()
    {
        return Err(Error::usage(
            "`report steering` covers one quarter: give it with --quarter, like --quarter 2026-Q3",
        ));
    }
    let quarter = match &r.quarter {
        Some(text) => Quarter::parse(text).ok_or_else(|| {
            Error::usage(format!("invalid quarter \"{text}\": write it like 2026-Q3"))
        })?,
        None => steering::last_complete(ctx.clock.today),
    };
    let mut loaded = ctx.calendar()?;
    let schedule::Opened { store, planned, .. } = schedule::open(ctx, &mut loaded, Mode::Read)?;
    let span = DateRange {
        from: quarter.first_day(),
        until: quarter.last_day(),
    };
    let items_range = DateRange {
        from: span.whole_weeks().from,
        until: quarter.next().last_day().max(span.whole_weeks().until),
    };
    let schedule = schedule::items(&loaded, items_range, store.as_ref())?;
    let measured = schedule::measured(ctx, store.as_ref())?;
    let went_live = measured.iter().map(|m| m.item.key.as_str()).collect();
    let cal = &loaded.calendar;
    let values = judge::goals(cal, &measured, Some(span), ctx.clock.today);
    let report = steering::build(
        &Input {
            cal,
            items: &schedule.items,
            stored: schedule.stored,
            planned,
            went_live: &went_live,
            values: &values,
            today: ctx.clock.today,
        },
        quarter,
    );
    view::emit(view::render_steering(&report, format).as_bytes())
}
