//! From the files as written to the [`Calendar`]: every id resolved, every
//! value parsed, every rule checked. Collects all problems, each with its
//! file, line, column, offending value and near miss.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

use chrono::{Days, NaiveDate, Weekday};

use super::raw::{self, RawDef, S};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::error::{Error, Result};
use crate::model::*;
use crate::recur::{Every, Rule, Shorthand};
use crate::suggest;

/// How far ahead a rule is probed for a first occurrence before it is
/// declared one that never produces any.
const PROBE_YEARS: u64 = 12;

/// Validates the parsed files; the first is `ritme.toml`.
pub fn calendar(files: &[(SourceFile, raw::RawFile)]) -> Result<Calendar> {
    let mut v = Validator {
        files,
        diagnostics: Vec::new(),
        ids: HashMap::new(),
    };
    let calendar = v.calendar();
    if v.diagnostics.is_empty() {
        Ok(calendar.expect("a calendar without diagnostics"))
    } else {
        Err(Error::Definitions(v.diagnostics))
    }
}

/// The sections whose ids must be unique.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Section {
    Goal,
    Team,
    Person,
    Format,
    Focus,
    Campaign,
    Item,
    Blackout,
    Quiet,
    Page,
}

impl Section {
    fn noun(self) -> &'static str {
        match self {
            Section::Goal => "goal",
            Section::Team => "team",
            Section::Person => "person",
            Section::Format => "format",
            Section::Focus => "focus block",
            Section::Campaign => "campaign",
            Section::Item => "item",
            Section::Blackout => "blackout",
            Section::Quiet => "quiet period",
            Section::Page => "page",
        }
    }
}

/// What anchors a recurrence: its first day, last day, holiday policy and
/// the calendar's working days.
struct Anchoring {
    anchor: NaiveDate,
    until: Option<NaiveDate>,
    holidays: HolidayPolicy,
    working_days: Weekdays,
}

struct Validator<'a> {
    files: &'a [(SourceFile, raw::RawFile)],
    diagnostics: Vec<Diagnostic>,
    /// Every registered id per section, with where it was defined.
    ids: HashMap<Section, HashMap<String, (F, Range<usize>)>>,
}

/// The file a value was read from, for errors.
type F = usize;

impl<'a> Validator<'a> {
    fn error(&mut self, f: F, span: Range<usize>, message: impl Into<String>) {
        let d = self.files[f].0.diagnostic(span, message);
        self.diagnostics.push(d);
    }

    fn error_hint(
        &mut self,
        f: F,
        span: Range<usize>,
        message: impl Into<String>,
        hint: Option<String>,
    ) {
        let d = self.files[f].0.diagnostic(span, message).with_hint(hint);
        self.diagnostics.push(d);
    }

    fn origin(&self, f: F, span: &Range<usize>) -> Origin {
        let file = &self.files[f].0;
        Origin {
            file: file.name.clone(),
            line: header_line(file, span.start),
        }
    }

    fn calendar(&mut self) -> Option<Calendar> {
        let files = self.files;
        let root = &files[0].1;
        for (f, (_, raw)) in files.iter().enumerate().skip(1) {
            if let Some(c) = &raw.calendar {
                self.error(
                    f,
                    c.span(),
                    "the [calendar] table belongs in ritme.toml, not in an included file",
                );
            }
        }
        let Some(cal) = &root.calendar else {
            self.diagnostics.push(
                files[0]
                    .0
                    .diagnostic(0..0, "ritme.toml has no [calendar] table")
                    .with_hint(Some(
                        "start with [calendar] id = \"...\" start = 2026-01-01".into(),
                    )),
            );
            return None;
        };
        let c = cal.get_ref();
        let id = match &c.id {
            Some(id) => {
                self.slug(0, id);
                id.get_ref().clone()
            }
            None => {
                self.error(
                    0,
                    cal.span(),
                    "[calendar] needs an id, like id = \"intranet\"",
                );
                String::new()
            }
        };
        let start = match &c.start {
            Some(s) => s.get_ref().0,
            None => {
                self.error(
                    0,
                    cal.span(),
                    "[calendar] needs a start date, like start = 2026-01-01",
                );
                NaiveDate::MIN
            }
        };
        let timezone = c
            .timezone
            .as_ref()
            .map(|tz| self.timezone(tz))
            .unwrap_or(chrono_tz::Europe::Amsterdam);
        let working_days = match &c.working_days {
            Some(days) => {
                let list = self.weekdays(0, days.get_ref());
                if list.is_empty() {
                    self.error(
                        0,
                        days.span(),
                        "working_days is empty: name at least one day",
                    );
                }
                Weekdays::of(&list)
            }
            None => Weekdays::WORKWEEK,
        };
        let locale = match c.locale.as_ref().map(|l| (l.get_ref().as_str(), l.span())) {
            None | Some(("en", _)) => Locale::En,
            Some(("nl", _)) => Locale::Nl,
            Some((other, span)) => {
                self.error_hint(
                    0,
                    span,
                    format!("unknown locale \"{other}\""),
                    Some("use \"en\" or \"nl\"".into()),
                );
                Locale::En
            }
        };

        let mut rules_seen: Option<F> = None;
        let mut rules = Rules::default();
        for (f, (_, raw)) in files.iter().enumerate() {
            if let Some(r) = &raw.rules {
                if let Some(first) = rules_seen {
                    let first = files[first].0.name.clone();
                    self.error(
                        f,
                        r.span(),
                        format!("a second [rules] table (the first is in {first})"),
                    );
                } else {
                    rules_seen = Some(f);
                    rules = self.rules(f, r.get_ref());
                }
            }
        }

        self.register_all();

        let name = c
            .name
            .as_ref()
            .map(|n| n.get_ref().clone())
            .unwrap_or_default();
        let mut calendar = Calendar::new(id, name, start, timezone, working_days, locale, rules);
        if calendar.name.is_empty() {
            calendar.name = calendar.id.clone();
        }
        for (f, (_, raw)) in files.iter().enumerate() {
            for g in &raw.goal {
                if let Some(goal) = self.goal(f, g) {
                    calendar.goals.push(goal);
                }
            }
            for t in &raw.team {
                if let Some(team) = self.team(f, t) {
                    calendar.teams.push(team);
                }
            }
            for p in &raw.person {
                if let Some(person) = self.person(f, p, calendar.rules.capacity) {
                    calendar.people.push(person);
                }
            }
            for b in &raw.blackout {
                if let Some(blackout) = self.blackout(f, b, start) {
                    calendar.blackouts.push(blackout);
                }
            }
            for q in &raw.quiet {
                if let Some(quiet) = self.quiet(f, q) {
                    calendar.quiet.push(quiet);
                }
            }
            for x in &raw.focus {
                if let Some(focus) = self.focus(f, x) {
                    calendar.focus.push(focus);
                }
            }
            for p in &raw.page {
                if let Some(page) = self.page(f, p) {
                    calendar.pages.push(page);
                }
            }
        }
        for (f, (_, raw)) in files.iter().enumerate() {
            for d in &raw.format {
                if let Some(format) = self.format(f, d, &calendar) {
                    calendar.formats.push(format);
                }
            }
            for d in &raw.campaign {
                if let Some(campaign) = self.campaign(f, d, &calendar) {
                    calendar.campaigns.push(campaign);
                }
            }
            for d in &raw.item {
                if let Some(item) = self.one_off(f, d) {
                    calendar.items.push(item);
                }
            }
            for a in &raw.away {
                self.away(f, a, &mut calendar.people);
            }
        }
        Some(calendar)
    }

