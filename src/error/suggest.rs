//! "Did you mean ...?": the one place that finds the near miss for a typo.
//!
//! Used for ids, field names, weekday names, timezone names, edit keys.

/// The candidate closest to `input`, when it is close enough to be a likely typo.
pub(crate) fn near_miss<'a, I>(input: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let wanted = input.to_lowercase();
    let len = wanted.chars().count();
    let limit = if len <= 2 { 1 } else { (len / 3).max(2) };
    candidates
        .into_iter()
        .filter_map(|c| {
            let lower = c.to_lowercase();
            let prefix = lower.starts_with(&wanted) && wanted.len() >= 3;
            // The distance is at least the difference in length: skip the
            // quadratic table where that already rules a candidate out (a
            // 600,000-character field name took 20 s against the fields).
            if !prefix && lower.chars().count().abs_diff(len) > limit {
                return None;
            }
            // Optimal string alignment: Levenshtein plus adjacent
            // transpositions, because "mnoday" is one slip of the fingers.
            let d = strsim::osa_distance(&wanted, &lower);
            (d <= limit || prefix).then_some((d, c))
        })
        .min_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)))
        .map(|(_, c)| c)
}

/// ` (did you mean "x"?)`, or nothing.
pub(crate) fn hint<'a, I>(input: &str, candidates: I) -> Option<String>
where
    I: IntoIterator<Item = &'a str>,
{
    near_miss(input, candidates).map(|c| format!("did you mean \"{c}\"?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_typo() {
        assert_eq!(near_miss("ana", ["anna", "bert"]), Some("anna"));
        assert_eq!(near_miss("mnoday", ["monday", "friday"]), Some("monday"));
        assert_eq!(
            near_miss("Europe/Amsterdm", ["Europe/Amsterdam", "Europe/Andorra"]),
            Some("Europe/Amsterdam")
        );
    }

    #[test]
    fn stays_quiet_when_nothing_is_close() {
        assert_eq!(near_miss("zzz", ["anna", "bert"]), None);
    }
}
