//! A finding: one thing `check` flags, with its code, severity and where it
//! is (week, date, person, item, definition file and line). Serialised in
//! the field order of SPEC section 4; that order is the contract.

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use crate::error::diagnostic::Diagnostic;
use crate::model::{Origin, Rules, Severity};

/// What kind of finding it is: the `code` of the JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Code {
    /// A definition error: TOML syntax, unknown id, bad rule.
    Definition,
    EmptyWeek,
    ThinWeek,
    EmptyDay,
    CrowdedDay,
    Overload,
    AwayAssigned,
    Unassigned,
    FocusGap,
    NoGoal,
    Orphan,
    GoalMissed,
    FadingFormat,
    StalePage,
    Overdue,
    Unpublished,
    UnclaimedSlot,
    UnfairPool,
    Unplanned,
}

impl Code {
    /// Every code `check` can produce, in the order the README lists them.
    pub const ALL: [Code; 19] = [
        Code::Definition,
        Code::EmptyWeek,
        Code::ThinWeek,
        Code::EmptyDay,
        Code::CrowdedDay,
        Code::Overload,
        Code::AwayAssigned,
        Code::Unassigned,
        Code::FocusGap,
        Code::NoGoal,
        Code::Orphan,
        Code::GoalMissed,
        Code::FadingFormat,
        Code::StalePage,
        Code::Overdue,
        Code::Unpublished,
        Code::UnclaimedSlot,
        Code::UnfairPool,
        Code::Unplanned,
    ];

    /// The word in JSON, annotations and `[rules]`.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Definition => "definition",
            Code::EmptyWeek => "empty_week",
            Code::ThinWeek => "thin_week",
            Code::EmptyDay => "empty_day",
            Code::CrowdedDay => "crowded_day",
            Code::Overload => "overload",
            Code::AwayAssigned => "away_assigned",
            Code::Unassigned => "unassigned",
            Code::FocusGap => "focus_gap",
            Code::NoGoal => "no_goal",
            Code::Orphan => "orphan",
            Code::GoalMissed => "goal_missed",
            Code::FadingFormat => "fading_format",
            Code::StalePage => "stale_page",
            Code::Overdue => "overdue",
            Code::Unpublished => "unpublished",
            Code::UnclaimedSlot => "unclaimed_slot",
            Code::UnfairPool => "unfair_pool",
            Code::Unplanned => "unplanned",
        }
    }

    /// The severity `[rules]` gives this code; definition errors are always errors.
    pub fn severity(self, rules: &Rules) -> Severity {
        match self {
            Code::Definition => Severity::Error,
            Code::EmptyWeek => rules.empty_week,
            Code::ThinWeek => rules.thin_week,
            Code::EmptyDay => rules.empty_day,
            Code::CrowdedDay => rules.crowded_day,
            Code::Overload => rules.overload,
            Code::AwayAssigned => rules.away_assigned,
            Code::Unassigned => rules.unassigned,
            Code::FocusGap => rules.focus_gap,
            Code::NoGoal => rules.no_goal,
            Code::Orphan => rules.orphan,
            Code::GoalMissed => rules.goal_missed,
            Code::FadingFormat => rules.fading_format,
            Code::StalePage => rules.stale_page,
            Code::Overdue => rules.overdue,
            Code::Unpublished => rules.unpublished,
            Code::UnclaimedSlot => rules.unclaimed_slot,
            Code::UnfairPool => rules.unfair_pool,
            Code::Unplanned => rules.unplanned,
        }
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One finding. Built with [`Finding::new`] and the `with_*` setters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub code: Code,
    #[serde(serialize_with = "severity_word")]
    pub severity: Severity,
    pub message: String,
    /// `2026-W14`.
    pub week: Option<String>,
    #[serde(serialize_with = "date_text")]
    pub date: Option<NaiveDate>,
    pub person: Option<String>,
    /// The item's key.
    pub item: Option<String>,
    /// The definition's file, relative to the calendar directory.
    pub file: Option<String>,
    pub line: Option<usize>,
    /// Only definition errors have one; it is part of `message` in JSON.
    #[serde(skip)]
    pub column: Option<usize>,
}

impl Finding {
    /// A finding with only its code, severity and message.
    pub fn new(code: Code, severity: Severity, message: impl Into<String>) -> Self {
        Finding {
            code,
            severity,
            message: message.into(),
            week: None,
            date: None,
            person: None,
            item: None,
            file: None,
            line: None,
            column: None,
        }
    }

