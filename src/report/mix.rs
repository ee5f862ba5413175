//! The mix report: how many items of each kind and on each channel per month
//! or quarter, and their share of that period.

use std::collections::BTreeMap;

use chrono::Datelike;

use super::sheet::{Sheet, Value};
use crate::dates::{DateRange, Quarter};
use crate::plan::item::{Item, Status};
use crate::plan::text::Text;

/// The period `mix` groups by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Period {
    #[default]
    Month,
    Quarter,
}

impl Period {
    /// `2026-04` or `2026-Q2`.
    fn of(self, it: &Item) -> String {
        match self {
            Period::Month => format!("{}-{:02}", it.date.year(), it.date.month()),
            Period::Quarter => Quarter::of(it.date).to_string(),
        }
    }
}

/// One row per period, dimension (kind, channel) and value, the most
/// frequent first; items without a kind or channel count under null.
pub(super) fn sheet(items: &[Item], range: DateRange, by: Period) -> Sheet {
    type Counts = BTreeMap<Option<Text>, u32>;
    let mut periods: BTreeMap<String, (u32, Counts, Counts)> = BTreeMap::new();
    for it in items
        .iter()
        .filter(|it| it.status != Status::Skipped && range.contains(it.date))
    {
        let (n, kinds, channels) = periods.entry(by.of(it)).or_default();
        *n += 1;
        *kinds.entry(it.kind.clone()).or_default() += 1;
        *channels.entry(it.channel.clone()).or_default() += 1;
    }
    let mut s = Sheet::new(&["period", "dimension", "value", "items", "share"]);
    for (period, (total, kinds, channels)) in periods {
        for (dimension, counts) in [("kind", kinds), ("channel", channels)] {
            let mut counts: Vec<_> = counts.into_iter().collect();
            counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            for (value, n) in counts {
                s.push(
                    vec![
                        Value::Text(period.clone()),
                        Value::Text(dimension.into()),
                        Value::opt(value.as_deref()),
                        Value::Int(n.into()),
                        Value::Share(f64::from(n) / f64::from(total)),
                    ],
                    false,
                );
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::test_support::{d, item, range};

    #[test]
    fn kinds_and_channels_per_month_and_quarter() {
        let mut a = item("a", d(2026, 4, 8), None);
        a.kind = Some("story".into());
        a.channel = Some("homepage".into());
        let mut b = item("b", d(2026, 4, 9), None);
        b.kind = Some("story".into());
        let c = item("c", d(2026, 5, 9), None);
        let items = [a, b, c];
        let r = range(d(2026, 4, 1), d(2026, 6, 30));
        let rows = |s: &Sheet| -> Vec<String> {
            s.rows
                .iter()
                .map(|r| r.iter().map(Value::csv_text).collect::<Vec<_>>().join(","))
                .collect()
        };
        assert_eq!(
            rows(&sheet(&items, r, Period::Month)),
            [
                "2026-04,kind,story,2,1",
                "2026-04,channel,,1,0.5",
                "2026-04,channel,homepage,1,0.5",
                "2026-05,kind,,1,1",
                "2026-05,channel,,1,1",
            ]
        );
        assert_eq!(
            rows(&sheet(&items, r, Period::Quarter))[0],
            "2026-Q2,kind,story,2,0.667"
        );
    }
}
