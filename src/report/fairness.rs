//! Fairness (SPEC section 11): for every definition whose owners come from
//! a pool or a rotation, each member's items and effort against the member
//! mean, the spread, and who has waited longest; and the `unfair_pool`
//! finding over the two complete calendar quarters before today's.
//!
//! A campaign's posts that share its owner rule take turns together
//! (`plan`), so they are one group under the campaign's id; a post with a
//! rule of its own is a group `campaign/post`. Skipped items are no work
//! and count nowhere; items without an owner count for nobody.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use super::finding::{Code, Findings};
use super::sheet::{Sheet, Value};
use crate::dates::{DateRange, Quarter};
use crate::model::{Calendar, Member, Origin, OwnerRule, Template};
use crate::plan::item::{date_text, Item, Source, Status};

/// Who a share is counted for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum By {
    /// Each owner.
    #[default]
    Person,
    /// The team whose turn it was in a team rotation, else the owner's team;
    /// people without a team are left out.
    Team,
}

/// One member's part of a group.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Share {
    pub member: String,
    /// Items in the range.
    pub items: u32,
    /// Their summed effort.
    pub effort_minutes: u32,
    /// The member's last item of the group up to the end of the range.
    pub last: Option<NaiveDate>,
}

/// A definition with a pool or a rotation, and its members' shares.
#[derive(Debug, Clone)]
pub struct Group<'c> {
    pub source: Source,
    /// The format's, item's or campaign's id; `campaign/post` for a post
    /// with an owner rule of its own.
    pub id: String,
    /// `pool all`, `pool team:hr`, `rotation`.
    pub rule: String,
    pub origin: &'c Origin,
    /// By member id: the pool's people or the rotation's members, and
    /// anyone else who holds one of its items (a swap, a cover).
    pub shares: Vec<Share>,
}

impl Group<'_> {
    /// Items per member.
    pub fn mean_items(&self) -> f64 {
        mean(self.shares.iter().map(|s| s.items))
    }

    /// Effort per member.
    pub fn mean_effort(&self) -> f64 {
        mean(self.shares.iter().map(|s| s.effort_minutes))
    }

    /// The most items a member holds less the fewest.
    pub fn spread(&self) -> u32 {
        let counts = self.shares.iter().map(|s| s.items);
        counts.clone().max().unwrap_or(0) - counts.min().unwrap_or(0)
    }

    /// Whether `share` holds more than twice the member mean.
    pub fn over_twice(&self, share: &Share) -> bool {
        let mean = self.mean_items();
        mean > 0.0 && f64::from(share.items) > 2.0 * mean
    }

    /// The date of the oldest last item (`None`: someone never held one):
    /// the members whose last item is that one have waited longest.
    fn longest_wait(&self) -> Option<Option<NaiveDate>> {
        self.shares.iter().map(|s| s.last).min()
    }
}

fn mean(values: impl Iterator<Item = u32>) -> f64 {
    let (sum, n) = values.fold((0u64, 0u32), |(s, n), v| (s + u64::from(v), n + 1));
    if n == 0 {
        0.0
    } else {
        sum as f64 / f64::from(n)
    }
}

/// A definition whose owners come from a pool or a rotation.
struct Def<'c> {
    source: Source,
    id: String,
    source_id: &'c str,
    /// A campaign's posts in this group; `None` for formats and items.
    posts: Option<Vec<&'c str>>,
    owner: &'c OwnerRule,
    origin: &'c Origin,
}

impl Def<'_> {
    fn holds(&self, it: &Item) -> bool {
        self.posts
            .as_ref()
            .is_none_or(|posts| it.key.split('/').nth(2).is_some_and(|p| posts.contains(&p)))
    }

    fn rule(&self) -> String {
        match self.owner {
            OwnerRule::Pool(p) => format!("pool {}", p.name()),
            _ => "rotation".into(),
        }
    }
}

