//! The schedule laid out as ISO weeks and days: which days are working
//! days, which are blacked out (with the blackout's name) or quiet, and the
//! items standing on each. Coverage findings, the gaps report and the
//! quarter view all read this one layout, so they agree on every count.

use chrono::{Datelike, Days, NaiveDate};

use crate::dates::{monday_of, DateRange};
use crate::model::{Calendar, Quiet};
use crate::plan::item::{Item, Source, Status};
use crate::recur::DayRules;

/// One day of the layout.
#[derive(Debug, Clone)]
pub(crate) struct Day<'a> {
    pub date: NaiveDate,
    /// One of the calendar's working days.
    pub working: bool,
    /// The name of the blackout on this day.
    pub blackout: Option<&'a str>,
    /// The quiet period this day lies in.
    pub quiet: Option<&'a Quiet>,
    /// The items standing here (skipped ones left out), by time and key.
    pub items: Vec<&'a Item>,
}

impl Day<'_> {
    /// A day on which no coverage is expected: a blackout or a quiet day.
    pub(crate) fn resting(&self) -> bool {
        self.blackout.is_some() || self.quiet.is_some()
    }

    /// The items that count for coverage: everything but page reviews.
    pub(crate) fn coverage(&self) -> usize {
        self.items
            .iter()
            .filter(|it| counts_for_coverage(it))
            .count()
    }
}

/// Whether an item counts for coverage (weeks and days with enough content).
/// Page reviews are work, not publications, so they do not; reserve slots do,
/// since they are planned room for a team's post.
pub(crate) fn counts_for_coverage(it: &Item) -> bool {
    it.status != Status::Skipped && it.source != Source::Review
}

/// One ISO week of the layout, Monday to Sunday.
#[derive(Debug, Clone)]
pub(crate) struct Week<'a> {
    /// `2026-W14`.
    pub label: String,
    /// The week number alone.
    pub number: u32,
    pub days: Vec<Day<'a>>,
}

impl<'a> Week<'a> {
    /// Monday.
    pub(crate) fn monday(&self) -> NaiveDate {
        self.days[0].date
    }

    /// Sunday.
    pub(crate) fn sunday(&self) -> NaiveDate {
        self.days[6].date
    }

    /// The working days.
    pub(crate) fn working_days(&self) -> impl Iterator<Item = &Day<'a>> {
        self.days.iter().filter(|d| d.working)
    }

    /// Whether every working day is a blackout or quiet: no coverage finding
    /// may fire for such a week (a recess is a decision, not a gap).
    pub(crate) fn resting(&self) -> bool {
        self.working_days().all(Day::resting)
    }

    /// Items that count for coverage, all days of the week.
    pub(crate) fn coverage(&self) -> usize {
        self.days.iter().map(Day::coverage).sum()
    }

    /// Every item standing in the week.
    pub(crate) fn items(&self) -> impl Iterator<Item = &'a Item> + '_ {
        self.days.iter().flat_map(|d| d.items.iter().copied())
    }

    /// The quiet periods touching the week's working days, each once.
    pub(crate) fn quiet(&self) -> Vec<&'a Quiet> {
        let mut out: Vec<&Quiet> = Vec::new();
        for q in self.working_days().filter_map(|d| d.quiet) {
            if !out.iter().any(|x| x.id == q.id) {
                out.push(q);
            }
        }
        out
    }
}