    // ----- ids ---------------------------------------------------------------

    fn register_all(&mut self) {
        let files = self.files;
        for (f, (_, raw)) in files.iter().enumerate() {
            let ids = [
                (Section::Goal, ids(&raw.goal)),
                (Section::Team, ids(&raw.team)),
                (Section::Person, ids(&raw.person)),
                (Section::Format, ids(&raw.format)),
                (Section::Focus, ids(&raw.focus)),
                (Section::Campaign, ids(&raw.campaign)),
                (Section::Item, ids(&raw.item)),
                (Section::Blackout, ids(&raw.blackout)),
                (Section::Quiet, ids(&raw.quiet)),
                (Section::Page, ids(&raw.page)),
            ];
            for (section, list) in ids {
                for id in list {
                    self.register(section, f, id);
                }
            }
        }
    }

    fn register(&mut self, section: Section, f: F, id: &S<String>) {
        if !self.slug(f, id) {
            return;
        }
        let known = self.ids.entry(section).or_default();
        if let Some((first_f, first_span)) = known.get(id.get_ref()) {
            let (ff, fs) = (*first_f, first_span.clone());
            let first = &self.files[ff].0;
            let (line, col) = first.line_col(fs.start);
            let message = format!(
                "duplicate {} id \"{}\" (first defined in {}:{line}:{col})",
                section.noun(),
                id.get_ref(),
                first.name
            );
            self.error(f, id.span(), message);
            return;
        }
        known.insert(id.get_ref().clone(), (f, id.span()));
    }

    fn slug(&mut self, f: F, id: &S<String>) -> bool {
        if is_slug(id.get_ref()) {
            return true;
        }
        self.error(
            f,
            id.span(),
            format!(
                "invalid id \"{}\": ids are lowercase letters, digits, - and _ (they end up in keys and file names)",
                id.get_ref()
            ),
        );
        false
    }

    /// A tag, refused when empty or holding `;`: the database and CSV keep
    /// an item's tags as one `;`-separated text, which must read back as
    /// the same tags.
    fn tag(&mut self, f: F, tag: &S<String>) -> Option<String> {
        let text = tag.get_ref();
        if !text.is_empty() && !text.contains(';') {
            return Some(text.clone());
        }
        self.error(
            f,
            tag.span(),
            format!("invalid tag \"{text}\": a tag is not empty and holds no `;`"),
        );
        None
    }

    fn is_known(&self, section: Section, id: &str) -> bool {
        self.ids.get(&section).is_some_and(|m| m.contains_key(id))
    }

    /// The ids of a section, sorted: candidates for a near miss.
    fn known(&self, section: Section) -> Vec<&str> {
        let mut ids: Vec<&str> = self
            .ids
            .get(&section)
            .map(|m| m.keys().map(String::as_str).collect())
            .unwrap_or_default();
        ids.sort_unstable();
        ids
    }

    /// Checks that `id` names a defined `section` entry; returns the id.
    fn reference(&mut self, section: Section, f: F, id: &S<String>) -> Option<String> {
        if self.is_known(section, id.get_ref()) {
            return Some(id.get_ref().clone());
        }
        let known = self.known(section);
        let hint = suggest::hint(id.get_ref(), known);
        self.error_hint(
            f,
            id.span(),
            format!("unknown {} \"{}\"", section.noun(), id.get_ref()),
            hint,
        );
        None
    }

