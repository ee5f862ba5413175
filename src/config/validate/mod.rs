//! From the files as written to the [`Calendar`]: every id resolved, every
//! value parsed, every rule checked. Collects all problems, each with its
//! file, line, column, offending value and near miss.
//!
//! The walk over the files is here; each kind of check has its file:
//! [`ids`], [`values`], [`sections`], [`definitions`], [`recurrence`].

mod definitions;
mod ids;
mod recurrence;
mod sections;
mod values;

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

use chrono::{Days, NaiveDate, Weekday};

use super::raw::{self, RawDef, S};
use crate::dates::*;
use crate::error::diagnostic::{Diagnostic, SourceFile};
use crate::error::suggest;
use crate::error::{Error, Result};
use crate::model::*;
use crate::recur::*;
use crate::recur::{Every, Rule, Shorthand};

/// How far ahead a rule is probed for a first occurrence before it is
/// declared one that never produces any.
const PROBE_YEARS: u64 = 12;

/// Validates the parsed files; the first is `ritme.toml`.
pub(super) fn calendar(files: &[(SourceFile, raw::RawFile)]) -> Result<Calendar> {
    let mut v = Validator {
        files,
        diagnostics: Vec::new(),
        ids: HashMap::new(),
        rules: HashMap::new(),
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
    /// The rules built so far, with their first date.
    rules: HashMap<RuleKey, (Rule, Option<NaiveDate>)>,
}

/// What a rule is built from. The formats of a calendar share a few rules
/// ("every week on Monday" from the calendar's start): each is built, and
/// its first date found, once (issue 19: building the 1,924 rules of the
/// large calendar was a tenth of a re-plan after a title changed). The
/// copies share the dates expanded, as clones of a rule do; the plan's
/// `RuleDates` (`recur::expand`) still shares them between rules written
/// differently that normalise to the same text.
#[derive(Clone, PartialEq, Eq, Hash)]
enum RuleKey {
    Text(String, NaiveDate),
    Shorthand(Shorthand, NaiveDate, Weekdays),
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
            if let Some(i) = &raw.imported {
                match &i.get_ref().until {
                    Some(until) => calendar.imported.push(ImportEnd {
                        until: until.get_ref().0,
                        origin: self.origin(f, &i.span()),
                    }),
                    None => self.error(f, i.span(), "[imported] needs `until`"),
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
        self.backup_loops(&calendar.people);
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
                if let Some(item) = self.one_off(f, d, &calendar) {
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
}

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
