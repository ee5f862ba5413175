//! The edit commands: `assign`, `unassign`, `move`, `skip`, `status`,
//! `note` and `reset`. Each checks its input (exit 2, nothing written, on an
//! unknown key, person, date or status), applies one edit through the store
//! and says on stderr what changed. Every edit survives later `plan`s;
//! `reset` drops them and puts the item back as its definition says, at
//! once (it plans the item again, it does not wait for the next `plan`).

use chrono::{Datelike, NaiveDate, NaiveTime};

use super::list::parse_status;
use super::stored::{self, Mode};
use super::Context;
use crate::dates::parse_date;
use crate::dates::DateRange;
use crate::error::suggest;
use crate::error::{Error, Result};
use crate::model::Calendar;
use crate::plan::assign::is_away;
use crate::plan::item::{iso_week, Item, Status};
use crate::recur::DayRules;
use crate::store::{Edit, Filter, Reset, Store, PINNABLE};

// Arguments of `ritme assign`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  ritme -C calendars/voorbeeld assign format/maandagmomentje/2026-12-07 bert"
)]
pub struct AssignArgs {
    /// The item's key, like format/maandagmomentje/2026-12-07
    #[arg(add = super::complete::keys())]
    pub key: String,
    /// The person who owns it from now on
    #[arg(add = super::complete::people())]
    pub person: String,
}

// Arguments of `ritme unassign`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  ritme -C calendars/voorbeeld unassign format/maandagmomentje/2026-12-07"
)]
pub struct UnassignArgs {
    /// The item's key
    #[arg(add = super::complete::keys())]
    pub key: String,
}

// Arguments of `ritme move`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "The key keeps the date the item was generated for.\n\nExamples:\n  ritme -C calendars/voorbeeld move format/maandagmomentje/2026-12-07 2026-12-08\n  ritme -C calendars/voorbeeld move format/maandagmomentje/2026-12-07 2026-12-08 10:30"
)]
pub struct MoveArgs {
    /// The item's key
    #[arg(add = super::complete::keys())]
    pub key: String,
    /// The day it stands on from now on
    #[arg(value_parser = parse_date)]
    pub date: NaiveDate,
    /// The local time (HH:MM); default: the time it has
    #[arg(value_parser = crate::model::parse_time)]
    pub time: Option<NaiveTime>,
}

// Arguments of `ritme skip`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  ritme -C calendars/voorbeeld skip format/vrijdagvraag/2026-12-18 --reason \"Kerstborrel die week\""
)]
pub struct SkipArgs {
    /// The item's key
    #[arg(add = super::complete::keys())]
    pub key: String,
    /// Why, for the history
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

// Arguments of `ritme status`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  ritme -C calendars/voorbeeld status format/maandagmomentje/2026-11-23 published --url https://intranet.example.org/nieuws/123\n  ritme -C calendars/voorbeeld status format/vrijdagvraag/2026-11-27 draft"
)]
pub struct StatusArgs {
    /// The item's key
    #[arg(add = super::complete::keys())]
    pub key: String,
    /// planned, draft, ready, published or skipped
    #[arg(value_parser = parse_status)]
    pub status: Status,
    /// Where the item went live
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
}

// Arguments of `ritme note`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "An empty note (\"\") removes the note.\n\nExamples:\n  ritme -C calendars/voorbeeld note format/maandagmomentje/2026-12-07 \"Foto's bij Bert\"\n  ritme -C calendars/voorbeeld note format/maandagmomentje/2026-12-07 \"\""
)]
pub struct NoteArgs {
    /// The item's key
    #[arg(add = super::complete::keys())]
    pub key: String,
    /// The note; several words are joined by spaces; "" removes it
    #[arg(required = true, num_args = 1..)]
    pub text: Vec<String>,
}

// Arguments of `ritme reset`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Edits pin the fields they touch (owner, date, time, status, title, team). reset drops the pins of the fields named, or all pins without fields, and the item follows its definition again at once. Notes and the published URL stay unless --all (a published URL also needs --force). The history stays. An item whose definition is gone is removed.\n\nExamples:\n  ritme -C calendars/voorbeeld reset format/maandagmomentje/2026-12-07\n  ritme -C calendars/voorbeeld reset format/maandagmomentje/2026-12-07 owner"
)]
pub struct ResetArgs {
    /// The item's key
    #[arg(add = super::complete::keys())]
    pub key: String,
    /// Only these pinned fields: owner, date, time, status, title, team
    #[arg(value_name = "FIELD")]
    pub fields: Vec<String>,
    /// Also drop the note and the URL
    #[arg(long)]
    pub all: bool,
    /// With --all: drop a published item's URL too
    #[arg(long, requires = "all")]
    pub force: bool,
}

/// Runs `ritme assign`.
pub(super) fn assign(ctx: &Context, args: AssignArgs) -> Result<()> {
    let loaded = ctx.calendar()?;
    let cal = &loaded.calendar;
    let person = person(cal, &args.person)?;
    let mut store = edit_store(ctx)?;
    let (before, after) = store.edit(&args.key, &Edit::Assign(person.id.clone()), &ctx.clock)?;
    ctx.say(format!(
        "{}: owner {} (was {})",
        after.key,
        person.id,
        before.owner.as_deref().unwrap_or("nobody")
    ));
    warn_person(ctx, &store, cal, &after)
}