    /// A person or team id (RACI), or "all".
    fn party(&mut self, f: F, id: &S<String>) -> Option<String> {
        let name = id.get_ref().as_str();
        if name == "all"
            || self.is_known(Section::Person, name)
            || self.is_known(Section::Team, name)
        {
            return Some(name.to_string());
        }
        let people = self.known(Section::Person);
        let teams = self.known(Section::Team);
        let hint = suggest::hint(name, people.into_iter().chain(teams).chain(["all"]));
        self.error_hint(
            f,
            id.span(),
            format!("unknown person or team \"{name}\""),
            hint,
        );
        None
    }

    fn required<'v>(
        &mut self,
        f: F,
        value: &'v Option<S<String>>,
        table: &S<impl Sized>,
        what: &str,
        field: &str,
    ) -> Option<&'v S<String>> {
        if value.is_none() {
            self.error(f, table.span(), format!("[[{what}]] needs `{field}`"));
        }
        value.as_ref()
    }

    // ----- values --------------------------------------------------------------

    fn timezone(&mut self, tz: &S<String>) -> chrono_tz::Tz {
        match tz.get_ref().parse::<chrono_tz::Tz>() {
            Ok(t) => t,
            Err(_) => {
                let hint = suggest::hint(
                    tz.get_ref(),
                    chrono_tz::TZ_VARIANTS.iter().map(|t| t.name()),
                );
                self.error_hint(
                    0,
                    tz.span(),
                    format!("unknown time zone \"{}\"", tz.get_ref()),
                    hint,
                );
                chrono_tz::Europe::Amsterdam
            }
        }
    }

    fn weekdays(&mut self, f: F, names: &[S<String>]) -> Vec<Weekday> {
        let mut days = Vec::new();
        for n in names {
            match parse_weekday(n.get_ref()) {
                Some(d) if !days.contains(&d) => days.push(d),
                Some(_) => {}
                None => {
                    let hint = suggest::hint(n.get_ref(), WEEKDAY_NAMES);
                    self.error_hint(
                        f,
                        n.span(),
                        format!("unknown weekday \"{}\"", n.get_ref()),
                        hint,
                    );
                }
            }
        }
        days
    }

    fn count(&mut self, f: F, n: &S<i64>, what: &str) -> u32 {
        match u32::try_from(*n.get_ref()) {
            Ok(x) => x,
            Err(_) => {
                self.error(
                    f,
                    n.span(),
                    format!("{what} = {} must be 0 or more", n.get_ref()),
                );
                0
            }
        }
    }

    fn minutes(&mut self, f: F, s: &S<String>) -> Option<Minutes> {
        match Minutes::parse(s.get_ref()) {
            Ok(m) => Some(m),
            Err(e) => {
                self.error(f, s.span(), e);
                None
            }
        }
    }

    fn time(&mut self, f: F, s: &S<String>) -> Option<chrono::NaiveTime> {
        match parse_time(s.get_ref()) {
            Ok(t) => Some(t),
            Err(e) => {
                self.error(f, s.span(), e);
                None
            }
        }
    }

    fn severity(&mut self, f: F, s: &Option<S<String>>, default: Severity) -> Severity {
        let Some(s) = s else { return default };
        match s.get_ref().as_str() {
            "error" => Severity::Error,
            "warning" => Severity::Warning,
            "off" => Severity::Off,
            other => {
                let hint = suggest::hint(other, ["error", "warning", "off"])
                    .or(Some("use error, warning or off".into()));
                self.error_hint(f, s.span(), format!("unknown severity \"{other}\""), hint);
                default
            }
        }
    }

    fn policy(&mut self, f: F, s: &S<String>) -> HolidayPolicy {
        match s.get_ref().as_str() {
            "skip" => HolidayPolicy::Skip,
            "shift" => HolidayPolicy::Shift,
            "keep" => HolidayPolicy::Keep,
            other => {
                let hint = suggest::hint(other, ["skip", "shift", "keep"])
                    .or(Some("use skip, shift or keep".into()));
                self.error_hint(
                    f,
                    s.span(),
                    format!("unknown holiday policy \"{other}\""),
                    hint,
                );
                HolidayPolicy::Skip
            }
        }
    }

    fn range(&mut self, f: F, from: &S<raw::Date>, until: &S<raw::Date>) -> DateRange {
        let (a, b) = (from.get_ref().0, until.get_ref().0);
        if b < a {
            self.error(f, until.span(), format!("until {b} is before from {a}"));
        }
        DateRange { from: a, until: b }
    }

    /// `date`, or `from` + `until`: exactly one form.
    fn days_range(
        &mut self,
        f: F,
        table: Range<usize>,
        what: &str,
        date: &Option<S<raw::Date>>,
        from: &Option<S<raw::Date>>,
        until: &Option<S<raw::Date>>,
    ) -> Option<DateRange> {
        match (date, from, until) {
            (Some(d), None, None) => Some(DateRange {
                from: d.get_ref().0,
                until: d.get_ref().0,
            }),
            (None, Some(a), Some(b)) => Some(self.range(f, a, b)),
            (Some(d), _, _) => {
                self.error(
                    f,
                    d.span(),
                    format!("[[{what}]] takes either `date` or `from` and `until`, not both"),
                );
                None
            }
            _ => {
                self.error(
                    f,
                    table,
                    format!("[[{what}]] needs `date`, or `from` and `until`"),
                );
                None
            }
        }
    }

    // ----- sections --------------------------------------------------------------

    fn rules(&mut self, f: F, r: &raw::RawRules) -> Rules {
        let d = Rules::default();
        let n = |v: &Option<S<i64>>, what: &str, default: u32, this: &mut Self| {
            v.as_ref().map_or(default, |x| this.count(f, x, what))
        };
        Rules {
            min_per_week: n(&r.min_per_week, "min_per_week", d.min_per_week, self),
            min_per_day: n(&r.min_per_day, "min_per_day", d.min_per_day, self),
            max_per_day: n(&r.max_per_day, "max_per_day", d.max_per_day, self),
            capacity: n(&r.capacity, "capacity", d.capacity, self),
            holidays: r
                .holidays
                .as_ref()
                .map_or(d.holidays, |h| self.policy(f, h)),
            review_effort: r
                .review_effort
                .as_ref()
                .and_then(|x| self.minutes(f, x))
                .unwrap_or(d.review_effort),
            empty_week: self.severity(f, &r.empty_week, d.empty_week),
            thin_week: self.severity(f, &r.thin_week, d.thin_week),
            empty_day: self.severity(f, &r.empty_day, d.empty_day),
            crowded_day: self.severity(f, &r.crowded_day, d.crowded_day),
            overload: self.severity(f, &r.overload, d.overload),
            away_assigned: self.severity(f, &r.away_assigned, d.away_assigned),
            unassigned: self.severity(f, &r.unassigned, d.unassigned),
            focus_gap: self.severity(f, &r.focus_gap, d.focus_gap),
            no_goal: self.severity(f, &r.no_goal, d.no_goal),
            orphan: self.severity(f, &r.orphan, d.orphan),
            goal_missed: self.severity(f, &r.goal_missed, d.goal_missed),
            fading_format: self.severity(f, &r.fading_format, d.fading_format),
            stale_page: self.severity(f, &r.stale_page, d.stale_page),
        }
    }

    fn goal(&mut self, f: F, g: &S<raw::RawGoal>) -> Option<Goal> {
        let r = g.get_ref();
        let id = self.required(f, &r.id, g, "goal", "id")?.get_ref().clone();
        let title = self
            .required(f, &r.title, g, "goal", "title")?
            .get_ref()
            .clone();
        let metrics = [
            "views",
            "readers",
            "reactions",
            "comments",
            "read_seconds",
            "clicks",
            "interaction_rate",
        ];
        let metric = r.metric.as_ref().and_then(|m| {
            if metrics.contains(&m.get_ref().as_str()) {
                Some(m.get_ref().clone())
            } else {
                let hint = suggest::hint(m.get_ref(), metrics);
                self.error_hint(
                    f,
                    m.span(),
                    format!("unknown metric \"{}\"", m.get_ref()),
                    hint,
                );
                None
            }
        });
        let target = r.target.as_ref().and_then(|t| match t.get_ref() {
            toml::Value::Integer(i) => Some(*i as f64),
            toml::Value::Float(x) => Some(*x),
            other => {
                self.error(f, t.span(), format!("target {other} is not a number"));
                None
            }
        });
        Some(Goal {
            id,
            title,
            measure: r.measure.as_ref().map(|m| m.get_ref().clone()),
            metric,
            target,
            origin: self.origin(f, &g.span()),
        })
    }

    fn team(&mut self, f: F, t: &S<raw::RawTeam>) -> Option<Team> {
        let r = t.get_ref();
        let id = self.required(f, &r.id, t, "team", "id")?.get_ref().clone();
        let ambassadors = r
            .ambassadors
            .iter()
            .filter_map(|a| self.reference(Section::Person, f, a))
            .collect();
        Some(Team {
            name: r
                .name
                .as_ref()
                .map_or_else(|| id.clone(), |n| n.get_ref().clone()),
            id,
            ambassadors,
            origin: self.origin(f, &t.span()),
        })
    }

    fn person(&mut self, f: F, p: &S<raw::RawPerson>, default_capacity: u32) -> Option<Person> {
        let r = p.get_ref();
        let id = self
            .required(f, &r.id, p, "person", "id")?
            .get_ref()
            .clone();
        let team = r
            .team
            .as_ref()
            .and_then(|t| self.reference(Section::Team, f, t));
        let capacity = r
            .capacity
            .as_ref()
            .map_or(default_capacity, |c| self.count(f, c, "capacity"));
        let away = r
            .away
            .iter()
            .map(|a| self.range(f, &a.get_ref().from, &a.get_ref().until))
            .collect();
        Some(Person {
            name: r
                .name
                .as_ref()
                .map_or_else(|| id.clone(), |n| n.get_ref().clone()),
            id,
            email: r.email.as_ref().map(|e| e.get_ref().clone()),
            team,
            capacity,
            away,
            origin: self.origin(f, &p.span()),
        })
    }

    /// An `[[away]]` entry: one more absence of a defined person.
    fn away(&mut self, f: F, a: &S<raw::RawAway>, people: &mut [Person]) {
        let r = a.get_ref();
        let Some(id) = self.required(f, &r.person, a, "away", "person") else {
            return;
        };
        let Some(id) = self.reference(Section::Person, f, id) else {
            return;
        };
        let Some(range) = self.days_range(f, a.span(), "away", &r.date, &r.from, &r.until) else {
            return;
        };
        if let Some(p) = people.iter_mut().find(|p| p.id == id) {
            p.away.push(range);
        }
    }

    fn blackout(&mut self, f: F, b: &S<raw::RawBlackout>, start: NaiveDate) -> Option<Blackout> {
        let r = b.get_ref();
        let id = self
            .required(f, &r.id, b, "blackout", "id")?
            .get_ref()
            .clone();
        let days = if let Some(rrule) = &r.rrule {
            if r.date.is_some() || r.from.is_some() {
                self.error(
                    f,
                    rrule.span(),
                    "[[blackout]] takes `rrule`, or `date`, or `from` and `until`: one of them",
                );
                return None;
            }
            let anchor = r.from.as_ref().map_or(start, |d| d.get_ref().0);
            DaySet::Rule(self.rule_from_text(f, rrule, anchor, None)?)
        } else {
            DaySet::Range(self.days_range(f, b.span(), "blackout", &r.date, &r.from, &r.until)?)
        };
        Some(Blackout {
            name: r
                .name
                .as_ref()
                .map_or_else(|| id.clone(), |n| n.get_ref().clone()),
            id,
            days,
            origin: self.origin(f, &b.span()),
        })
    }

    fn quiet(&mut self, f: F, q: &S<raw::RawQuiet>) -> Option<Quiet> {
        let r = q.get_ref();
        let id = self.required(f, &r.id, q, "quiet", "id")?.get_ref().clone();
        let range = self.days_range(f, q.span(), "quiet", &r.date, &r.from, &r.until)?;
        Some(Quiet {
            reason: r
                .reason
                .as_ref()
                .map_or_else(|| id.clone(), |n| n.get_ref().clone()),
            id,
            range,
            origin: self.origin(f, &q.span()),
        })
    }

    fn focus(&mut self, f: F, x: &S<raw::RawFocus>) -> Option<Focus> {
        let r = x.get_ref();
        let id = self.required(f, &r.id, x, "focus", "id")?.get_ref().clone();
        let range = match (&r.quarter, &r.from, &r.until) {
            (Some(q), None, None) => match Quarter::parse(q.get_ref()) {
                Some(q) => DateRange {
                    from: q.first_day(),
                    until: q.last_day(),
                },
                None => {
                    self.error(
                        f,
                        q.span(),
                        format!("invalid quarter \"{}\": write it like 2026-Q2", q.get_ref()),
                    );
                    return None;
                }
            },
            (None, Some(a), Some(b)) => self.range(f, a, b),
            _ => {
                self.error(
                    f,
                    x.span(),
                    "[[focus]] needs `quarter`, or `from` and `until`",
                );
                return None;
            }
        };
        let formats = r
            .formats
            .iter()
            .filter_map(|fm| self.reference(Section::Format, f, fm))
            .collect();
        Some(Focus {
            theme: r
                .theme
                .as_ref()
                .map_or_else(|| id.clone(), |t| t.get_ref().clone()),
            id,
            range,
            tags: r.tags.iter().filter_map(|t| self.tag(f, t)).collect(),
            min_per_week: r
                .min_per_week
                .as_ref()
                .map_or(0, |n| self.count(f, n, "min_per_week")),
            formats,
            origin: self.origin(f, &x.span()),
        })
    }

    fn page(&mut self, f: F, p: &S<raw::RawPage>) -> Option<Page> {
        let r = p.get_ref();
        let id = self.required(f, &r.id, p, "page", "id")?.get_ref().clone();
        let owner = r
            .owner
            .as_ref()
            .and_then(|o| self.reference(Section::Person, f, o));
        let team = r
            .team
            .as_ref()
            .and_then(|t| self.reference(Section::Team, f, t));
        if r.owner.is_none() && r.team.is_none() {
            self.error(
                f,
                p.span(),
                "[[page]] needs `owner` or `team`: someone reviews it",
            );
        }
        let review = match &r.review {
            Some(s) => match ReviewInterval::parse(s.get_ref()) {
                Some(i) => i,
                None => {
                    self.error(
                        f,
                        s.span(),
                        format!(
                            "invalid review interval \"{}\": write 30d, 6w, 6m or 1y",
                            s.get_ref()
                        ),
                    );
                    return None;
                }
            },
            None => {
                self.error(f, p.span(), "[[page]] needs `review`, like review = \"6m\"");
                return None;
            }
        };
        Some(Page {
            title: r
                .title
                .as_ref()
                .map_or_else(|| id.clone(), |t| t.get_ref().clone()),
            id,
            url: r.url.as_ref().map(|u| u.get_ref().clone()),
            owner,
            team,
            review,
            reviewed: r.reviewed.as_ref().map(|d| d.get_ref().0),
            archived: None,
            origin: self.origin(f, &p.span()),
        })
    }

    // ----- formats, campaigns, posts, items ------------------------------------------

    /// Refuses the fields a kind of definition does not take.
    fn only_fields(&mut self, f: F, d: &RawDef, what: &str, allowed: &[&str]) {
        for (name, span) in d.present() {
            if !allowed.contains(&name) {
                let hint = suggest::hint(name, allowed.iter().copied());
                self.error_hint(f, span, format!("[[{what}]] has no field \"{name}\""), hint);
            }
        }
    }

    fn template(
        &mut self,
        f: F,
        d: &S<RawDef>,
        base: Option<&Template>,
        what: &str,
    ) -> Option<Template> {
        let r = d.get_ref();
        let mut t = base.cloned().unwrap_or_default();
        match (&r.title, base) {
            (Some(title), _) => t.title = title.get_ref().clone(),
            (None, Some(_)) => {}
            (None, None) => {
                self.error(f, d.span(), format!("[[{what}]] needs `title`"));
                return None;
            }
        }
        let text = |x: &Option<S<String>>| x.as_ref().map(|v| v.get_ref().clone());
        if r.kind.is_some() {
            t.kind = text(&r.kind);
        }
        if r.channel.is_some() {
            t.channel = text(&r.channel);
        }
        if r.description.is_some() {
            t.description = text(&r.description);
        }
        if let Some(x) = &r.time {
            t.time = self.time(f, x);
        }
        if let Some(x) = &r.duration {
            t.duration = self.minutes(f, x);
            if t.duration == Some(Minutes(0)) {
                self.error(
                    f,
                    x.span(),
                    "duration \"0m\" is empty: leave it out for the default 30m",
                );
            }
        }
        if let Some(x) = &r.prepare {
            t.prepare = self.minutes(f, x);
        }
        if let Some(x) = &r.effort {
            t.effort = self.minutes(f, x);
        }
        if let Some(x) = &r.team {
            t.team = self.reference(Section::Team, f, x);
        }
        if let Some(x) = &r.goal {
            t.goal = self.reference(Section::Goal, f, x);
        }
        if let Some(tags) = &r.tags {
            // A set beside the list: a list of 75,000 tags took a minute
            // with `contains` on the list.
            let mut seen: std::collections::HashSet<String> = t.tags.iter().cloned().collect();
            for tag in tags.get_ref().iter().filter_map(|tag| self.tag(f, tag)) {
                if seen.insert(tag.clone()) {
                    t.tags.push(tag);
                }
            }
        }
        if let Some(x) = &r.accountable {
            t.raci.accountable = self.party(f, x);
        }
        if let Some(x) = &r.consulted {
            t.raci.consulted = x
                .get_ref()
                .iter()
                .filter_map(|p| self.party(f, p))
                .collect();
        }
        if let Some(x) = &r.informed {
            t.raci.informed = x
                .get_ref()
                .iter()
                .filter_map(|p| self.party(f, p))
                .collect();
        }
        let owner = self.owner_rule(f, r);
        if owner != OwnerRule::Nobody {
            t.owner = owner;
        }
        Some(t)
    }

    fn owner_rule(&mut self, f: F, r: &RawDef) -> OwnerRule {
        let set: Vec<Range<usize>> = [
            r.owner.as_ref().map(|x| x.span()),
            r.rotation.as_ref().map(|x| x.span()),
            r.pool.as_ref().map(|x| x.span()),
        ]
        .into_iter()
        .flatten()
        .collect();
        if set.len() > 1 {
            self.error(
                f,
                set[1].clone(),
                "use one of `owner`, `rotation` or `pool`, not several",
            );
            return OwnerRule::Nobody;
        }
        if let Some(o) = &r.owner {
            return self
                .reference(Section::Person, f, o)
                .map_or(OwnerRule::Nobody, OwnerRule::Fixed);
        }
        if let Some(list) = &r.rotation {
            if list.get_ref().is_empty() {
                self.error(
                    f,
                    list.span(),
                    "rotation is empty: name the people who take turns",
                );
            }
            let people: Vec<String> = list
                .get_ref()
                .iter()
                .filter_map(|p| self.reference(Section::Person, f, p))
                .collect();
            return OwnerRule::Rotation(people);
        }
        if let Some(p) = &r.pool {
            let text = p.get_ref().as_str();
            return match text {
                "ambassadors" => OwnerRule::Pool(Pool::Ambassadors),
                "all" => OwnerRule::Pool(Pool::All),
                _ => match text.strip_prefix("team:") {
                    Some(team) => {
                        let team = S::new(p.span(), team.to_string());
                        self.reference(Section::Team, f, &team)
                            .map_or(OwnerRule::Nobody, |t| OwnerRule::Pool(Pool::Team(t)))
                    }
                    None => {
                        let hint = suggest::hint(text, ["ambassadors", "all"])
                            .or(Some("use \"ambassadors\", \"all\" or \"team:<id>\"".into()));
                        self.error_hint(f, p.span(), format!("unknown pool \"{text}\""), hint);
                        OwnerRule::Nobody
                    }
                },
            };
        }
        OwnerRule::Nobody
    }

    fn rule_from_text(
        &mut self,
        f: F,
        text: &S<String>,
        anchor: NaiveDate,
        until: Option<NaiveDate>,
    ) -> Option<Rule> {
        match Rule::from_rrule(text.get_ref(), anchor) {
            Ok(rule) => self.productive(f, text.span(), rule, anchor, until),
            Err(e) => {
                self.error(f, text.span(), e);
                None
            }
        }
    }

    /// Refuses a rule that yields no date between its anchor and its end
    /// (`INTERVAL=0`, `BYMONTH=2;BYMONTHDAY=30`, an `until` before the first date).
    fn productive(
        &mut self,
        f: F,
        span: Range<usize>,
        rule: Rule,
        anchor: NaiveDate,
        until: Option<NaiveDate>,
    ) -> Option<Rule> {
        let horizon = anchor
            .checked_add_days(Days::new(PROBE_YEARS * 366))
            .unwrap_or(NaiveDate::MAX);
        let last = until.map_or(horizon, |u| u.min(horizon));
        if rule.dates().take_while(|d| *d <= last).next().is_some() {
            return Some(rule);
        }
        let text = self.files[f]
            .0
            .text
            .get(span.clone())
            .unwrap_or("")
            .to_string();
        let window = match until {
            Some(u) => format!("between {anchor} and {u}"),
            None => format!("in the {PROBE_YEARS} years from {anchor}"),
        };
        self.error(
            f,
            span,
            format!("the rule {text} never produces a date {window}"),
        );
        None
    }

    /// The recurrence of a format or recurring post: exactly one of `every` and `rrule`.
    fn recurrence(&mut self, f: F, d: &S<RawDef>, what: &str, a: Anchoring) -> Option<Recurrence> {
        let Anchoring {
            anchor,
            until,
            holidays,
            working_days,
        } = a;
        let r = d.get_ref();
        let rule = match (&r.every, &r.rrule) {
            (Some(_), Some(rrule)) => {
                self.error(
                    f,
                    rrule.span(),
                    format!("[[{what}]] has both `every` and `rrule`: keep one"),
                );
                return None;
            }
            (None, None) => {
                self.error(f, d.span(), format!("[[{what}]] needs a recurrence: `every` (with `on`, `nth`, `day`) or `rrule`"));
                return None;
            }
            (None, Some(rrule)) => {
                for (name, span) in [
                    ("on", r.on.as_ref().map(|x| x.span())),
                    ("nth", r.nth.as_ref().map(|x| x.span())),
                    ("day", r.day.as_ref().map(|x| x.span())),
                    ("interval", r.interval.as_ref().map(|x| x.span())),
                ] {
                    if let Some(span) = span {
                        self.error(f, span, format!("`{name}` belongs to the `every` shorthand; with `rrule`, say it in the rule"));
                    }
                }
                self.rule_from_text(f, rrule, anchor, until)?
            }
            (Some(every), None) => {
                let Some(e) = Every::parse(every.get_ref()) else {
                    let hint = suggest::hint(every.get_ref(), Every::NAMES);
                    self.error_hint(
                        f,
                        every.span(),
                        format!("unknown recurrence every = \"{}\"", every.get_ref()),
                        hint,
                    );
                    return None;
                };
                let int = |x: &Option<S<i64>>| x.as_ref().map(|v| *v.get_ref());
                let interval = match int(&r.interval) {
                    Some(i) if !(0..=1000).contains(&i) => {
                        self.error(
                            f,
                            r.interval.as_ref().expect("set").span(),
                            format!("interval = {i} is out of range 1..1000"),
                        );
                        return None;
                    }
                    i => i.map(|i| i as u32),
                };
                let on =
                    r.on.as_ref()
                        .map(|o| self.weekdays(f, o.get_ref()))
                        .unwrap_or_default();
                let s = Shorthand {
                    every: e,
                    interval,
                    on,
                    nth: int(&r.nth).map(|n| n.clamp(-99, 99) as i32),
                    day: int(&r.day).map(|n| n.clamp(-99, 99) as i32),
                };
                match Rule::from_shorthand(&s, anchor, working_days) {
                    Ok(rule) => self.productive(f, every.span(), rule, anchor, until)?,
                    Err(message) => {
                        self.error(f, every.span(), message);
                        return None;
                    }
                }
            }
        };
        let skip: BTreeSet<NaiveDate> = r
            .skip
            .as_ref()
            .map(|s| s.get_ref().iter().map(|d| d.get_ref().0).collect())
            .unwrap_or_default();
        Some(Recurrence {
            rule,
            anchor,
            until,
            skip,
            holidays,
        })
    }

    fn format(&mut self, f: F, d: &S<RawDef>, cal: &Calendar) -> Option<Format> {
        self.only_fields(f, d.get_ref(), "format", FORMAT_FIELDS);
        let r = d.get_ref();
        let id = self
            .required(f, &r.id, d, "format", "id")?
            .get_ref()
            .clone();
        let template = self.template(f, d, None, "format")?;
        let anchor = r.from.as_ref().map_or(cal.start, |x| x.get_ref().0);
        let until = r.until.as_ref().map(|x| x.get_ref().0);
        if let (Some(u), Some(from)) = (until, &r.from) {
            if u < from.get_ref().0 {
                self.error(
                    f,
                    r.until.as_ref().expect("set").span(),
                    format!("until {u} is before from {}", from.get_ref().0),
                );
                return None;
            }
        }
        let holidays = r
            .holidays
            .as_ref()
            .map_or(cal.rules.holidays, |h| self.policy(f, h));
        let rotation_counts = match r
            .rotation_counts
            .as_ref()
            .map(|x| (x.get_ref().as_str(), x.span()))
        {
            None | Some(("held", _)) => RotationCounts::Held,
            Some(("all", _)) => RotationCounts::All,
            Some((other, span)) => {
                self.error_hint(
                    f,
                    span,
                    format!("unknown rotation_counts \"{other}\""),
                    Some("use \"held\" or \"all\"".into()),
                );
                RotationCounts::Held
            }
        };
        let anchoring = Anchoring {
            anchor,
            until,
            holidays,
            working_days: cal.working_days,
        };
        let recurrence = self.recurrence(f, d, "format", anchoring)?;
        Some(Format {
            id,
            template,
            recurrence,
            rotation_counts,
            reserve: r.reserve.as_ref().is_some_and(|x| *x.get_ref()),
            origin: self.origin(f, &d.span()),
        })
    }

    fn campaign(&mut self, f: F, d: &S<RawDef>, cal: &Calendar) -> Option<Campaign> {
        self.only_fields(f, d.get_ref(), "campaign", CAMPAIGN_FIELDS);
        let r = d.get_ref();
        let id = self
            .required(f, &r.id, d, "campaign", "id")?
            .get_ref()
            .clone();
        let template = self.template(f, d, None, "campaign")?;
        let range = match (&r.from, &r.until) {
            (Some(a), Some(b)) => self.range(f, a, b),
            _ => {
                self.error(f, d.span(), "[[campaign]] needs `from` and `until`");
                return None;
            }
        };
        let holidays = r
            .holidays
            .as_ref()
            .map_or(cal.rules.holidays, |h| self.policy(f, h));
        let mut posts = Vec::new();
        let mut post_ids: Vec<(String, Range<usize>)> = Vec::new();
        for p in &r.post {
            self.only_fields(f, p.get_ref(), "campaign.post", POST_FIELDS);
            let pr = p.get_ref();
            let Some(pid) = self.required(f, &pr.id, p, "campaign.post", "id") else {
                continue;
            };
            if !self.slug(f, pid) {
                continue;
            }
            if let Some((_, first)) = post_ids.iter().find(|(k, _)| k == pid.get_ref()) {
                let (line, col) = self.files[f].0.line_col(first.start);
                self.error(f, pid.span(), format!("duplicate post id \"{}\" in campaign \"{id}\" (first defined at line {line}:{col})", pid.get_ref()));
                continue;
            }
            post_ids.push((pid.get_ref().clone(), pid.span()));
            let Some(pt) = self.template(f, p, Some(&template), "campaign.post") else {
                continue;
            };
            let when = match self.post_when(f, p, range, holidays, cal.working_days) {
                Some(w) => w,
                None => continue,
            };
            posts.push(Post {
                id: pid.get_ref().clone(),
                template: pt,
                when,
                origin: self.origin(f, &p.span()),
            });
        }
        Some(Campaign {
            id,
            range,
            template,
            posts,
            origin: self.origin(f, &d.span()),
        })
    }

    fn post_when(
        &mut self,
        f: F,
        p: &S<RawDef>,
        range: DateRange,
        holidays: HolidayPolicy,
        working_days: Weekdays,
    ) -> Option<PostWhen> {
        let r = p.get_ref();
        let recurring = r.every.is_some() || r.rrule.is_some();
        let forms = usize::from(r.date.is_some())
            + usize::from(r.offset.is_some())
            + usize::from(recurring);
        if forms != 1 {
            self.error(
                f,
                p.span(),
                "[[campaign.post]] needs exactly one of `date`, `offset`, or `every`/`rrule`",
            );
            return None;
        }
        let outside = |this: &mut Self, span: Range<usize>, d: NaiveDate| {
            this.error(
                f,
                span,
                format!(
                    "post date {d} lies outside its campaign ({} to {})",
                    range.from, range.until
                ),
            );
        };
        if let Some(d) = &r.date {
            let date = d.get_ref().0;
            if !range.contains(date) {
                outside(self, d.span(), date);
                return None;
            }
            return Some(PostWhen::Date(date));
        }
        if let Some(o) = &r.offset {
            let m = self.minutes(f, o)?;
            if m.0 % (24 * 60) != 0 {
                self.error(
                    f,
                    o.span(),
                    format!(
                        "offset \"{}\" is not a whole number of days: use d or w",
                        o.get_ref()
                    ),
                );
                return None;
            }
            let date = range
                .from
                .checked_add_days(Days::new(u64::from(m.0 / (24 * 60))))?;
            if !range.contains(date) {
                outside(self, o.span(), date);
                return None;
            }
            return Some(PostWhen::Date(date));
        }
        let anchoring = Anchoring {
            anchor: range.from,
            until: Some(range.until),
            holidays,
            working_days,
        };
        self.recurrence(f, p, "campaign.post", anchoring)
            .map(PostWhen::Recurring)
    }

    fn one_off(&mut self, f: F, d: &S<RawDef>) -> Option<OneOff> {
        self.only_fields(f, d.get_ref(), "item", ITEM_FIELDS);
        let r = d.get_ref();
        let id = self.required(f, &r.id, d, "item", "id")?.get_ref().clone();
        let template = self.template(f, d, None, "item")?;
        let Some(date) = &r.date else {
            self.error(f, d.span(), "[[item]] needs `date`");
            return None;
        };
        Some(OneOff {
            id,
            template,
            date: date.get_ref().0,
            origin: self.origin(f, &d.span()),
        })
    }
}

