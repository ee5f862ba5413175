//! The RACI report: every format and campaign × every person, with who is
//! Responsible (the owner, each person of a rotation or pool), Accountable,
//! Consulted and Informed. Team ids expand to the team's members, `all` to
//! everyone. Rows without anyone responsible are marked.

use super::sheet::{Sheet, Value};
use crate::model::{Calendar, OwnerRule, Pool, Template};

/// The matrix; a cell holds the letters of a person's roles, like `RA`.
pub fn sheet(cal: &Calendar) -> Sheet {
    let mut columns = vec!["source", "id", "title"];
    columns.extend(cal.people.iter().map(|p| p.id.as_str()));
    let mut s = Sheet::new(&columns);
    let mut rows: Vec<(&str, &str, Vec<&Template>, bool)> = Vec::new();
    for f in &cal.formats {
        rows.push(("format", &f.id, vec![&f.template], f.reserve));
    }
    for c in &cal.campaigns {
        let mut templates = vec![&c.template];
        templates.extend(c.posts.iter().map(|p| &p.template));
        rows.push(("campaign", &c.id, templates, false));
    }
    for (source, id, templates, reserve) in rows {
        let mut roles: Vec<String> = vec![String::new(); cal.people.len()];
        let mut mark = |who: Vec<&str>, letter: char| {
            for (i, p) in cal.people.iter().enumerate() {
                if who.contains(&p.id.as_str()) && !roles[i].contains(letter) {
                    roles[i].push(letter);
                }
            }
        };
        for t in &templates {
            mark(responsible(cal, t), 'R');
        }
        for t in &templates {
            let accountable: Vec<&str> = t.raci.accountable.iter().map(String::as_str).collect();
            mark(expand(cal, &accountable), 'A');
        }
        for t in &templates {
            mark(expand(cal, &as_strs(&t.raci.consulted)), 'C');
        }
        for t in &templates {
            mark(expand(cal, &as_strs(&t.raci.informed)), 'I');
        }
        let nobody = !reserve && !roles.iter().any(|r| r.contains('R'));
        let mut row = vec![
            Value::Text(source.into()),
            Value::Text(id.into()),
            Value::Text(templates[0].title.clone()),
        ];
        row.extend(roles.into_iter().map(|r| {
            if r.is_empty() {
                Value::Null
            } else {
                Value::Text(r)
            }
        }));
        s.push(row, nobody);
    }
    s
}

fn as_strs(list: &[String]) -> Vec<&str> {
    list.iter().map(String::as_str).collect()
}

/// The people an owner rule may make responsible.
fn responsible<'a>(cal: &'a Calendar, t: &'a Template) -> Vec<&'a str> {
    match &t.owner {
        OwnerRule::Nobody => Vec::new(),
        OwnerRule::Fixed(p) => vec![p.as_str()],
        OwnerRule::Rotation(list) => as_strs(list),
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
    use crate::model::{Format, Origin, Person, Raci, Team};
    use crate::plan::test_support::calendar;
    use crate::recur::Recurrence;

    fn person(id: &str, team: &str) -> Person {
        Person {
            id: id.into(),
            name: id.into(),
            email: None,
            team: Some(team.into()),
            capacity: 2,
            away: vec![],
            origin: Origin::default(),
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
        let rule = crate::recur::Rule::from_rrule("FREQ=WEEKLY", cal.start).unwrap();
        let format = |id: &str, owner: OwnerRule, raci: Raci| Format {
            id: id.into(),
            template: Template {
                title: id.into(),
                owner,
                raci,
                ..Template::default()
            },
            recurrence: Recurrence {
                rule: rule.clone(),
                anchor: cal.start,
                until: None,
                skip: Default::default(),
                holidays: Default::default(),
            },
            rotation_counts: Default::default(),
            reserve: false,
            origin: Origin::default(),
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
                OwnerRule::Rotation(vec!["anna".into(), "bert".into()]),
                Raci::default(),
            ),
            format("los", OwnerRule::Nobody, Raci::default()),
        ];
        let s = sheet(&cal);
        let cells =
            |i: usize| -> Vec<String> { s.rows[i][3..].iter().map(Value::csv_text).collect() };
        assert_eq!(cells(0), ["RI", "CI", "CI", "AI"]);
        assert_eq!(cells(1), ["R", "R", "", ""]);
        assert_eq!(s.alert, [false, false, true]);
    }
}
