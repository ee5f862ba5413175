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
//! The binary is a thin shell over [`run`].

// "Today" and every other source of nondeterminism.
pub mod clock;
// The one error type, its exit codes, and how a located error is shown.
pub mod error;
// Writing files atomically: a temporary file renamed over the old one.
pub mod fs;
// Date ranges, weeks, quarters and weekdays, and their text forms.
pub mod dates;
// Rules to dates: shorthand and RRULE, anchoring, the holiday policy.
pub mod recur;
// The validated calendar that the definitions mean.
pub mod model;
// Reading and validating the TOML files into the model.
pub mod config;
// ritme.lock's text: read, written, and git conflicts merged.
pub mod lock;
// Items, owners and page reviews of a window: the pure plan.
pub mod plan;
// What analytics numbers mean for items, formats and goals.
pub mod stats;
// Every reader of outside files: ics, analytics exports, inventories.
pub mod import;
// The SQLite schedule: schema, applying a plan, edits, queries.
pub mod store;
// Findings and reports computed from items (pure).
pub mod report;
// Tables and text for people.
pub mod view;
// Feeds and files for other programs: iCal, CSV, JSON.
pub mod export;
// The command line: one file per subcommand.
pub mod cli;

pub use cli::{generated_files, run, Cli};
pub use error::{Error, Result};
