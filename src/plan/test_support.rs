//! What unit tests across the crate build their cases from: dates, a bare
//! calendar and a bare item. Test-only.

use std::sync::Arc;

use chrono::NaiveDate;

use crate::dates::*;
use crate::model::*;
use crate::plan::item::{Details, Item, Source, Status};
use crate::plan::text::Texts;

pub(crate) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A bare calendar for unit tests: Monday to Friday, default rules.
pub(crate) fn calendar() -> Calendar {
    Calendar::new(
        "t".into(),
        "T".into(),
        d(2026, 1, 1),
        chrono_tz::Europe::Amsterdam,
        Weekdays::WORKWEEK,
        Locale::En,
        Rules::default(),
    )
}

/// A planned one-off item on `date`.
pub(crate) fn item(key: &str, date: NaiveDate, owner: Option<&str>) -> Item {
    Item {
        key: key.into(),
        title: key.into(),
        source: Source::Item,
        generated: date,
        date,
        time: None,
        duration_minutes: None,
        due: None,
        owner: owner.map(Into::into),
        ambassador: None,
        team: None,
        focus: Texts::default(),
        status: Status::Planned,
        edited: false,
        details: Arc::new(Details::of(key.into())),
    }
}

pub(crate) fn range(from: NaiveDate, until: NaiveDate) -> DateRange {
    DateRange { from, until }
}

/// A person with capacity 2, no team, never away.
pub(crate) fn person(id: &str) -> Person {
    Person {
        id: id.into(),
        name: id.into(),
        email: None,
        team: None,
        capacity: 2,
        away: vec![],
        backup: vec![],
        origin: Origin::default(),
    }
}

/// A format `id` made of `template`, by `rrule` from `start`.
pub(crate) fn format(id: &str, rrule: &str, start: NaiveDate, template: Template) -> Format {
    Format {
        id: id.into(),
        template,
        recurrence: crate::recur::Recurrence {
            rule: crate::recur::Rule::from_rrule(rrule, start).unwrap(),
            anchor: start,
            until: None,
            skip: Default::default(),
            holidays: Default::default(),
        },
        rotation_counts: Default::default(),
        reserve: false,
        origin: Origin::default(),
    }
}
