//! The kinds of finding `check` makes, written once: each kind's name (the
//! `code` of the JSON, the key in `[rules]`, the word in annotations) and
//! its default severity. The `Code` enum, `Rules`' defaults and the `[rules]`
//! keys the TOML may hold all come from [`finding_kinds!`]; a test holds the
//! README's table of codes to it.
//!
//! To add a kind: one line in [`finding_kinds!`], in the order the README
//! lists the codes, then the README row (the test says what is missing).

use serde::{Serialize, Serializer};

use super::Severity;

/// The table of finding kinds that `[rules]` can set: `Variant key Default,`
/// with a doc comment. `definition` (a definition error) is not in it: it is
/// always an error and no `[rules]` key. Called with the name of a macro
/// that takes the rows, so each user builds what it needs from one list.
macro_rules! finding_kinds {
    ($then:ident) => {
        $then! {
            /// An ISO week without any item.
            EmptyWeek empty_week Error,
            /// A week with fewer than `min_per_week` items.
            ThinWeek thin_week Warning,
            /// With `min_per_day > 0`: a working day with fewer items.
            EmptyDay empty_day Warning,
            /// A day with more than `max_per_day` items.
            CrowdedDay crowded_day Warning,
            /// A person with more items in an ISO week than their capacity.
            Overload overload Error,
            /// An item owned by someone who is away that day.
            AwayAssigned away_assigned Warning,
            /// An item without an owner; reserve slots excepted.
            Unassigned unassigned Warning,
            /// A focus week with fewer items serving it than wanted.
            FocusGap focus_gap Warning,
            /// A format or campaign that serves no goal.
            NoGoal no_goal Warning,
            /// With `--db`: a kept item whose definition is gone.
            Orphan orphan Warning,
            /// A goal below its target over its last measured quarter.
            GoalMissed goal_missed Warning,
            /// A format whose recent views fell below half the median.
            FadingFormat fading_format Off,
            /// A page whose review is past due.
            StalePage stale_page Warning,
            /// A stored item past its due while still planned.
            Overdue overdue Warning,
            /// A recent stored item neither published nor skipped.
            Unpublished unpublished Off,
            /// A reserve slot without an owner past its due.
            UnclaimedSlot unclaimed_slot Warning,
            /// A pool member holding more than twice the mean of its items.
            UnfairPool unfair_pool Off,
            /// The checked range reaches past the stored plan.
            Unplanned unplanned Warning,
        }
    };
}
pub(crate) use finding_kinds;

macro_rules! code_enum {
    ($($(#[$doc:meta])* $variant:ident $key:ident $default:ident,)*) => {
        /// What kind of finding it is: the `code` of the JSON.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            /// A definition error: TOML syntax, unknown id, bad rule.
            Definition,
            $($(#[$doc])* $variant,)*
        }

        impl Code {
            /// Every code `check` can produce, in the order the README lists them.
            pub const ALL: [Code; 1 + [$(Code::$variant),*].len()] =
                [Code::Definition, $(Code::$variant),*];

            /// The word in JSON, annotations and `[rules]`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    Code::Definition => "definition",
                    $(Code::$variant => stringify!($key),)*
                }
            }

            /// The severity when `[rules]` does not set one.
            pub const fn default_severity(self) -> Severity {
                match self {
                    Code::Definition => Severity::Error,
                    $(Code::$variant => Severity::$default,)*
                }
            }
        }
    };
}
finding_kinds!(code_enum);

impl Code {
    /// How many codes there are.
    pub const COUNT: usize = Code::ALL.len();

    /// Whether `[rules]` may set this code's severity (all but `definition`).
    pub fn is_rule(self) -> bool {
        self != Code::Definition
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        ser.serialize_str(self.as_str())
    }
}

/// The severity of every code, indexed by code: what `[rules]` made of the
/// defaults.
#[derive(Debug, Hash, Clone, Copy, PartialEq, Eq)]
pub struct Severities([Severity; Code::COUNT]);

impl Severities {
    /// The severity of `code`.
    pub fn get(&self, code: Code) -> Severity {
        self.0[code as usize]
    }

    /// Sets the severity of `code`; `definition` stays an error.
    pub fn set(&mut self, code: Code, severity: Severity) {
        if code.is_rule() {
            self.0[code as usize] = severity;
        }
    }
}

impl Default for Severities {
    fn default() -> Self {
        Severities(Code::ALL.map(Code::default_severity))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_lists_every_code_once_in_declaration_order() {
        for (i, code) in Code::ALL.into_iter().enumerate() {
            assert_eq!(code as usize, i, "{code}");
        }
        let mut names: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Code::COUNT);
    }

    #[test]
    fn names_serialise_as_the_table_writes_them() {
        assert_eq!(
            serde_json::to_string(&Code::UnclaimedSlot).unwrap(),
            "\"unclaimed_slot\""
        );
        assert_eq!(Code::Definition.as_str(), "definition");
    }

    #[test]
    fn defaults_come_from_the_table_and_definition_cannot_be_turned_off() {
        let mut s = Severities::default();
        assert_eq!(s.get(Code::EmptyWeek), Severity::Error);
        assert_eq!(s.get(Code::FadingFormat), Severity::Off);
        assert_eq!(s.get(Code::ThinWeek), Severity::Warning);
        s.set(Code::Definition, Severity::Off);
        s.set(Code::ThinWeek, Severity::Off);
        assert_eq!(s.get(Code::Definition), Severity::Error);
        assert_eq!(s.get(Code::ThinWeek), Severity::Off);
    }

    /// The README documents every code, in this order, with its default;
    /// and its `[rules]` table names every code `[rules]` can set.
    #[test]
    fn the_readme_lists_every_code_with_its_default() {
        let readme =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
        let header = "| code | default | meaning | points at |";
        let table = readme.split_once(header).expect("the table of codes").1;
        let rows: Vec<(String, String)> = table
            .lines()
            .skip(2)
            .take_while(|l| l.starts_with("| `"))
            .map(|l| {
                let cells: Vec<&str> = l.split(" | ").collect();
                (
                    cells[0].trim_matches(['|', ' ', '`']).into(),
                    cells[1].into(),
                )
            })
            .collect();
        let table: Vec<(String, String)> = Code::ALL
            .iter()
            .map(|c| (c.as_str().into(), c.default_severity().name().into()))
            .collect();
        assert_eq!(rows, table);
        let row = readme
            .lines()
            .find(|l| l.contains(" | severity of each finding:"))
            .expect("the [rules] row of severities");
        let keys: Vec<&str> = row[2..].split(" | ").next().unwrap().split(", ").collect();
        let rules: Vec<String> = Code::ALL[1..].iter().map(|c| format!("`{c}`")).collect();
        assert_eq!(keys, rules);
    }
}
