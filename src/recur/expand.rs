//! Expansion of one recurrence over a window: which generated dates hold an
//! item, where each stands after the holiday policy, and its turn number for
//! rotations. Counting starts at the anchor, so a date always gets the same
//! turn whatever window is asked for; only the window's items are kept.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::holidays::DayRules;
use super::Recurrence;
use super::Rule;
use crate::dates::DateRange;

/// Most items one definition may produce in one window; more is reported.
pub(crate) const EXPANSION_LIMIT: usize = 200_000;

/// One generated date that holds an item.
#[derive(Debug, Hash, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Occurrence {
    /// The date the rule generated: decides the key and membership of windows.
    pub generated: NaiveDate,
    /// Where the item stands after the holiday policy.
    pub date: NaiveDate,
    /// 0-based number among held occurrences since the anchor.
    pub held: u32,
    /// 0-based number among all generated occurrences since the anchor.
    pub generated_number: u32,
}

/// The occurrences of `rec` whose generated date lies in `window` and in one
/// of `only_in` (when given: focus-only formats), taking the rule's dates
/// from `known` (and keeping them there).
///
/// Errors when more than [`EXPANSION_LIMIT`] items would be made.
pub(crate) fn expand<'r>(
    rec: &'r Recurrence,
    days: &DayRules,
    only_in: Option<&[DateRange]>,
    window: DateRange,
    known: &mut RuleDates<'r>,
) -> Result<Vec<Occurrence>, usize> {
    let last = rec.until.map_or(window.until, |u| u.min(window.until));
    let mut out = Vec::new();
    let (mut held, mut generated_number) = (0u32, 0u32);
    for generated in known.until(&rec.rule, last) {
        if only_in.is_some_and(|blocks| !blocks.iter().any(|b| b.contains(generated))) {
            continue;
        }
        let place = if rec.skip.contains(&generated) {
            None
        } else {
            days.place(generated, rec.holidays)
        };
        if let Some(date) = place {
            if generated >= window.from {
                if out.len() == EXPANSION_LIMIT {
                    return Err(EXPANSION_LIMIT);
                }
                out.push(Occurrence {
                    generated,
                    date,
                    held,
                    generated_number,
                });
            }
            held += 1;
        }
        generated_number += 1;
    }
    Ok(out)
}

/// Rules already seen, by rule text and anchor, so definitions that share
/// a cadence (every Monday from the calendar's start) are expanded once, by
/// the first such rule ([`Rule::dates_until`] keeps its dates): the rrule
/// crate's iterator costs a few hundred nanoseconds a date, a fifth of
/// planning 100,000 items.
#[derive(Default)]
pub(crate) struct RuleDates<'r> {
    known: HashMap<(&'r str, NaiveDate), &'r Rule>,
}

