//! Day and month names in the calendar's locale, with ISO week numbers:
//! "Mon 6 Apr" or "ma 6 apr".

use chrono::{Datelike, NaiveDate, Weekday};

use crate::model::Locale;

const DAYS_EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const DAYS_NL: [&str; 7] = ["ma", "di", "wo", "do", "vr", "za", "zo"];
const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_NL: [&str; 12] = [
    "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
];

/// `Mon` or `ma`.
pub(crate) fn weekday_short(day: Weekday, locale: Locale) -> &'static str {
    let i = day.num_days_from_monday() as usize;
    match locale {
        Locale::En => DAYS_EN[i],
        Locale::Nl => DAYS_NL[i],
    }
}

/// What the time column says for an all-day item.
pub(crate) fn all_day(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "all day",
        Locale::Nl => "hele dag",
    }
}

/// `Mon 6 Apr` or `ma 6 apr`.
pub(crate) fn day_label(d: NaiveDate, locale: Locale) -> String {
    format!(
        "{} {}",
        weekday_short(d.weekday(), locale),
        date_label(d, locale)
    )
}

/// `6 Apr` or `6 apr`.
pub(crate) fn date_label(d: NaiveDate, locale: Locale) -> String {
    let month = match locale {
        Locale::En => MONTHS_EN[d.month0() as usize],
        Locale::Nl => MONTHS_NL[d.month0() as usize],
    };
    format!("{} {month}", d.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_and_english_labels() {
        let d = NaiveDate::from_ymd_opt(2026, 4, 6).unwrap();
        assert_eq!(day_label(d, Locale::Nl), "ma 6 apr");
        assert_eq!(day_label(d, Locale::En), "Mon 6 Apr");
    }
}