    /// A definition error as a finding: severity error, its file, line and column.
    pub fn definition(d: &Diagnostic) -> Self {
        let mut f = Finding::new(Code::Definition, Severity::Error, d.headline());
        if let Some(loc) = &d.location {
            f.file = Some(loc.file.clone());
            f.line = Some(loc.line);
            f.column = Some(loc.column);
        }
        f
    }

    pub fn with_week(mut self, week: impl Into<String>) -> Self {
        self.week = Some(week.into());
        self
    }

    pub fn with_date(mut self, date: NaiveDate) -> Self {
        self.date = Some(date);
        self
    }

    pub fn with_person(mut self, person: impl Into<String>) -> Self {
        self.person = Some(person.into());
        self
    }

    pub fn with_item(mut self, key: impl Into<String>) -> Self {
        self.item = Some(key.into());
        self
    }

    /// Points the finding at a definition, when there is one.
    pub fn at(mut self, origin: Option<&Origin>) -> Self {
        if let Some(o) = origin.filter(|o| !o.file.is_empty()) {
            self.file = Some(o.file.clone());
            self.line = Some(o.line);
        }
        self
    }

    /// Whether this finding makes `check` fail at `threshold`.
    pub fn fails(&self, threshold: Severity) -> bool {
        self.severity >= threshold && self.severity != Severity::Off
    }

    /// The order findings are shown in: errors first, then by week, date,
    /// code, person and item, so output is the same on every run.
    pub fn sort(findings: &mut [Finding]) {
        findings.sort_by(|a, b| {
            b.severity
                .cmp(&a.severity)
                .then_with(|| a.week.cmp(&b.week))
                .then_with(|| a.date.cmp(&b.date))
                .then_with(|| a.code.cmp(&b.code))
                .then_with(|| a.person.cmp(&b.person))
                .then_with(|| a.item.cmp(&b.item))
                .then_with(|| a.file.cmp(&b.file))
                .then_with(|| a.line.cmp(&b.line))
                .then_with(|| a.message.cmp(&b.message))
        });
    }
}

/// `error` or `warning` (an `off` finding is never made).
pub fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Off => "off",
    }
}

fn severity_word<S: Serializer>(s: &Severity, ser: S) -> Result<S::Ok, S::Error> {
    ser.serialize_str(severity_name(*s))
}

fn date_text<S: Serializer>(d: &Option<NaiveDate>, ser: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => ser.collect_str(d),
        None => ser.serialize_none(),
    }
}

/// Collects findings, dropping those whose code `[rules]` turned off.
pub struct Findings<'r> {
    rules: &'r Rules,
    pub list: Vec<Finding>,
}

impl<'r> Findings<'r> {
    /// An empty collection under `rules`.
    pub fn new(rules: &'r Rules) -> Self {
        Findings {
            rules,
            list: Vec::new(),
        }
    }

    /// The severity of `code`, or `None` when it is off: skip the work.
    pub fn enabled(&self, code: Code) -> Option<Severity> {
        Some(code.severity(self.rules)).filter(|s| *s != Severity::Off)
    }

    /// Adds a finding of `code`, made only when the code is not off.
    pub fn add(&mut self, code: Code, make: impl FnOnce(Finding) -> Finding, message: String) {
        if let Some(severity) = self.enabled(code) {
            self.list.push(make(Finding::new(code, severity, message)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_fields_come_in_the_spec_order() {
        let f = Finding::new(
            Code::EmptyWeek,
            Severity::Error,
            "week 2026-W14 has no items",
        )
        .with_week("2026-W14");
        assert_eq!(
            serde_json::to_string(&f).unwrap(),
            r#"{"code":"empty_week","severity":"error","message":"week 2026-W14 has no items","week":"2026-W14","date":null,"person":null,"item":null,"file":null,"line":null}"#
        );
    }

    #[test]
    fn off_codes_make_no_finding() {
        let rules = Rules {
            thin_week: Severity::Off,
            ..Rules::default()
        };
        let mut found = Findings::new(&rules);
        found.add(Code::ThinWeek, |f| f, "thin".into());
        found.add(Code::EmptyWeek, |f| f, "empty".into());
        assert_eq!(found.list.len(), 1);
        assert_eq!(found.list[0].code, Code::EmptyWeek);
    }

    #[test]
    fn warnings_fail_only_when_denied() {
        let w = Finding::new(Code::ThinWeek, Severity::Warning, "x");
        assert!(!w.fails(Severity::Error));
        assert!(w.fails(Severity::Warning));
    }
}
