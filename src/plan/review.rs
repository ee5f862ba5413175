//! Keeping pages fresh (SPEC section 9): when each page's review falls due,
//! who does it, and the review items `plan` puts in the schedule.
//!
//! A page's reviews run every `review` from its last review: the TOML's
//! `reviewed`, or a later one recorded with `ritme reviewed` (the review log
//! is laid over the calendar with [`overlay`] before planning). A page never
//! reviewed is due at `calendar.start`. An archived page has no reviews.
//!
//! Pure: no I/O, no clock. "Today" comes in as an argument where it matters.

use std::sync::Arc;

use std::borrow::Cow;

use chrono::{Days, Months, NaiveDate};

use super::assign::{is_away, Draft};
use crate::dates::DateRange;
use crate::model::{Calendar, OwnerRule, Page, ReviewInterval};
use crate::plan::item::{Details, Item, Source, Status};
use crate::plan::text::Texts;
use crate::recur::HolidayPolicy;
use crate::recur::{DayRules, SHIFT_HORIZON_DAYS};

/// One line of the review log (`ritme reviewed`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub page: String,
    /// The day the page was reviewed (or archived).
    pub date: NaiveDate,
    pub archived: bool,
}

/// Lays the review log over the calendar's pages: a recorded review later
/// than the TOML's `reviewed` becomes the last review; an archive record
/// archives the page.
pub(crate) fn overlay(cal: &mut Calendar, log: &[Recorded]) {
    for page in &mut cal.pages {
        for r in log.iter().filter(|r| r.page == page.id) {
            if r.archived {
                page.archived = Some(page.archived.map_or(r.date, |a| a.min(r.date)));
            } else if page.reviewed.is_none_or(|d| d < r.date) {
                page.reviewed = Some(r.date);
            }
        }
    }
}

/// The interval as people write it: `6m`, `30d`.
pub(crate) fn interval_text(i: ReviewInterval) -> String {
    match i {
        ReviewInterval::Days(n) if n % 7 == 0 => format!("{}w", n / 7),
        ReviewInterval::Days(n) => format!("{n}d"),
        ReviewInterval::Months(n) if n % 12 == 0 => format!("{}y", n / 12),
        ReviewInterval::Months(n) => format!("{n}m"),
    }
}

/// `base` plus `n` intervals; counted from `base` each time, so 31 August
/// plus 6 months is the end of February and plus 12 is 31 August again.
fn after(base: NaiveDate, interval: ReviewInterval, n: u32) -> Option<NaiveDate> {
    match interval {
        ReviewInterval::Days(d) => base.checked_add_days(Days::new(u64::from(d) * u64::from(n))),
        ReviewInterval::Months(m) => base.checked_add_months(Months::new(m.checked_mul(n)?)),
    }
}

/// When the page's next review is due; `None` when it is archived.
pub(crate) fn next_due(cal: &Calendar, page: &Page) -> Option<NaiveDate> {
    if page.archived.is_some() {
        return None;
    }
    match page.reviewed {
        Some(last) => after(last, page.review, 1),
        None => Some(cal.start),
    }
}

/// Every due date of the page's reviews from its last review on, up to
/// and including `until`: the next one, and the ones after it assuming each
/// is done on time.
fn dues(cal: &Calendar, page: &Page, until: NaiveDate) -> Vec<NaiveDate> {
    let Some(first) = next_due(cal, page) else {
        return Vec::new();
    };
    let base = page.reviewed.unwrap_or(cal.start);
    let skip = u32::from(page.reviewed.is_some());
    let mut out = Vec::new();
    let mut n = 0;
    let mut due = Some(first);
    while let Some(d) = due.filter(|d| *d <= until) {
        out.push(d);
        n += 1;
        due = after(base, page.review, n + skip);
    }
    out
}

/// Who reviews the page on `date`: its owner, else the first of its team's
/// ambassadors who is not away that day (else the first of them). The
/// first-listed ambassador stays the page's reviewer, so the one who knows
/// the page keeps it; list them in the order you want them to stand in.
pub(crate) fn reviewer<'c>(cal: &'c Calendar, page: &'c Page, date: NaiveDate) -> Option<&'c str> {
    if let Some(owner) = &page.owner {
        return Some(owner);
    }
    let team = cal.team(page.team.as_deref()?)?;
    let away = |id: &str| cal.person(id).is_some_and(|p| is_away(p, date));
    team.ambassadors
        .iter()
        .find(|a| !away(a))
        .or(team.ambassadors.first())
        .map(String::as_str)
}

/// The day the review due on `due` stands: the next working day that is no
/// blackout when `due` is not one (see [`drafts`]).
pub(crate) fn review_date(cal: &Calendar, due: NaiveDate) -> NaiveDate {
    place_review(&review_days(cal, due, due), due)
}

