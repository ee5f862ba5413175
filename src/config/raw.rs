//! The files as written: serde structs that keep every value's span so that
//! validation can point at `formats/week.toml:12:9`. Unknown fields are
//! denied here, with toml's own span.
//!
//! Formats, campaigns, posts and one-off items share most fields; toml's
//! spans do not survive `#[serde(flatten)]`, so they share one struct,
//! [`RawDef`], and validation says which fields each kind accepts.

use chrono::NaiveDate;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer};
use toml::Spanned;

/// A value with the byte range it was written at.
pub type S<T> = Spanned<T>;

/// A TOML local date (`2026-01-05`), which toml does not hand to chrono itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date(pub NaiveDate);

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let dt = toml::value::Datetime::deserialize(d)?;
        match (dt.date, dt.time, dt.offset) {
            (Some(x), None, None) => {
                NaiveDate::from_ymd_opt(i32::from(x.year), u32::from(x.month), u32::from(x.day))
                    .map(Date)
                    .ok_or_else(|| D::Error::custom(format!("impossible date {dt}")))
            }
            _ => Err(D::Error::custom(format!(
                "expected a date like 2026-01-05, got {dt}"
            ))),
        }
    }
}

/// One id or a list of ids (`backup = "bas"` or `backup = ["bas", "eva"]`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Names(pub Vec<String>);

impl<'de> Deserialize<'de> for Names {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Names;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a person's id or a list of them")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Names, E> {
                Ok(Names(vec![v.to_string()]))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut a: A) -> Result<Names, A::Error> {
                let mut out = Vec::new();
                while let Some(x) = a.next_element::<String>()? {
                    out.push(x);
                }
                Ok(Names(out))
            }
        }
        d.deserialize_any(Visit)
    }
}

/// One definition file.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawFile {
    pub calendar: Option<S<RawCalendar>>,
    pub rules: Option<S<RawRules>>,
    #[serde(default)]
    pub goal: Vec<S<RawGoal>>,
    #[serde(default)]
    pub team: Vec<S<RawTeam>>,
    #[serde(default)]
    pub person: Vec<S<RawPerson>>,
    #[serde(default)]
    pub format: Vec<S<RawDef>>,
    #[serde(default)]
    pub focus: Vec<S<RawFocus>>,
    #[serde(default)]
    pub campaign: Vec<S<RawDef>>,
    #[serde(default)]
    pub item: Vec<S<RawDef>>,
    #[serde(default)]
    pub blackout: Vec<S<RawBlackout>>,
    #[serde(default)]
    pub quiet: Vec<S<RawQuiet>>,
    #[serde(default)]
    pub page: Vec<S<RawPage>>,
    #[serde(default)]
    pub away: Vec<S<RawAway>>,
}

/// `[calendar]`
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCalendar {
    pub id: Option<S<String>>,
    pub name: Option<S<String>>,
    pub start: Option<S<Date>>,
    pub timezone: Option<S<String>>,
    pub working_days: Option<S<Vec<S<String>>>>,
    pub locale: Option<S<String>>,
    pub include: Option<S<Vec<S<String>>>>,
}

/// `[rules]`
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRules {
    pub min_per_week: Option<S<i64>>,
    pub min_per_day: Option<S<i64>>,
    pub max_per_day: Option<S<i64>>,
    pub capacity: Option<S<i64>>,
    pub holidays: Option<S<String>>,
    pub review_effort: Option<S<String>>,
    pub history: Option<S<String>>,
    pub empty_week: Option<S<String>>,
    pub thin_week: Option<S<String>>,
    pub empty_day: Option<S<String>>,
    pub crowded_day: Option<S<String>>,
    pub overload: Option<S<String>>,
    pub away_assigned: Option<S<String>>,
    pub unassigned: Option<S<String>>,
    pub focus_gap: Option<S<String>>,
    pub no_goal: Option<S<String>>,
    pub orphan: Option<S<String>>,
    pub goal_missed: Option<S<String>>,
    pub fading_format: Option<S<String>>,
    pub stale_page: Option<S<String>>,
    pub overdue: Option<S<String>>,
    pub unpublished: Option<S<String>>,
    pub unclaimed_slot: Option<S<String>>,
    pub unfair_pool: Option<S<String>>,
    pub remind: Option<S<String>>,
    pub freeze: Option<S<String>>,
    pub unplanned: Option<S<String>>,
}

/// `[[goal]]`
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGoal {
    pub id: Option<S<String>>,
    pub title: Option<S<String>>,
    pub measure: Option<S<String>>,
    pub metric: Option<S<String>>,
    pub target: Option<S<toml::Value>>,
}

