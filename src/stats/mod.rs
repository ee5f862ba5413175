//! Numbers beside the plan (SPEC section 8): what an analytics export says
//! about the items that went live, and what those numbers mean for formats
//! and goals.
//!
//! - [`engagement`]: groups, medians, ranking and change; pure.
//! - [`judge`]: goals against their targets and fading formats; pure.
//!
//! Nothing here touches the database or the clock: the store matches rows to
//! items and keeps the numbers, the CLI shows them. Reading an analytics
//! export lives with the other readers, in [`crate::import::analytics`].

pub mod engagement;
pub mod judge;
pub mod numbers;

use crate::plan::item::Item;

/// One measure an analytics export may carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Measure {
    Views,
    Readers,
    Reactions,
    Comments,
    ReadSeconds,
    Clicks,
}

impl Measure {
    /// Every measure, in the order of columns, JSON fields and the database.
    pub const ALL: [Measure; 6] = [
        Measure::Views,
        Measure::Readers,
        Measure::Reactions,
        Measure::Comments,
        Measure::ReadSeconds,
        Measure::Clicks,
    ];

    /// The word in CSV headers, `--map`, `[[goal]] metric`, JSON and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Views => "views",
            Measure::Readers => "readers",
            Measure::Reactions => "reactions",
            Measure::Comments => "comments",
            Measure::ReadSeconds => "read_seconds",
            Measure::Clicks => "clicks",
        }
    }

    /// Parses [`Measure::as_str`].
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == s)
    }

    /// Whether the measure is a count (a whole number); `read_seconds` is not.
    pub fn is_count(self) -> bool {
        self != Measure::ReadSeconds
    }

    /// Position in [`Measures::values`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The numbers of one item; `None` where the export said nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Measures {
    pub values: [Option<f64>; 6],
}

impl Measures {
    /// The value of `m`.
    pub fn get(&self, m: Measure) -> Option<f64> {
        self.values[m.index()]
    }

    /// Sets the value of `m`.
    pub fn set(&mut self, m: Measure, value: Option<f64>) {
        self.values[m.index()] = value;
    }

    /// Whether no measure is known.
    pub fn is_empty(&self) -> bool {
        self.values.iter().all(Option::is_none)
    }

    /// Reactions plus comments, when views are known and at least one of
    /// them is (an export without either says nothing about interaction).
    pub fn interactions(&self) -> Option<f64> {
        match (self.get(Measure::Reactions), self.get(Measure::Comments)) {
            (None, None) => None,
            (r, c) => Some(r.unwrap_or(0.0) + c.unwrap_or(0.0)),
        }
    }
}

/// An item that went live, with its latest numbers.
#[derive(Debug, Clone)]
pub struct Measured {
    pub item: Item,
    pub measures: Measures,
}

/// The median of `values` (the mean of the middle two for an even count);
/// `None` for none.
pub fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let n = values.len();
    Some(if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    })
}

/// The arithmetic mean; `None` for none.
pub fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// Reactions plus comments per 100 views over `items`: a ratio of sums, so
/// an item with many views weighs more than one with few. Only items whose
/// views and interactions are both known take part; `None` when their views
/// add up to zero.
pub fn interaction_rate<'a>(items: impl IntoIterator<Item = &'a Measures>) -> Option<f64> {
    let (mut interactions, mut views) = (0.0, 0.0);
    for m in items {
        if let (Some(v), Some(i)) = (m.get(Measure::Views), m.interactions()) {
            views += v;
            interactions += i;
        }
    }
    (views > 0.0).then(|| interactions * 100.0 / views)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_of_odd_and_even_counts() {
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&mut [4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(&mut []), None);
        assert_eq!(mean(&[1.0, 2.0, 6.0]), Some(3.0));
    }

    #[test]
    fn interaction_rate_is_a_ratio_of_sums() {
        let mut a = Measures::default();
        a.set(Measure::Views, Some(100.0));
        a.set(Measure::Reactions, Some(4.0));
        let mut b = Measures::default();
        b.set(Measure::Views, Some(300.0));
        b.set(Measure::Comments, Some(4.0));
        let mut unknown = Measures::default();
        unknown.set(Measure::Views, Some(1000.0));
        // (4 + 4) / (100 + 300) * 100 = 2; the item without interactions stays out.
        assert_eq!(interaction_rate([&a, &b, &unknown]), Some(2.0));
        assert_eq!(interaction_rate([&unknown]), None);
    }
}
