//! From rules to dates: the shorthand and RRULE texts become a [`Rule`],
//! a rule becomes dates (anchored, never moved by "today"), and the holiday
//! policy decides which dates hold an item and where.
//!
//! Pure: no I/O, no clock. Everything works on local calendar dates; the
//! wall-clock time is attached later, so daylight saving cannot move an item.

mod expand;
mod holidays;
mod quarter;
mod recurrence;
mod rule;

pub use expand::{expand, Occurrence, RuleDates, EXPANSION_LIMIT};
pub use holidays::{DayRules, DaySet, HolidayPolicy, SHIFT_HORIZON_DAYS};
pub use recurrence::Recurrence;
pub use rule::{Every, Period, Rule, Shorthand, ShorthandError, ShorthandField};
