//! `ritme reviewed PAGE [--date D] [--archive]`: records that a page was
//! reviewed (its next review is `review` later) or archives it (no more
//! reviews). The page's untouched review items leave the schedule at once;
//! the next `plan` schedules the next review.

use chrono::NaiveDate;

use crate::dates::parse_date;
use crate::error::suggest;
use crate::error::{Error, Result};
use crate::plan::review::{self, Recorded};

// Arguments of `ritme reviewed`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  ritme -C calendars/voorbeeld reviewed organogram\n  ritme -C calendars/voorbeeld reviewed declaraties --date 2026-11-20\n  ritme -C calendars/voorbeeld reviewed huisstijl --archive"
)]
pub struct Args {
    /// The page's id
    pub page: String,
    /// The day of the review [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// The page is archived: no more reviews, ever
    #[arg(long)]
    pub archive: bool,
}

/// Runs `ritme reviewed`.
pub(super) fn run(ctx: &super::Context, args: Args) -> Result<()> {
    let mut loaded = ctx.calendar()?;
    let Some(index) = loaded.calendar.pages.iter().position(|p| p.id == args.page) else {
        let hint = suggest::hint(
            &args.page,
            loaded.calendar.pages.iter().map(|p| p.id.as_str()),
        )
        .map_or_else(String::new, |h| format!(" ({h})"));
        return Err(Error::usage(format!(
            "no page \"{}\" in the calendar{hint}; `ritme report pages` lists them",
            args.page
        )));
    };
    let date = args.date.unwrap_or(ctx.clock.today);
    if date > ctx.clock.today {
        return Err(Error::usage(format!(
            "--date {date} is after today ({}): record a review once it is done",
            ctx.clock.today
        )));
    }
    // Opening the store lays the recorded reviews over the calendar's pages.
    let mut store = ctx.store(&mut loaded, true)?;
    let mut cal = loaded.calendar;
    let page = &cal.pages[index];
    if let Some(since) = page.archived {
        return Err(Error::usage(format!(
            "page \"{}\" was archived on {since}: it has no more reviews",
            page.id
        )));
    }
    let record = Recorded {
        page: page.id.clone(),
        date,
        archived: args.archive,
    };
    let removed = store.record_review(&record, &ctx.clock)?;
    review::overlay(&mut cal, std::slice::from_ref(&record));
    let page = &cal.pages[index];
    if args.archive {
        ctx.say(format!(
            "archived page \"{}\" on {date}: no more reviews",
            page.id
        ));
    } else {
        let next = review::next_due(&cal, page);
        let who = next
            .and_then(|d| review::reviewer_for(&cal, page, d))
            .map_or_else(String::new, |p| format!(", by {p}"));
        ctx.say(format!(
            "recorded the review of \"{}\" on {date}; the next is due {}{who}",
            page.id,
            next.map_or_else(|| "never".into(), |d| d.to_string()),
        ));
        if page.reviewed != Some(date) {
            ctx.say(format!(
                "note: its last review ({}) is later, so the next stays where it was",
                page.reviewed.map_or_else(String::new, |d| d.to_string())
            ));
        }
    }
    for key in &removed {
        ctx.say(format!("  - {key} (left the schedule)"));
    }
    if !args.archive {
        ctx.say("`ritme plan` schedules the next review");
    }
    if args.archive {
        // `[[page]]` has no field that archives: what git can hold is the
        // page's absence.
        ctx.say(format!(
            "ritme.lock keeps this (commit it); to stop defining the page, remove the [[page]] at {}:{}",
            page.origin.file, page.origin.line
        ));
    } else {
        ctx.say(format!(
            "ritme.lock keeps this (commit it); you may also set `reviewed = {date}` in {}:{}",
            page.origin.file, page.origin.line
        ));
    }
    Ok(())
}
