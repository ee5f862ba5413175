//! People: load per person per ISO week against capacity (overload), items
//! assigned to someone who is away that day, and items nobody owns.
//! Load is counted in the week where each item now stands; an ambassador
//! role does not count (SPEC section 7).

use std::collections::{BTreeMap, HashMap};

use super::finding::{Code, Findings};
use super::weeks::Week;
use crate::model::{Calendar, Person};
use crate::plan::assign::is_away;
use crate::plan::item::Item;

/// One person's load in one week.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Load<'a> {
    /// Items owned (skipped ones left out).
    pub items: u32,
    /// Their summed effort.
    pub effort_minutes: u32,
    /// The keys, by date.
    pub keys: Vec<&'a str>,
}

/// Load per (person, week label), for every owner of an item in `weeks`.
pub(crate) fn loads<'a>(weeks: &'a [Week<'a>]) -> BTreeMap<(&'a str, &'a str), Load<'a>> {
    let mut out: BTreeMap<(&str, &str), Load> = BTreeMap::new();
    // Counted per week in a hash map, then moved into the ordered map: a
    // hundred thousand items cost a hash each instead of a tree search.
    let mut week_loads: HashMap<&str, Load> = HashMap::new();
    for week in weeks {
        for it in week.items() {
            if let Some(owner) = &it.owner {
                let l = week_loads.entry(owner.as_ref()).or_default();
                l.items += 1;
                l.effort_minutes += it.effort_minutes.unwrap_or(0);
                l.keys.push(&it.key);
            }
        }
        for (owner, load) in week_loads.drain() {
            out.insert((owner, week.label.as_str()), load);
        }
    }
    out
}

/// A person's capacity: theirs, else `rules.capacity` (for an owner who is
/// not, or no longer, in the definitions).
pub(crate) fn capacity(cal: &Calendar, person: &str) -> u32 {
    cal.person(person)
        .map_or(cal.rules.capacity, |p| p.capacity)
}

/// Adds overload, away_assigned and unassigned findings.
pub(crate) fn check(cal: &Calendar, weeks: &[Week], found: &mut Findings) {
    let people: HashMap<&str, &Person> = cal.people.iter().map(|p| (p.id.as_str(), p)).collect();
    if found.enabled(Code::Overload).is_some() {
        for ((person, week), load) in loads(weeks) {
            let cap = people
                .get(person)
                .map_or(cal.rules.capacity, |p| p.capacity);
            if load.items > cap {
                found.add(
                    Code::Overload,
                    |f| {
                        f.with_week(week)
                            .with_person(person)
                            .at(people.get(person).map(|p| &p.origin))
                    },
                    format!(
                        "{person} has {} items in week {week}, capacity {cap}: {}",
                        load.items,
                        load.keys.join(", ")
                    ),
                );
            }
        }
    }
    let check_away = found.enabled(Code::AwayAssigned).is_some()
        && cal.people.iter().any(|p| !p.away.is_empty());
    for week in weeks {
        for it in week.items() {
            match &it.owner {
                Some(person)
                    if check_away
                        && people
                            .get(person.as_ref())
                            .is_some_and(|p| is_away(p, it.date)) =>
                {
                    found.add(
                        Code::AwayAssigned,
                        |f| item_finding(cal, f, week, it).with_person(&**person),
                        format!(
                            "{} ({}) is assigned to {person}, who is away on {}",
                            it.key, it.title, it.date
                        ),
                    )
                }
                Some(_) => {}
                None if it.reserve => {}
                None => found.add(
                    Code::Unassigned,
                    |f| item_finding(cal, f, week, it),
                    format!("{} ({}) has no owner", it.key, it.title),
                ),
            }
        }
    }
}

/// A finding about one item: its week, date, key and definition.
fn item_finding(cal: &Calendar, f: super::Finding, week: &Week, it: &Item) -> super::Finding {
    f.with_week(&week.label)
        .with_date(it.date)
        .with_item(&it.key)
        .at(it.origin(cal))
}

#[cfg(test)]
mod tests {
    use super::super::weeks::layout;
    use super::*;
    use crate::model::{Origin, Person};
    use crate::plan::item::Status;
    use crate::plan::test_support::{calendar, d, item, range};

    fn person(id: &str, capacity: u32) -> Person {
        Person {
            id: id.into(),
            name: id.into(),
            email: None,
            team: None,
            capacity,
            away: vec![],
            backup: vec![],
            origin: Origin {
                file: "people.toml".into(),
                line: 3,
            },
        }
    }

    #[test]
    fn overload_is_load_above_capacity_in_the_week_items_stand() {
        let mut cal = calendar();
        cal.people.push(person("anna", 1));
        let mut moved = item("moved", d(2026, 4, 13), Some("anna"));
        moved.generated = d(2026, 4, 10);
        let items = [item("a", d(2026, 4, 8), Some("anna")), moved];
        let weeks = layout(&cal, &items, range(d(2026, 4, 6), d(2026, 4, 19)));
        let mut found = Findings::new(&cal.rules);
        check(&cal, &weeks, &mut found);
        assert!(found.list.is_empty(), "{:?}", found.list);

        let items = [
            item("a", d(2026, 4, 8), Some("anna")),
            item("b", d(2026, 4, 9), Some("anna")),
        ];
        let weeks = layout(&cal, &items, range(d(2026, 4, 6), d(2026, 4, 12)));
        let mut found = Findings::new(&cal.rules);
        check(&cal, &weeks, &mut found);
        assert_eq!(found.list.len(), 1);
        let f = &found.list[0];
        assert_eq!(f.code, Code::Overload);
        assert_eq!(f.person.as_deref(), Some("anna"));
        assert_eq!(f.file.as_deref(), Some("people.toml"));
    }

    #[test]
    fn away_unassigned_and_reserve() {
        let mut cal = calendar();
        let mut anna = person("anna", 5);
        anna.away.push(range(d(2026, 4, 8), d(2026, 4, 8)));
        cal.people.push(anna);
        let mut reserve = item("reserve", d(2026, 4, 9), None);
        reserve.reserve = true;
        let mut skipped = item("skipped", d(2026, 4, 9), None);
        skipped.status = Status::Skipped;
        let items = [
            item("away", d(2026, 4, 8), Some("anna")),
            item("nobody", d(2026, 4, 9), None),
            reserve,
            skipped,
        ];
        let weeks = layout(&cal, &items, range(d(2026, 4, 6), d(2026, 4, 12)));
        let mut found = Findings::new(&cal.rules);
        check(&cal, &weeks, &mut found);
        let got: Vec<_> = found
            .list
            .iter()
            .map(|f| (f.code.as_str(), f.item.clone().unwrap()))
            .collect();
        assert_eq!(
            got,
            [
                ("away_assigned", "away".to_string()),
                ("unassigned", "nobody".to_string())
            ]
        );
    }
}
