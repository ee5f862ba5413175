//! The quarter overview: a row per ISO week (number, dates, focus theme,
//! quiet periods), a column per working day, the items (time, title, owner)
//! in the cells. Empty and thin weeks, crowded days and people over capacity
//! are marked with words and `!` (and colour on a terminal), an owner away
//! on the item's day with `?` after the name (short, so it survives
//! narrow columns); blackout days show their name.
//!
//! Fitting: every line of a cell is cut to the width a column can have in
//! `width` terminal columns, so the table fits whether or not comfy-table
//! may wrap (it may only on a terminal). Below [`GRID_MIN_DAY`] columns a
//! day, the days of a week stack in one column instead: a row per day.

use std::collections::BTreeSet;

use chrono::{Datelike, Weekday};
use comfy_table::{presets, Cell, Color};

use super::{date_label, weekday_short, Style, Tables};
use crate::dates::{DateRange, Quarter};
use crate::model::{Calendar, Locale};
use crate::plan::assign::is_away;
use crate::plan::item::Item;
use crate::report::coverage::{day_state, week_state, DayState, WeekState};
use crate::report::people::{capacity, loads};
use crate::report::weeks::{layout, Day, Week};

/// What the overview shows.
#[derive(Debug, Clone, Copy)]
pub struct QuarterView<'a> {
    pub cal: &'a Calendar,
    /// The items of the quarter's whole weeks.
    pub items: &'a [Item],
    pub quarter: Quarter,
    /// Terminal columns to fit in.
    pub width: usize,
    /// The stored range: weeks outside it are not planned, never empty.
    /// `None`: the items were planned in memory for the whole quarter.
    pub planned: Option<DateRange>,
}

impl QuarterView<'_> {
    /// Whether the stored plan covers `week` entirely.
    fn is_planned(&self, week: &Week) -> bool {
        self.planned
            .is_none_or(|p| p.from <= week.monday() && week.sunday() <= p.until)
    }
}

/// The words of the overview in the calendar's language.
struct Words {
    week: &'static str,
    day: &'static str,
    empty: &'static str,
    unplanned: &'static str,
    unplanned_legend: &'static str,
    thin: &'static str,
    crowded: &'static str,
    nobody: &'static str,
    away: &'static str,
    away_legend: &'static str,
    legend: &'static str,
}

impl Words {
    fn of(locale: Locale) -> Words {
        match locale {
            Locale::En => Words {
                week: "week",
                day: "day",
                empty: "[empty]",
                unplanned: "[not planned]",
                unplanned_legend:
                    " · [not planned] outside the stored plan: `ritme plan --until DATE`",
                thin: "[thin]",
                crowded: "[crowded]",
                nobody: "(nobody)",
                away: "?",
                away_legend: " · name? away that day",
                legend: "[empty] week without items · [thin] under the minimum of {min} a week · \
                         [crowded] more than {max} on one day · name! over capacity that week · \
                         (nobody) no owner",
            },
            Locale::Nl => Words {
                week: "week",
                day: "dag",
                empty: "[leeg]",
                unplanned: "[niet gepland]",
                unplanned_legend:
                    " · [niet gepland] buiten het opgeslagen plan: `ritme plan --until DATUM`",
                thin: "[dun]",
                crowded: "[vol]",
                nobody: "(niemand)",
                away: "?",
                away_legend: " · naam? afwezig die dag",
                legend: "[leeg] week zonder items · [dun] onder het minimum van {min} per week · \
                         [vol] meer dan {max} op één dag · naam! boven capaciteit die week · \
                         (niemand) zonder eigenaar",
            },
        }
    }
}

