//! The numbers against the calendar's intentions: each goal's value against
//! its target (`report goals`, `goal_missed`), and formats whose views faded
//! (`fading_format`). Pure: measured items in, verdicts out.

use chrono::NaiveDate;

use super::engagement::went_live;
use super::{interaction_rate, median, Measure, Measured};
use crate::dates::{DateRange, Quarter};
use crate::model::{Calendar, Goal};
use crate::plan::item::Source;

/// How many of a format's last measured items `fading_format` looks at.
pub const FADING_WINDOW: usize = 6;

/// A goal's value over a period.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalValue {
    pub goal: String,
    /// `views`, ..., or `interaction_rate`.
    pub metric: String,
    pub target: f64,
    /// The range the value is taken over; `None` when no period has numbers.
    pub period: Option<DateRange>,
    /// The measured items serving the goal in the period.
    pub items: usize,
    /// Median per item of the metric, or interactions per 100 views.
    pub value: Option<f64>,
}

impl GoalValue {
    /// Whether the value reached the target; `None` without a value.
    pub fn met(&self) -> Option<bool> {
        self.value.map(|v| v >= self.target)
    }
}

/// The value of `metric` over `items` (those serving the goal, in the period).
fn value_of(metric: &str, items: &[&Measured]) -> Option<f64> {
    if metric == "interaction_rate" {
        return interaction_rate(items.iter().map(|m| &m.measures));
    }
    let m = Measure::parse(metric)?;
    median(
        &mut items
            .iter()
            .filter_map(|x| x.measures.get(m))
            .collect::<Vec<_>>(),
    )
}

/// Whether `m` carries numbers for `metric`.
fn has_metric(metric: &str, m: &Measured) -> bool {
    match Measure::parse(metric) {
        Some(x) => m.measures.get(x).is_some(),
        None => m.measures.get(Measure::Views).is_some() && m.measures.interactions().is_some(),
    }
}

/// The published items serving `goal` that carry numbers for its metric.
fn serving<'a>(goal: &Goal, metric: &str, items: &'a [Measured]) -> Vec<&'a Measured> {
    items
        .iter()
        .filter(|m| went_live(m) && m.item.goal.as_deref() == Some(goal.id.as_str()))
        .filter(|m| has_metric(metric, m))
        .collect()
}

/// The last calendar quarter that ended before `today` in which an item
/// serving `goal` has numbers for its metric.
pub fn last_complete_quarter(goal: &Goal, items: &[Measured], today: NaiveDate) -> Option<Quarter> {
    let metric = goal.metric.as_deref()?;
    serving(goal, metric, items)
        .iter()
        .map(|m| Quarter::of(m.item.date))
        .filter(|q| q.last_day() < today)
        .max()
}

/// Every goal with a metric and a target, valued over `period` when given,
/// else over its last complete quarter with numbers.
pub fn goals(
    cal: &Calendar,
    items: &[Measured],
    period: Option<DateRange>,
    today: NaiveDate,
) -> Vec<GoalValue> {
    cal.goals
        .iter()
        .filter_map(|g| {
            let (metric, target) = (g.metric.clone()?, g.target?);
            let range = period.or_else(|| {
                last_complete_quarter(g, items, today).map(|q| DateRange {
                    from: q.first_day(),
                    until: q.last_day(),
                })
            });
            let within: Vec<&Measured> = match range {
                Some(r) => serving(g, &metric, items)
                    .into_iter()
                    .filter(|m| r.contains(m.item.date))
                    .collect(),
                None => Vec::new(),
            };
            Some(GoalValue {
                goal: g.id.clone(),
                value: value_of(&metric, &within),
                items: within.len(),
                metric,
                target,
                period: range,
            })
        })
        .collect()
}

/// A format whose views faded.
#[derive(Debug, Clone, PartialEq)]
pub struct Fading {
    pub format: String,
    /// Median views of its last [`FADING_WINDOW`] measured items.
    pub recent_median: f64,
    /// Median views per item over every measured item of the calendar.
    pub calendar_median: f64,
    /// The date of its last measured item.
    pub last: NaiveDate,
}

