//! Definitions: the fields formats, campaigns, posts and one-off items
//! share (template, owner rule), and each of those definitions.

use super::*;

impl Validator<'_> {
    /// Refuses the fields a kind of definition does not take.
    pub(super) fn only_fields(&mut self, f: F, d: &RawDef, what: &str, allowed: &[&str]) {
        for (name, span) in d.present() {
            if !allowed.contains(&name) {
                let hint = suggest::hint(name, allowed.iter().copied());
                self.error_hint(f, span, format!("[[{what}]] has no field \"{name}\""), hint);
            }
        }
    }

    pub(super) fn template(
        &mut self,
        f: F,
        d: &S<RawDef>,
        base: Option<&Template>,
        what: &str,
        cal: &Calendar,
    ) -> Option<Template> {
        let r = d.get_ref();
        let mut t = base.cloned().unwrap_or_default();
        match (&r.title, base) {
            (Some(title), _) => t.title = title.get_ref().clone(),
            (None, Some(_)) => {}
            (None, None) => {
                self.error(f, d.span(), format!("[[{what}]] needs `title`"));
                return None;
            }
        }
        let text = |x: &Option<S<String>>| x.as_ref().map(|v| v.get_ref().clone());
        if r.kind.is_some() {
            t.kind = text(&r.kind);
        }
        if r.channel.is_some() {
            t.channel = text(&r.channel);
        }
        if r.description.is_some() {
            t.description = text(&r.description);
        }
        if let Some(x) = &r.time {
            t.time = self.time(f, x);
        }
        if let Some(x) = &r.duration {
            t.duration = self.minutes(f, x);
            if t.duration == Some(Minutes(0)) {
                self.error(
                    f,
                    x.span(),
                    "duration \"0m\" is empty: leave it out for the default 30m",
                );
            }
        }
        if let Some(x) = &r.prepare {
            t.prepare = self.minutes(f, x);
        }
        if let Some(x) = &r.effort {
            t.effort = self.minutes(f, x);
        }
        if let Some(x) = &r.team {
            t.team = self.reference(Section::Team, f, x);
        }
        if let Some(x) = &r.goal {
            t.goal = self.reference(Section::Goal, f, x);
        }
        if let Some(tags) = &r.tags {
            // A set beside the list: a list of 75,000 tags took a minute
            // with `contains` on the list.
            let mut seen: std::collections::HashSet<String> = t.tags.iter().cloned().collect();
            for tag in tags.get_ref().iter().filter_map(|tag| self.tag(f, tag)) {
                if seen.insert(tag.clone()) {
                    t.tags.push(tag);
                }
            }
        }
        if let Some(x) = &r.accountable {
            t.raci.accountable = self.party(f, x);
        }
        if let Some(x) = &r.consulted {
            t.raci.consulted = x
                .get_ref()
                .iter()
                .filter_map(|p| self.party(f, p))
                .collect();
        }
        if let Some(x) = &r.informed {
            t.raci.informed = x
                .get_ref()
                .iter()
                .filter_map(|p| self.party(f, p))
                .collect();
        }
        let owner = self.owner_rule(f, r, cal);
        if owner != OwnerRule::Nobody {
            t.owner = owner;
        }
        if let Some(b) = &r.backup {
            t.backup = self.backups(f, b);
            if matches!(t.owner, OwnerRule::Rotation(_) | OwnerRule::Pool(_)) {
                self.error_hint(
                    f,
                    b.span(),
                    "backup with `rotation` or `pool`",
                    Some("their next member already takes the item of one who is away or full; drop backup, or use `owner`".into()),
                );
            }
        }
        self.team_rotation_has_no_team(f, r, &t);
        Some(t)
    }

    /// A `backup` list: people, each once.
    pub(super) fn backups(&mut self, f: F, b: &S<raw::Names>) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for name in &b.get_ref().0 {
            let id = S::new(b.span(), name.clone());
            if let Some(p) = self.reference(Section::Person, f, &id) {
                if !out.contains(&p) {
                    out.push(p);
                }
            }
        }
        out
    }

    /// A team rotation gives each item its turn's team: a `team` of the
    /// definition's own would contradict it (SPEC section 11).
    fn team_rotation_has_no_team(&mut self, f: F, r: &RawDef, t: &Template) {
        let OwnerRule::Rotation(list) = &t.owner else {
            return;
        };
        if t.team.is_none() || !list.iter().any(|m| matches!(m, Member::Team(_))) {
            return;
        }
        let span = match (&r.team, &r.rotation) {
            (Some(team), _) => team.span(),
            (None, Some(rotation)) => rotation.span(),
            (None, None) => return,
        };
        self.error_hint(
            f,
            span,
            "a team rotation with a `team` of its own",
            Some("each turn's item gets the team whose turn it is; drop `team`".into()),
        );
    }

    pub(super) fn owner_rule(&mut self, f: F, r: &RawDef, cal: &Calendar) -> OwnerRule {
        let set: Vec<Range<usize>> = [
            r.owner.as_ref().map(|x| x.span()),
            r.rotation.as_ref().map(|x| x.span()),
            r.pool.as_ref().map(|x| x.span()),
        ]
        .into_iter()
        .flatten()
        .collect();
        if set.len() > 1 {
            self.error(
                f,
                set[1].clone(),
                "use one of `owner`, `rotation` or `pool`, not several",
            );
            return OwnerRule::Nobody;
        }
        if let Some(o) = &r.owner {
            return self
                .reference(Section::Person, f, o)
                .map_or(OwnerRule::Nobody, OwnerRule::Fixed);
        }
        if let Some(list) = &r.rotation {
            if list.get_ref().is_empty() {
                self.error(
                    f,
                    list.span(),
                    "rotation is empty: name the people who take turns",
                );
            }
            let members: Vec<Member> = list
                .get_ref()
                .iter()
                .filter_map(|m| self.member(f, m, cal))
                .collect();
            return OwnerRule::Rotation(members);
        }
        if let Some(p) = &r.pool {
            let text = p.get_ref().as_str();
            return match text {
                "ambassadors" => OwnerRule::Pool(Pool::Ambassadors),
                "all" => OwnerRule::Pool(Pool::All),
                _ => match text.strip_prefix("team:") {
                    Some(team) => {
                        let team = S::new(p.span(), team.to_string());
                        self.reference(Section::Team, f, &team)
                            .map_or(OwnerRule::Nobody, |t| OwnerRule::Pool(Pool::Team(t)))
                    }
                    None => {
                        let hint = suggest::hint(text, ["ambassadors", "all"])
                            .or(Some("use \"ambassadors\", \"all\" or \"team:<id>\"".into()));
                        self.error_hint(f, p.span(), format!("unknown pool \"{text}\""), hint);
                        OwnerRule::Nobody
                    }
                },
            };
        }
        OwnerRule::Nobody
    }

    /// One member of a rotation: a person, or `team:<id>` of a team with
    /// ambassadors (who take the team's turns).
    fn member(&mut self, f: F, m: &S<String>, cal: &Calendar) -> Option<Member> {
        let Some(team) = m.get_ref().strip_prefix("team:") else {
            return self.reference(Section::Person, f, m).map(Member::Person);
        };
        let id = self.reference(Section::Team, f, &S::new(m.span(), team.to_string()))?;
        if cal.team(&id).is_some_and(|t| t.ambassadors.is_empty()) {
            self.error_hint(
                f,
                m.span(),
                format!("team \"{id}\" has no ambassadors to take its turns"),
                Some("give the team `ambassadors`, or leave it out of the rotation".into()),
            );
            return None;
        }
        Some(Member::Team(id))
    }

    pub(super) fn format(&mut self, f: F, d: &S<RawDef>, cal: &Calendar) -> Option<Format> {
        self.only_fields(f, d.get_ref(), "format", FORMAT_FIELDS);
        let r = d.get_ref();
        let id = self
            .required(f, &r.id, d, "format", "id")?
            .get_ref()
            .clone();
        let template = self.template(f, d, None, "format", cal)?;
        let anchor = r.from.as_ref().map_or(cal.start, |x| x.get_ref().0);
        let until = r.until.as_ref().map(|x| x.get_ref().0);
        if let (Some(u), Some(from)) = (until, &r.from) {
            if u < from.get_ref().0 {
                self.error(
                    f,
                    r.until.as_ref().expect("set").span(),
                    format!("until {u} is before from {}", from.get_ref().0),
                );
                return None;
            }
        }
        let holidays = r
            .holidays
            .as_ref()
            .map_or(cal.rules.holidays, |h| self.policy(f, h));
        let rotation_counts = match r
            .rotation_counts
            .as_ref()
            .map(|x| (x.get_ref().as_str(), x.span()))
        {
            None | Some(("held", _)) => RotationCounts::Held,
            Some(("all", _)) => RotationCounts::All,
            Some((other, span)) => {
                self.error_hint(
                    f,
                    span,
                    format!("unknown rotation_counts \"{other}\""),
                    Some("use \"held\" or \"all\"".into()),
                );
                RotationCounts::Held
            }
        };
        if let Some(counts) = &r.rotation_counts {
            self.turns_counted(f, counts, r);
        }
        let anchoring = Anchoring {
            anchor,
            until,
            holidays,
            working_days: cal.working_days,
        };
        let recurrence = self.recurrence(f, d, "format", anchoring)?;
        Some(Format {
            id,
            template,
            recurrence,
            rotation_counts,
            reserve: r.reserve.as_ref().is_some_and(|x| *x.get_ref()),
            origin: self.origin(f, &d.span()),
        })
    }

    /// Refuses `rotation_counts` where it changes nothing: turns are counted
    /// for a `rotation` and for a team-scoped format's ambassadors, never
    /// for a pool (its least-loaded member takes the item) or a fixed owner.
    fn turns_counted(&mut self, f: F, counts: &S<String>, r: &RawDef) {
        if r.rotation.is_some() || r.team.is_some() {
            return;
        }
        let (message, hint) = if r.pool.is_some() {
            (
                "rotation_counts with `pool`",
                "a pool gives each item to its least-loaded member and counts no turns; drop rotation_counts, or use `rotation`",
            )
        } else {
            (
                "rotation_counts without `rotation`",
                "only a rotation (or a team's ambassadors) takes turns; drop rotation_counts",
            )
        };
        self.error_hint(f, counts.span(), message, Some(hint.into()));
    }

    pub(super) fn campaign(&mut self, f: F, d: &S<RawDef>, cal: &Calendar) -> Option<Campaign> {
        self.only_fields(f, d.get_ref(), "campaign", CAMPAIGN_FIELDS);
        let r = d.get_ref();
        let id = self
            .required(f, &r.id, d, "campaign", "id")?
            .get_ref()
            .clone();
        let template = self.template(f, d, None, "campaign", cal)?;
        let range = match (&r.from, &r.until) {
            (Some(a), Some(b)) => self.range(f, a, b),
            _ => {
                self.error(f, d.span(), "[[campaign]] needs `from` and `until`");
                return None;
            }
        };
        let holidays = r
            .holidays
            .as_ref()
            .map_or(cal.rules.holidays, |h| self.policy(f, h));
        let mut posts = Vec::new();
        let mut post_ids: Vec<(String, Range<usize>)> = Vec::new();
        for p in &r.post {
            self.only_fields(f, p.get_ref(), "campaign.post", POST_FIELDS);
            let pr = p.get_ref();
            let Some(pid) = self.required(f, &pr.id, p, "campaign.post", "id") else {
                continue;
            };
            if !self.slug(f, pid) {
                continue;
            }
            if let Some((_, first)) = post_ids.iter().find(|(k, _)| k == pid.get_ref()) {
                let (line, col) = self.files[f].0.line_col(first.start);
                self.error(f, pid.span(), format!("duplicate post id \"{}\" in campaign \"{id}\" (first defined at line {line}:{col})", pid.get_ref()));
                continue;
            }
            post_ids.push((pid.get_ref().clone(), pid.span()));
            let Some(pt) = self.template(f, p, Some(&template), "campaign.post", cal) else {
                continue;
            };
            let when = match self.post_when(f, p, range, holidays, cal.working_days) {
                Some(w) => w,
                None => continue,
            };
            posts.push(Post {
                id: pid.get_ref().clone(),
                template: pt,
                when,
                origin: self.origin(f, &p.span()),
            });
        }
        Some(Campaign {
            id,
            range,
            template,
            posts,
            origin: self.origin(f, &d.span()),
        })
    }

    pub(super) fn post_when(
        &mut self,
        f: F,
        p: &S<RawDef>,
        range: DateRange,
        holidays: HolidayPolicy,
        working_days: Weekdays,
    ) -> Option<PostWhen> {
        let r = p.get_ref();
        let recurring = r.every.is_some() || r.rrule.is_some();
        let forms = usize::from(r.date.is_some())
            + usize::from(r.offset.is_some())
            + usize::from(recurring);
        if forms != 1 {
            self.error(
                f,
                p.span(),
                "[[campaign.post]] needs exactly one of `date`, `offset`, or `every`/`rrule`",
            );
            return None;
        }
        let outside = |this: &mut Self, span: Range<usize>, d: NaiveDate| {
            this.error(
                f,
                span,
                format!(
                    "post date {d} lies outside its campaign ({} to {})",
                    range.from, range.until
                ),
            );
        };
        if let Some(d) = &r.date {
            let date = d.get_ref().0;
            if !range.contains(date) {
                outside(self, d.span(), date);
                return None;
            }
            return Some(PostWhen::Date(date));
        }
        if let Some(o) = &r.offset {
            let m = self.minutes(f, o)?;
            if m.0 % (24 * 60) != 0 {
                self.error(
                    f,
                    o.span(),
                    format!(
                        "offset \"{}\" is not a whole number of days: use d or w",
                        o.get_ref()
                    ),
                );
                return None;
            }
            let date = range
                .from
                .checked_add_days(Days::new(u64::from(m.0 / (24 * 60))))?;
            if !range.contains(date) {
                outside(self, o.span(), date);
                return None;
            }
            return Some(PostWhen::Date(date));
        }
        let anchoring = Anchoring {
            anchor: range.from,
            until: Some(range.until),
            holidays,
            working_days,
        };
        self.recurrence(f, p, "campaign.post", anchoring)
            .map(PostWhen::Recurring)
    }

    pub(super) fn one_off(&mut self, f: F, d: &S<RawDef>, cal: &Calendar) -> Option<OneOff> {
        self.only_fields(f, d.get_ref(), "item", ITEM_FIELDS);
        let r = d.get_ref();
        let id = self.required(f, &r.id, d, "item", "id")?.get_ref().clone();
        let template = self.template(f, d, None, "item", cal)?;
        let Some(date) = &r.date else {
            self.error(f, d.span(), "[[item]] needs `date`");
            return None;
        };
        Some(OneOff {
            id,
            template,
            date: date.get_ref().0,
            origin: self.origin(f, &d.span()),
        })
    }
}

