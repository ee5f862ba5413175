//! Load and availability: how many items each person owns in each ISO week
//! (the week where each item now stands), and whether a person can take one
//! more on a given day. Ambassador roles never count here (SPEC §7).

use chrono::{Datelike, IsoWeek, NaiveDate};
use rustc_hash::FxHashMap;

use crate::model::{Calendar, Person};

/// Why a person cannot take an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Busy {
    /// One of their `away` ranges holds the day.
    Away,
    /// Their load that week already equals their capacity.
    Full { load: u32, capacity: u32 },
    /// Not a person of the calendar (validation prevents this).
    Unknown,
}

impl std::fmt::Display for Busy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Busy::Away => f.write_str("is away"),
            Busy::Full { load, capacity } => {
                write!(f, "has {load} of {capacity} items that week")
            }
            Busy::Unknown => f.write_str("is not a person of the calendar"),
        }
    }
}

/// Whether `person` is away on `date`.
pub(crate) fn is_away(person: &Person, date: NaiveDate) -> bool {
    person.away.iter().any(|r| r.contains(date))
}

/// The running load of every person while assignment proceeds.
pub(super) struct Load<'a> {
    people: &'a [Person],
    index: FxHashMap<&'a str, usize>,
    week: FxHashMap<(usize, IsoWeek), u32>,
}

impl<'a> Load<'a> {
    /// Nobody owns anything yet.
    pub(super) fn new(cal: &'a Calendar) -> Self {
        Load {
            people: &cal.people,
            index: cal
                .people
                .iter()
                .enumerate()
                .map(|(i, p)| (p.id.as_str(), i))
                .collect(),
            week: FxHashMap::default(),
        }
    }

    /// `person` now owns one more item standing on `date`.
    pub(super) fn add(&mut self, person: &str, date: NaiveDate) {
        if let Some(&i) = self.index.get(person) {
            *self.week.entry((i, date.iso_week())).or_default() += 1;
        }
    }

    /// Items `person` owns in the ISO week of `date`.
    pub(super) fn in_week(&self, person: &str, date: NaiveDate) -> u32 {
        self.index.get(person).map_or(0, |&i| self.week_of(i, date))
    }

    fn week_of(&self, i: usize, date: NaiveDate) -> u32 {
        self.week.get(&(i, date.iso_week())).copied().unwrap_or(0)
    }

    /// Whether `person` can take one more item on `date`: not away, and
    /// below their capacity in that ISO week.
    pub(super) fn check(&self, person: &str, date: NaiveDate) -> Result<(), Busy> {
        let &i = self.index.get(person).ok_or(Busy::Unknown)?;
        let p = &self.people[i];
        if is_away(p, date) {
            return Err(Busy::Away);
        }
        let load = self.week_of(i, date);
        if load >= p.capacity {
            return Err(Busy::Full {
                load,
                capacity: p.capacity,
            });
        }
        Ok(())
    }
}
