//! The plan: every item the definitions make inside a window, with owners.
//! A pure value (no I/O, no clock): the store applies it, `check` reads it,
//! tests inspect it.

use std::collections::HashMap;

use chrono::{Days, NaiveDate, NaiveTime, TimeDelta, TimeZone};

use crate::assign::{self, Draft};
use crate::error::{Error, Result};
use crate::item::{self, Item, Source, Status};
use crate::model::{Calendar, DateRange, Format, PostWhen, Recurrence, RotationCounts, Template};
use crate::recur::{self, DayRules, Occurrence};

/// The items of a window, sorted by date, time and key.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The inclusive window of generated dates this plan covers.
    pub window: DateRange,
    pub items: Vec<Item>,
}

/// How far past the window blackouts are expanded, so `shift` finds its day.
const SHIFT_MARGIN_DAYS: u64 = 400;

/// Expands every definition of `cal` over `window` and assigns owners.
pub fn build(cal: &Calendar, window: DateRange) -> Result<Plan> {
    let earliest = earliest_anchor(cal).min(window.from);
    let days = DayRules::new(
        cal.working_days,
        &cal.blackouts,
        DateRange {
            from: earliest,
            until: window
                .until
                .checked_add_days(Days::new(SHIFT_MARGIN_DAYS))
                .unwrap_or(window.until),
        },
    );
    let focus_only = focus_only_blocks(cal);
    let mut drafts = Vec::new();
    for format in &cal.formats {
        let only_in = focus_only.get(format.id.as_str()).map(Vec::as_slice);
        for occ in occurrences(&format.recurrence, &days, only_in, window, &format.id)? {
            drafts.push(format_draft(cal, format, occ));
        }
    }
    for campaign in &cal.campaigns {
        for post in &campaign.posts {
            let occs = match &post.when {
                PostWhen::Date(d) if window.contains(*d) => vec![Occurrence {
                    generated: *d,
                    date: *d,
                    held: 0,
                    generated_number: 0,
                }],
                PostWhen::Date(_) => vec![],
                PostWhen::Recurring(rec) => occurrences(rec, &days, None, window, &post.id)?,
            };
            for occ in occs {
                let key = item::campaign_key(&campaign.id, &post.id, occ.generated);
                let mut d = Draft::new(
                    instantiate(
                        cal,
                        &post.template,
                        key,
                        Source::Campaign,
                        &campaign.id,
                        occ,
                    ),
                    occ.held,
                );
                d.owner_rule = post.template.owner.clone();
                drafts.push(d);
            }
        }
    }
    for one in &cal.items {
        if window.contains(one.date) {
            let occ = Occurrence {
                generated: one.date,
                date: one.date,
                held: 0,
                generated_number: 0,
            };
            let mut d = Draft::new(
                instantiate(
                    cal,
                    &one.template,
                    item::item_key(&one.id),
                    Source::Item,
                    &one.id,
                    occ,
                ),
                0,
            );
            d.owner_rule = one.template.owner.clone();
            drafts.push(d);
        }
    }
    let mut items = assign::assign(cal, drafts);
    for it in &mut items {
        it.focus = focus_of(cal, it);
    }
    Ok(Plan {
        window,
        items: sorted(items),
    })
}

/// Items by date, time and key. Sorts an index and moves each item once:
/// items are large, and moving them inside the sort dominated big plans.
fn sorted(items: Vec<Item>) -> Vec<Item> {
    let mut order: Vec<(NaiveDate, Option<NaiveTime>, usize)> = items
        .iter()
        .enumerate()
        .map(|(i, it)| (it.date, it.time, i))
        .collect();
    order.sort_unstable_by(|a, b| {
        (a.0, a.1)
            .cmp(&(b.0, b.1))
            .then_with(|| items[a.2].key.cmp(&items[b.2].key))
    });
    let mut slots: Vec<Option<Item>> = items.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|(_, _, i)| slots[i].take())
        .collect()
}

/// The draft of one format occurrence, with its rotation turn.
fn format_draft(cal: &Calendar, format: &Format, occ: Occurrence) -> Draft {
    let turn = match format.rotation_counts {
        RotationCounts::Held => occ.held,
        RotationCounts::All => occ.generated_number,
    };
    let key = item::format_key(&format.id, occ.generated);
    let mut it = instantiate(cal, &format.template, key, Source::Format, &format.id, occ);
    it.reserve = format.reserve;
    let mut d = Draft::new(it, turn);
    d.owner_rule = format.template.owner.clone();
    d
}