/// The whole ISO weeks covering `range`, with `items` placed on their days.
/// Items outside those weeks are ignored.
pub(crate) fn layout<'a>(cal: &'a Calendar, items: &'a [Item], range: DateRange) -> Vec<Week<'a>> {
    let span = range.whole_weeks();
    let (first, last) = (span.from, span.until);
    let named: Vec<(&str, DayRules)> = cal
        .blackouts
        .iter()
        .map(|b| {
            (
                b.name.as_str(),
                DayRules::new(cal.working_days, [&b.days], span),
            )
        })
        .collect();
    let mut weeks: Vec<Week> = Vec::new();
    let mut monday = first;
    while monday <= last {
        let days = (0..7)
            .map(|i| {
                let date = monday + Days::new(i);
                Day {
                    date,
                    working: cal.working_days.contains(date.weekday()),
                    blackout: named
                        .iter()
                        .find(|(_, rules)| rules.is_blackout(date))
                        .map(|(name, _)| *name),
                    quiet: cal.quiet.iter().find(|q| q.range.contains(date)),
                    items: Vec::new(),
                }
            })
            .collect();
        weeks.push(Week {
            label: crate::plan::item::iso_week(monday),
            number: monday.iso_week().week(),
            days,
        });
        match monday.checked_add_days(Days::new(7)) {
            Some(next) => monday = next,
            None => break,
        }
    }
    for it in items {
        if it.status == Status::Skipped || !span.contains(it.date) {
            continue;
        }
        let offset = (it.date - first).num_days();
        let (w, d) = ((offset / 7) as usize, (offset % 7) as usize);
        if let Some(day) = weeks.get_mut(w).and_then(|wk| wk.days.get_mut(d)) {
            day.items.push(it);
        }
    }
    // Plans and the store hand items over by date, time and key already;
    // this stable sort by time only guards the all-day-first order cheaply.
    for day in weeks.iter_mut().flat_map(|w| w.days.iter_mut()) {
        day.items.sort_by_key(|it| (it.time.is_some(), it.time));
    }
    weeks
}

/// `n` whole ISO weeks starting with the week of `today`.
pub fn weeks_from(today: NaiveDate, n: u32) -> DateRange {
    let from = monday_of(today);
    DateRange {
        from,
        until: from + Days::new(u64::from(n.max(1)) * 7 - 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;
    use crate::plan::test_support::{calendar, d, item, range};
    use crate::recur::*;

    #[test]
    fn weeks_are_whole_and_items_land_on_their_day() {
        let cal = calendar();
        let items = [
            item("a", d(2026, 4, 8), None),
            item("b", d(2026, 4, 8), None),
            item("outside", d(2026, 5, 20), None),
        ];
        // Wednesday to the next Tuesday: two whole weeks.
        let weeks = layout(&cal, &items, range(d(2026, 4, 8), d(2026, 4, 14)));
        assert_eq!(weeks.len(), 2);
        assert_eq!(weeks[0].label, "2026-W15");
        assert_eq!(weeks[0].monday(), d(2026, 4, 6));
        assert_eq!(weeks[0].days[2].items.len(), 2);
        assert_eq!(weeks[0].coverage() + weeks[1].coverage(), 2);
    }

    #[test]
    fn a_week_of_blackouts_and_quiet_days_is_resting() {
        let mut cal = calendar();
        cal.blackouts.push(Blackout {
            id: "b".into(),
            name: "Closed".into(),
            days: DaySet::Range(range(d(2026, 4, 6), d(2026, 4, 7))),
            origin: Origin::default(),
        });
        cal.quiet.push(Quiet {
            id: "q".into(),
            reason: "Recess".into(),
            range: range(d(2026, 4, 8), d(2026, 4, 10)),
            origin: Origin::default(),
        });
        let weeks = layout(&cal, &[], range(d(2026, 4, 6), d(2026, 4, 19)));
        assert!(weeks[0].resting());
        assert_eq!(weeks[0].days[0].blackout, Some("Closed"));
        assert_eq!(weeks[0].quiet().len(), 1);
        assert!(!weeks[1].resting());
    }

    #[test]
    fn skipped_items_and_reviews_do_not_cover() {
        let cal = calendar();
        let mut skipped = item("s", d(2026, 4, 6), None);
        skipped.status = Status::Skipped;
        let mut review = item("r", d(2026, 4, 6), None);
        review.source = Source::Review;
        let items = [skipped, review];
        let weeks = layout(&cal, &items, range(d(2026, 4, 6), d(2026, 4, 12)));
        assert_eq!(weeks[0].days[0].items.len(), 1);
        assert_eq!(weeks[0].coverage(), 0);
    }

    #[test]
    fn n_weeks_start_with_the_current_one() {
        assert_eq!(
            weeks_from(d(2026, 11, 25), 13),
            range(d(2026, 11, 23), d(2027, 2, 21))
        );
    }
}