/// `[[team]]`
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTeam {
    pub id: Option<S<String>>,
    pub name: Option<S<String>>,
    #[serde(default)]
    pub ambassadors: Vec<S<String>>,
}

/// An inclusive range `{ from = ..., until = ... }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRange {
    pub from: S<Date>,
    pub until: S<Date>,
}

/// `[[person]]`
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPerson {
    pub id: Option<S<String>>,
    pub name: Option<S<String>>,
    pub email: Option<S<String>>,
    pub team: Option<S<String>>,
    pub capacity: Option<S<i64>>,
    pub backup: Option<S<Names>>,
    #[serde(default)]
    pub away: Vec<S<RawRange>>,
}

/// `[[away]]`: an absence of one person, written outside their `[[person]]`
/// table (so `ritme import ics --as away` never rewrites a person's file).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAway {
    pub person: Option<S<String>>,
    pub date: Option<S<Date>>,
    pub from: Option<S<Date>>,
    pub until: Option<S<Date>>,
    /// For people reading the file (the event's summary on import); ritme
    /// itself only needs the dates.
    #[allow(dead_code)]
    pub reason: Option<S<String>>,
}

/// `[[focus]]`
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFocus {
    pub id: Option<S<String>>,
    pub quarter: Option<S<String>>,
    pub from: Option<S<Date>>,
    pub until: Option<S<Date>>,
    pub theme: Option<S<String>>,
    #[serde(default)]
    pub tags: Vec<S<String>>,
    pub min_per_week: Option<S<i64>>,
    #[serde(default)]
    pub formats: Vec<S<String>>,
}

/// `[[blackout]]`
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBlackout {
    pub id: Option<S<String>>,
    pub name: Option<S<String>>,
    pub date: Option<S<Date>>,
    pub from: Option<S<Date>>,
    pub until: Option<S<Date>>,
    pub rrule: Option<S<String>>,
}

/// `[[quiet]]`
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuiet {
    pub id: Option<S<String>>,
    pub reason: Option<S<String>>,
    pub date: Option<S<Date>>,
    pub from: Option<S<Date>>,
    pub until: Option<S<Date>>,
}

/// `[[page]]`
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPage {
    pub id: Option<S<String>>,
    pub title: Option<S<String>>,
    pub url: Option<S<String>>,
    pub owner: Option<S<String>>,
    pub team: Option<S<String>>,
    pub review: Option<S<String>>,
    pub reviewed: Option<S<Date>>,
}

macro_rules! raw_def {
    ($($field:ident : $ty:ty),* $(,)?) => {
        /// `[[format]]`, `[[campaign]]`, `[[campaign.post]]` or `[[item]]`.
        #[derive(Debug, Deserialize, Default)]
        #[serde(deny_unknown_fields)]
        pub struct RawDef {
            $(pub $field: Option<S<$ty>>,)*
            #[serde(default)]
            pub post: Vec<S<RawDef>>,
        }

        impl RawDef {
            /// The fields that are set, with their spans, in declaration order.
            pub fn present(&self) -> Vec<(&'static str, std::ops::Range<usize>)> {
                let mut v = Vec::new();
                $(if let Some(x) = &self.$field { v.push((stringify!($field), x.span())); })*
                if let Some(p) = self.post.first() { v.push(("post", p.span())); }
                v
            }
        }
    };
}

raw_def! {
    id: String,
    title: String,
    kind: String,
    channel: String,
    description: String,
    every: String,
    interval: i64,
    on: Vec<S<String>>,
    nth: i64,
    day: i64,
    rrule: String,
    date: Date,
    offset: String,
    time: String,
    duration: String,
    prepare: String,
    effort: String,
    owner: String,
    rotation: Vec<S<String>>,
    pool: String,
    backup: Names,
    team: String,
    goal: String,
    tags: Vec<S<String>>,
    from: Date,
    until: Date,
    skip: Vec<S<Date>>,
    holidays: String,
    rotation_counts: String,
    accountable: String,
    consulted: Vec<S<String>>,
    informed: Vec<S<String>>,
    reserve: bool,
}

/// A table with an `id` field.
pub trait HasId {
    /// The id as written, if any.
    fn id(&self) -> Option<&S<String>>;
}

macro_rules! has_id {
    ($($t:ty),*) => {
        $(impl HasId for $t {
            fn id(&self) -> Option<&S<String>> {
                self.id.as_ref()
            }
        })*
    };
}

has_id!(
    RawGoal,
    RawTeam,
    RawPerson,
    RawDef,
    RawFocus,
    RawBlackout,
    RawQuiet,
    RawPage
);