const FORMAT_FIELDS: &[&str] = &[
    "id",
    "title",
    "kind",
    "channel",
    "description",
    "every",
    "interval",
    "on",
    "nth",
    "day",
    "rrule",
    "time",
    "duration",
    "prepare",
    "effort",
    "owner",
    "rotation",
    "pool",
    "backup",
    "team",
    "goal",
    "tags",
    "from",
    "until",
    "skip",
    "holidays",
    "rotation_counts",
    "accountable",
    "consulted",
    "informed",
    "reserve",
];
const CAMPAIGN_FIELDS: &[&str] = &[
    "id",
    "title",
    "kind",
    "channel",
    "description",
    "time",
    "duration",
    "prepare",
    "effort",
    "owner",
    "rotation",
    "pool",
    "backup",
    "team",
    "goal",
    "tags",
    "from",
    "until",
    "holidays",
    "accountable",
    "consulted",
    "informed",
    "post",
];
const POST_FIELDS: &[&str] = &[
    "id",
    "title",
    "kind",
    "channel",
    "description",
    "every",
    "interval",
    "on",
    "nth",
    "day",
    "rrule",
    "date",
    "offset",
    "time",
    "duration",
    "prepare",
    "effort",
    "owner",
    "rotation",
    "pool",
    "backup",
    "tags",
    "skip",
];
const ITEM_FIELDS: &[&str] = &[
    "id",
    "title",
    "kind",
    "channel",
    "description",
    "date",
    "time",
    "duration",
    "prepare",
    "effort",
    "owner",
    "pool",
    "backup",
    "team",
    "goal",
    "tags",
    "accountable",
    "consulted",
    "informed",
];