impl<'r> RuleDates<'r> {
    /// The dates of `rule` up to and including `last`, ascending.
    fn until(&mut self, rule: &'r Rule, last: NaiveDate) -> Vec<NaiveDate> {
        let Rule::RRule { text, set, .. } = rule else {
            return rule.dates_until(last);
        };
        self.known
            .entry((text.as_str(), set.get_dt_start().date_naive()))
            .or_insert(rule)
            .dates_until(last)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::dates::Weekdays;
    use crate::recur::HolidayPolicy;
    use crate::recur::Rule;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn weekly_monday(skip: &[NaiveDate], holidays: HolidayPolicy) -> Recurrence {
        Recurrence {
            rule: Rule::from_rrule("FREQ=WEEKLY;BYDAY=MO", d(2026, 1, 1)).unwrap(),
            anchor: d(2026, 1, 1),
            until: None,
            skip: skip.iter().copied().collect::<BTreeSet<_>>(),
            holidays,
        }
    }

    fn easter_rules() -> DayRules {
        use crate::recur::DaySet;
        // Tweede Paasdag.
        let b = DaySet::Rule(Rule::from_rrule("FREQ=YEARLY;BYEASTER=1", d(2026, 1, 1)).unwrap());
        DayRules::new(
            Weekdays::WORKWEEK,
            &[b],
            DateRange {
                from: d(2026, 1, 1),
                until: d(2027, 12, 31),
            },
        )
    }

    #[test]
    fn turns_do_not_depend_on_the_window() {
        let rec = weekly_monday(&[], HolidayPolicy::Skip);
        let days = easter_rules();
        let whole = expand(
            &rec,
            &days,
            None,
            DateRange {
                from: d(2026, 1, 1),
                until: d(2026, 12, 31),
            },
            &mut RuleDates::default(),
        )
        .unwrap();
        let part = expand(
            &rec,
            &days,
            None,
            DateRange {
                from: d(2026, 6, 1),
                until: d(2026, 6, 30),
            },
            &mut RuleDates::default(),
        )
        .unwrap();
        for o in &part {
            assert!(whole.contains(o), "{o:?}");
        }
        assert_eq!(part.len(), 5);
    }

    #[test]
    fn skipped_and_holiday_dates_use_up_no_turn() {
        let rec = weekly_monday(&[d(2026, 1, 12)], HolidayPolicy::Skip);
        let occ = expand(
            &rec,
            &easter_rules(),
            None,
            DateRange {
                from: d(2026, 1, 1),
                until: d(2026, 4, 13),
            },
            &mut RuleDates::default(),
        )
        .unwrap();
        let dates: Vec<_> = occ.iter().map(|o| o.generated).collect();
        assert!(!dates.contains(&d(2026, 1, 12)));
        assert!(!dates.contains(&d(2026, 4, 6)), "Easter Monday is skipped");
        let last = occ.last().unwrap();
        assert_eq!(last.generated, d(2026, 4, 13));
        assert_eq!(last.generated_number, 14);
        assert_eq!(last.held, 12);
    }

    #[test]
    fn shift_keeps_the_generated_date_and_moves_the_date() {
        let rec = weekly_monday(&[], HolidayPolicy::Shift);
        let occ = expand(
            &rec,
            &easter_rules(),
            None,
            DateRange {
                from: d(2026, 4, 6),
                until: d(2026, 4, 6),
            },
            &mut RuleDates::default(),
        )
        .unwrap();
        assert_eq!(occ[0].generated, d(2026, 4, 6));
        assert_eq!(occ[0].date, d(2026, 4, 7));
    }

    #[test]
    fn focus_only_formats_run_inside_their_blocks() {
        let rec = weekly_monday(&[], HolidayPolicy::Keep);
        let blocks = [DateRange {
            from: d(2026, 4, 1),
            until: d(2026, 4, 30),
        }];
        let occ = expand(
            &rec,
            &easter_rules(),
            Some(&blocks),
            DateRange {
                from: d(2026, 1, 1),
                until: d(2026, 12, 31),
            },
            &mut RuleDates::default(),
        )
        .unwrap();
        assert_eq!(occ.len(), 4);
        assert_eq!(occ[0].held, 0);
    }

    #[test]
    fn known_rule_dates_give_what_a_fresh_expansion_gives() {
        let days = easter_rules();
        let monday = |anchor| Recurrence {
            rule: Rule::from_rrule("FREQ=WEEKLY;BYDAY=MO", anchor).unwrap(),
            anchor,
            until: None,
            skip: BTreeSet::new(),
            holidays: HolidayPolicy::Skip,
        };
        let (early, late) = (monday(d(2026, 1, 1)), monday(d(2026, 3, 1)));
        let window = |from, until| DateRange { from, until };
        let mut known = RuleDates::default();
        // Short, longer, then shorter windows; two anchors of the same text.
        for (rec, w) in [
            (&early, window(d(2026, 1, 1), d(2026, 2, 1))),
            (&early, window(d(2026, 1, 1), d(2026, 12, 31))),
            (&late, window(d(2026, 1, 1), d(2026, 12, 31))),
            (&early, window(d(2026, 4, 1), d(2026, 4, 30))),
        ] {
            let fresh = expand(rec, &days, None, w, &mut RuleDates::default()).unwrap();
            assert_eq!(expand(rec, &days, None, w, &mut known).unwrap(), fresh);
        }
        assert_eq!(known.known.len(), 2, "one entry per rule and anchor");
    }
}

#[cfg(test)]
mod properties {
    use std::collections::BTreeSet;

    use chrono::{Datelike, Days, NaiveDate, Weekday};
    use proptest::prelude::*;

    use super::*;
    use crate::dates::Weekdays;
    use crate::recur::{DaySet, HolidayPolicy};
    use crate::recur::{Every, Rule, Shorthand};

    fn start() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
    }