const FORMAT_FIELDS: &[&str] = &[
    "id",
    "title",
    "kind",
    "channel",
    "description",
    "every",
    "interval",
    "on",
    "nth",
    "day",
    "rrule",
    "time",
    "duration",
    "prepare",
    "effort",
    "owner",
    "rotation",
    "pool",
    "team",
    "goal",
    "tags",
    "from",
    "until",
    "skip",
    "holidays",
    "rotation_counts",
    "accountable",
    "consulted",
    "informed",
    "reserve",
];
const CAMPAIGN_FIELDS: &[&str] = &[
    "id",
    "title",
    "kind",
    "channel",
    "description",
    "time",
    "duration",
    "prepare",
    "effort",
    "owner",
    "rotation",
    "pool",
    "team",
    "goal",
    "tags",
    "from",
    "until",
    "holidays",
    "accountable",
    "consulted",
    "informed",
    "post",
];
const POST_FIELDS: &[&str] = &[
    "id",
    "title",
    "kind",
    "channel",
    "description",
    "every",
    "interval",
    "on",
    "nth",
    "day",
    "rrule",
    "date",
    "offset",
    "time",
    "duration",
    "prepare",
    "effort",
    "owner",
    "rotation",
    "pool",
    "tags",
    "skip",
];
const ITEM_FIELDS: &[&str] = &[
    "id",
    "title",
    "kind",
    "channel",
    "description",
    "date",
    "time",
    "duration",
    "prepare",
    "effort",
    "owner",
    "pool",
    "team",
    "goal",
    "tags",
    "accountable",
    "consulted",
    "informed",
];

/// The ids written in a section's tables.
fn ids<T: raw::HasId>(tables: &[S<T>]) -> Vec<&S<String>> {
    tables.iter().filter_map(|t| t.get_ref().id()).collect()
}

/// The line of the `[[table]]` header that opens the table whose body starts
/// at `offset` (toml's span of an array-of-tables element covers its body).
fn header_line(file: &SourceFile, offset: usize) -> usize {
    let (line, _) = file.line_col(offset);
    (1..=line)
        .rev()
        .find(|l| file.line(*l).trim_start().starts_with('['))
        .unwrap_or(line)
}
