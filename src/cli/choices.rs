//! The closed value sets of the command line (`--format`, `--color`, the
//! report names) as clap sees them. The pure layers own their enums and
//! know nothing of clap; each choice here converts into one of them, so a
//! new report or format is added there first and named here for clap.
//! The `///` lines are the help texts `--help` and the completions show.

use crate::report::Report;
use crate::view::{AgendaFormat, CheckFormat, ColorChoice, DiffFormat, OutputFormat};

/// A clap value enum mirroring a pure enum variant by variant, with the
/// conversion into it.
macro_rules! choice {
    ($(#[$meta:meta])* $name:ident => $pure:ident { $($(#[$vmeta:meta])* $variant:ident,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)*
        }

        impl From<$name> for $pure {
            fn from(choice: $name) -> Self {
                match choice {
                    $($name::$variant => $pure::$variant,)*
                }
            }
        }
    };
}

choice! {
    /// The reports of `ritme report`.
    ReportChoice => Report {
        /// Weeks and days with their counts against the rules
        Gaps,
        /// Person × ISO week: items, effort, capacity
        Load,
        /// Per focus block: share of items serving the theme, weeks below target
        Focus,
        /// Items per kind and per channel per month or quarter
        Mix,
        /// Formats and campaigns × people: Responsible, Accountable, Consulted, Informed
        Raci,
        /// Per goal: what serves it in the range, goals nobody serves, and each goal's value against its target
        Goals,
        /// Which rubric lives: per format (or kind, channel, team, goal) the numbers of its published items
        Engagement,
        /// Pages by the date their review is due, with reviewer and status
        Pages,
        /// Per pool and rotation: items and effort per member against the mean, the spread, who waited longest
        Fairness,
        /// One page for the steering group about a quarter: published, engagement, gaps, slipped, fairness, next
        Steering,
    }
}

/// Output format of `ritme report`: the listing formats, and the page
/// formats of `report steering`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormatChoice {
    Table,
    Json,
    Csv,
    /// `report steering` only (its default)
    Markdown,
    /// `report steering` only: one self-contained page
    Html,
}

choice! {
    /// Output format of listing and report commands.
    FormatChoice => OutputFormat {
        Table,
        Json,
        Csv,
    }
}

choice! {
    /// `check --format` values.
    CheckFormatChoice => CheckFormat {
        /// Lines for people, grouped by severity
        Text,
        /// {"ok": bool, "findings": [...]}
        Json,
        /// GitHub Actions workflow annotations (::error file=...,line=...::message)
        Github,
        /// A JUnit XML report, for GitLab, Jenkins and other CI
        Junit,
    }
}

choice! {
    /// `--color` values.
    ColorChoiceArg => ColorChoice {
        Auto,
        Always,
        Never,
    }
}

choice! {
    /// Output format of `ritme agenda`.
    AgendaFormatChoice => AgendaFormat {
        /// For the terminal
        Text,
        /// For a chat webhook, a mail merge or a wiki
        Markdown,
        /// For programs
        Json,
        /// One self-contained page
        Html,
    }
}

choice! {
    /// Output format of `ritme diff`.
    DiffFormatChoice => DiffFormat {
        /// For the terminal
        Text,
        /// For a pull-request comment: a summary, then details per person and week
        Markdown,
        /// For bots: stable fields (see the README)
        Json,
    }
}