/// The working days and blackouts that place reviews due from `from` to
/// `until`: expanding the blackout rules is most of the work, so [`states`]
/// does it once for every page instead of once a page.
fn review_days(cal: &Calendar, from: NaiveDate, until: NaiveDate) -> DayRules {
    DayRules::new(
        cal.working_days,
        cal.blackouts.iter().map(|b| &b.days),
        DateRange {
            from,
            until: until
                .checked_add_days(Days::new(u64::from(SHIFT_HORIZON_DAYS)))
                .unwrap_or(until),
        },
    )
}

fn place_review(days: &DayRules, due: NaiveDate) -> NaiveDate {
    days.place(due, HolidayPolicy::Shift).unwrap_or(due)
}

/// Who reviews the page for the review due on `due`, on the day it stands.
pub(crate) fn reviewer_for<'c>(
    cal: &'c Calendar,
    page: &'c Page,
    due: NaiveDate,
) -> Option<&'c str> {
    reviewer(cal, page, review_date(cal, due))
}

/// The key of a review item.
pub(crate) fn key(page: &str, due: NaiveDate) -> String {
    format!("review/{page}/{due}")
}

/// The review items due inside `window` (by due date). A due date on a
/// weekend or blackout day moves to the next working day, like `shift`:
/// a review is never dropped. The key keeps the due date.
pub(crate) fn drafts(cal: &Calendar, days: &DayRules, window: DateRange) -> Vec<Draft<'static>> {
    let mut out = Vec::new();
    for page in &cal.pages {
        for due in dues(cal, page, window.until) {
            if !window.contains(due) {
                continue;
            }
            let date = days.place(due, HolidayPolicy::Shift).unwrap_or(due);
            let mut d = Draft::new(item(cal, page, due, date), 0);
            if let Some(who) = reviewer(cal, page, date) {
                d.owner_rule = Cow::Owned(OwnerRule::Fixed(who.to_string()));
            }
            out.push(d);
        }
    }
    out
}

/// Review items have their reviewer as owner and no ambassador besides.
pub(crate) fn settle(items: &mut [Box<Item>]) {
    for it in items.iter_mut().filter(|it| it.source == Source::Review) {
        it.ambassador = None;
    }
}

fn item(cal: &Calendar, page: &Page, due: NaiveDate, date: NaiveDate) -> Item {
    let what = page.url.as_deref().unwrap_or(page.title.as_str());
    Item {
        key: key(&page.id, due),
        title: format!("Review: {}", page.title).into(),
        source: Source::Review,
        generated: due,
        date,
        time: None,
        duration_minutes: None,
        due: None,
        owner: None,
        ambassador: None,
        team: page.team.as_deref().map(Into::into),
        focus: Texts::default(),
        status: Status::Planned,
        edited: false,
        details: Arc::new(Details {
            source_id: page.id.as_str().into(),
            kind: Some("review".into()),
            channel: None,
            description: Some(
                format!(
                    "Is {what} still right? Then record it with `ritme reviewed {}`.",
                    page.id
                )
                .into(),
            ),
            goal: None,
            tags: Texts::default(),
            effort_minutes: Some(cal.rules.review_effort.0),
            reserve: false,
            note: None,
            url: None,
        }),
    }
}

/// Where a page stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum PageStatus {
    /// The review is past due.
    Overdue,
    /// Due within [`DUE_SOON_DAYS`].
    DueSoon,
    Ok,
    /// No more reviews.
    Archived,
}

/// How far ahead a review counts as due soon.
pub(crate) const DUE_SOON_DAYS: i64 = 30;

impl PageStatus {
    /// The word in tables and JSON.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            PageStatus::Overdue => "overdue",
            PageStatus::DueSoon => "due soon",
            PageStatus::Ok => "ok",
            PageStatus::Archived => "archived",
        }
    }
}

/// One page as `report pages` and `stale_page` see it.
#[derive(Debug, Clone)]
pub(crate) struct PageState<'c> {
    pub page: &'c Page,
    pub due: Option<NaiveDate>,
    pub reviewer: Option<&'c str>,
    pub status: PageStatus,
}