fn shared(t: &Template) -> bool {
    matches!(t.owner, OwnerRule::Pool(_) | OwnerRule::Rotation(_))
}

/// Every definition with a pool or rotation, in the order they are written.
fn definitions(cal: &Calendar) -> Vec<Def<'_>> {
    let mut out = Vec::new();
    for f in cal.formats.iter().filter(|f| shared(&f.template)) {
        out.push(Def {
            source: Source::Format,
            id: f.id.clone(),
            source_id: &f.id,
            posts: None,
            owner: &f.template.owner,
            origin: &f.origin,
        });
    }
    for c in &cal.campaigns {
        let (together, own): (Vec<_>, Vec<_>) = c
            .posts
            .iter()
            .partition(|p| p.template.owner == c.template.owner);
        if shared(&c.template) && !together.is_empty() {
            out.push(Def {
                source: Source::Campaign,
                id: c.id.clone(),
                source_id: &c.id,
                posts: Some(together.iter().map(|p| p.id.as_str()).collect()),
                owner: &c.template.owner,
                origin: &c.origin,
            });
        }
        for p in own.into_iter().filter(|p| shared(&p.template)) {
            out.push(Def {
                source: Source::Campaign,
                id: format!("{}/{}", c.id, p.id),
                source_id: &c.id,
                posts: Some(vec![p.id.as_str()]),
                owner: &p.template.owner,
                origin: &p.origin,
            });
        }
    }
    for i in cal.items.iter().filter(|i| shared(&i.template)) {
        out.push(Def {
            source: Source::Item,
            id: i.id.clone(),
            source_id: &i.id,
            posts: None,
            owner: &i.template.owner,
            origin: &i.origin,
        });
    }
    out
}

/// The ids `--source` may name: the definitions with a pool or rotation.
pub fn sources(cal: &Calendar) -> Vec<String> {
    definitions(cal).into_iter().map(|d| d.id).collect()
}

fn team_of<'c>(cal: &'c Calendar, person: &str) -> Option<&'c str> {
    cal.person(person)?.team.as_deref()
}

/// The members a definition's rule names, before anyone holds anything.
fn members<'c>(cal: &'c Calendar, owner: &'c OwnerRule, by: By) -> Vec<&'c str> {
    let people: Vec<&str> = match owner {
        OwnerRule::Pool(p) => p.members(cal),
        OwnerRule::Rotation(list) => {
            let mut out = Vec::new();
            for m in list {
                match (m, by) {
                    (Member::Person(p), _) => out.push(p.as_str()),
                    (Member::Team(t), By::Person) => {
                        out.extend(
                            cal.team(t)
                                .into_iter()
                                .flat_map(|t| t.ambassadors.iter().map(String::as_str)),
                        );
                    }
                    (Member::Team(t), By::Team) => out.push(t.as_str()),
                }
            }
            out
        }
        OwnerRule::Nobody | OwnerRule::Fixed(_) => Vec::new(),
    };
    match by {
        By::Person => people,
        // A rotation's teams are teams already; people become theirs.
        By::Team => people
            .into_iter()
            .filter_map(|m| {
                if cal.team(m).is_some() && cal.person(m).is_none() {
                    Some(m)
                } else {
                    team_of(cal, m)
                }
            })
            .collect(),
    }
}

/// Who an item counts for.
fn member_of<'a>(cal: &'a Calendar, owner: &OwnerRule, it: &'a Item, by: By) -> Option<&'a str> {
    let person = it.owner.as_deref()?;
    match by {
        By::Person => Some(person),
        By::Team => {
            let turn = it.team.as_deref().filter(|t| match owner {
                OwnerRule::Rotation(list) => list.iter().any(|m| *m == Member::Team(t.to_string())),
                _ => false,
            });
            turn.or_else(|| team_of(cal, person))
        }
    }
}

