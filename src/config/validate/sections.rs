//! Sections: `[rules]`, goals, teams, people and their absences,
//! blackouts, quiet periods, focus blocks and pages.

use super::*;

impl Validator<'_> {
    pub(super) fn rules(&mut self, f: F, r: &raw::RawRules) -> Rules {
        let d = Rules::default();
        let n = |v: &Option<S<i64>>, what: &str, default: u32, this: &mut Self| {
            v.as_ref().map_or(default, |x| this.count(f, x, what))
        };
        Rules {
            min_per_week: n(&r.min_per_week, "min_per_week", d.min_per_week, self),
            min_per_day: n(&r.min_per_day, "min_per_day", d.min_per_day, self),
            max_per_day: n(&r.max_per_day, "max_per_day", d.max_per_day, self),
            capacity: n(&r.capacity, "capacity", d.capacity, self),
            holidays: r
                .holidays
                .as_ref()
                .map_or(d.holidays, |h| self.policy(f, h)),
            review_effort: r
                .review_effort
                .as_ref()
                .and_then(|x| self.minutes(f, x))
                .unwrap_or(d.review_effort),
            history: r.history.as_ref().and_then(|h| {
                let parsed = ReviewInterval::parse(h.get_ref());
                if parsed.is_none() {
                    self.error(
                        f,
                        h.span(),
                        format!(
                            "invalid history \"{}\": write how long items stay after they ended, like 90d, 26w, 18m or 2y; without it everything stays",
                            h.get_ref()
                        ),
                    );
                }
                parsed
            }),
            empty_week: self.severity(f, &r.empty_week, d.empty_week),
            thin_week: self.severity(f, &r.thin_week, d.thin_week),
            empty_day: self.severity(f, &r.empty_day, d.empty_day),
            crowded_day: self.severity(f, &r.crowded_day, d.crowded_day),
            overload: self.severity(f, &r.overload, d.overload),
            away_assigned: self.severity(f, &r.away_assigned, d.away_assigned),
            unassigned: self.severity(f, &r.unassigned, d.unassigned),
            focus_gap: self.severity(f, &r.focus_gap, d.focus_gap),
            no_goal: self.severity(f, &r.no_goal, d.no_goal),
            orphan: self.severity(f, &r.orphan, d.orphan),
            goal_missed: self.severity(f, &r.goal_missed, d.goal_missed),
            fading_format: self.severity(f, &r.fading_format, d.fading_format),
            stale_page: self.severity(f, &r.stale_page, d.stale_page),
            overdue: self.severity(f, &r.overdue, d.overdue),
            unpublished: self.severity(f, &r.unpublished, d.unpublished),
            unclaimed_slot: self.severity(f, &r.unclaimed_slot, d.unclaimed_slot),
            unfair_pool: self.severity(f, &r.unfair_pool, d.unfair_pool),
            remind: r.remind.as_ref().map_or(d.remind, |x| self.remind(f, x)),
            freeze: r.freeze.as_ref().map_or(d.freeze, |x| self.freeze(f, x)),
            unplanned: self.severity(f, &r.unplanned, d.unplanned),
        }
    }

    pub(super) fn goal(&mut self, f: F, g: &S<raw::RawGoal>) -> Option<Goal> {
        let r = g.get_ref();
        let id = self.required(f, &r.id, g, "goal", "id")?.get_ref().clone();
        let title = self
            .required(f, &r.title, g, "goal", "title")?
            .get_ref()
            .clone();
        let metrics = [
            "views",
            "readers",
            "reactions",
            "comments",
            "read_seconds",
            "clicks",
            "interaction_rate",
        ];
        let metric = r.metric.as_ref().and_then(|m| {
            if metrics.contains(&m.get_ref().as_str()) {
                Some(m.get_ref().clone())
            } else {
                let hint = suggest::hint(m.get_ref(), metrics);
                self.error_hint(
                    f,
                    m.span(),
                    format!("unknown metric \"{}\"", m.get_ref()),
                    hint,
                );
                None
            }
        });
        let target = r.target.as_ref().and_then(|t| match t.get_ref() {
            toml::Value::Integer(i) => Some(*i as f64),
            toml::Value::Float(x) => Some(*x),
            other => {
                self.error(f, t.span(), format!("target {other} is not a number"));
                None
            }
        });
        Some(Goal {
            id,
            title,
            measure: r.measure.as_ref().map(|m| m.get_ref().clone()),
            metric,
            target,
            origin: self.origin(f, &g.span()),
        })
    }

    pub(super) fn team(&mut self, f: F, t: &S<raw::RawTeam>) -> Option<Team> {
        let r = t.get_ref();
        let id = self.required(f, &r.id, t, "team", "id")?.get_ref().clone();
        let ambassadors = r
            .ambassadors
            .iter()
            .filter_map(|a| self.reference(Section::Person, f, a))
            .collect();
        Some(Team {
            name: r
                .name
                .as_ref()
                .map_or_else(|| id.clone(), |n| n.get_ref().clone()),
            id,
            ambassadors,
            origin: self.origin(f, &t.span()),
        })
    }

    pub(super) fn person(
        &mut self,
        f: F,
        p: &S<raw::RawPerson>,
        default_capacity: u32,
    ) -> Option<Person> {
        let r = p.get_ref();
        let id = self
            .required(f, &r.id, p, "person", "id")?
            .get_ref()
            .clone();
        let team = r
            .team
            .as_ref()
            .and_then(|t| self.reference(Section::Team, f, t));
        let capacity = r
            .capacity
            .as_ref()
            .map_or(default_capacity, |c| self.count(f, c, "capacity"));
        let away = r
            .away
            .iter()
            .map(|a| self.range(f, &a.get_ref().from, &a.get_ref().until))
            .collect();
        let backup = r
            .backup
            .as_ref()
            .map(|b| self.backups(f, b))
            .unwrap_or_default();
        Some(Person {
            name: r
                .name
                .as_ref()
                .map_or_else(|| id.clone(), |n| n.get_ref().clone()),
            id,
            email: r.email.as_ref().map(|e| e.get_ref().clone()),
            team,
            capacity,
            away,
            backup,
            origin: self.origin(f, &p.span()),
        })
    }

    /// Refuses people whose backups lead back to themselves (`anna` backs
    /// up to `bas`, `bas` to `anna`): pointed at the `backup` that closes the
    /// loop, so nobody reads a circle as a deputy.
    pub(super) fn backup_loops(&mut self, people: &[Person]) {
        let files = self.files;
        for (f, (_, raw)) in files.iter().enumerate() {
            for p in &raw.person {
                let r = p.get_ref();
                let (Some(id), Some(b)) = (&r.id, &r.backup) else {
                    continue;
                };
                let id = id.get_ref().as_str();
                // Said once per loop: at the person with the lowest id in it.
                let Some(path) = backup_loop(people, id).filter(|p| p.iter().all(|o| id <= *o))
                else {
                    continue;
                };
                self.error_hint(
                    f,
                    b.span(),
                    format!("backups loop back to \"{id}\""),
                    Some(format!(
                        "{}; a chain of backups must end with someone who has none",
                        path.join(" -> ")
                    )),
                );
            }
        }
    }

    /// An `[[away]]` entry: one more absence of a defined person.
    pub(super) fn away(&mut self, f: F, a: &S<raw::RawAway>, people: &mut [Person]) {
        let r = a.get_ref();
        let Some(id) = self.required(f, &r.person, a, "away", "person") else {
            return;
        };
        let Some(id) = self.reference(Section::Person, f, id) else {
            return;
        };
        let Some(range) = self.days_range(f, a.span(), "away", &r.date, &r.from, &r.until) else {
            return;
        };
        if let Some(p) = people.iter_mut().find(|p| p.id == id) {
            p.away.push(range);
        }
    }

    pub(super) fn blackout(
        &mut self,
        f: F,
        b: &S<raw::RawBlackout>,
        start: NaiveDate,
    ) -> Option<Blackout> {
        let r = b.get_ref();
        let id = self
            .required(f, &r.id, b, "blackout", "id")?
            .get_ref()
            .clone();
        let days = if let Some(rrule) = &r.rrule {
            if r.date.is_some() || r.from.is_some() {
                self.error(
                    f,
                    rrule.span(),
                    "[[blackout]] takes `rrule`, or `date`, or `from` and `until`: one of them",
                );
                return None;
            }
            let anchor = r.from.as_ref().map_or(start, |d| d.get_ref().0);
            DaySet::Rule(self.rule_from_text(f, rrule, anchor, None)?)
        } else {
            DaySet::Range(self.days_range(f, b.span(), "blackout", &r.date, &r.from, &r.until)?)
        };
        Some(Blackout {
            name: r
                .name
                .as_ref()
                .map_or_else(|| id.clone(), |n| n.get_ref().clone()),
            id,
            days,
            origin: self.origin(f, &b.span()),
        })
    }

    pub(super) fn quiet(&mut self, f: F, q: &S<raw::RawQuiet>) -> Option<Quiet> {
        let r = q.get_ref();
        let id = self.required(f, &r.id, q, "quiet", "id")?.get_ref().clone();
        let range = self.days_range(f, q.span(), "quiet", &r.date, &r.from, &r.until)?;
        Some(Quiet {
            reason: r
                .reason
                .as_ref()
                .map_or_else(|| id.clone(), |n| n.get_ref().clone()),
            id,
            range,
            origin: self.origin(f, &q.span()),
        })
    }

    pub(super) fn focus(&mut self, f: F, x: &S<raw::RawFocus>) -> Option<Focus> {
        let r = x.get_ref();
        let id = self.required(f, &r.id, x, "focus", "id")?.get_ref().clone();
        let range = match (&r.quarter, &r.from, &r.until) {
            (Some(q), None, None) => match Quarter::parse(q.get_ref()) {
                Some(q) => DateRange {
                    from: q.first_day(),
                    until: q.last_day(),
                },
                None => {
                    self.error(
                        f,
                        q.span(),
                        format!("invalid quarter \"{}\": write it like 2026-Q2", q.get_ref()),
                    );
                    return None;
                }
            },
            (None, Some(a), Some(b)) => self.range(f, a, b),
            _ => {
                self.error(
                    f,
                    x.span(),
                    "[[focus]] needs `quarter`, or `from` and `until`",
                );
                return None;
            }
        };
        let formats = r
            .formats
            .iter()
            .filter_map(|fm| self.reference(Section::Format, f, fm))
            .collect();
        Some(Focus {
            theme: r
                .theme
                .as_ref()
                .map_or_else(|| id.clone(), |t| t.get_ref().clone()),
            id,
            range,
            tags: r.tags.iter().filter_map(|t| self.tag(f, t)).collect(),
            min_per_week: r
                .min_per_week
                .as_ref()
                .map_or(0, |n| self.count(f, n, "min_per_week")),
            formats,
            origin: self.origin(f, &x.span()),
        })
    }

    pub(super) fn page(&mut self, f: F, p: &S<raw::RawPage>) -> Option<Page> {
        let r = p.get_ref();
        let id = self.required(f, &r.id, p, "page", "id")?.get_ref().clone();
        let owner = r
            .owner
            .as_ref()
            .and_then(|o| self.reference(Section::Person, f, o));
        let team = r
            .team
            .as_ref()
            .and_then(|t| self.reference(Section::Team, f, t));
        if r.owner.is_none() && r.team.is_none() {
            self.error(
                f,
                p.span(),
                "[[page]] needs `owner` or `team`: someone reviews it",
            );
        }
        let review = match &r.review {
            Some(s) => match ReviewInterval::parse(s.get_ref()) {
                Some(i) => i,
                None => {
                    self.error(
                        f,
                        s.span(),
                        format!(
                            "invalid review interval \"{}\": write 30d, 6w, 6m or 1y",
                            s.get_ref()
                        ),
                    );
                    return None;
                }
            },
            None => {
                self.error(f, p.span(), "[[page]] needs `review`, like review = \"6m\"");
                return None;
            }
        };
        Some(Page {
            title: r
                .title
                .as_ref()
                .map_or_else(|| id.clone(), |t| t.get_ref().clone()),
            id,
            url: r.url.as_ref().map(|u| u.get_ref().clone()),
            owner,
            team,
            review,
            reviewed: r.reviewed.as_ref().map(|d| d.get_ref().0),
            archived: None,
            origin: self.origin(f, &p.span()),
        })
    }

    // ----- formats, campaigns, posts, items ------------------------------------------
}

/// The chain of backups from `start` back to `start`, when there is one.
fn backup_loop<'p>(people: &'p [Person], start: &'p str) -> Option<Vec<&'p str>> {
    let backups = |id: &str| {
        people
            .iter()
            .find(|p| p.id == id)
            .map_or(&[][..], |p| p.backup.as_slice())
    };
    // Depth-first over the backups, remembering the path: small lists.
    let mut stack: Vec<Vec<&str>> = vec![vec![start]];
    let mut seen: Vec<&str> = Vec::new();
    while let Some(path) = stack.pop() {
        let last = *path.last().expect("never empty");
        for b in backups(last) {
            if b == start {
                let mut done = path.clone();
                done.push(start);
                return Some(done);
            }
            if !seen.contains(&b.as_str()) {
                seen.push(b);
                let mut next = path.clone();
                next.push(b);
                stack.push(next);
            }
        }
    }
    None
}