/// The overview as text: a title line, the table and a legend.
pub fn quarter_view(v: &QuarterView, style: Style) -> String {
    let cal = v.cal;
    let words = Words::of(style.locale);
    let range = DateRange {
        from: v.quarter.first_day(),
        until: v.quarter.last_day(),
    };
    let weeks = layout(cal, v.items, range);
    let over: BTreeSet<(String, String)> = loads(&weeks)
        .into_iter()
        .filter(|((person, _), load)| load.items > capacity(cal, person))
        .map(|((person, week), _)| (person.to_string(), week.to_string()))
        .collect();
    // Working days, and any other weekday an item stands on.
    let columns: Vec<usize> = (0..7)
        .filter(|&i| {
            cal.working_days.contains(weekday(i))
                || weeks.iter().any(|w| !w.days[i].items.is_empty())
        })
        .collect();

    let n = columns.len() + 1;
    let avail = v.width.saturating_sub(3 * n + 1);
    let week_w = (avail / n).clamp(WEEK_MIN, 14);
    let day_w = avail.saturating_sub(week_w) / columns.len().max(1);
    let stacked = day_w < GRID_MIN_DAY;

    let mut header = vec![capitalised(words.week)];
    if stacked {
        header.push(capitalised(words.day));
    } else {
        header.extend(
            columns
                .iter()
                .map(|&i| weekday_short(weekday(i), style.locale).to_string()),
        );
    }
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut t = style.table(&header);
    t.load_style(if style.terminal {
        presets::UTF8_FULL
    } else {
        presets::ASCII_FULL
    });

    // Stacked: two columns (borders 7), the day's as wide as is left.
    let (week_w, day_w) = if stacked {
        (WEEK_MIN, v.width.saturating_sub(WEEK_MIN + 7))
    } else {
        (week_w, day_w)
    };
    for week in &weeks {
        let (lines, colour) = week_lines(v, week, &over, &words, style);
        let week_cell = painted(&lines, week_w, colour, style);
        let mut days = columns.iter().map(|&i| {
            let (mut lines, colour) =
                day_lines(v, week, &week.days[i], &over, &words, day_w, style);
            if stacked {
                lines[0] = format!("{} {}", weekday_short(weekday(i), style.locale), lines[0]);
            }
            painted(&lines, day_w, colour, style)
        });
        if stacked {
            // The week's cell on its first day's row only.
            let first = days.next().unwrap_or_else(|| Cell::new(""));
            t.add_row(vec![week_cell, first]);
            for day in days {
                t.add_row(vec![Cell::new(""), day]);
            }
        } else {
            let mut row = vec![week_cell];
            row.extend(days);
            t.add_row(row);
        }
    }

    let (first, last) = (
        weeks.first().map_or(0, |w| w.number),
        weeks.last().map_or(0, |w| w.number),
    );
    let mut legend = words
        .legend
        .replace("{min}", &cal.rules.min_per_week.to_string())
        .replace("{max}", &cal.rules.max_per_day.to_string());
    if weeks.iter().any(|w| !v.is_planned(w)) {
        legend.push_str(words.unplanned_legend);
    }
    if weeks
        .iter()
        .flat_map(Week::items)
        .any(|it| owner_away(cal, it))
    {
        legend.push_str(words.away_legend);
    }
    format!(
        "{} — {} ({} {first}–{last})\n{t}\n{}\n",
        cal.name,
        v.quarter,
        words.week,
        wrap(&legend, v.width)
    )
}