/// Formats whose median views over their last six measured items fell
/// below half the calendar's median. A format with fewer than six measured
/// items is not judged: too few to call it a trend.
pub fn fading(cal: &Calendar, items: &[Measured]) -> Vec<Fading> {
    let with_views: Vec<&Measured> = items
        .iter()
        .filter(|m| went_live(m) && m.measures.get(Measure::Views).is_some())
        .collect();
    let views = |ms: &[&Measured]| -> Vec<f64> {
        ms.iter()
            .filter_map(|m| m.measures.get(Measure::Views))
            .collect()
    };
    let Some(calendar_median) = median(&mut views(&with_views)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for f in &cal.formats {
        let mut mine: Vec<&Measured> = with_views
            .iter()
            .copied()
            .filter(|m| m.item.source == Source::Format && *m.item.source_id == *f.id)
            .collect();
        if mine.len() < FADING_WINDOW {
            continue;
        }
        mine.sort_by(|a, b| (a.item.date, &a.item.key).cmp(&(b.item.date, &b.item.key)));
        let recent = &mine[mine.len() - FADING_WINDOW..];
        let Some(recent_median) = median(&mut views(recent)) else {
            continue;
        };
        if recent_median < calendar_median / 2.0 {
            out.push(Fading {
                format: f.id.clone(),
                recent_median,
                calendar_median,
                last: recent[FADING_WINDOW - 1].item.date,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Goal, Origin};
    use crate::plan::item::{Source, Status};
    use crate::stats::Measures;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn measured(format: &str, date: NaiveDate, views: f64) -> Measured {
        let mut item = crate::plan::test_support::item(&format!("format/{format}"), date, None);
        item.source = Source::Format;
        item.source_id = format.into();
        item.goal = Some("bereik".into());
        item.status = Status::Planned;
        let mut m = Measures::default();
        m.set(Measure::Views, Some(views));
        Measured { item, measures: m }
    }

    fn goal() -> Goal {
        Goal {
            id: "bereik".into(),
            title: "Bereik".into(),
            measure: None,
            metric: Some("views".into()),
            target: Some(150.0),
            origin: Origin::default(),
        }
    }

    #[test]
    fn a_goal_is_valued_over_its_last_complete_quarter_with_numbers() {
        let mut cal = crate::plan::test_support::calendar();
        cal.goals.push(goal());
        let items = [
            measured("a", d(2026, 5, 4), 100.0),
            measured("a", d(2026, 8, 3), 200.0),
            measured("a", d(2026, 9, 7), 120.0),
            // The quarter of today is not complete: left out.
            measured("a", d(2026, 10, 5), 900.0),
        ];
        let v = &goals(&cal, &items, None, d(2026, 11, 23))[0];
        assert_eq!(v.period.map(|p| p.from), Some(d(2026, 7, 1)));
        // 200 and 120: median 160, above 150.
        assert_eq!(v.value, Some(160.0));
        assert_eq!(v.met(), Some(true));
        let none = goals(&cal, &items[3..], None, d(2026, 11, 23));
        assert_eq!(none[0].value, None);
    }

    #[test]
    fn a_format_needs_six_measured_items_to_fade() {
        let mut cal = crate::plan::test_support::calendar();
        for id in ["laag", "hoog"] {
            let mut f = cal_format(id);
            f.id = id.into();
            cal.formats.push(f);
        }
        let mut items: Vec<Measured> = (1..=6)
            .map(|w| measured("hoog", d(2026, 9, 1) + chrono::Days::new(w * 7), 300.0))
            .collect();
        items.extend(
            (1..=5).map(|w| measured("laag", d(2026, 9, 2) + chrono::Days::new(w * 7), 10.0)),
        );
        // Five items of "laag": not judged, however low.
        assert!(fading(&cal, &items).is_empty());
        items.push(measured("laag", d(2026, 11, 4), 10.0));
        let f = fading(&cal, &items);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].format, "laag");
        assert_eq!(f[0].calendar_median, 155.0);
        assert_eq!(f[0].last, d(2026, 11, 4));
    }

    fn cal_format(id: &str) -> crate::model::Format {
        crate::plan::test_support::format(id, "FREQ=WEEKLY", d(2026, 1, 1), Default::default())
    }
}
