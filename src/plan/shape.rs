//! What of the definitions changed between two plans (issue 19). Most of a
//! calendar decides items together: dates, skips, blackouts, owner rules,
//! rotations, pools, capacities and teams couple every definition through
//! load and turns. A format's own text does not: its title, kind, channel,
//! description, goal, tags and RACI end up in its own items only (the tags
//! also in their focus blocks) and no plan step reads them. So when that
//! text is all that changed, the new plan is the old one with those
//! formats' items given their new text ([`super::restyler`]), and a re-plan
//! need not expand or assign anything.
//!
//! The fingerprints hash the validated model through its derived `Hash`:
//! every field counts unless it is named here as a format's own text, so a
//! field added to the model later couples definitions until someone says
//! it does not.
//! Where a definition was written (its file and line) does not count: an
//! edit that adds a line moves every definition below it.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};

use crate::model::{Calendar, Origin, Raci, Template};

/// The fingerprints of a calendar's definitions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shape {
    /// Everything but the formats' own text.
    coupled: u64,
    /// Each format's own text, by format id.
    formats: BTreeMap<String, u64>,
}

/// A format's own text, taken out of its template.
#[derive(Hash)]
struct OwnText {
    title: String,
    kind: Option<String>,
    channel: Option<String>,
    description: Option<String>,
    goal: Option<String>,
    tags: Vec<String>,
    raci: Raci,
}

impl OwnText {
    fn take(t: &mut Template) -> OwnText {
        OwnText {
            title: std::mem::take(&mut t.title),
            kind: t.kind.take(),
            channel: t.channel.take(),
            description: t.description.take(),
            goal: t.goal.take(),
            tags: std::mem::take(&mut t.tags),
            raci: std::mem::take(&mut t.raci),
        }
    }
}

impl Shape {
    /// The fingerprints of `cal`.
    pub fn of(cal: &Calendar) -> Shape {
        let mut rest = cal.clone();
        let formats = rest
            .formats
            .iter_mut()
            .map(|f| (f.id.clone(), hash(&OwnText::take(&mut f.template))))
            .collect();
        forget_origins(&mut rest);
        Shape {
            coupled: hash(&rest),
            formats,
        }
    }

    /// The ids of the formats whose own text alone changed from `before`
    /// to `self`; `None` when anything else changed.
    pub fn restyled(&self, before: &Shape) -> Option<Vec<String>> {
        let same_formats = self.formats.len() == before.formats.len()
            && self.formats.keys().eq(before.formats.keys());
        if self.coupled != before.coupled || !same_formats {
            return None;
        }
        Some(
            self.formats
                .iter()
                .zip(before.formats.values())
                .filter(|((_, now), then)| now != then)
                .map(|((id, _), _)| id.clone())
                .collect(),
        )
    }
}

fn forget_origins(cal: &mut Calendar) {
    let blank = |o: &mut Origin| *o = Origin::default();
    cal.goals.iter_mut().for_each(|x| blank(&mut x.origin));
    cal.teams.iter_mut().for_each(|x| blank(&mut x.origin));
    cal.people.iter_mut().for_each(|x| blank(&mut x.origin));
    cal.formats.iter_mut().for_each(|x| blank(&mut x.origin));
    cal.focus.iter_mut().for_each(|x| blank(&mut x.origin));
    for c in &mut cal.campaigns {
        blank(&mut c.origin);
        c.posts.iter_mut().for_each(|p| blank(&mut p.origin));
    }
    cal.items.iter_mut().for_each(|x| blank(&mut x.origin));
    cal.blackouts.iter_mut().for_each(|x| blank(&mut x.origin));
    cal.quiet.iter_mut().for_each(|x| blank(&mut x.origin));
    cal.pages.iter_mut().for_each(|x| blank(&mut x.origin));
    cal.imported.iter_mut().for_each(|x| blank(&mut x.origin));
}

/// XXH3 of a value, through its `Hash`.
fn hash(value: &impl Hash) -> u64 {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    value.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::test_support;

    fn calendar() -> Calendar {
        let mut cal = test_support::calendar();
        let format = |id: &str| {
            let template = Template {
                title: format!("{id}!"),
                ..Template::default()
            };
            test_support::format(id, "FREQ=WEEKLY", test_support::d(2026, 1, 5), template)
        };
        cal.formats = vec![format("a"), format("b")];
        cal
    }

    #[test]
    fn a_format_s_own_text_is_its_own_and_everything_else_couples() {
        let before = Shape::of(&calendar());
        assert_eq!(Shape::of(&calendar()).restyled(&before), Some(vec![]));
        let own: [fn(&mut Template); 6] = [
            |t| t.title.push('?'),
            |t| t.kind = Some("video".into()),
            |t| t.channel = Some("intranet".into()),
            |t| t.description = Some("Over ons".into()),
            |t| t.tags.push("x".into()),
            |t| t.goal = Some("binding".into()),
        ];
        for change in own {
            let mut cal = calendar();
            change(&mut cal.formats[1].template);
            cal.formats[0].origin.line += 3;
            assert_eq!(
                Shape::of(&cal).restyled(&before),
                Some(vec!["b".to_string()])
            );
        }
        let coupled: [fn(&mut Calendar); 5] = [
            |c| c.formats[0].template.owner = crate::model::OwnerRule::Fixed("x".into()),
            |c| c.formats[0].template.time = chrono::NaiveTime::from_hms_opt(9, 0, 0),
            |c| c.formats[0].reserve = true,
            |c| c.formats.pop().map(drop).unwrap_or_default(),
            |c| c.rules.freeze += 1,
        ];
        for change in coupled {
            let mut cal = calendar();
            change(&mut cal);
            assert_eq!(Shape::of(&cal).restyled(&before), None);
        }
    }
}