    fn shorthand() -> impl Strategy<Value = Shorthand> {
        let weekday = (0u8..5).prop_map(|i| Weekday::try_from(i).unwrap());
        prop_oneof![
            (1u32..4, proptest::collection::vec(weekday.clone(), 1..3)).prop_map(|(i, on)| {
                Shorthand {
                    every: Every::Week,
                    interval: Some(i),
                    on,
                    nth: None,
                    day: None,
                }
            }),
            (1u32..3, weekday.clone(), prop_oneof![1i32..5, -2i32..0]).prop_map(|(i, d, nth)| {
                Shorthand {
                    every: Every::Month,
                    interval: Some(i),
                    on: vec![d],
                    nth: Some(nth),
                    day: None,
                }
            }),
            (weekday, prop_oneof![1i32..6, -3i32..0]).prop_map(|(d, nth)| Shorthand {
                every: Every::Quarter,
                interval: None,
                on: vec![d],
                nth: Some(nth),
                day: None,
            }),
            (1u32..10).prop_map(|i| Shorthand {
                every: Every::Day,
                interval: Some(i),
                on: vec![],
                nth: None,
                day: None,
            }),
        ]
    }

    fn policy() -> impl Strategy<Value = HolidayPolicy> {
        prop_oneof![
            Just(HolidayPolicy::Skip),
            Just(HolidayPolicy::Shift),
            Just(HolidayPolicy::Keep)
        ]
    }

    fn days() -> DayRules {
        // Tweede Paasdag.
        let easter = DaySet::Rule(Rule::from_rrule("FREQ=YEARLY;BYEASTER=1", start()).unwrap());
        DayRules::new(
            Weekdays::WORKWEEK,
            &[easter],
            DateRange {
                from: start(),
                until: NaiveDate::from_ymd_opt(2030, 12, 31).unwrap(),
            },
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// A window's occurrences are exactly the larger window's occurrences
        /// inside it, turns included: nothing depends on the window chosen.
        #[test]
        fn windows_do_not_change_occurrences(
            s in shorthand(), policy in policy(), skip_every in 3usize..9,
            a in 0u64..700, len in 0u64..200,
        ) {
            let rule = Rule::from_shorthand(&s, start(), Weekdays::WORKWEEK).unwrap();
            let skip: BTreeSet<NaiveDate> = rule.dates().take(60).step_by(skip_every).collect();
            let rec = Recurrence { rule, anchor: start(), until: None, skip, holidays: policy };
            let days = days();
            let whole = DateRange { from: start(), until: NaiveDate::from_ymd_opt(2028, 12, 31).unwrap() };
            let all = expand(&rec, &days, None, whole, &mut RuleDates::default()).unwrap();
            let from = start() + Days::new(a);
            let part = DateRange { from, until: from + Days::new(len) };
            let some = expand(&rec, &days, None, part, &mut RuleDates::default()).unwrap();
            let expected: Vec<Occurrence> = all.iter().copied().filter(|o| part.contains(o.generated)).collect();
            prop_assert_eq!(some, expected);
        }

        /// Occurrences are in order, held numbers count up by one, skipped
        /// dates hold nothing, and with skip/shift nothing stands on a free day.
        #[test]
        fn held_occurrences_are_ordered_and_land_on_working_days(
            s in shorthand(), policy in policy(),
        ) {
            let rule = Rule::from_shorthand(&s, start(), Weekdays::WORKWEEK).unwrap();
            let skip: BTreeSet<NaiveDate> = rule.dates().skip(1).take(1).collect();
            let rec = Recurrence { rule, anchor: start(), until: None, skip: skip.clone(), holidays: policy };
            let days = days();
            let window = DateRange { from: start(), until: NaiveDate::from_ymd_opt(2027, 6, 30).unwrap() };
            let occ = expand(&rec, &days, None, window, &mut RuleDates::default()).unwrap();
            for (i, o) in occ.iter().enumerate() {
                prop_assert_eq!(o.held as usize, i);
                prop_assert!(o.date >= o.generated);
                prop_assert!(!skip.contains(&o.generated));
                if policy != HolidayPolicy::Keep {
                    prop_assert!(!days.is_free(o.date), "{:?} stands on a free day", o);
                    prop_assert!(o.date.weekday().num_days_from_monday() < 5);
                }
                if policy != HolidayPolicy::Shift {
                    prop_assert_eq!(o.date, o.generated);
                }
            }
            prop_assert!(occ.windows(2).all(|w| w[0].generated < w[1].generated));
        }
    }
}
