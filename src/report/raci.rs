//! The RACI report: every format and campaign × every person, with who is
//! Responsible (the owner, each person of a rotation or pool), Accountable,
//! Consulted and Informed. Team ids expand to the team's members, `all` to
//! everyone. Rows without anyone responsible are marked.

use super::load::PEOPLE_AS_COLUMNS;
use super::sheet::{Sheet, Value};
use crate::model::{Calendar, Member, OwnerRule, Pool, Template};

/// The roles, one row per definition, person and role: `source`, `id`,
/// `title`, `person`, `role` (`R`, `A`, `C` or `I`). People are values,
/// never column names, so a person with the id `title` overwrites nothing
/// in JSON or CSV. A definition where nobody has a role gets one row with
/// `person` and `role` null; rows of a definition without anyone
/// responsible are marked.
pub fn sheet(cal: &Calendar) -> Sheet {
    let mut s = Sheet::new(&["source", "id", "title", "person", "role"]);
    for row in roles(cal) {
        let alert = row.nobody_responsible;
        let head = || {
            vec![
                Value::Text(row.source.into()),
                Value::Text(row.id.into()),
                Value::Text(row.title.into()),
            ]
        };
        let mut any = false;
        for (person, letters) in cal.people.iter().zip(&row.letters) {
            for letter in letters.chars() {
                let mut r = head();
                r.push(Value::Text(person.id.clone()));
                r.push(Value::Text(letter.to_string()));
                s.push(r, alert);
                any = true;
            }
        }
        if !any {
            let mut r = head();
            r.extend([Value::Null, Value::Null]);
            s.push(r, alert);
        }
    }
    s
}

/// The matrix for the table view. Up to [`PEOPLE_AS_COLUMNS`] people: a
/// row per definition, a column per person, a cell holding the letters of
/// their roles, like `RA`. With more: a row per person (and their team),
/// a column per role listing the definitions they hold it in.
pub fn matrix(cal: &Calendar) -> Sheet {
    if cal.people.len() > PEOPLE_AS_COLUMNS {
        return by_person(cal);
    }
    let mut columns = vec!["source", "id", "title"];
    columns.extend(cal.people.iter().map(|p| p.id.as_str()));
    let mut s = Sheet::new(&columns);
    for row in roles(cal) {
        let mut cells = vec![
            Value::Text(row.source.into()),
            Value::Text(row.id.into()),
            Value::Text(row.title.into()),
        ];
        cells.extend(row.letters.into_iter().map(|r| {
            if r.is_empty() {
                Value::Null
            } else {
                Value::Text(r)
            }
        }));
        s.push(cells, row.nobody_responsible);
    }
    s
}

/// A row per person: `person`, `team`, then `R`, `A`, `C`, `I`, each the
/// ids of the definitions where the person has that role; last, marked, a
/// row `(nobody)` whose `R` lists the definitions without anyone
/// responsible, when there are some.
fn by_person(cal: &Calendar) -> Sheet {
    let roles = roles(cal);
    let ids = |keep: &dyn Fn(&Roles) -> bool| -> Value {
        let ids: Vec<&str> = roles.iter().filter(|r| keep(r)).map(|r| r.id).collect();
        if ids.is_empty() {
            Value::Null
        } else {
            Value::Text(ids.join(", "))
        }
    };
    let mut s = Sheet::new(&["person", "team", "R", "A", "C", "I"]);
    for (i, person) in cal.people.iter().enumerate() {
        let mut row = vec![
            Value::Text(person.id.clone()),
            Value::opt(person.team.as_deref()),
        ];
        for letter in ['R', 'A', 'C', 'I'] {
            row.push(ids(&|r: &Roles| r.letters[i].contains(letter)));
        }
        s.push(row, false);
    }
    let nobody = ids(&|r: &Roles| r.nobody_responsible);
    if nobody != Value::Null {
        let mut row = vec![Value::Text("(nobody)".into()), Value::Null, nobody];
        row.extend([Value::Null, Value::Null, Value::Null]);
        s.push(row, true);
    }
    s
}

/// One definition's roles.
struct Roles<'a> {
    source: &'static str,
    id: &'a str,
    title: &'a str,
    /// Parallel to `cal.people`: `R` and `A`, else `C`, else `I`, or empty.
    letters: Vec<String>,
    nobody_responsible: bool,
}

/// The roles of every format and campaign. Consulted and Informed are for
/// the others: someone Responsible or Accountable is not also told
/// (`informed = ["all"]` leaves the owner `R`, not `RI`), and someone
/// Consulted is not also Informed.
fn roles(cal: &Calendar) -> Vec<Roles<'_>> {
    let mut defs: Vec<(&'static str, &str, Vec<&Template>, bool)> = Vec::new();
    for f in &cal.formats {
        defs.push(("format", &f.id, vec![&f.template], f.reserve));
    }
    for c in &cal.campaigns {
        let mut templates = vec![&c.template];
        templates.extend(c.posts.iter().map(|p| &p.template));
        defs.push(("campaign", &c.id, templates, false));
    }
    let mut out = Vec::with_capacity(defs.len());
    for (source, id, templates, reserve) in defs {
        let mut letters: Vec<String> = vec![String::new(); cal.people.len()];
        let mut mark = |who: Vec<&str>, letter: char, unless: &str| {
            for (i, p) in cal.people.iter().enumerate() {
                let held = &mut letters[i];
                if who.contains(&p.id.as_str())
                    && !held.contains(letter)
                    && !held.contains(|c| unless.contains(c))
                {
                    held.push(letter);
                }
            }
        };
        for t in &templates {
            mark(responsible(cal, t), 'R', "");
        }
        for t in &templates {
            let accountable: Vec<&str> = t.raci.accountable.iter().map(String::as_str).collect();
            mark(expand(cal, &accountable), 'A', "");
        }
        for t in &templates {
            mark(expand(cal, &as_strs(&t.raci.consulted)), 'C', "RA");
        }
        for t in &templates {
            mark(expand(cal, &as_strs(&t.raci.informed)), 'I', "RAC");
        }
        let nobody_responsible = !reserve && !letters.iter().any(|r| r.contains('R'));
        out.push(Roles {
            source,
            id,
            title: &templates[0].title,
            letters,
            nobody_responsible,
        });
    }
    out
}

