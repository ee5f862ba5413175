//! `report steering` (SPEC section 12): one page for the steering group
//! about a quarter: what was published per focus theme and per goal,
//! engagement against the goals' targets, weeks below the rules and
//! slipped items, how the work was shared, and what the next quarter
//! holds. Pure: items, numbers and "today" come in; the views render it.

use std::collections::{BTreeMap, HashSet};

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::coverage::{focus_gaps, week_state, WeekState};
use super::weeks;
use crate::dates::{DateRange, Quarter};
use crate::model::Calendar;
use crate::plan::item::{Item, Source, Status};
use crate::stats::judge::GoalValue;

/// The report. Every field is plain data, in the order the page shows it;
/// the JSON is this struct as it is.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Steering {
    pub calendar: String,
    pub quarter: String,
    #[serde(serialize_with = "date_text")]
    pub from: NaiveDate,
    #[serde(serialize_with = "date_text")]
    pub until: NaiveDate,
    #[serde(serialize_with = "date_text")]
    pub today: NaiveDate,
    /// Whether the items are the stored plan (else planned in memory: no
    /// statuses, so nothing counts as published or slipped).
    pub stored: bool,
    /// Items to deliver in the quarter (page reviews and open reserve slots
    /// left out), skipped ones excepted.
    pub planned: usize,
    pub published: usize,
    pub skipped: usize,
    pub themes: Vec<Served>,
    pub goals: Vec<GoalLine>,
    pub weeks_below: Vec<WeekBelow>,
    pub focus_gaps: Vec<FocusWeek>,
    pub slipped: Vec<Slipped>,
    pub owners: Vec<Share>,
    pub next: Next,
}

/// A focus theme and what served it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Served {
    pub id: String,
    pub theme: String,
    pub planned: usize,
    pub published: usize,
}

/// A goal: what served it, and its value against its target.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct GoalLine {
    pub id: String,
    pub title: String,
    pub planned: usize,
    pub published: usize,
    pub metric: Option<String>,
    pub target: Option<f64>,
    /// Over the quarter; `None` without numbers.
    pub value: Option<f64>,
    pub measured_items: usize,
    pub met: Option<bool>,
}

/// A week with fewer items than `min_per_week`.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct WeekBelow {
    pub week: String,
    pub items: usize,
    pub wanted: u32,
    /// `empty` or `thin`.
    pub state: &'static str,
}

/// A week inside a focus block with fewer focus items than it wants.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct FocusWeek {
    pub theme: String,
    pub week: String,
    pub items: usize,
    pub wanted: u32,
}

/// An item that was to go live and did not.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Slipped {
    pub key: String,
    pub title: String,
    #[serde(serialize_with = "date_text")]
    pub date: NaiveDate,
    pub owner: Option<String>,
    pub status: &'static str,
}

/// One owner's part of the quarter's items.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Share {
    pub person: String,
    pub name: String,
    pub items: usize,
    pub effort_minutes: u32,
    /// Percent of the owned items, one decimal.
    pub share: f64,
}

/// What the next quarter holds.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Next {
    pub quarter: String,
    pub planned: usize,
    pub unassigned: usize,
    pub themes: Vec<String>,
    pub campaigns: Vec<Dated>,
}

/// A campaign with its dates.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Dated {
    pub title: String,
    #[serde(serialize_with = "date_text")]
    pub from: NaiveDate,
    #[serde(serialize_with = "date_text")]
    pub until: NaiveDate,
}

fn date_text<S: serde::Serializer>(d: &NaiveDate, ser: S) -> Result<S::Ok, S::Error> {
    ser.collect_str(d)
}

/// The quarter before today's: the default of `report steering`.
pub(crate) fn last_complete(today: NaiveDate) -> Quarter {
    let first = Quarter::of(today).first_day();
    Quarter::of(first.checked_sub_days(Days::new(1)).unwrap_or(first))
}

/// An item somebody has to deliver: no page review, no open reserve slot.
fn deliverable(it: &Item) -> bool {
    it.source != Source::Review && !(it.reserve && it.owner.is_none())
}

fn range(q: Quarter) -> DateRange {
    DateRange {
        from: q.first_day(),
        until: q.last_day(),
    }
}

