//! Definitions: formats and campaigns that serve no goal, and stored items
//! whose definition is gone (orphans).

use super::finding::{Code, Findings};
use crate::dates::DateRange;
use crate::model::Calendar;
use crate::plan::item::iso_week;
use crate::plan::item::Item;

/// Adds no_goal findings for the formats and campaigns still running in or
/// after `window` (one that ended before it is history, not a problem), and
/// an orphan finding for each item in `orphans`.
pub(crate) fn check(cal: &Calendar, window: DateRange, orphans: &[&Item], found: &mut Findings) {
    if found.enabled(Code::NoGoal).is_some() {
        for format in &cal.formats {
            let ended = format.recurrence.until.is_some_and(|u| u < window.from);
            if format.template.goal.is_none() && !ended {
                found.add(
                    Code::NoGoal,
                    |f| f.at(Some(&format.origin)),
                    format!(
                        "format \"{}\" ({}) serves no goal: add goal = \"<goal id>\"",
                        format.id, format.template.title
                    ),
                );
            }
        }
        for campaign in &cal.campaigns {
            let served = campaign.template.goal.is_some()
                || campaign.posts.iter().any(|p| p.template.goal.is_some());
            if !served && campaign.range.until >= window.from {
                found.add(
                    Code::NoGoal,
                    |f| f.at(Some(&campaign.origin)),
                    format!(
                        "campaign \"{}\" ({}) serves no goal: add goal = \"<goal id>\"",
                        campaign.id, campaign.template.title
                    ),
                );
            }
        }
    }
    for it in orphans {
        let key = &it.key;
        found.add(
            Code::Orphan,
            |f| {
                f.with_week(iso_week(it.date))
                    .with_date(it.date)
                    .with_item(key)
            },
            format!(
                "{key} ({}) was kept because a person decided on it, but its definition is gone: \
                 restore the definition, or drop the item with `ritme reset {key}` (its history stays)",
                it.title
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Campaign, Origin, Template};
    use crate::plan::test_support::{calendar, d, item, range};

    #[test]
    fn campaigns_without_goal_and_orphans() {
        let mut cal = calendar();
        let campaign = |id: &str, goal: Option<&str>, until| Campaign {
            id: id.into(),
            range: range(d(2026, 1, 1), until),
            template: Template {
                title: id.into(),
                goal: goal.map(str::to_string),
                ..Template::default()
            },
            posts: vec![],
            origin: Origin {
                file: "campaigns/c.toml".into(),
                line: 1,
            },
        };
        cal.campaigns = vec![
            campaign("served", Some("verbinding"), d(2026, 12, 31)),
            campaign("aimless", None, d(2026, 12, 31)),
            campaign("over", None, d(2026, 3, 1)),
        ];
        let mut found = Findings::new(&cal.rules);
        let window = range(d(2026, 11, 23), d(2027, 2, 21));
        let orphan = item("item/x", d(2026, 12, 1), None);
        check(&cal, window, &[&orphan], &mut found);
        let got: Vec<_> = found
            .list
            .iter()
            .map(|f| (f.code.as_str(), f.file.clone(), f.item.clone()))
            .collect();
        assert_eq!(
            got,
            [
                ("no_goal", Some("campaigns/c.toml".to_string()), None),
                ("orphan", None, Some("item/x".to_string())),
            ]
        );
    }
}
