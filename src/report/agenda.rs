//! What someone has to deliver (SPEC section 12): a person's or a team's
//! items as owner and as ambassador, in three parts: overdue first, then
//! what is due this ISO week, then what is coming. Pure: the items and
//! "today" come in; the views render it.

use chrono::{Days, NaiveDate};

use super::diff::{Comparison, ItemChange};
use super::slipped;
use crate::dates::{monday_of, sunday_of};
use crate::model::Calendar;
use crate::plan::item::{Item, Status};

/// Whose agenda it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whose<'c> {
    /// A person, by id.
    Person(&'c str),
    /// A team, by id: items of the team, and of its members and ambassadors.
    Team(&'c str),
}

/// What part a person plays in an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Owner,
    Ambassador,
    /// The item carries the team (a team's agenda only), nobody of it is named.
    Team,
}

impl Role {
    /// The word in every output.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Ambassador => "ambassador",
            Role::Team => "team",
        }
    }
}

/// One thing to deliver.
#[derive(Debug, Clone)]
pub struct Entry<'i> {
    pub item: &'i Item,
    pub role: Role,
    /// Who plays `role` (the person of a person's agenda; for a team, which
    /// of its people); `None` for [`Role::Team`].
    pub person: Option<&'i str>,
}

impl Entry<'_> {
    /// The date the agenda orders by: the draft's `due`, else the item's date.
    pub fn when(&self) -> NaiveDate {
        self.item.due.unwrap_or(self.item.date)
    }
}

/// An agenda.
#[derive(Debug, Clone)]
pub struct Agenda<'i> {
    pub today: NaiveDate,
    /// The Monday and Sunday of today's ISO week.
    pub week: (NaiveDate, NaiveDate),
    /// The last day of "coming".
    pub until: NaiveDate,
    pub weeks: u32,
    pub overdue: Vec<Entry<'i>>,
    pub this_week: Vec<Entry<'i>>,
    pub coming: Vec<Entry<'i>>,
}

impl Agenda<'_> {
    /// Whether there is nothing to deliver at all.
    pub fn is_empty(&self) -> bool {
        self.overdue.is_empty() && self.this_week.is_empty() && self.coming.is_empty()
    }
}

/// The first day an agenda needs items from: where `overdue` looks back to.
pub fn needs_from(today: NaiveDate) -> NaiveDate {
    slipped::look_back_from(today)
}

/// The last day of the agenda's "coming" part: `weeks` ISO weeks after this one.
pub fn coming_until(today: NaiveDate, weeks: u32) -> NaiveDate {
    sunday_of(today)
        .checked_add_days(Days::new(7 * u64::from(weeks)))
        .unwrap_or(NaiveDate::MAX)
}

/// The agenda of `whose` over `items`. `stored`: whether the items are the
/// stored plan; a plan made in memory has no history, so then nothing is
/// overdue (as in `check`).
pub fn build<'i>(
    cal: &Calendar,
    items: &'i [Item],
    whose: Whose<'_>,
    today: NaiveDate,
    weeks: u32,
    stored: bool,
) -> Agenda<'i> {
    let week = (monday_of(today), sunday_of(today));
    let until = coming_until(today, weeks);
    let mut agenda = Agenda {
        today,
        week,
        until,
        weeks,
        overdue: Vec::new(),
        this_week: Vec::new(),
        coming: Vec::new(),
    };
    for it in items {
        if matches!(it.status, Status::Published | Status::Skipped) {
            continue;
        }
        for entry in entries(cal, it, whose) {
            if stored && slipped::is_overdue(it, today) {
                agenda.overdue.push(entry);
            } else if it.date < week.0 {
                // Gone by without going live: `check` calls it unpublished.
                continue;
            } else if entry.when() <= week.1 {
                agenda.this_week.push(entry);
            } else if entry.when() <= until {
                agenda.coming.push(entry);
            }
        }
    }
    for part in [
        &mut agenda.overdue,
        &mut agenda.this_week,
        &mut agenda.coming,
    ] {
        part.sort_by(|a, b| {
            (a.when(), a.item.date, a.item.time, &a.item.key, a.person).cmp(&(
                b.when(),
                b.item.date,
                b.item.time,
                &b.item.key,
                b.person,
            ))
        });
    }
    agenda
}

/// A kind of change to someone's part since a revision (SPEC section 12,
/// `--since`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeKind {
    /// An item that is new, and theirs.
    New,
    /// Theirs on both sides, on another day or at another time.
    Moved,
    /// An item that was there before became theirs.
    Given,
    /// Theirs before, and now another's, nobody's, or gone from the plan.
    TakenAway,
}

impl ChangeKind {
    /// The words in every output (JSON: with `_` for the space).
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::New => "new",
            ChangeKind::Moved => "moved",
            ChangeKind::Given => "given",
            ChangeKind::TakenAway => "taken away",
        }
    }
}

/// One change to someone's part.
#[derive(Debug, Clone)]
pub struct Changed<'c> {
    pub kind: ChangeKind,
    /// Whose part changed (for a team, which of its people).
    pub person: &'c str,
    /// Their role: on the side where the item is theirs (before, for
    /// [`ChangeKind::TakenAway`]).
    pub role: Role,
    pub change: &'c ItemChange,
}

impl Changed<'_> {
    /// Who plays `role` on the other side: who had it before (given), who
    /// has it now (taken away); `None` for nobody.
    pub fn other(&self) -> Option<&str> {
        let facts = match self.kind {
            ChangeKind::Given => self.change.before.as_ref(),
            ChangeKind::TakenAway => self.change.after.as_ref(),
            ChangeKind::New | ChangeKind::Moved => None,
        }?;
        match self.role {
            Role::Owner => facts.owner.as_deref(),
            _ => facts.ambassador.as_deref(),
        }
    }
}