fn as_strs(list: &[String]) -> Vec<&str> {
    list.iter().map(String::as_str).collect()
}

/// The people an owner rule may make responsible.
fn responsible<'a>(cal: &'a Calendar, t: &'a Template) -> Vec<&'a str> {
    match &t.owner {
        OwnerRule::Nobody => Vec::new(),
        OwnerRule::Fixed(p) => vec![p.as_str()],
        // A team's turns go to its ambassadors.
        OwnerRule::Rotation(list) => list
            .iter()
            .flat_map(|m| match m {
                Member::Person(p) => vec![p.as_str()],
                Member::Team(t) => cal
                    .team(t)
                    .map(|t| as_strs(&t.ambassadors))
                    .unwrap_or_default(),
            })
            .collect(),
        OwnerRule::Pool(Pool::All) => cal.people.iter().map(|p| p.id.as_str()).collect(),
        OwnerRule::Pool(Pool::Team(team)) => expand(cal, &[team.as_str()]),
        OwnerRule::Pool(Pool::Ambassadors) => cal
            .teams
            .iter()
            .filter(|team| t.team.as_ref().is_none_or(|id| *id == team.id))
            .flat_map(|team| team.ambassadors.iter().map(String::as_str))
            .collect(),
    }
}

/// Person ids for RACI parties: a person stays, a team becomes its members,
/// `all` becomes everyone.
fn expand<'a>(cal: &'a Calendar, parties: &[&'a str]) -> Vec<&'a str> {
    let mut out = Vec::new();
    for &party in parties {
        if party == "all" {
            out.extend(cal.people.iter().map(|p| p.id.as_str()));
        } else if cal.team(party).is_some() {
            out.extend(
                cal.people
                    .iter()
                    .filter(|p| p.team.as_deref() == Some(party))
                    .map(|p| p.id.as_str()),
            );
        } else {
            out.push(party);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Origin, Person, Raci, Team};
    use crate::plan::test_support::{self, calendar};

    fn person(id: &str, team: &str) -> Person {
        Person {
            team: Some(team.into()),
            ..test_support::person(id)
        }
    }

    #[test]
    fn owners_rotations_and_teams_expand_to_people() {
        let mut cal = calendar();
        cal.people = vec![
            person("anna", "communicatie"),
            person("bert", "hr"),
            person("chris", "hr"),
            person("dirk", "directie"),
        ];
        cal.teams.push(Team {
            id: "hr".into(),
            name: "HR".into(),
            ambassadors: vec!["bert".into()],
            origin: Origin::default(),
        });
        let format = |id: &str, owner: OwnerRule, raci: Raci| {
            let template = Template {
                title: id.into(),
                owner,
                raci,
                ..Template::default()
            };
            test_support::format(id, "FREQ=WEEKLY", cal.start, template)
        };
        cal.formats = vec![
            format(
                "week",
                OwnerRule::Fixed("anna".into()),
                Raci {
                    accountable: Some("dirk".into()),
                    consulted: vec!["hr".into()],
                    informed: vec!["all".into()],
                },
            ),
            format(
                "rond",
                OwnerRule::Rotation(vec![
                    Member::Person("anna".into()),
                    Member::Person("bert".into()),
                ]),
                Raci::default(),
            ),
            format("los", OwnerRule::Nobody, Raci::default()),
        ];
        let s = matrix(&cal);
        let cells =
            |i: usize| -> Vec<String> { s.rows[i][3..].iter().map(Value::csv_text).collect() };
        // informed = ["all"] tells the others: anna stays R, dirk A.
        assert_eq!(cells(0), ["R", "C", "C", "A"]);
        assert_eq!(cells(1), ["R", "R", "", ""]);
        assert_eq!(s.alert, [false, false, true]);
        let long = sheet(&cal);
        let rows: Vec<Vec<String>> = long
            .rows
            .iter()
            .map(|r| r.iter().map(Value::csv_text).collect())
            .collect();
        let row = |id: &str, person: &str, role: &str| -> Vec<String> {
            [&["format", id, id][..], &[person, role]]
                .concat()
                .into_iter()
                .map(String::from)
                .collect()
        };
        assert_eq!(
            rows,
            [
                row("week", "anna", "R"),
                row("week", "bert", "C"),
                row("week", "chris", "C"),
                row("week", "dirk", "A"),
                row("rond", "anna", "R"),
                row("rond", "bert", "R"),
                row("los", "", ""),
            ]
        );
        assert_eq!(long.columns, ["source", "id", "title", "person", "role"]);
    }
}