/// Every page with its next due date and status on `today`, by due date
/// (archived pages last), then id.
pub(crate) fn states<'c>(cal: &'c Calendar, today: NaiveDate) -> Vec<PageState<'c>> {
    let dues: Vec<Option<NaiveDate>> = cal.pages.iter().map(|p| next_due(cal, p)).collect();
    let upcoming = dues.iter().flatten().filter(|d| **d >= today);
    let days = upcoming
        .clone()
        .min()
        .zip(upcoming.max())
        .map(|(from, until)| review_days(cal, *from, *until));
    let mut out: Vec<PageState> = cal
        .pages
        .iter()
        .zip(dues)
        .map(|(page, due)| {
            let status = match due {
                None => PageStatus::Archived,
                Some(d) if d < today => PageStatus::Overdue,
                Some(d) if (d - today).num_days() <= DUE_SOON_DAYS => PageStatus::DueSoon,
                Some(_) => PageStatus::Ok,
            };
            PageState {
                page,
                due,
                reviewer: match due {
                    Some(d) if d >= today => {
                        let on = days.as_ref().map_or(d, |days| place_review(days, d));
                        reviewer(cal, page, on)
                    }
                    _ => reviewer(cal, page, today),
                },
                status,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        (a.due.is_none(), a.due, &a.page.id).cmp(&(b.due.is_none(), b.due, &b.page.id))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn calendar_with(page: Page) -> Calendar {
        let mut cal = crate::plan::test_support::calendar();
        cal.pages.push(page);
        cal
    }

    fn page(reviewed: Option<NaiveDate>) -> Page {
        Page {
            id: "p".into(),
            title: "P".into(),
            url: None,
            owner: Some("anna".into()),
            team: None,
            review: ReviewInterval::Months(3),
            reviewed,
            archived: None,
            origin: Default::default(),
        }
    }

    /// `states` places every page's review with one expansion of the
    /// blackouts; the reviewer is the one `reviewer_for` names page by
    /// page. Here the due day is a blackout, the review moves to the next
    /// working day, and the first ambassador is away on that day only.
    #[test]
    fn states_name_the_reviewer_of_the_day_the_review_stands() {
        use crate::dates::DateRange;
        use crate::model::{Blackout, Person, Team};
        use crate::recur::DaySet;
        let mut cal = crate::plan::test_support::calendar();
        let blackout = |id: &str, day| Blackout {
            id: id.into(),
            name: id.into(),
            days: DaySet::Range(DateRange {
                from: day,
                until: day,
            }),
            origin: Default::default(),
        };
        // Thursday 3 and Friday 4 December: the review due on the 3rd
        // stands on Monday the 7th.
        cal.blackouts = vec![blackout("a", d(2026, 12, 3)), blackout("b", d(2026, 12, 4))];
        cal.teams.push(Team {
            id: "web".into(),
            name: "Web".into(),
            ambassadors: vec!["anna".into(), "bert".into()],
            origin: Default::default(),
        });
        let person = |id: &str, away: Vec<DateRange>| Person {
            id: id.into(),
            name: id.into(),
            email: None,
            team: Some("web".into()),
            capacity: 3,
            away,
            backup: vec![],
            origin: Default::default(),
        };
        let monday = d(2026, 12, 7);
        cal.people.push(person(
            "anna",
            vec![DateRange {
                from: monday,
                until: monday,
            }],
        ));
        cal.people.push(person("bert", vec![]));
        for (id, reviewed) in [("p", d(2026, 9, 3)), ("q", d(2026, 10, 20))] {
            let mut p = page(Some(reviewed));
            p.id = id.into();
            p.owner = None;
            p.team = Some("web".into());
            cal.pages.push(p);
        }
        let today = d(2026, 11, 23);
        let states = states(&cal, today);
        assert_eq!(review_date(&cal, d(2026, 12, 3)), monday);
        for st in &states {
            let due = st.due.unwrap();
            assert_eq!(
                st.reviewer,
                reviewer_for(&cal, st.page, due),
                "{}",
                st.page.id
            );
        }
        assert_eq!(states[0].reviewer, Some("bert"));
        assert_eq!(states[1].reviewer, Some("anna"));
    }

    #[test]
    fn reviews_run_from_the_last_one_or_from_the_calendars_start() {
        let cal = calendar_with(page(Some(d(2026, 9, 5))));
        let due = dues(&cal, &cal.pages[0], d(2027, 6, 30));
        assert_eq!(due, [d(2026, 12, 5), d(2027, 3, 5), d(2027, 6, 5)]);
        let never = calendar_with(page(None));
        let due = dues(&never, &never.pages[0], d(2026, 7, 1));
        assert_eq!(due, [d(2026, 1, 1), d(2026, 4, 1), d(2026, 7, 1)]);
    }

    #[test]
    fn the_log_moves_the_last_review_and_archives() {
        let mut cal = calendar_with(page(Some(d(2026, 9, 5))));
        let log = |date, archived| Recorded {
            page: "p".into(),
            date,
            archived,
        };
        // An older recorded review does not move the TOML's later one.
        overlay(
            &mut cal,
            &[log(d(2026, 8, 1), false), log(d(2026, 11, 20), false)],
        );
        assert_eq!(cal.pages[0].reviewed, Some(d(2026, 11, 20)));
        assert_eq!(next_due(&cal, &cal.pages[0]), Some(d(2027, 2, 20)));
        overlay(&mut cal, &[log(d(2026, 11, 23), true)]);
        assert_eq!(next_due(&cal, &cal.pages[0]), None);
        assert!(dues(&cal, &cal.pages[0], d(2030, 1, 1)).is_empty());
        let states = states(&cal, d(2026, 11, 23));
        assert_eq!(states[0].status, PageStatus::Archived);
    }

    #[test]
    fn month_intervals_count_from_the_last_review() {
        let i = ReviewInterval::Months(6);
        assert_eq!(after(d(2026, 8, 31), i, 1), Some(d(2027, 2, 28)));
        assert_eq!(after(d(2026, 8, 31), i, 2), Some(d(2027, 8, 31)));
        assert_eq!(interval_text(ReviewInterval::Days(14)), "2w");
        assert_eq!(interval_text(ReviewInterval::Months(12)), "1y");
    }
}