/// The groups of `cal` (only `source`'s, when given) over `range`. `items`
/// may reach back before the range: they tell when each member last held
/// one; items after the range are not looked at.
pub fn groups<'c>(
    cal: &'c Calendar,
    items: &[Item],
    range: DateRange,
    by: By,
    source: Option<&str>,
) -> Vec<Group<'c>> {
    let mut by_source: HashMap<(Source, &str), Vec<&Item>> = HashMap::new();
    for it in items
        .iter()
        .filter(|it| it.status != Status::Skipped && it.date <= range.until)
    {
        by_source
            .entry((it.source, it.source_id.as_ref()))
            .or_default()
            .push(it);
    }
    let mut out = Vec::new();
    for def in definitions(cal) {
        if source.is_some_and(|s| s != def.id && s != def.source_id) {
            continue;
        }
        let mut shares: BTreeMap<&str, Share> = members(cal, def.owner, by)
            .into_iter()
            .map(|m| (m, Share::default()))
            .collect();
        let held = by_source
            .get(&(def.source, def.source_id))
            .map_or(&[][..], Vec::as_slice);
        for it in held.iter().filter(|it| def.holds(it)) {
            let Some(member) = member_of(cal, def.owner, it, by) else {
                continue;
            };
            let share = shares.entry(member).or_default();
            if range.contains(it.date) {
                share.items += 1;
                share.effort_minutes += it.effort_minutes.unwrap_or(0);
            }
            share.last = share.last.max(Some(it.date));
        }
        out.push(Group {
            source: def.source,
            rule: def.rule(),
            id: def.id,
            origin: def.origin,
            shares: shares
                .into_iter()
                .map(|(member, s)| Share {
                    member: member.to_string(),
                    ..s
                })
                .collect(),
        });
    }
    out
}

/// The report: a row per group and member. A member holding more than
/// twice the mean is marked.
pub fn sheet(groups: &[Group]) -> Sheet {
    let mut s = Sheet::new(&[
        "source",
        "id",
        "rule",
        "member",
        "items",
        "effort_minutes",
        "mean_items",
        "mean_effort_minutes",
        "vs_mean",
        "spread",
        "last_item",
        "waited_longest",
    ]);
    for g in groups {
        let (mean, effort, spread) = (g.mean_items(), g.mean_effort(), g.spread());
        let longest = g.longest_wait();
        for share in &g.shares {
            s.push(
                vec![
                    Value::Text(g.source.as_str().into()),
                    Value::Text(g.id.clone()),
                    Value::Text(g.rule.clone()),
                    Value::Text(share.member.clone()),
                    Value::Int(share.items.into()),
                    Value::Minutes(share.effort_minutes),
                    Value::Number(mean),
                    Value::Number(effort),
                    Value::number((mean > 0.0).then(|| f64::from(share.items) / mean)),
                    Value::Int(spread.into()),
                    Value::opt(share.last.map(date_text).as_deref()),
                    Value::Bool(g.shares.len() > 1 && Some(share.last) == longest),
                ],
                g.over_twice(share),
            );
        }
    }
    s
}

/// The two complete calendar quarters before `today`'s.
pub fn judged_quarters(today: NaiveDate) -> DateRange {
    let last = Quarter::of(today).previous();
    DateRange {
        from: last.previous().first_day(),
        until: last.last_day(),
    }
}