/// The person `id` of the calendar, or a usage error with the near miss.
pub(super) fn person<'c>(cal: &'c Calendar, id: &str) -> Result<&'c crate::model::Person> {
    cal.person(id).ok_or_else(|| {
        let hint =
            suggest::hint(id, cal.people.iter().map(|p| p.id.as_str())).unwrap_or_else(|| {
                let ids: Vec<&str> = cal.people.iter().map(|p| p.id.as_str()).collect();
                format!("the people are: {}", ids.join(", "))
            });
        Error::usage(format!("unknown person \"{id}\" ({hint})"))
    })
}

/// Runs `ritme unassign`.
pub(super) fn unassign(ctx: &Context, args: UnassignArgs) -> Result<()> {
    let mut store = edit_store(ctx)?;
    let (before, after) = store.edit(&args.key, &Edit::Unassign, &ctx.clock)?;
    ctx.say(format!(
        "{}: no owner (was {})",
        after.key,
        before.owner.as_deref().unwrap_or("nobody")
    ));
    Ok(())
}

/// Runs `ritme move`.
pub(super) fn move_item(ctx: &Context, args: MoveArgs) -> Result<()> {
    let calendar = Some(ctx.calendar()?.calendar);
    let mut time = args.time;
    if let (Some(cal), Some(t)) = (&calendar, time) {
        let real = crate::plan::wall_time(cal.timezone, args.date, t);
        if real != t {
            ctx.say(format!(
                "note: {} does not exist on {} (the clocks go forward): the item stands at {}",
                t.format("%H:%M"),
                args.date,
                real.format("%H:%M")
            ));
            time = Some(real);
        }
    }
    let mut store = edit_store(ctx)?;
    let edit = Edit::Move {
        date: args.date,
        time,
    };
    let (before, after) = store.edit(&args.key, &edit, &ctx.clock)?;
    ctx.say(format!(
        "{}: moved to {} (was {})",
        after.key,
        when(&after),
        when(&before)
    ));
    if let Some(cal) = &calendar {
        if let Some(why) = free_day(cal, after.date) {
            ctx.say(format!("note: {} is {why}", after.date));
        }
        warn_person(ctx, &store, cal, &after)?;
    }
    Ok(())
}

/// Runs `ritme skip`.
pub(super) fn skip(ctx: &Context, args: SkipArgs) -> Result<()> {
    let mut store = edit_store(ctx)?;
    let reason = args.reason.filter(|r| !r.trim().is_empty());
    let (_, after) = store.edit(&args.key, &Edit::Skip { reason }, &ctx.clock)?;
    ctx.say(format!("{}: skipped", after.key));
    Ok(())
}

/// Runs `ritme status`.
pub(super) fn status(ctx: &Context, args: StatusArgs) -> Result<()> {
    if args.url.as_deref().is_some_and(|u| u.trim().is_empty()) {
        return Err(Error::usage(
            "--url is empty: give the address where the item went live",
        ));
    }
    let mut store = edit_store(ctx)?;
    let edit = Edit::Status {
        status: args.status,
        url: args.url,
    };
    let (before, after) = store.edit(&args.key, &edit, &ctx.clock)?;
    ctx.say(format!(
        "{}: status {} (was {})",
        after.key, after.status, before.status
    ));
    Ok(())
}

/// Runs `ritme note`.
pub(super) fn note(ctx: &Context, args: NoteArgs) -> Result<()> {
    let mut store = edit_store(ctx)?;
    let text = args.text.join(" ");
    let (_, after) = store.edit(&args.key, &Edit::Note(text), &ctx.clock)?;
    match &after.note {
        Some(_) => ctx.say(format!("{}: note set", after.key)),
        None => ctx.say(format!("{}: note removed", after.key)),
    }
    Ok(())
}

/// After an edit: applies what it changes for other items (an owner now
/// above capacity that week gives items to the next member), so the lock
/// is current after any edit (SPEC section 10). Plans the stored range
/// only, and only when the lock is not behind the TOML: a changed TOML is
/// `plan`'s to apply.
pub(super) fn settle(ctx: &Context) -> Result<()> {
    let mut loaded = ctx.calendar()?;
    let mut opened = stored::open(ctx, &mut loaded, Mode::Write)?;
    let Some(range) = opened.range() else {
        return Ok(());
    };
    if opened.behind {
        return Ok(());
    }
    let today = opened.lock.later_today(ctx.clock.today);
    let clock = crate::clock::Clock { today, ..ctx.clock };
    let plan = crate::plan::build_at(&loaded.calendar, range, &opened.lock, Some(today))?;
    let read_hash = opened.read_hash.clone();
    opened.store.expect_lock(read_hash);
    opened
        .store
        .planned_from(crate::plan::shape::Shape::of(&loaded.calendar));
    match opened.store.apply(&plan, &clock, false) {
        // Another command wrote meanwhile; it settles the plan itself.
        Err(Error::Raced) => Ok(()),
        other => other.map(|_| ()),
    }
}

