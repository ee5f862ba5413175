//! The validated calendar: what the TOML files mean once every id resolved,
//! every date parsed and every rule checked. Later stages trust these types
//! and never re-check; nothing here reads files or the clock.

mod code;
mod values;

use chrono::{NaiveDate, NaiveTime};

use crate::dates::{DateRange, Weekdays};
use crate::recur::{DaySet, HolidayPolicy, Recurrence};
pub(crate) use code::finding_kinds;
pub(crate) use code::{Code, Severities};
pub(crate) use values::{is_slug, parse_time, Minutes};

/// Where a definition was written: for `show`, `check` annotations and errors.
#[derive(Debug, Hash, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Origin {
    /// File relative to the calendar directory.
    pub file: String,
    /// 1-based line of the definition's table header.
    pub line: usize,
}

/// A whole calendar.
#[derive(Debug, Hash, Clone)]
pub struct Calendar {
    /// Slug used in iCal UIDs and feed file names.
    pub id: String,
    /// Display name.
    pub name: String,
    /// The epoch: recurrences without `from` are anchored here.
    pub start: NaiveDate,
    /// IANA timezone of every wall-clock time.
    pub timezone: chrono_tz::Tz,
    /// Days that count as working days.
    pub working_days: Weekdays,
    /// Language of day and month names in tables.
    pub locale: Locale,
    /// What `check` and the reports flag.
    pub rules: Rules,
    pub goals: Vec<Goal>,
    pub teams: Vec<Team>,
    pub people: Vec<Person>,
    pub formats: Vec<Format>,
    pub focus: Vec<Focus>,
    pub campaigns: Vec<Campaign>,
    pub items: Vec<OneOff>,
    pub blackouts: Vec<Blackout>,
    pub quiet: Vec<Quiet>,
    pub pages: Vec<Page>,
    /// Files of `ritme import ics` whose recurring events were written as
    /// dates up to a last day, and go on after it.
    pub imported: Vec<ImportEnd>,
}

/// The last day an imported file holds of recurring events that go on.
#[derive(Debug, Hash, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ImportEnd {
    pub until: NaiveDate,
    pub origin: Origin,
}

/// Language of names in tables.
#[derive(Debug, Hash, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locale {
    #[default]
    En,
    Nl,
}

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Off,
    Warning,
    Error,
}

impl Severity {
    /// Every severity, in the order error messages list them.
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Off];

    /// The word in `[rules]`, JSON and tables.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Off => "off",
        }
    }
}

/// The `[rules]` table.
#[derive(Debug, Hash, Clone, PartialEq)]
pub struct Rules {
    pub min_per_week: u32,
    pub min_per_day: u32,
    pub max_per_day: u32,
    pub capacity: u32,
    pub holidays: HolidayPolicy,
    pub review_effort: Minutes,
    /// How long items stay after they ended (`[rules] history`); `None`:
    /// for ever.
    pub history: Option<ReviewInterval>,
    /// The severity of each finding code.
    pub severities: Severities,
    /// How many days before a draft deadline its alarm rings (at 09:00
    /// local); `None` (`remind = "off"`): no alarm.
    pub remind: Option<u32>,
    /// Days from today in which a changed owner rule leaves stored items
    /// with their owners, ambassadors and turns (SPEC section 10).
    pub freeze: u32,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            min_per_week: 1,
            min_per_day: 0,
            max_per_day: 3,
            capacity: 2,
            holidays: HolidayPolicy::Skip,
            review_effort: Minutes(30),
            history: None,
            severities: Severities::default(),
            remind: Some(1),
            freeze: 14,
        }
    }
}

/// Why the intranet exists.
#[derive(Debug, Clone)]
pub struct Goal {
    pub id: String,
    pub title: String,
    pub measure: Option<String>,
    pub metric: Option<String>,
    pub target: Option<f64>,
    pub origin: Origin,
}

/// Through its `Debug` text, as `f64` has no `Hash`: every field still
/// counts ([`crate::plan::shape`]).
impl std::hash::Hash for Goal {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        format!("{self:?}").hash(state);
    }
}

/// A team and its ambassadors.
#[derive(Debug, Hash, Clone)]
pub struct Team {
    pub id: String,
    pub name: String,
    pub ambassadors: Vec<String>,
    pub origin: Origin,
}

