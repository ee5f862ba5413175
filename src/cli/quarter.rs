//! `ritme quarter [2026-Q2]`: the overview of a quarter, a row per ISO week
//! and a column per working day, gaps and overload marked.

use super::schedule;
use super::stored::Mode;
use crate::dates::{DateRange, Quarter};
use crate::error::{Error, Result};
use crate::view::{self, QuarterView};

// Arguments of `ritme quarter`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Reads the stored plan when there is a database, else plans in memory.\nThe table fits the terminal (or COLUMNS, else 120 columns when piped).\n\nExamples:\n  ritme -C calendars/voorbeeld quarter\n  ritme -C calendars/voorbeeld quarter 2027-Q1 --locale en"
)]
pub struct Args {
    /// The quarter, like 2026-Q2; default: the current quarter
    #[arg(value_name = "YYYY-Qn")]
    pub quarter: Option<String>,
}

/// Runs `ritme quarter`.
pub(super) fn run(ctx: &super::Context, args: Args) -> Result<()> {
    let quarter = match &args.quarter {
        Some(text) => Quarter::parse(text).ok_or_else(|| {
            Error::usage(format!("invalid quarter \"{text}\": write it like 2026-Q2"))
        })?,
        None => Quarter::of(ctx.clock.today),
    };
    let mut loaded = ctx.calendar()?;
    let schedule::Opened { store, planned, .. } = schedule::open(ctx, &mut loaded, Mode::Read)?;
    let cal = &loaded.calendar;
    let range = DateRange {
        from: quarter.first_day(),
        until: quarter.last_day(),
    }
    .whole_weeks();
    let schedule = schedule::items(&loaded, range, store.as_ref())?;
    if schedule.stored && schedule.items.is_empty() {
        ctx.say(format!(
            "the stored plan has no items in {quarter}; plan it with `ritme plan --quarter {quarter}`"
        ));
    }
    let style = ctx.style(Some(cal.locale));
    let text = view::quarter_view(
        &QuarterView {
            cal,
            items: &schedule.items,
            quarter,
            width: style.width(),
            planned,
        },
        style,
    );
    view::emit(text.as_bytes())
}
