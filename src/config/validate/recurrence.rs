//! Recurrence: rule texts and shorthands checked and built into a
//! [`Recurrence`], and rules that would never produce a date.

use super::*;

impl Validator<'_> {
    pub(super) fn rule_from_text(
        &mut self,
        f: F,
        text: &S<String>,
        anchor: NaiveDate,
        until: Option<NaiveDate>,
    ) -> Option<Rule> {
        let key = RuleKey::Text(text.get_ref().clone(), anchor);
        match self.built(key, || Rule::from_rrule(text.get_ref(), anchor)) {
            Ok(built) => self.productive(f, text.span(), built, anchor, until),
            Err(e) => {
                self.error(f, text.span(), e);
                None
            }
        }
    }

    /// The rule `key` names, with its first date: built by `build` the
    /// first time only ([`RuleKey`]).
    fn built<E>(
        &mut self,
        key: RuleKey,
        build: impl FnOnce() -> std::result::Result<Rule, E>,
    ) -> std::result::Result<(Rule, Option<NaiveDate>), E> {
        if let Some(built) = self.rules.get(&key) {
            return Ok(built.clone());
        }
        let rule = build()?;
        let first = rule.dates().next();
        self.rules.insert(key, (rule.clone(), first));
        Ok((rule, first))
    }

    /// Refuses a rule (built, with its first date) that yields no date
    /// between its anchor and its end (`INTERVAL=0`,
    /// `BYMONTH=2;BYMONTHDAY=30`, an `until` before the first date).
    pub(super) fn productive(
        &mut self,
        f: F,
        span: Range<usize>,
        (rule, first): (Rule, Option<NaiveDate>),
        anchor: NaiveDate,
        until: Option<NaiveDate>,
    ) -> Option<Rule> {
        let horizon = anchor
            .checked_add_days(Days::new(PROBE_YEARS * 366))
            .unwrap_or(NaiveDate::MAX);
        let last = until.map_or(horizon, |u| u.min(horizon));
        if first.is_some_and(|d| d <= last) {
            return Some(rule);
        }
        let text = self.files[f]
            .0
            .text
            .get(span.clone())
            .unwrap_or("")
            .to_string();
        let window = match until {
            Some(u) => format!("between {anchor} and {u}"),
            None => format!("in the {PROBE_YEARS} years from {anchor}"),
        };
        self.error(
            f,
            span,
            format!("the rule {text} never produces a date {window}"),
        );
        None
    }

    /// The recurrence of a format or recurring post: exactly one of `every` and `rrule`.
    pub(super) fn recurrence(
        &mut self,
        f: F,
        d: &S<RawDef>,
        what: &str,
        a: Anchoring,
    ) -> Option<Recurrence> {
        let Anchoring {
            anchor,
            until,
            holidays,
            working_days,
        } = a;
        let r = d.get_ref();
        let rule = match (&r.every, &r.rrule) {
            (Some(_), Some(rrule)) => {
                self.error(
                    f,
                    rrule.span(),
                    format!("[[{what}]] has both `every` and `rrule`: keep one"),
                );
                return None;
            }
            (None, None) => {
                self.error(f, d.span(), format!("[[{what}]] needs a recurrence: `every` (with `on`, `nth`, `day`) or `rrule`"));
                return None;
            }
            (None, Some(rrule)) => {
                for (name, span) in [
                    ("on", r.on.as_ref().map(|x| x.span())),
                    ("nth", r.nth.as_ref().map(|x| x.span())),
                    ("day", r.day.as_ref().map(|x| x.span())),
                    ("interval", r.interval.as_ref().map(|x| x.span())),
                ] {
                    if let Some(span) = span {
                        self.error(f, span, format!("`{name}` belongs to the `every` shorthand; with `rrule`, say it in the rule"));
                    }
                }
                self.rule_from_text(f, rrule, anchor, until)?
            }
            (Some(every), None) => {
                let Some(e) = Every::parse(every.get_ref()) else {
                    let hint = suggest::hint(every.get_ref(), Every::NAMES);
                    self.error_hint(
                        f,
                        every.span(),
                        format!("unknown recurrence every = \"{}\"", every.get_ref()),
                        hint,
                    );
                    return None;
                };
                let int = |x: &Option<S<i64>>| x.as_ref().map(|v| *v.get_ref());
                let interval = match int(&r.interval) {
                    Some(i) if !(0..=1000).contains(&i) => {
                        self.error(
                            f,
                            r.interval.as_ref().expect("set").span(),
                            format!("interval = {i} is out of range 1..1000"),
                        );
                        return None;
                    }
                    i => i.map(|i| i as u32),
                };
                let on =
                    r.on.as_ref()
                        .map(|o| self.weekdays(f, o.get_ref()))
                        .unwrap_or_default();
                let s = Shorthand {
                    every: e,
                    interval,
                    on,
                    nth: int(&r.nth).map(|n| n.clamp(-99, 99) as i32),
                    day: int(&r.day).map(|n| n.clamp(-99, 99) as i32),
                };
                let key = RuleKey::Shorthand(s.clone(), anchor, working_days);
                match self.built(key, || Rule::from_shorthand(&s, anchor, working_days)) {
                    Ok(built) => self.productive(f, every.span(), built, anchor, until)?,
                    Err(e) => {
                        // The caret goes on the field to fix, not on `every`.
                        let field = match e.field {
                            ShorthandField::Every => None,
                            ShorthandField::Interval => r.interval.as_ref().map(S::span),
                            ShorthandField::On => r.on.as_ref().map(S::span),
                            ShorthandField::Nth => r.nth.as_ref().map(S::span),
                            ShorthandField::Day => r.day.as_ref().map(S::span),
                        };
                        self.error(f, field.unwrap_or_else(|| every.span()), e.message);
                        return None;
                    }
                }
            }
        };
        let skip: BTreeSet<NaiveDate> = r
            .skip
            .as_ref()
            .map(|s| s.get_ref().iter().map(|d| d.get_ref().0).collect())
            .unwrap_or_default();
        Some(Recurrence {
            rule,
            anchor,
            until,
            skip,
            holidays,
        })
    }
}