/// A person who can own items.
#[derive(Debug, Hash, Clone)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub email: Option<String>,
    pub team: Option<String>,
    /// Items per ISO week; `rules.capacity` when not set.
    pub capacity: u32,
    pub away: Vec<DateRange>,
    /// Who takes this person's fixed items when they are away or full, in
    /// order (SPEC section 11).
    pub backup: Vec<String>,
    pub origin: Origin,
}

/// Who owns the items of a definition.
#[derive(Debug, Hash, Clone, PartialEq, Eq, Default)]
pub enum OwnerRule {
    /// Nobody is named: the item stays unassigned (or is a reserve slot).
    #[default]
    Nobody,
    /// Always this person.
    Fixed(String),
    /// Round-robin by turn over people and teams (SPEC section 11).
    Rotation(Vec<Member>),
    /// The least-loaded available person of a pool.
    Pool(Pool),
}

/// One place in a rotation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Member {
    /// A person takes the turn.
    Person(String),
    /// A team takes the turn: the item gets the team, and one of its
    /// ambassadors (in turn over the team's turns) as owner and ambassador.
    Team(String),
}

impl Member {
    /// As written in `rotation`: the id, or `team:<id>`.
    pub fn name(&self) -> String {
        match self {
            Member::Person(p) => p.clone(),
            Member::Team(t) => format!("team:{t}"),
        }
    }

    /// The person, when the member is one.
    pub fn person(&self) -> Option<&str> {
        match self {
            Member::Person(p) => Some(p),
            Member::Team(_) => None,
        }
    }
}

impl From<&str> for Member {
    /// As written in `rotation`: `team:<id>` is a team, anything else a person.
    fn from(text: &str) -> Self {
        match text.strip_prefix("team:") {
            Some(team) => Member::Team(team.to_string()),
            None => Member::Person(text.to_string()),
        }
    }
}

/// The people a pool draws from.
#[derive(Debug, Hash, Clone, PartialEq, Eq)]
pub enum Pool {
    Ambassadors,
    All,
    Team(String),
}

impl Pool {
    /// How users write it: `all`, `ambassadors`, `team:<id>`.
    pub fn name(&self) -> String {
        match self {
            Pool::All => "all".into(),
            Pool::Ambassadors => "ambassadors".into(),
            Pool::Team(t) => format!("team:{t}"),
        }
    }

    /// The people it draws from, sorted and each once.
    pub fn members<'c>(&self, cal: &'c Calendar) -> Vec<&'c str> {
        let mut out: Vec<&str> = match self {
            Pool::All => cal.people.iter().map(|p| p.id.as_str()).collect(),
            Pool::Ambassadors => cal
                .teams
                .iter()
                .flat_map(|t| t.ambassadors.iter().map(String::as_str))
                .collect(),
            Pool::Team(team) => cal
                .people
                .iter()
                .filter(|p| p.team.as_deref() == Some(team.as_str()))
                .map(|p| p.id.as_str())
                .collect(),
        };
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Whether a rotation counts every generated occurrence or only the held ones.
#[derive(Debug, Hash, Clone, Copy, PartialEq, Eq, Default)]
pub enum RotationCounts {
    #[default]
    Held,
    All,
}

/// RACI around a definition; the owner is Responsible.
#[derive(Debug, Hash, Clone, Default, PartialEq, Eq)]
pub struct Raci {
    pub accountable: Option<String>,
    pub consulted: Vec<String>,
    pub informed: Vec<String>,
}

/// What every item made from a definition carries: the fields formats,
/// campaigns, posts and one-off items share.
#[derive(Debug, Hash, Clone, Default, PartialEq)]
pub struct Template {
    pub title: String,
    pub kind: Option<String>,
    pub channel: Option<String>,
    pub description: Option<String>,
    /// Local time; `None` is an all-day item.
    pub time: Option<NaiveTime>,
    pub duration: Option<Minutes>,
    pub prepare: Option<Minutes>,
    pub effort: Option<Minutes>,
    pub owner: OwnerRule,
    /// Who takes an item of a fixed owner who is away or full, in order,
    /// before the owner's own backups.
    pub backup: Vec<String>,
    pub team: Option<String>,
    pub goal: Option<String>,
    pub tags: Vec<String>,
    pub raci: Raci,
}