fn occurrences(
    rec: &Recurrence,
    days: &DayRules,
    only_in: Option<&[DateRange]>,
    window: DateRange,
    id: &str,
) -> Result<Vec<Occurrence>> {
    recur::expand(rec, days, only_in, window).map_err(|limit| {
        Error::usage(format!(
            "\"{id}\" makes more than {limit} items between {} and {}: narrow the window with --from/--until",
            window.from, window.until
        ))
    })
}

fn earliest_anchor(cal: &Calendar) -> NaiveDate {
    cal.formats
        .iter()
        .map(|f| f.recurrence.anchor)
        .chain(cal.campaigns.iter().map(|c| c.range.from))
        .fold(cal.start, NaiveDate::min)
}

fn focus_only_blocks(cal: &Calendar) -> HashMap<&str, Vec<DateRange>> {
    let mut map: HashMap<&str, Vec<DateRange>> = HashMap::new();
    for block in &cal.focus {
        for f in &block.formats {
            map.entry(f.as_str()).or_default().push(block.range);
        }
    }
    map
}

/// The focus blocks an item serves: its generated date lies inside the block,
/// and it carries one of the block's tags or is one of the block's formats.
fn focus_of(cal: &Calendar, it: &Item) -> Vec<String> {
    cal.focus
        .iter()
        .filter(|b| b.range.contains(it.generated))
        .filter(|b| {
            it.tags.iter().any(|t| b.tags.contains(t))
                || (it.source == Source::Format && b.formats.contains(&it.source_id))
        })
        .map(|b| b.id.clone())
        .collect()
}

/// An item from a definition's fields on one occurrence.
fn instantiate(
    cal: &Calendar,
    t: &Template,
    key: String,
    source: Source,
    source_id: &str,
    occ: Occurrence,
) -> Item {
    let time = t.time.map(|tm| wall_time(cal.timezone, occ.date, tm));
    Item {
        key,
        title: t.title.clone(),
        source,
        source_id: source_id.to_string(),
        generated: occ.generated,
        date: occ.date,
        time,
        duration_minutes: time.map(|_| t.duration.map_or(30, |d| d.0)),
        due: t.prepare.and_then(|p| {
            occ.date
                .checked_sub_days(Days::new(p.days_rounded_up() as u64))
        }),
        kind: t.kind.clone(),
        channel: t.channel.clone(),
        description: t.description.clone(),
        owner: None,
        ambassador: None,
        team: t.team.clone(),
        goal: t.goal.clone(),
        tags: t.tags.clone(),
        focus: Vec::new(),
        status: Status::Planned,
        effort_minutes: t.effort.map(|e| e.0),
        reserve: false,
        edited: false,
        note: None,
        url: None,
    }
}

/// The wall-clock time an item really has on `date`. A time that does not
/// exist (the night the clocks go forward) moves forward by the gap, as
/// RFC 5545 reads it: 02:30 becomes 03:30. A time that exists twice (the
/// night they go back) stays as written; feeds carry it with its TZID.
pub fn wall_time(tz: chrono_tz::Tz, date: NaiveDate, time: NaiveTime) -> NaiveTime {
    let local = date.and_time(time);
    if tz.from_local_datetime(&local).earliest().is_some() {
        return time;
    }
    let before = tz
        .from_local_datetime(&(local - TimeDelta::hours(6)))
        .earliest()
        .map(|d| *d.offset());
    match before {
        Some(offset) => {
            use chrono::Offset;
            let utc = local - TimeDelta::seconds(i64::from(offset.fix().local_minus_utc()));
            tz.from_utc_datetime(&utc).time()
        }
        None => time,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_in_the_spring_gap_moves_forward_by_the_gap() {
        let tz = chrono_tz::Europe::Amsterdam;
        let d = NaiveDate::from_ymd_opt(2026, 3, 29).unwrap();
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(wall_time(tz, d, t(2, 30)), t(3, 30));
        assert_eq!(wall_time(tz, d, t(9, 0)), t(9, 0));
        let autumn = NaiveDate::from_ymd_opt(2026, 10, 25).unwrap();
        assert_eq!(wall_time(tz, autumn, t(2, 30)), t(2, 30));
    }
}
