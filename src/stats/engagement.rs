//! Which rubric lives: the published items of a range grouped by format,
//! kind, channel, team or goal, with the median and mean of every measure,
//! interactions per 100 views, a ranking, and the change against the
//! previous range of equal length. Pure: items in, rows out.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, Months};

use super::{interaction_rate, mean, median, Measure, Measured};
use crate::dates::DateRange;
use crate::plan::item::{Item, Source, Status};
use crate::plan::text::Text;

/// What `report engagement --by` groups on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GroupBy {
    /// The format (campaign posts by campaign, one-off items together)
    #[default]
    Format,
    Kind,
    Channel,
    Team,
    Goal,
}

impl GroupBy {
    /// The word in headers and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            GroupBy::Format => "format",
            GroupBy::Kind => "kind",
            GroupBy::Channel => "channel",
            GroupBy::Team => "team",
            GroupBy::Goal => "goal",
        }
    }

    /// The group an item belongs to.
    pub fn group_of(self, it: &Item) -> String {
        let or_none = |v: &Option<Text>| v.as_deref().unwrap_or(NO_GROUP).to_string();
        match self {
            GroupBy::Format => match it.source {
                Source::Format => it.source_id.to_string(),
                Source::Campaign => format!("campaign/{}", it.source_id),
                Source::Item | Source::Review => ONE_OFF.to_string(),
            },
            GroupBy::Kind => or_none(&it.kind),
            GroupBy::Channel => or_none(&it.channel),
            GroupBy::Team => or_none(&it.team),
            GroupBy::Goal => or_none(&it.goal),
        }
    }
}

/// The group of items without a kind, channel, team or goal.
pub const NO_GROUP: &str = "(none)";
/// The group of one-off items under `--by format`.
pub const ONE_OFF: &str = "(one-off)";

/// The numbers of one group over one range.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GroupStats {
    /// Items that went live.
    pub items: usize,
    /// Of those, the ones with numbers.
    pub measured: usize,
    /// Per measure (index [`Measure::index`]): the median per item.
    pub median: [Option<f64>; 6],
    /// Per measure: the mean per item.
    pub mean: [Option<f64>; 6],
    /// Reactions plus comments per 100 views.
    pub interaction_rate: Option<f64>,
    /// Views per item in date order, for the sparkline.
    pub views: Vec<f64>,
}

impl GroupStats {
    /// The statistics of `items` (already in date order).
    pub fn of(items: &[&Measured]) -> Self {
        let mut s = GroupStats {
            items: items.len(),
            measured: items.iter().filter(|m| !m.measures.is_empty()).count(),
            ..GroupStats::default()
        };
        for m in Measure::ALL {
            let mut values: Vec<f64> = items.iter().filter_map(|x| x.measures.get(m)).collect();
            s.mean[m.index()] = mean(&values);
            s.median[m.index()] = median(&mut values);
        }
        s.interaction_rate = interaction_rate(items.iter().map(|x| &x.measures));
        s.views = items
            .iter()
            .filter_map(|x| x.measures.get(Measure::Views))
            .collect();
        s
    }

    /// The median per item of `m`.
    pub fn median_of(&self, m: Measure) -> Option<f64> {
        self.median[m.index()]
    }
}

/// One row of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// 1 = lives most: highest median views, then interaction rate, then name.
    pub rank: usize,
    pub group: String,
    pub current: GroupStats,
    /// The group over the previous range; `None` when it had no published item there.
    pub previous: Option<GroupStats>,
    /// Its rank over the previous range.
    pub previous_rank: Option<usize>,
}

impl Row {
    /// Relative change of median views: 0.25 is 25% more than the previous range.
    pub fn views_change(&self) -> Option<f64> {
        let now = self.current.median_of(Measure::Views)?;
        let before = self.previous.as_ref()?.median_of(Measure::Views)?;
        (before > 0.0).then(|| (now - before) / before)
    }

    /// Change of interactions per 100 views, in points.
    pub fn interaction_rate_change(&self) -> Option<f64> {
        Some(self.current.interaction_rate? - self.previous.as_ref()?.interaction_rate?)
    }
}

/// The whole report.
#[derive(Debug, Clone)]
pub struct Engagement {
    pub by: GroupBy,
    pub range: DateRange,
    /// The range of equal length just before `range`.
    pub previous: DateRange,
    /// Ranked, best first.
    pub rows: Vec<Row>,
    /// Every published item of the range together.
    pub all: GroupStats,
    /// Every published item of the previous range together.
    pub all_previous: GroupStats,
}

/// The range just before `range`, of equal length: the previous calendar
/// month for a whole month, the previous quarter for a whole quarter (so
/// October is compared with September, not with 31 August to 30 September),
/// else the same number of days.
pub fn previous_range(range: DateRange) -> DateRange {
    let until = range.from.pred_opt().unwrap_or(range.from);
    for months in [1, 3] {
        let whole = range.from.day() == 1
            && (months == 1 || range.from.month0().is_multiple_of(3))
            && range.from.checked_add_months(Months::new(months)) == range.until.succ_opt();
        if whole {
            if let Some(from) = range.from.checked_sub_months(Months::new(months)) {
                return DateRange { from, until };
            }
        }
    }
    let len = (range.until - range.from).num_days() as u64 + 1;
    DateRange {
        from: range.from.checked_sub_days(Days::new(len)).unwrap_or(until),
        until,
    }
}

/// Whether an item went live: its status is `published`, or it has
/// numbers and was not skipped. Review items never count.
pub fn went_live(m: &Measured) -> bool {
    m.item.source != Source::Review
        && m.item.status != Status::Skipped
        && (m.item.status == Status::Published || !m.measures.is_empty())
}

