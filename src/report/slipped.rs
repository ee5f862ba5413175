//! Work that slipped (SPEC section 12): `overdue` (a draft past its `due`
//! that is still `planned`), `unpublished` (a past item that never went
//! live) and `unclaimed_slot` (a reserve slot nobody claimed once it is
//! due). Pure: the items, what went live and "today" come in.
//!
//! The look-back findings read stored items only: an in-memory plan would
//! invent past work nobody was ever given, so the caller passes `None`
//! when there is no stored history.

use std::collections::HashSet;

use chrono::{Days, NaiveDate};

use super::finding::{Code, Finding, Findings};
use crate::model::Calendar;
use crate::plan::item::{iso_week, Item, Source, Status};

/// How far back `overdue` and `unpublished` look, whatever `--weeks` says.
pub(crate) const LOOK_BACK_DAYS: u64 = 28;

/// How long before its date a reserve slot without `prepare` is due.
pub(crate) const SLOT_NOTICE_DAYS: u64 = 7;

/// The first day the look-back findings see.
pub(crate) fn look_back_from(today: NaiveDate) -> NaiveDate {
    today
        .checked_sub_days(Days::new(LOOK_BACK_DAYS))
        .unwrap_or(today)
}

/// Whether an item is work that can slip: page reviews are reviews (they
/// have `stale_page`), and reserve slots are offers, not promises.
fn deliverable(it: &Item) -> bool {
    it.source != Source::Review && !it.reserve
}

/// Whether a stored item is `overdue` on `today`: its draft was due in the
/// four weeks before today and nobody started it.
pub(crate) fn is_overdue(it: &Item, today: NaiveDate) -> bool {
    deliverable(it)
        && it.status == Status::Planned
        && it
            .due
            .is_some_and(|d| d < today && d >= look_back_from(today))
}

/// When a reserve slot is due: its `due`, else a week before its date.
pub(crate) fn slot_due(it: &Item) -> NaiveDate {
    it.due.unwrap_or_else(|| {
        it.date
            .checked_sub_days(Days::new(SLOT_NOTICE_DAYS))
            .unwrap_or(it.date)
    })
}

/// Whether `it` is a reserve slot nobody claimed that is due by `today`
/// and not yet past.
pub(crate) fn is_unclaimed_slot(it: &Item, today: NaiveDate) -> bool {
    it.reserve
        && it.owner.is_none()
        && it.status != Status::Skipped
        && it.date >= today
        && slot_due(it) <= today
}

/// Adds the findings of this module. `stored`: the stored items standing
/// from [`look_back_from`] on (`None` without stored history); `went_live`:
/// keys of items that were published or have imported numbers; `coming`:
/// the items of the checked weeks.
pub(crate) fn check(
    cal: &Calendar,
    stored: Option<&[Item]>,
    went_live: &HashSet<&str>,
    coming: &[Item],
    today: NaiveDate,
    found: &mut Findings,
) {
    let who = |it: &Item| {
        it.owner
            .as_deref()
            .map_or_else(|| "nobody".to_string(), str::to_string)
    };
    let person = |f: crate::report::Finding, it: &Item| match &it.owner {
        Some(p) => f.with_person(p.as_ref()),
        None => f,
    };
    for it in stored.unwrap_or_default() {
        if is_overdue(it, today) {
            let Some(due) = it.due else { continue };
            found.add(
                Code::Overdue,
                |f| {
                    on(person(f, it), cal, it, due)
                },
                format!(
                    "\"{}\" ({}, goes live {}) was due on {due} and is still planned; {} owns it: `ritme status {} draft` once it is started",
                    it.title,
                    it.key,
                    it.date,
                    who(it),
                    it.key
                ),
            );
        }
        let from = look_back_from(today);
        let past = it.date >= from && it.date < today;
        if past
            && deliverable(it)
            && !matches!(it.status, Status::Published | Status::Skipped)
            && !went_live.contains(it.key.as_str())
        {
            found.add(
                Code::Unpublished,
                |f| {
                    on(person(f, it), cal, it, it.date)
                },
                format!(
                    "\"{}\" ({}) was to go live on {} and is {}, with no numbers; {} owns it: `ritme status {} published` or `ritme skip {}`",
                    it.title,
                    it.key,
                    it.date,
                    it.status,
                    who(it),
                    it.key,
                    it.key
                ),
            );
        }
    }
    for it in coming.iter().filter(|it| is_unclaimed_slot(it, today)) {
        found.add(
            Code::UnclaimedSlot,
            |f| on(f, cal, it, it.date),
            format!(
                "reserve slot \"{}\" ({}) on {} was due on {} and nobody has claimed it: `ritme assign {} PERSON`, or `ritme skip {}`",
                it.title,
                it.key,
                it.date,
                slot_due(it),
                it.key,
                it.key
            ),
        );
    }
}