/// What changed for `whose` in `comparison` (made by
/// [`crate::report::diff::compare`], without a person), by the item's date.
/// A team's are those of its members and ambassadors; a team item with
/// nobody of it named has no person to change for.
pub fn changes<'c>(
    cal: &Calendar,
    comparison: &'c Comparison,
    whose: Whose<'_>,
) -> Vec<Changed<'c>> {
    let mut out = Vec::new();
    for p in comparison
        .people
        .iter()
        .filter(|p| is_of(cal, whose, &p.person))
    {
        let lists = [
            (ChangeKind::New, &p.added),
            (ChangeKind::Moved, &p.moved),
            (ChangeKind::Moved, &p.retimed),
            (ChangeKind::Given, &p.given),
            (ChangeKind::TakenAway, &p.taken),
            (ChangeKind::TakenAway, &p.removed),
        ];
        for (kind, list) in lists {
            for &i in list {
                let change = &comparison.items[i];
                let facts = match kind {
                    ChangeKind::TakenAway => change.before.as_ref(),
                    _ => change.after.as_ref(),
                };
                let role = if facts.and_then(|f| f.owner.as_deref()) == Some(p.person.as_str()) {
                    Role::Owner
                } else {
                    Role::Ambassador
                };
                out.push(Changed {
                    kind,
                    person: &p.person,
                    role,
                    change,
                });
            }
        }
    }
    // Moved and retimed at once is one move.
    out.sort_by(|a, b| {
        (
            a.change.date(),
            &a.change.key,
            a.kind,
            a.person,
            a.role.as_str(),
        )
            .cmp(&(
                b.change.date(),
                &b.change.key,
                b.kind,
                b.person,
                b.role.as_str(),
            ))
    });
    out.dedup_by(|a, b| (a.kind, a.person, &a.change.key) == (b.kind, b.person, &b.change.key));
    out
}

/// Whether `person` is whose agenda it is, or of that team.
fn is_of(cal: &Calendar, whose: Whose<'_>, person: &str) -> bool {
    match whose {
        Whose::Person(id) => person == id,
        Whose::Team(team) => {
            cal.person(person)
                .is_some_and(|x| x.team.as_deref() == Some(team))
                || cal
                    .team(team)
                    .is_some_and(|t| t.ambassadors.iter().any(|a| a == person))
        }
    }
}

/// The roles `whose` plays in `it`, one entry each.
fn entries<'i>(cal: &Calendar, it: &'i Item, whose: Whose<'_>) -> Vec<Entry<'i>> {
    let mut out = Vec::new();
    let roles = [
        (Role::Owner, it.owner.as_deref()),
        (Role::Ambassador, it.ambassador.as_deref()),
    ];
    match whose {
        Whose::Person(id) => {
            for (role, person) in roles {
                if person == Some(id) {
                    out.push(Entry {
                        item: it,
                        role,
                        person,
                    });
                }
            }
        }
        Whose::Team(team) => {
            for (role, person) in roles {
                if person.is_some_and(|p| is_of(cal, whose, p)) {
                    out.push(Entry {
                        item: it,
                        role,
                        person,
                    });
                }
            }
            if out.is_empty() && it.team.as_deref() == Some(team) {
                out.push(Entry {
                    item: it,
                    role: Role::Team,
                    person: None,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::test_support::{d, item};

    fn keys(part: &[Entry]) -> Vec<String> {
        part.iter()
            .map(|e| format!("{} {}", e.item.key, e.role.as_str()))
            .collect()
    }

    #[test]
    fn overdue_first_then_this_week_by_due_then_coming() {
        let cal = crate::plan::test_support::calendar();
        let today = d(2026, 11, 25); // a Wednesday
        let mut late = item("item/late", d(2026, 11, 30), Some("anna"));
        late.due = Some(d(2026, 11, 20));
        let mut drafting = late.clone();
        drafting.key = "item/drafting".into();
        drafting.status = Status::Draft;
        let mut due_friday = item("item/due-friday", d(2026, 12, 8), Some("bert"));
        due_friday.due = Some(d(2026, 11, 27));
        due_friday.ambassador = Some("anna".into());
        let thursday = item("item/thursday", d(2026, 11, 26), Some("anna"));
        let monday = item("item/monday", d(2026, 11, 23), Some("anna"));
        let gone = item("item/gone", d(2026, 11, 20), Some("anna"));
        let mut published = item("item/published", d(2026, 11, 27), Some("anna"));
        published.status = Status::Published;
        let far = item("item/far", d(2026, 12, 27), Some("anna"));
        let beyond = item("item/beyond", d(2026, 12, 28), Some("anna"));
        let other = item("item/other", d(2026, 11, 26), Some("bert"));
        let items = [
            late, drafting, due_friday, thursday, monday, gone, published, far, beyond, other,
        ];
        let a = build(&cal, &items, Whose::Person("anna"), today, 4, true);
        assert_eq!(keys(&a.overdue), ["item/late owner"]);
        assert_eq!(
            keys(&a.this_week),
            [
                // Started, past its due, still to go live: this week's work.
                "item/drafting owner",
                "item/monday owner",
                "item/thursday owner",
                "item/due-friday ambassador",
            ]
        );
        assert_eq!(keys(&a.coming), ["item/far owner"]);
        assert_eq!(a.until, d(2026, 12, 27));
        // In memory, nothing is overdue: the late draft is this week's.
        let a = build(&cal, &items, Whose::Person("anna"), today, 4, false);
        assert!(a.overdue.is_empty());
        assert_eq!(a.this_week.len(), 5);
    }
}