/// The engagement report over `range`, grouped `by`; `items` may hold more
/// than the range (the previous range is taken from them too).
pub fn engagement(by: GroupBy, range: DateRange, items: &[Measured]) -> Engagement {
    let previous = previous_range(range);
    let (now, now_all) = grouped(by, range, items);
    let (before, before_all) = grouped(by, previous, items);
    let before_ranks: BTreeMap<&str, usize> = ranked(&before)
        .iter()
        .enumerate()
        .map(|(i, (g, _))| (g.as_str(), i + 1))
        .collect();
    let rows = ranked(&now)
        .into_iter()
        .enumerate()
        .map(|(i, (group, stats))| Row {
            rank: i + 1,
            previous: before.get(group).cloned(),
            previous_rank: before_ranks.get(group.as_str()).copied(),
            group: group.clone(),
            current: stats.clone(),
        })
        .collect();
    Engagement {
        by,
        range,
        previous,
        rows,
        all: now_all,
        all_previous: before_all,
    }
}

fn grouped(
    by: GroupBy,
    range: DateRange,
    items: &[Measured],
) -> (BTreeMap<String, GroupStats>, GroupStats) {
    let mut in_range: Vec<&Measured> = items
        .iter()
        .filter(|m| went_live(m) && range.contains(m.item.date))
        .collect();
    in_range.sort_by(|a, b| (a.item.date, &a.item.key).cmp(&(b.item.date, &b.item.key)));
    let mut groups: BTreeMap<String, Vec<&Measured>> = BTreeMap::new();
    for m in &in_range {
        groups.entry(by.group_of(&m.item)).or_default().push(m);
    }
    let stats = groups
        .into_iter()
        .map(|(g, members)| (g, GroupStats::of(&members)))
        .collect();
    (stats, GroupStats::of(&in_range))
}

/// Groups best first: median views, then interaction rate (both highest
/// first, unknown last), then name.
fn ranked(groups: &BTreeMap<String, GroupStats>) -> Vec<(&String, &GroupStats)> {
    let mut list: Vec<(&String, &GroupStats)> = groups.iter().collect();
    let key = |v: Option<f64>| v.map_or(f64::NEG_INFINITY, |x| x);
    list.sort_by(|a, b| {
        key(b.1.median_of(Measure::Views))
            .total_cmp(&key(a.1.median_of(Measure::Views)))
            .then_with(|| key(b.1.interaction_rate).total_cmp(&key(a.1.interaction_rate)))
            .then_with(|| a.0.cmp(b.0))
    });
    list
}

/// A sparkline of `values` scaled from 0 to `max`: one block per value.
pub fn sparkline(values: &[f64], max: f64) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    values
        .iter()
        .map(|v| {
            if max <= 0.0 {
                BARS[0]
            } else {
                let i = ((v / max) * 7.0).round().clamp(0.0, 7.0) as usize;
                BARS[i]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::Measures;
    use chrono::NaiveDate;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn item(format: &str, date: NaiveDate, views: f64, reactions: f64) -> Measured {
        let mut it = crate::plan::test_support::item(&format!("format/{format}"), date, None);
        it.source = Source::Format;
        it.source_id = format.into();
        it.status = Status::Published;
        let mut m = Measures::default();
        m.set(Measure::Views, Some(views));
        m.set(Measure::Reactions, Some(reactions));
        Measured {
            item: it,
            measures: m,
        }
    }

    #[test]
    fn the_previous_range_is_the_month_quarter_or_days_before() {
        let r = |a, b| DateRange { from: a, until: b };
        assert_eq!(
            previous_range(r(d(2026, 10, 1), d(2026, 10, 31))),
            r(d(2026, 9, 1), d(2026, 9, 30))
        );
        assert_eq!(
            previous_range(r(d(2026, 7, 1), d(2026, 9, 30))),
            r(d(2026, 4, 1), d(2026, 6, 30))
        );
        // Two whole months are no quarter: 61 days before.
        assert_eq!(
            previous_range(r(d(2026, 8, 1), d(2026, 9, 30))),
            r(d(2026, 6, 1), d(2026, 7, 31))
        );
        assert_eq!(
            previous_range(r(d(2026, 10, 5), d(2026, 10, 11))),
            r(d(2026, 9, 28), d(2026, 10, 4))
        );
    }

    #[test]
    fn ranks_by_median_views_and_compares_with_before() {
        // a in October: 100, 300, 200 -> median 200; September: 100 -> -> +100%.
        // b in October: 50, 1000 -> median 525 (ranked first although a has more items).
        let items = vec![
            item("a", d(2026, 9, 7), 100.0, 1.0),
            item("a", d(2026, 10, 5), 100.0, 1.0),
            item("a", d(2026, 10, 12), 300.0, 3.0),
            item("a", d(2026, 10, 19), 200.0, 2.0),
            item("b", d(2026, 10, 6), 50.0, 10.0),
            item("b", d(2026, 10, 13), 1000.0, 10.0),
        ];
        let r = engagement(
            GroupBy::Format,
            DateRange {
                from: d(2026, 10, 1),
                until: d(2026, 10, 31),
            },
            &items,
        );
        let groups: Vec<&str> = r.rows.iter().map(|x| x.group.as_str()).collect();
        assert_eq!(groups, ["b", "a"]);
        assert_eq!(r.rows[1].current.median_of(Measure::Views), Some(200.0));
        assert_eq!(r.rows[1].views_change(), Some(1.0));
        assert_eq!(r.rows[1].previous_rank, Some(1));
        assert_eq!(r.rows[0].previous, None);
        // b: (10 + 10) / 1050 * 100
        assert!((r.rows[0].current.interaction_rate.unwrap() - 20.0 / 10.5).abs() < 1e-9);
        assert_eq!(sparkline(&r.rows[1].current.views, 1000.0), "▂▃▂");
    }
}
