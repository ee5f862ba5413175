//! Small value types of the file format, each parsed from its text exactly once:
//! durations (`1h30m`), times (`09:00`) and ids. Weekdays and quarters are
//! dates, in [`crate::dates`].

use std::fmt;

use chrono::NaiveTime;

/// A span of time in whole minutes: `30m`, `2h`, `3d`, `1w`, `1h30m`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Minutes(pub u32);

impl Minutes {
    /// Parses `30m`, `2h`, `3d`, `1w` and combinations like `1h30m`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let bad = || {
            format!("invalid duration \"{text}\": write a number and a unit, like 30m, 2h, 3d, 1w or 1h30m")
        };
        let mut total: u64 = 0;
        let mut digits = String::new();
        let mut seen_unit = false;
        for c in text.trim().chars() {
            if c.is_ascii_digit() {
                digits.push(c);
                continue;
            }
            let per = match c {
                'm' => 1,
                'h' => 60,
                'd' => 60 * 24,
                'w' => 60 * 24 * 7,
                _ => return Err(bad()),
            };
            let n: u64 = digits.parse().map_err(|_| bad())?;
            total = total.saturating_add(n.saturating_mul(per));
            digits.clear();
            seen_unit = true;
        }
        if !digits.is_empty() || !seen_unit {
            return Err(bad());
        }
        u32::try_from(total)
            .map(Minutes)
            .map_err(|_| format!("duration \"{text}\" is too long"))
    }

    /// Whole days, rounded up: a `prepare` of 12h means the day before.
    pub fn days_rounded_up(self) -> i64 {
        (i64::from(self.0) + 24 * 60 - 1) / (24 * 60)
    }
}

impl fmt::Display for Minutes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (h, m) = (self.0 / 60, self.0 % 60);
        match (h, m) {
            (0, m) => write!(f, "{m}m"),
            (h, 0) => write!(f, "{h}h"),
            (h, m) => write!(f, "{h}h{m}m"),
        }
    }
}

/// A wall-clock time `HH:MM`.
pub(crate) fn parse_time(text: &str) -> Result<NaiveTime, String> {
    let bad =
        || format!("invalid time \"{text}\": write HH:MM between 00:00 and 23:59, like 09:00");
    let (h, m) = text.split_once(':').ok_or_else(bad)?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return Err(bad());
    }
    let h: u32 = h.parse().map_err(|_| bad())?;
    let m: u32 = m.parse().map_err(|_| bad())?;
    NaiveTime::from_hms_opt(h, m, 0).ok_or_else(bad)
}

/// Whether an id is a slug: it ends up in keys, iCal UIDs and file names.
pub(crate) fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        && !id.starts_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(Minutes::parse("30m"), Ok(Minutes(30)));
        assert_eq!(Minutes::parse("1h30m"), Ok(Minutes(90)));
        assert_eq!(Minutes::parse("3d"), Ok(Minutes(3 * 1440)));
        assert_eq!(Minutes::parse("1w"), Ok(Minutes(7 * 1440)));
        for bad in ["", "30", "m", "3x", "1h 30m", "-2h", "1.5h"] {
            assert!(Minutes::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(Minutes::parse("12h").unwrap().days_rounded_up(), 1);
        assert_eq!(Minutes::parse("2d").unwrap().days_rounded_up(), 2);
    }

    #[test]
    fn times() {
        assert_eq!(
            parse_time("09:00"),
            Ok(NaiveTime::from_hms_opt(9, 0, 0).unwrap())
        );
        assert_eq!(
            parse_time("9:05"),
            Ok(NaiveTime::from_hms_opt(9, 5, 0).unwrap())
        );
        for bad in ["25:00", "12:60", "1200", "12:0", "ab:cd", ""] {
            assert!(parse_time(bad).is_err(), "{bad}");
        }
    }
}
