//! Weekdays as the file format writes them (`mon` .. `sun`), and sets of
//! them such as the working days.

use chrono::Weekday;

/// The weekday names the file format uses, in ISO order.
pub(crate) const WEEKDAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// `mon` .. `sun` (also full English names), case-insensitive.
pub(crate) fn parse_weekday(text: &str) -> Option<Weekday> {
    let lower = text.to_lowercase();
    let short = lower.get(..3).unwrap_or("");
    let full = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    WEEKDAY_NAMES
        .iter()
        .zip(full)
        .position(|(s, f)| lower == *s || (lower == f && short == *s))
        .map(|i| Weekday::try_from(i as u8).expect("0..7 is a weekday"))
}

/// A set of weekdays, such as the working days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Weekdays([bool; 7]);

impl Weekdays {
    /// Monday to Friday.
    pub const WORKWEEK: Weekdays = Weekdays([true, true, true, true, true, false, false]);

    /// The set of the given days.
    pub fn of(days: &[Weekday]) -> Self {
        let mut set = [false; 7];
        for d in days {
            set[d.num_days_from_monday() as usize] = true;
        }
        Weekdays(set)
    }

    /// Whether `day` is in the set.
    pub fn contains(&self, day: Weekday) -> bool {
        self.0[day.num_days_from_monday() as usize]
    }

    /// The days in ISO order.
    pub fn days(&self) -> impl Iterator<Item = Weekday> + '_ {
        (0u8..7)
            .filter(|i| self.0[*i as usize])
            .map(|i| Weekday::try_from(i).expect("0..7 is a weekday"))
    }

    /// Whether no day is in the set.
    pub fn is_empty(&self) -> bool {
        !self.0.iter().any(|d| *d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays() {
        assert_eq!(parse_weekday("Mon"), Some(Weekday::Mon));
        assert_eq!(parse_weekday("friday"), Some(Weekday::Fri));
        assert_eq!(parse_weekday("mnd"), None);
        assert!(Weekdays::WORKWEEK.contains(Weekday::Fri));
        assert!(!Weekdays::WORKWEEK.contains(Weekday::Sat));
    }
}