/// What [`build`] reads.
pub(crate) struct Input<'a> {
    pub cal: &'a Calendar,
    /// The stored (or in-memory) items of the quarter's whole weeks and of
    /// the next quarter.
    pub items: &'a [Item],
    pub stored: bool,
    /// The stored range: weeks outside it are not planned, and no gap.
    pub planned: Option<DateRange>,
    /// Keys of items that were published or have imported numbers.
    pub went_live: &'a HashSet<&'a str>,
    /// The goals' values over the quarter.
    pub values: &'a [GoalValue],
    pub today: NaiveDate,
}

/// The steering report of `quarter`.
pub(crate) fn build(input: &Input, quarter: Quarter) -> Steering {
    let cal = input.cal;
    let span = range(quarter);
    let in_quarter: Vec<&Item> = input
        .items
        .iter()
        .filter(|it| span.contains(it.date) && deliverable(it))
        .collect();
    let live = |it: &Item| {
        input.stored
            && it.status != Status::Skipped
            && (it.status == Status::Published || input.went_live.contains(it.key.as_str()))
    };
    let held: Vec<&Item> = in_quarter
        .iter()
        .copied()
        .filter(|it| it.status != Status::Skipped)
        .collect();
    let count = |pred: &dyn Fn(&Item) -> bool| -> (usize, usize) {
        let serving: Vec<&&Item> = held.iter().filter(|it| pred(it)).collect();
        (serving.len(), serving.iter().filter(|it| live(it)).count())
    };
    let themes = cal
        .focus
        .iter()
        .filter(|b| b.range.from <= span.until && b.range.until >= span.from)
        .map(|b| {
            let (planned, published) = count(&|it| it.serves_focus(&b.id));
            Served {
                id: b.id.clone(),
                theme: b.theme.clone(),
                planned,
                published,
            }
        })
        .collect();
    let goals = cal
        .goals
        .iter()
        .map(|g| {
            let (planned, published) = count(&|it| it.goal.as_deref() == Some(g.id.as_str()));
            let value = input.values.iter().find(|v| v.goal == g.id);
            GoalLine {
                id: g.id.clone(),
                title: g.title.clone(),
                planned,
                published,
                metric: g.metric.clone(),
                target: g.target,
                value: value.and_then(|v| v.value),
                measured_items: value.map_or(0, |v| v.items),
                met: value.and_then(GoalValue::met),
            }
        })
        .collect();
    let week_items: Vec<Item> = input
        .items
        .iter()
        .filter(|it| span.whole_weeks().contains(it.date))
        .cloned()
        .collect();
    let judged = match input.planned {
        Some(p) => span.whole_weeks().weeks_inside(p),
        None => Some(span.whole_weeks()),
    };
    let layout = judged
        .map(|j| weeks::layout(cal, &week_items, j))
        .unwrap_or_default();
    let weeks_below = layout
        .iter()
        .filter_map(|w| {
            let state = match week_state(w, cal.rules.min_per_week) {
                WeekState::Empty => "empty",
                WeekState::Thin => "thin",
                WeekState::Resting | WeekState::Ok => return None,
            };
            Some(WeekBelow {
                week: w.label.clone(),
                items: w.coverage(),
                wanted: cal.rules.min_per_week,
                state,
            })
        })
        .collect();
    let focus_gaps = focus_gaps(cal, &layout)
        .into_iter()
        .map(|g| FocusWeek {
            theme: g.block.theme.clone(),
            week: g.week.label.clone(),
            items: g.count,
            wanted: g.block.min_per_week,
        })
        .collect();
    let slipped = held
        .iter()
        .filter(|it| input.stored && it.date < input.today && !live(it))
        .map(|it| Slipped {
            key: it.key.clone(),
            title: it.title.to_string(),
            date: it.date,
            owner: it.owner.as_deref().map(str::to_string),
            status: it.status.as_str(),
        })
        .collect();
    Steering {
        calendar: cal.name.clone(),
        quarter: quarter.to_string(),
        from: span.from,
        until: span.until,
        today: input.today,
        stored: input.stored,
        planned: held.len(),
        published: held.iter().filter(|it| live(it)).count(),
        skipped: in_quarter.len() - held.len(),
        themes,
        goals,
        weeks_below,
        focus_gaps,
        slipped,
        owners: shares(cal, &held),
        next: next(cal, input.items, quarter.next()),
    }
}