/// A finding about `it` on `date`: its week, the date, the item and the
/// definition's file and line.
fn on(f: Finding, cal: &Calendar, it: &Item, date: NaiveDate) -> Finding {
    f.with_week(iso_week(date))
        .with_date(date)
        .with_item(&it.key)
        .at(it.origin(cal))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Rules, Severity};
    use crate::plan::test_support::item;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn codes(stored: Option<&[Item]>, coming: &[Item], live: &[&str]) -> Vec<(Code, String)> {
        let cal = crate::plan::test_support::calendar();
        let mut rules = Rules::default();
        rules.severities.set(Code::Unpublished, Severity::Warning);
        let mut found = Findings::new(&rules);
        let live: HashSet<&str> = live.iter().copied().collect();
        check(&cal, stored, &live, coming, d(2026, 11, 23), &mut found);
        found
            .list
            .into_iter()
            .map(|f| (f.code, f.item.unwrap_or_default()))
            .collect()
    }

    #[test]
    fn overdue_is_a_planned_draft_due_in_the_four_weeks_before_today() {
        let mut late = item("item/late", d(2026, 11, 30), Some("anna"));
        late.due = Some(d(2026, 11, 20));
        let mut started = late.clone();
        started.key = "item/started".into();
        started.status = Status::Draft;
        let mut long_ago = late.clone();
        long_ago.key = "item/long-ago".into();
        long_ago.due = Some(d(2026, 10, 25));
        let mut today = late.clone();
        today.key = "item/today".into();
        today.due = Some(d(2026, 11, 23));
        let mut slot = late.clone();
        slot.key = "item/slot".into();
        slot.reserve = true;
        let stored = [late, started, long_ago, today, slot];
        assert_eq!(
            codes(Some(&stored), &[], &[]),
            [(Code::Overdue, "item/late".to_string())]
        );
        assert!(codes(None, &[], &[]).is_empty(), "no stored history");
    }

    #[test]
    fn unpublished_is_a_past_item_that_never_went_live() {
        let past = item("item/past", d(2026, 11, 20), Some("anna"));
        let mut published = item("item/published", d(2026, 11, 19), Some("anna"));
        published.status = Status::Published;
        let measured = item("item/measured", d(2026, 11, 18), Some("anna"));
        let mut skipped = item("item/skipped", d(2026, 11, 17), Some("anna"));
        skipped.status = Status::Skipped;
        let old = item("item/old", d(2026, 10, 25), Some("anna"));
        let mut review = item("review/p/2026-11-20", d(2026, 11, 20), Some("anna"));
        review.source = Source::Review;
        let now = item("item/now", d(2026, 11, 23), Some("anna"));
        let stored = [past, published, measured, skipped, old, review, now];
        assert_eq!(
            codes(Some(&stored), &[], &["item/measured"]),
            [(Code::Unpublished, "item/past".to_string())]
        );
    }

    #[test]
    fn a_reserve_slot_is_unclaimed_from_a_week_before_until_its_day() {
        let slot = |key: &str, date| {
            let mut it = item(key, date, None);
            it.reserve = true;
            it
        };
        let mut prepared = slot("item/prepared", d(2026, 12, 10));
        prepared.due = Some(d(2026, 11, 23));
        let mut claimed = slot("item/claimed", d(2026, 11, 26));
        claimed.owner = Some("bert".into());
        let coming = [
            slot("item/today", d(2026, 11, 23)),
            slot("item/in-a-week", d(2026, 11, 30)),
            slot("item/in-eight-days", d(2026, 12, 1)),
            slot("item/yesterday", d(2026, 11, 22)),
            prepared,
            claimed,
        ];
        let found: Vec<String> = codes(None, &coming, &[])
            .into_iter()
            .map(|(c, k)| {
                assert_eq!(c, Code::UnclaimedSlot);
                k
            })
            .collect();
        assert_eq!(found, ["item/today", "item/in-a-week", "item/prepared"]);
    }
}