/// `unfair_pool`: a member who holds more than twice the member mean of a
/// pool's or rotation's stored items (not skipped) in the two complete
/// quarters before today's. `stored`: those items (`None` without a
/// stored plan: a plan made now would invent who held them).
pub fn check(cal: &Calendar, stored: Option<&[Item]>, today: NaiveDate, found: &mut Findings) {
    let Some(stored) = stored else { return };
    if found.enabled(Code::UnfairPool).is_none() {
        return;
    }
    let range = judged_quarters(today);
    let (first, last) = (Quarter::of(range.from), Quarter::of(range.until));
    for g in groups(cal, stored, range, By::Person, None) {
        let total: u32 = g.shares.iter().map(|s| s.items).sum();
        for share in g.shares.iter().filter(|s| g.over_twice(s)) {
            found.add(
                Code::UnfairPool,
                |f| f.with_person(&share.member).at(Some(g.origin)),
                format!(
                    "{} held {} of the {total} items of {} \"{}\" ({}) in {first}–{last}, more than twice the mean of {:.1} over {} members",
                    share.member,
                    share.items,
                    g.source.as_str(),
                    g.id,
                    g.rule,
                    g.mean_items(),
                    g.shares.len()
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Pool, Rules, Severity, Team};
    use crate::plan::test_support::{d, format, item, person, range};

    /// A calendar with these people, no teams and no definitions.
    fn calendar(people: &[&str]) -> Calendar {
        let mut cal = crate::plan::test_support::calendar();
        cal.people = people.iter().map(|id| person(id)).collect();
        cal
    }

    fn with_format(cal: &mut Calendar, id: &str, owner: OwnerRule) {
        let template = Template {
            title: id.into(),
            owner,
            ..Template::default()
        };
        cal.formats
            .push(format(id, "FREQ=WEEKLY", cal.start, template));
    }

    fn of(source: &str, date: NaiveDate, owner: &str) -> Item {
        let mut it = item(&format!("format/{source}/{date}"), date, Some(owner));
        it.source = Source::Format;
        it.source_id = source.into();
        it
    }

    #[test]
    fn shares_means_spread_and_the_longest_wait() {
        let mut cal = calendar(&["anna", "bert"]);
        with_format(&mut cal, "rubriek", OwnerRule::Pool(Pool::All));
        with_format(&mut cal, "vast", OwnerRule::Fixed("anna".into()));
        let mut a = of("rubriek", d(2026, 4, 8), "anna");
        a.effort_minutes = Some(60);
        let mut skipped = of("rubriek", d(2026, 4, 15), "bert");
        skipped.status = Status::Skipped;
        let items = [
            // Before the range: only tells when bert last held one.
            of("rubriek", d(2026, 3, 4), "bert"),
            a,
            of("rubriek", d(2026, 4, 22), "anna"),
            skipped,
            // After the range: not looked at.
            of("rubriek", d(2026, 6, 3), "bert"),
            of("vast", d(2026, 4, 8), "anna"),
        ];
        let g = groups(
            &cal,
            &items,
            range(d(2026, 4, 1), d(2026, 4, 30)),
            By::Person,
            None,
        );
        assert_eq!(g.len(), 1, "the fixed owner is no pool");
        let g = &g[0];
        assert_eq!((g.id.as_str(), g.rule.as_str()), ("rubriek", "pool all"));
        assert_eq!(
            g.shares,
            [
                Share {
                    member: "anna".into(),
                    items: 2,
                    effort_minutes: 60,
                    last: Some(d(2026, 4, 22)),
                },
                Share {
                    member: "bert".into(),
                    items: 0,
                    effort_minutes: 0,
                    last: Some(d(2026, 3, 4)),
                },
            ]
        );
        assert_eq!(
            (g.mean_items(), g.mean_effort(), g.spread()),
            (1.0, 30.0, 2)
        );
        let s = sheet(std::slice::from_ref(g));
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            r#"[{"source":"format","id":"rubriek","rule":"pool all","member":"anna","items":2,"effort_minutes":60,"mean_items":1.0,"mean_effort_minutes":30.0,"vs_mean":2.0,"spread":2,"last_item":"2026-04-22","waited_longest":false},{"source":"format","id":"rubriek","rule":"pool all","member":"bert","items":0,"effort_minutes":0,"mean_items":1.0,"mean_effort_minutes":30.0,"vs_mean":0.0,"spread":2,"last_item":"2026-03-04","waited_longest":true}]"#
        );
        // Twice the mean is not more than twice.
        assert_eq!(s.alert, [false, false]);
    }

    #[test]
    fn team_rotations_count_for_the_turns_team_or_its_ambassadors() {
        let mut cal = calendar(&["anna", "bert"]);
        cal.people[0].team = Some("hr".into());
        cal.people[1].team = Some("ict".into());
        for (id, amb) in [("hr", "anna"), ("ict", "bert")] {
            cal.teams.push(Team {
                id: id.into(),
                name: id.into(),
                ambassadors: vec![amb.into()],
                origin: Origin::default(),
            });
        }
        let rotation =
            OwnerRule::Rotation(vec![Member::Team("hr".into()), Member::Team("ict".into())]);
        with_format(&mut cal, "kijker", rotation);
        // bert took hr's turn for anna (away): the turn stays hr's.
        let mut turn = of("kijker", d(2026, 4, 8), "bert");
        turn.team = Some("hr".into());
        let items = [turn];
        let r = range(d(2026, 4, 1), d(2026, 4, 30));
        let teams = &groups(&cal, &items, r, By::Team, Some("kijker"))[0];
        let count = |g: &Group| -> Vec<(String, u32)> {
            g.shares
                .iter()
                .map(|s| (s.member.clone(), s.items))
                .collect()
        };
        assert_eq!(count(teams), [("hr".into(), 1), ("ict".into(), 0)]);
        let people = &groups(&cal, &items, r, By::Person, None)[0];
        assert_eq!(count(people), [("anna".into(), 0), ("bert".into(), 1)]);
        assert!(groups(&cal, &items, r, By::Person, Some("other")).is_empty());
    }

    #[test]
    fn unfair_pool_fires_above_twice_the_mean_in_the_two_quarters_before() {
        let mut cal = calendar(&["anna", "bert", "chris"]);
        with_format(&mut cal, "rubriek", OwnerRule::Pool(Pool::All));
        let today = d(2026, 11, 23);
        assert_eq!(judged_quarters(today), range(d(2026, 4, 1), d(2026, 9, 30)));
        let weekly = |from: NaiveDate, n: u64, who: &str| -> Vec<Item> {
            (0..n)
                .map(|i| of("rubriek", from + chrono::Days::new(7 * i), who))
                .collect()
        };
        // anna 7, bert 2, chris 0: mean 3, anna more than twice it.
        let mut items = weekly(d(2026, 4, 1), 7, "anna");
        items.extend(weekly(d(2026, 9, 2), 2, "bert"));
        // Outside the two quarters: not counted.
        items.extend(weekly(d(2026, 10, 7), 5, "chris"));
        items.extend(weekly(d(2026, 3, 4), 3, "chris"));
        let run = |rules: &Rules, items: &[Item]| {
            let mut found = Findings::new(rules);
            check(&cal, Some(items), today, &mut found);
            found.list
        };
        let on = Rules {
            unfair_pool: Severity::Warning,
            ..Rules::default()
        };
        let list = run(&on, &items);
        assert_eq!(list.len(), 1, "{list:?}");
        assert_eq!(list[0].person.as_deref(), Some("anna"));
        assert_eq!(list[0].severity, Severity::Warning);
        assert_eq!(
            list[0].message,
            "anna held 7 of the 9 items of format \"rubriek\" (pool all) in 2026-Q2–2026-Q3, more than twice the mean of 3.0 over 3 members"
        );
        // Off by default; nothing without stored items.
        assert!(run(&Rules::default(), &items).is_empty());
        let mut found = Findings::new(&on);
        check(&cal, None, today, &mut found);
        assert!(found.list.is_empty());
        // Two more for chris: 7, 2, 2 of 11, mean 3.67: not more than twice.
        items.extend(weekly(d(2026, 5, 6), 2, "chris"));
        assert!(run(&on, &items).is_empty());
    }
}