fn weekday(i: usize) -> Weekday {
    Weekday::try_from(i as u8).expect("0..7 is a weekday")
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The narrowest week column, and the narrowest day column of the grid:
/// narrower, the days stack.
const WEEK_MIN: usize = 12;
const GRID_MIN_DAY: usize = 8;

/// A cell's lines and its colour.
type Lines = (Vec<String>, Option<Color>);

/// Week number, dates, focus themes, quiet periods, markers.
fn week_lines(
    v: &QuarterView,
    week: &Week,
    over: &BTreeSet<(String, String)>,
    words: &Words,
    style: Style,
) -> Lines {
    let cal = v.cal;
    let locale = style.locale;
    let (mon, sun) = (week.monday(), week.sunday());
    let dates = if mon.month() == sun.month() {
        format!("{}–{}", mon.day(), date_label(sun, locale))
    } else {
        format!("{}–{}", date_label(mon, locale), date_label(sun, locale))
    };
    let mut lines = vec![format!("{} {}", words.week, week.number), dates];
    for block in &cal.focus {
        if block.range.from <= sun && mon <= block.range.until {
            lines.push(block.theme.clone());
        }
    }
    for q in week.quiet() {
        lines.push(format!("({})", q.reason));
    }
    let mut colour = None;
    if !v.is_planned(week) {
        lines.push(words.unplanned.to_string());
        return (lines, None);
    }
    match week_state(week, cal.rules.min_per_week) {
        WeekState::Empty => {
            lines.push(words.empty.to_string());
            colour = Some(Color::Red);
        }
        WeekState::Thin => {
            lines.push(format!(
                "{} {}/{}",
                words.thin,
                week.coverage(),
                cal.rules.min_per_week
            ));
            colour = Some(Color::Yellow);
        }
        WeekState::Resting | WeekState::Ok => {}
    }
    for (person, _) in over.iter().filter(|(_, wk)| *wk == week.label) {
        let n = week
            .items()
            .filter(|it| it.owner.as_deref() == Some(person.as_str()))
            .count();
        lines.push(format!("{person}! {n}/{}", capacity(cal, person)));
        colour = Some(Color::Red);
    }
    (lines, colour)
}

/// The date, markers, blackout name and items of one day, an item's owner
/// beside its title when `w` leaves room, else below it.
fn day_lines(
    v: &QuarterView,
    week: &Week,
    day: &Day,
    over: &BTreeSet<(String, String)>,
    words: &Words,
    w: usize,
    style: Style,
) -> Lines {
    let mut first = date_label(day.date, style.locale);
    let mut colour = None;
    match day_state(v.cal, day) {
        DayState::Crowded => {
            first.push(' ');
            first.push_str(words.crowded);
            colour = Some(Color::Red);
        }
        DayState::Empty if !week.resting() && v.is_planned(week) => {
            first.push(' ');
            first.push_str(words.empty);
            colour = Some(Color::Yellow);
        }
        DayState::Empty | DayState::Ok => {}
    }
    let mut lines = vec![first];
    if let Some(name) = day.blackout {
        lines.push(format!("({name})"));
        colour = colour.or(Some(Color::DarkGrey));
    }
    for it in &day.items {
        let mut owner = match (&it.owner, it.reserve) {
            (Some(o), _) if over.contains(&(o.to_string(), week.label.clone())) => format!("{o}!"),
            (Some(o), _) => o.to_string(),
            (None, true) => "(reserve)".to_string(),
            (None, false) => words.nobody.to_string(),
        };
        if owner_away(v.cal, it) {
            owner.push_str(words.away);
        }
        let time = it
            .time
            .map(|t| format!("{} ", t.format("%H:%M")))
            .unwrap_or_default();
        let room = w.saturating_sub(time.chars().count() + owner.chars().count() + 1);
        if room >= 8 || room >= it.title.chars().count() {
            lines.push(format!("{time}{} {owner}", fit(&it.title, room)));
        } else {
            lines.push(format!("{time}{}", it.title));
            lines.push(format!("  {owner}"));
        }
    }
    (lines, colour)
}

/// Whether the item's owner is away on the day it stands on.
fn owner_away(cal: &Calendar, it: &Item) -> bool {
    it.owner
        .as_deref()
        .and_then(|o| cal.person(o))
        .is_some_and(|p| is_away(p, it.date))
}

/// A cell of `lines`, each cut to `w` characters, coloured on a terminal.
fn painted(lines: &[String], w: usize, colour: Option<Color>, style: Style) -> Cell {
    let text: Vec<String> = lines.iter().map(|l| fit(l, w)).collect();
    let cell = Cell::new(text.join("\n"));
    match colour {
        Some(c) if style.color => cell.fg(c),
        _ => cell,
    }
}

/// `text` cut to `w` characters, ending in `…` when cut.
fn fit(text: &str, w: usize) -> String {
    if text.chars().count() <= w {
        text.to_string()
    } else if w == 0 {
        String::new()
    } else {
        let mut s: String = text.chars().take(w - 1).collect();
        s.push('…');
        s
    }
}

/// `text` broken into lines of at most `w` characters at ` · `.
fn wrap(text: &str, w: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for part in text.split(" · ") {
        let sep = if line.is_empty() { "" } else { " · " };
        if !line.is_empty() && line.chars().count() + sep.chars().count() + part.chars().count() > w
        {
            out.push_str(&line);
            out.push('\n');
            line.clear();
            line.push_str(part);
        } else {
            line.push_str(sep);
            line.push_str(part);
        }
    }
    out.push_str(&line);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fitting_cuts_with_an_ellipsis() {
        assert_eq!(fit("Maandagmomentje", 8), "Maandag…");
        assert_eq!(fit("Kort", 8), "Kort");
        assert_eq!(wrap("aaa · bbb · ccc", 9), "aaa · bbb\nccc");
    }
}