/// The stored plan, in line with `ritme.lock`, for an edit that keeps it.
pub(super) fn edit_store(ctx: &Context) -> Result<Store> {
    let mut loaded = ctx.calendar()?;
    Ok(stored::open(ctx, &mut loaded, Mode::Write)?.store)
}

/// Runs `ritme reset`.
pub(super) fn reset(ctx: &Context, mut args: ResetArgs) -> Result<()> {
    for field in &args.fields {
        if !PINNABLE.contains(&field.as_str()) {
            let hint = suggest::hint(field, PINNABLE.iter().copied())
                .unwrap_or_else(|| format!("the fields are: {}", PINNABLE.join(", ")));
            return Err(Error::usage(format!(
                "reset takes the fields an edit pins, not \"{field}\" ({hint})"
            )));
        }
    }
    let mut loaded = ctx.calendar()?;
    let mut opened = stored::open(ctx, &mut loaded, Mode::Write)?;
    let Some(item) = opened.store.item(&args.key)? else {
        return Err(opened.store.unknown_key(&args.key));
    };
    // A carried item may be named by the key of its new date.
    args.key.clone_from(&item.key);
    // Where an item went live is a fact nobody can plan back: losing it
    // takes a second word.
    if args.all && !args.force {
        if let Some(url) = &item.url {
            return Err(Error::usage(format!(
                "{}: reset --all would drop where it went live ({url}) and its status {}; add --force to drop them",
                args.key, item.status
            )));
        }
    }
    let dropped: Vec<String> = [
        (args.all && item.note.is_some()).then(|| "its note".to_string()),
        (args.all)
            .then_some(item.url.as_deref())
            .flatten()
            .map(|u| format!("its URL {u}")),
    ]
    .into_iter()
    .flatten()
    .collect();
    // Plan the item again as the lock would have it without those pins.
    if let Some(record) = opened.lock.records.get_mut(&args.key) {
        record.entries.retain(|e| {
            let named = if args.fields.is_empty() {
                PINNABLE.contains(&e.name.as_str())
            } else {
                args.fields.contains(&e.name)
            };
            !(named && e.by.is_some())
        });
    }
    let window = DateRange {
        from: item.generated,
        until: item.generated,
    };
    let plan = crate::plan::build(&loaded.calendar, window, &opened.lock)?;
    let planned = plan.items.iter().find(|i| i.key == args.key);
    let reset = opened.store.reset(
        &args.key,
        planned.map(|b| &**b),
        &args.fields,
        args.all,
        &ctx.clock,
    )?;
    if !dropped.is_empty() {
        ctx.say(format!("{}: dropped {}", args.key, dropped.join(" and ")));
    }
    match reset {
        Reset::Replanned(it) => ctx.say(format!(
            "{}: back to its definition: {}, owner {}, {}",
            it.key,
            when(&it),
            it.owner.as_deref().unwrap_or("nobody"),
            it.status
        )),
        Reset::Orphan(it) => ctx.say(format!(
            "{}: its definition is gone; it stays an orphan for its {} (`ritme reset {} --all{}` removes it)",
            it.key,
            if it.note.is_some() { "note" } else { "URL" },
            it.key,
            if it.url.is_some() { " --force" } else { "" }
        )),
        Reset::Removed => ctx.say(format!(
            "{}: removed; its definition is gone (the history stays in the edit table)",
            args.key
        )),
    }
    Ok(())
}

/// `2026-12-07 09:00`, or `2026-12-07 (all day)`.
fn when(it: &Item) -> String {
    match it.time {
        Some(t) => format!("{} {}", it.date, t.format("%H:%M")),
        None => format!("{} (all day)", it.date),
    }
}

/// Why nothing normally happens on `date`, if so.
fn free_day(cal: &Calendar, date: NaiveDate) -> Option<String> {
    let days = DayRules::new(
        cal.working_days,
        cal.blackouts.iter().map(|b| &b.days),
        DateRange {
            from: date,
            until: date,
        },
    );
    if days.is_blackout(date) {
        Some("a blackout day".into())
    } else if days.is_free(date) {
        Some(format!("a {}, not a working day", date.weekday()))
    } else {
        None
    }
}

/// Advice when the item's owner is away that day or now above capacity.
pub(super) fn warn_person(ctx: &Context, store: &Store, cal: &Calendar, it: &Item) -> Result<()> {
    let Some(person) = it.owner.as_deref().and_then(|p| cal.person(p)) else {
        return Ok(());
    };
    if is_away(person, it.date) {
        ctx.say(format!("note: {} is away on {}", person.id, it.date));
    }
    let week = crate::dates::week(&iso_week(it.date))?;
    let filter = Filter {
        owner: Some(person.id.clone()),
        ..Filter::default()
    };
    let load = store
        .items(week, &filter)?
        .iter()
        .filter(|i| i.status != Status::Skipped)
        .count();
    if load > person.capacity as usize {
        ctx.say(format!(
            "note: {} now has {load} items in {}, above their capacity of {}",
            person.id,
            iso_week(it.date),
            person.capacity
        ));
    }
    Ok(())
}