/// A recurring rubric.
#[derive(Debug, Hash, Clone)]
pub struct Format {
    pub id: String,
    pub template: Template,
    pub recurrence: Recurrence,
    pub rotation_counts: RotationCounts,
    /// An open slot for spontaneous posts; needs no owner.
    pub reserve: bool,
    pub origin: Origin,
}

/// A quarterly (or any) focus block.
#[derive(Debug, Hash, Clone)]
pub struct Focus {
    pub id: String,
    pub range: DateRange,
    pub theme: String,
    pub tags: Vec<String>,
    pub min_per_week: u32,
    /// Formats that run only inside this block.
    pub formats: Vec<String>,
    pub origin: Origin,
}

/// A campaign and its posts.
#[derive(Debug, Hash, Clone)]
pub struct Campaign {
    pub id: String,
    pub range: DateRange,
    /// Defaults its posts inherit.
    pub template: Template,
    pub posts: Vec<Post>,
    pub origin: Origin,
}

/// When a campaign post happens.
#[derive(Debug, Hash, Clone)]
pub enum PostWhen {
    /// One date, inside the campaign window.
    Date(NaiveDate),
    /// Recurring inside the campaign window.
    Recurring(Recurrence),
}

/// One post of a campaign, its fields merged over the campaign's.
#[derive(Debug, Hash, Clone)]
pub struct Post {
    pub id: String,
    pub template: Template,
    pub when: PostWhen,
    pub origin: Origin,
}

/// A one-off item.
#[derive(Debug, Hash, Clone)]
pub struct OneOff {
    pub id: String,
    pub template: Template,
    pub date: NaiveDate,
    pub origin: Origin,
}

/// A holiday or closure.
#[derive(Debug, Hash, Clone)]
pub struct Blackout {
    pub id: String,
    pub name: String,
    pub days: DaySet,
    pub origin: Origin,
}

/// An intentionally quiet period.
#[derive(Debug, Hash, Clone)]
pub struct Quiet {
    pub id: String,
    pub reason: String,
    pub range: DateRange,
    pub origin: Origin,
}

/// A review interval of a page.
#[derive(Debug, Hash, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ReviewInterval {
    Days(u32),
    Months(u32),
}

impl ReviewInterval {
    /// `30d`, `6w`, `6m` (months), `1y`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let unit = text.chars().last()?;
        let n: u32 = text[..text.len() - unit.len_utf8()]
            .parse()
            .ok()
            .filter(|n| *n > 0)?;
        match unit {
            'd' => Some(ReviewInterval::Days(n)),
            'w' => n.checked_mul(7).map(ReviewInterval::Days),
            'm' => Some(ReviewInterval::Months(n)),
            'y' => n.checked_mul(12).map(ReviewInterval::Months),
            _ => None,
        }
    }

    /// The day this interval before `day`; `None` before the calendar's
    /// first representable day.
    pub fn before(self, day: chrono::NaiveDate) -> Option<chrono::NaiveDate> {
        match self {
            ReviewInterval::Days(d) => day.checked_sub_days(chrono::Days::new(u64::from(d))),
            ReviewInterval::Months(m) => day.checked_sub_months(chrono::Months::new(m)),
        }
    }
}

/// A page of the intranet whose review is planned.
#[derive(Debug, Hash, Clone)]
pub struct Page {
    pub id: String,
    pub title: String,
    pub url: Option<String>,
    pub owner: Option<String>,
    pub team: Option<String>,
    pub review: ReviewInterval,
    pub reviewed: Option<NaiveDate>,
    /// Set from the review log (`ritme reviewed --archive`): no more reviews.
    pub archived: Option<NaiveDate>,
    pub origin: Origin,
}

impl Calendar {
    /// A calendar with its settings and no definitions yet.
    pub fn new(
        id: String,
        name: String,
        start: NaiveDate,
        timezone: chrono_tz::Tz,
        working_days: Weekdays,
        locale: Locale,
        rules: Rules,
    ) -> Self {
        Calendar {
            id,
            name,
            start,
            timezone,
            working_days,
            locale,
            rules,
            goals: vec![],
            teams: vec![],
            people: vec![],
            formats: vec![],
            focus: vec![],
            campaigns: vec![],
            items: vec![],
            blackouts: vec![],
            quiet: vec![],
            pages: vec![],
            imported: vec![],
        }
    }

    /// A person by id.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// A team by id.
    pub fn team(&self, id: &str) -> Option<&Team> {
        self.teams.iter().find(|t| t.id == id)
    }
}
