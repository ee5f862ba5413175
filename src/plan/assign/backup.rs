//! Backups (SPEC section 11): an item whose owner comes from a definition's
//! `owner` goes to the first backup who is neither away nor full when that
//! owner is away that day or their load that ISO week already equals their
//! capacity: the definition's list first, then the owner's. When none can
//! take it the item stays with its owner, and `check` says so.

use chrono::NaiveDate;

use super::load::Load;
use crate::model::Calendar;

/// Whether an item of `owner` has anyone to fall back on.
pub(super) fn any(cal: &Calendar, own: &[String], owner: &str) -> bool {
    !own.is_empty() || cal.person(owner).is_some_and(|p| !p.backup.is_empty())
}

/// Who takes an item of `owner` standing on `date`. A backup who holds it
/// from an earlier plan (`incumbent`) keeps it while they can: an owner who
/// becomes available again does not get the item back (SPEC section 10).
pub(super) fn pick<'c>(
    cal: &'c Calendar,
    own: &'c [String],
    owner: &'c str,
    incumbent: Option<&str>,
    date: NaiveDate,
    load: &Load,
) -> &'c str {
    let theirs = cal.person(owner).map_or(&[][..], |p| p.backup.as_slice());
    let mut backups = own.iter().chain(theirs).map(String::as_str);
    if let Some(kept) = incumbent.filter(|i| *i != owner) {
        if let Some(b) = backups.clone().find(|b| *b == kept) {
            if load.check(b, date).is_ok() {
                return b;
            }
        }
    }
    if load.check(owner, date).is_ok() {
        return owner;
    }
    backups
        .find(|b| *b != owner && load.check(b, date).is_ok())
        .unwrap_or(owner)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{calendar, d};
    use super::*;

    #[test]
    fn the_definitions_backups_then_the_owners_when_away_or_full() {
        let away = [(d(2026, 12, 1), d(2026, 12, 1))];
        let mut cal = calendar(&[("anna", 1, &away), ("bas", 1, &[]), ("eva", 1, &[])]);
        cal.people[0].backup = vec!["eva".into()];
        let mut load = Load::new(&cal);
        let own = vec!["bas".to_string()];
        assert!(any(&cal, &[], "anna"));
        assert!(!any(&cal, &[], "bas"));
        // Anna is there on the 2nd: she keeps her item.
        assert_eq!(
            pick(&cal, &own, "anna", None, d(2026, 12, 2), &load),
            "anna"
        );
        // Away on the 1st: the definition's backup first.
        assert_eq!(pick(&cal, &own, "anna", None, d(2026, 12, 1), &load), "bas");
        load.add("bas", d(2026, 12, 1));
        // Bas is full that week: Anna's own backup.
        assert_eq!(pick(&cal, &own, "anna", None, d(2026, 12, 1), &load), "eva");
        load.add("eva", d(2026, 12, 1));
        // Nobody can: the owner keeps it, and `check` reports it.
        assert_eq!(
            pick(&cal, &own, "anna", None, d(2026, 12, 1), &load),
            "anna"
        );
        // A backup who holds it keeps it while they can.
        let fresh = Load::new(&cal);
        assert_eq!(
            pick(&cal, &own, "anna", Some("eva"), d(2026, 12, 2), &fresh),
            "eva"
        );
    }
}