/// Each owner's items and effort, largest share first.
fn shares(cal: &Calendar, held: &[&Item]) -> Vec<Share> {
    let mut by: BTreeMap<&str, (usize, u32)> = BTreeMap::new();
    for it in held {
        if let Some(o) = it.owner.as_deref() {
            let e = by.entry(o).or_default();
            e.0 += 1;
            e.1 += it.effort_minutes.unwrap_or(0);
        }
    }
    let total: usize = by.values().map(|v| v.0).sum();
    let mut out: Vec<Share> = by
        .into_iter()
        .map(|(p, (items, effort))| Share {
            person: p.to_string(),
            name: cal
                .person(p)
                .map_or_else(|| p.to_string(), |x| x.name.clone()),
            items,
            effort_minutes: effort,
            share: (1000.0 * items as f64 / total.max(1) as f64).round() / 10.0,
        })
        .collect();
    out.sort_by(|a, b| b.items.cmp(&a.items).then_with(|| a.person.cmp(&b.person)));
    out
}

fn next(cal: &Calendar, items: &[Item], q: Quarter) -> Next {
    let span = range(q);
    let held: Vec<&Item> = items
        .iter()
        .filter(|it| span.contains(it.date) && deliverable(it) && it.status != Status::Skipped)
        .collect();
    let overlaps = |r: &DateRange| r.from <= span.until && r.until >= span.from;
    Next {
        quarter: q.to_string(),
        planned: held.len(),
        unassigned: held.iter().filter(|it| it.owner.is_none()).count(),
        themes: cal
            .focus
            .iter()
            .filter(|b| overlaps(&b.range))
            .map(|b| b.theme.clone())
            .collect(),
        campaigns: cal
            .campaigns
            .iter()
            .filter(|c| overlaps(&c.range))
            .map(|c| Dated {
                title: c.template.title.clone(),
                from: c.range.from,
                until: c.range.until,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::test_support::{d, item};

    #[test]
    fn the_last_complete_quarter_is_the_one_before_today() {
        assert_eq!(last_complete(d(2026, 11, 23)).to_string(), "2026-Q3");
        assert_eq!(last_complete(d(2026, 1, 1)).to_string(), "2025-Q4");
        assert_eq!(last_complete(d(2026, 3, 31)).to_string(), "2025-Q4");
    }

    #[test]
    fn published_slipped_and_shares_of_a_quarter() {
        let cal = crate::plan::test_support::calendar();
        let mut published = item("item/a", d(2026, 7, 6), Some("anna"));
        published.status = Status::Published;
        let measured = item("item/b", d(2026, 7, 7), Some("anna"));
        let slipped = item("item/c", d(2026, 7, 8), Some("bert"));
        let mut skipped = item("item/d", d(2026, 7, 9), Some("bert"));
        skipped.status = Status::Skipped;
        let mut review = item("review/p/2026-07-10", d(2026, 7, 10), Some("bert"));
        review.source = Source::Review;
        let next_quarter = item("item/e", d(2026, 10, 5), None);
        let items = [published, measured, slipped, skipped, review, next_quarter];
        let live: HashSet<&str> = ["item/b"].into_iter().collect();
        let input = Input {
            cal: &cal,
            items: &items,
            stored: true,
            planned: None,
            went_live: &live,
            values: &[],
            today: d(2026, 11, 23),
        };
        let s = build(&input, Quarter::parse("2026-Q3").unwrap());
        assert_eq!((s.planned, s.published, s.skipped), (3, 2, 1));
        assert_eq!(s.slipped.len(), 1);
        assert_eq!(s.slipped[0].key, "item/c");
        let shares: Vec<(String, usize, f64)> = s
            .owners
            .iter()
            .map(|x| (x.person.clone(), x.items, x.share))
            .collect();
        assert_eq!(
            shares,
            [("anna".to_string(), 2, 66.7), ("bert".to_string(), 1, 33.3)]
        );
        assert_eq!((s.next.planned, s.next.unassigned), (1, 1));
        // In memory nothing is published and nothing slipped.
        let s = build(
            &Input {
                stored: false,
                ..input
            },
            Quarter::parse("2026-Q3").unwrap(),
        );
        assert_eq!((s.published, s.slipped.len()), (0, 0));
    }
}
