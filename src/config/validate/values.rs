//! Values: the small parsers of field values (time zone, weekdays, counts,
//! durations, times, severities, holiday policies, date ranges), each
//! reporting at the value's span.

use super::*;

impl Validator<'_> {
    pub(super) fn required<'v>(
        &mut self,
        f: F,
        value: &'v Option<S<String>>,
        table: &S<impl Sized>,
        what: &str,
        field: &str,
    ) -> Option<&'v S<String>> {
        if value.is_none() {
            self.error(f, table.span(), format!("[[{what}]] needs `{field}`"));
        }
        value.as_ref()
    }

    // ----- values --------------------------------------------------------------

    pub(super) fn timezone(&mut self, tz: &S<String>) -> chrono_tz::Tz {
        match tz.get_ref().parse::<chrono_tz::Tz>() {
            Ok(t) => t,
            Err(_) => {
                let hint = suggest::hint(
                    tz.get_ref(),
                    chrono_tz::TZ_VARIANTS.iter().map(|t| t.name()),
                );
                self.error_hint(
                    0,
                    tz.span(),
                    format!("unknown time zone \"{}\"", tz.get_ref()),
                    hint,
                );
                chrono_tz::Europe::Amsterdam
            }
        }
    }

    pub(super) fn weekdays(&mut self, f: F, names: &[S<String>]) -> Vec<Weekday> {
        let mut days = Vec::new();
        for n in names {
            match parse_weekday(n.get_ref()) {
                Some(d) if !days.contains(&d) => days.push(d),
                Some(_) => {}
                None => {
                    let hint = suggest::hint(n.get_ref(), WEEKDAY_NAMES);
                    self.error_hint(
                        f,
                        n.span(),
                        format!("unknown weekday \"{}\"", n.get_ref()),
                        hint,
                    );
                }
            }
        }
        days
    }

    pub(super) fn count(&mut self, f: F, n: &S<i64>, what: &str) -> u32 {
        match u32::try_from(*n.get_ref()) {
            Ok(x) => x,
            Err(_) => {
                self.error(
                    f,
                    n.span(),
                    format!("{what} = {} must be 0 or more", n.get_ref()),
                );
                0
            }
        }
    }

    pub(super) fn minutes(&mut self, f: F, s: &S<String>) -> Option<Minutes> {
        match Minutes::parse(s.get_ref()) {
            Ok(m) => Some(m),
            Err(e) => {
                self.error(f, s.span(), e);
                None
            }
        }
    }

    pub(super) fn time(&mut self, f: F, s: &S<String>) -> Option<chrono::NaiveTime> {
        match parse_time(s.get_ref()) {
            Ok(t) => Some(t),
            Err(e) => {
                self.error(f, s.span(), e);
                None
            }
        }
    }

    /// `[rules] remind`: whole days (`1d`, `2d`, `1w`), or `off`. Hours
    /// are refused rather than rounded: the alarm rings at 09:00 on a day,
    /// so `3h` could only mean something other than it says.
    pub(super) fn remind(&mut self, f: F, s: &S<String>) -> Option<u32> {
        if s.get_ref() == "off" {
            return None;
        }
        let hint = "the alarm rings at 09:00 on a day: use days or weeks like 1d, 2d or 1w, or off";
        self.whole_days(f, s, "remind", hint, ", or off")
            .or(Rules::default().remind)
    }

    /// `[rules] freeze`: whole days or weeks (`0d`, `2w`). Today and the
    /// items before the boundary are whole days, so hours would be rounded.
    pub(super) fn freeze(&mut self, f: F, s: &S<String>) -> u32 {
        let hint = "the freeze counts whole days from today: use days or weeks like 0d, 10d or 2w";
        self.whole_days(f, s, "freeze", hint, "")
            .unwrap_or(Rules::default().freeze)
    }

    /// A duration that must be whole days; `None` after reporting why not.
    fn whole_days(&mut self, f: F, s: &S<String>, name: &str, hint: &str, or: &str) -> Option<u32> {
        const DAY: u32 = 24 * 60;
        match Minutes::parse(s.get_ref()) {
            Ok(m) if m.0 % DAY == 0 => Some(m.0 / DAY),
            Ok(_) => {
                self.error_hint(
                    f,
                    s.span(),
                    format!("{name} \"{}\" is not a whole number of days", s.get_ref()),
                    Some(hint.into()),
                );
                None
            }
            Err(e) => {
                self.error(f, s.span(), format!("{e}{or}"));
                None
            }
        }
    }

    /// The severity of each finding code: the defaults, changed where
    /// `[rules]` names one.
    pub(super) fn severities(&mut self, f: F, r: &raw::RawRules) -> Severities {
        let mut severities = Severities::default();
        for code in Code::ALL {
            if let Some(s) = r.severity(code) {
                let severity = self.severity(f, s, code.default_severity());
                severities.set(code, severity);
            }
        }
        severities
    }

    pub(super) fn severity(&mut self, f: F, s: &S<String>, default: Severity) -> Severity {
        let word = s.get_ref().as_str();
        if let Some(severity) = Severity::ALL.into_iter().find(|v| v.name() == word) {
            return severity;
        }
        let hint = suggest::hint(word, Severity::ALL.map(Severity::name))
            .or(Some("use error, warning or off".into()));
        self.error_hint(f, s.span(), format!("unknown severity \"{word}\""), hint);
        default
    }

    pub(super) fn policy(&mut self, f: F, s: &S<String>) -> HolidayPolicy {
        match s.get_ref().as_str() {
            "skip" => HolidayPolicy::Skip,
            "shift" => HolidayPolicy::Shift,
            "keep" => HolidayPolicy::Keep,
            other => {
                let hint = suggest::hint(other, ["skip", "shift", "keep"])
                    .or(Some("use skip, shift or keep".into()));
                self.error_hint(
                    f,
                    s.span(),
                    format!("unknown holiday policy \"{other}\""),
                    hint,
                );
                HolidayPolicy::Skip
            }
        }
    }

    pub(super) fn range(&mut self, f: F, from: &S<raw::Date>, until: &S<raw::Date>) -> DateRange {
        let (a, b) = (from.get_ref().0, until.get_ref().0);
        if b < a {
            self.error(f, until.span(), format!("until {b} is before from {a}"));
        }
        DateRange { from: a, until: b }
    }

    /// `date`, or `from` + `until`: exactly one form.
    pub(super) fn days_range(
        &mut self,
        f: F,
        table: Range<usize>,
        what: &str,
        date: &Option<S<raw::Date>>,
        from: &Option<S<raw::Date>>,
        until: &Option<S<raw::Date>>,
    ) -> Option<DateRange> {
        match (date, from, until) {
            (Some(d), None, None) => Some(DateRange {
                from: d.get_ref().0,
                until: d.get_ref().0,
            }),
            (None, Some(a), Some(b)) => Some(self.range(f, a, b)),
            (Some(d), _, _) => {
                self.error(
                    f,
                    d.span(),
                    format!("[[{what}]] takes either `date` or `from` and `until`, not both"),
                );
                None
            }
            _ => {
                self.error(
                    f,
                    table,
                    format!("[[{what}]] needs `date`, or `from` and `until`"),
                );
                None
            }
        }
    }

    // ----- sections --------------------------------------------------------------
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `check` on a validator over one file holding `text`, the value
    /// spanning all of it; returns what it gave and the messages.
    fn judge<T>(
        text: &str,
        check: impl FnOnce(&mut Validator<'_>, &S<String>) -> T,
    ) -> (T, Vec<String>) {
        let files = [(SourceFile::new("ritme.toml", text), raw::RawFile::default())];
        let mut v = Validator {
            files: &files,
            diagnostics: Vec::new(),
            ids: HashMap::new(),
            rules: HashMap::new(),
        };
        let value = S::new(0..text.len(), text.to_string());
        let out = check(&mut v, &value);
        let messages = v.diagnostics.iter().map(Diagnostic::render).collect();
        (out, messages)
    }

    #[test]
    fn a_time_zone_typo_gets_the_near_miss_and_amsterdam_meanwhile() {
        let (tz, messages) = judge("Europe/Amsterdm", |v, s| v.timezone(s));
        assert_eq!(tz, chrono_tz::Europe::Amsterdam);
        assert_eq!(messages.len(), 1);
        assert!(messages[0].contains("unknown time zone \"Europe/Amsterdm\""));
        assert!(messages[0].contains("did you mean \"Europe/Amsterdam\"?"));
        let (tz, messages) = judge("Europe/Brussels", |v, s| v.timezone(s));
        assert_eq!((tz, messages.len()), (chrono_tz::Europe::Brussels, 0));
    }

    #[test]
    fn weekdays_keep_their_order_drop_repeats_and_name_typos() {
        let (days, messages) = judge("mon", |v, s| {
            let names = [s.clone(), S::new(0..3, "fri".into()), s.clone()];
            v.weekdays(0, &names)
        });
        assert_eq!(
            (days, messages.len()),
            (vec![Weekday::Mon, Weekday::Fri], 0)
        );
        let (days, messages) = judge("mnd", |v, s| v.weekdays(0, std::slice::from_ref(s)));
        assert!(days.is_empty());
        assert!(
            messages[0].contains("unknown weekday \"mnd\""),
            "{messages:?}"
        );
    }

    #[test]
    fn durations_and_times_report_at_the_value() {
        let (m, messages) = judge("1h30m", |v, s| v.minutes(0, s));
        assert_eq!((m, messages.len()), (Some(Minutes(90)), 0));
        let (m, messages) = judge("90", |v, s| v.minutes(0, s));
        assert_eq!((m, messages.len()), (None, 1));
        assert!(messages[0].contains("invalid duration \"90\""));
        let (t, _) = judge("09:00", |v, s| v.time(0, s));
        assert_eq!(t, chrono::NaiveTime::from_hms_opt(9, 0, 0));
        let (t, messages) = judge("25:00", |v, s| v.time(0, s));
        assert_eq!((t, messages.len()), (None, 1));
    }

    #[test]
    fn severities_and_policies_fall_back_to_the_default() {
        let (sev, messages) = judge("warning", |v, s| v.severity(0, s, Severity::Error));
        assert_eq!((sev, messages.len()), (Severity::Warning, 0));
        let (sev, messages) = judge("warn", |v, s| v.severity(0, s, Severity::Error));
        assert_eq!(sev, Severity::Error);
        assert!(
            messages[0].contains("did you mean \"warning\"?"),
            "{messages:?}"
        );
        let (policy, messages) = judge("shift", |v, s| v.policy(0, s));
        assert_eq!((policy, messages.len()), (HolidayPolicy::Shift, 0));
        let (_, messages) = judge("move", |v, s| v.policy(0, s));
        assert_eq!(messages.len(), 1);
    }

    #[test]
    fn counts_are_zero_or_more() {
        let (n, messages) = judge("x", |v, _| v.count(0, &S::new(0..1, 3), "min_per_week"));
        assert_eq!((n, messages.len()), (3, 0));
        let (n, messages) = judge("x", |v, _| v.count(0, &S::new(0..1, -1), "min_per_week"));
        assert_eq!(n, 0);
        assert!(messages[0].contains("min_per_week = -1 must be 0 or more"));
    }
}
