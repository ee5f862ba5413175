//! ritme plans the editorial calendar of an intranet.
//!
//! Data flows one way, and the modules below are listed in that order:
//!
//! ```text
//! files (TOML) --config--> Calendar (model)
//!              --recur-->  occurrences (pure, window-bounded)
//!              --plan-->   Plan (items with owners; pure)
//!              --store-->  SQLite (the difference, in one transaction)
//!              --report/view/export--> list / show / findings / feeds
//! ```
//!
//! A module uses only the modules listed before it (`tests/cli/layers.rs`
//! checks this from the `use crate::` lines): `model` holds the types that
//! `config` produces, so it stands below it, and `dates` below both.
//!
//! The binary is a thin shell over [`run`]. Everything else is
//! `pub(crate)` (the `unreachable_pub` lint says where it is not), except
//! [`bench`]: what the benches, examples and fuzz targets link.
#![warn(unreachable_pub)]

// "Today" and every other source of nondeterminism.
mod clock;
// The one error type, its exit codes, and how a located error is shown.
mod error;
// Writing files atomically: a temporary file renamed over the old one.
mod fs;
// Date ranges, weeks, quarters and weekdays, and their text forms.
mod dates;
// Rules to dates: shorthand and RRULE, anchoring, the holiday policy.
mod recur;
// The validated calendar that the definitions mean.
mod model;
// Reading and validating the TOML files into the model.
mod config;
// ritme.lock's text: read, written, and git conflicts merged.
mod lock;
// Items, owners and page reviews of a window: the pure plan.
mod plan;
// What analytics numbers mean for items, formats and goals.
mod stats;
// Every reader of outside files: ics, analytics exports, inventories.
mod import;
// The SQLite schedule: schema, applying a plan, edits, queries.
mod store;
// Findings and reports computed from items (pure).
mod report;
// Tables and text for people.
mod view;
// Feeds and files for other programs: iCal, CSV, JSON.
mod export;
// The command line: one file per subcommand.
mod cli;

pub use cli::{generated_files, run, Cli};
pub use error::{Error, Result};
pub use view::tell;

/// What the benches, examples, fuzz targets and tests reach beyond the
/// binary's entry points, at the paths they have inside the crate
/// (`ritme::bench::plan::build` is `crate::plan::build`). Not an API: the
/// rest of the crate is `pub(crate)`, and `unreachable_pub` keeps it so. A
/// bench that needs one more item adds it here.
#[doc(hidden)]
pub mod bench {
    pub mod cli {
        pub use crate::cli::VOORBEELD_FILES;
    }
    pub mod clock {
        pub use crate::clock::Clock;
    }
    pub mod config {
        pub use crate::config::load;
    }
    pub mod dates {
        pub use crate::dates::{DateRange, Weekdays};
    }
    pub mod export {
        pub use crate::export::Feeds;
        pub mod ical {
            pub use crate::export::ical::{escape_into, fold_into};
        }
    }
    pub mod import {
        pub mod analytics {
            pub use crate::import::analytics::{read, ColumnMap};
        }
        pub mod definitions {
            pub use crate::import::definitions::toml_string;
        }
        pub mod ics {
            pub use crate::import::ics::read;
        }
        pub mod inventory {
            pub use crate::import::inventory::read;
        }
    }
    pub mod lock {
        pub use crate::lock::{parse, render, resolve, Lock};
    }
    pub mod model {
        pub use crate::model::{Calendar, Locale};
    }
    pub mod plan {
        pub use crate::plan::{build, Plan};
        pub mod item {
            pub use crate::plan::item::{date_text, iso_week, time_text, Item};
        }
    }
    pub mod recur {
        pub use crate::recur::{Every, Rule, Shorthand};
    }
    pub mod report {
        pub use crate::report::{check, Period, Report};
        pub mod weeks {
            pub use crate::report::weeks::weeks_from;
        }
    }
    pub mod store {
        pub use crate::store::{configure, Binding, Filter, Location, Store};
    }
}
