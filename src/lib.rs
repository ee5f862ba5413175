//! ritme plans the editorial calendar of an intranet.
//!
//! Data flows one way:
//!
//! ```text
//! files (TOML) --config--> Calendar (model)
//!              --recur-->  occurrences (pure, window-bounded)
//!              --plan/assign--> Plan (items with owners; pure)
//!              --store-->  SQLite (the difference, in one transaction)
//!              --view-->   list / show / exports
//! ```
//!
//! The binary is a thin shell over [`run`].

pub mod assign;
pub mod cli;
pub mod clock;
pub mod config;
pub mod csv_in;
pub mod diagnostic;
pub mod error;
pub mod export;
pub mod fast_map;
pub mod import;
pub mod inventory;
pub mod item;
pub mod lock;
pub mod model;
pub mod plan;
pub mod range;
pub mod recur;
pub mod report;
pub mod review;
pub mod stats;
pub mod store;
pub mod suggest;
#[cfg(test)]
mod test_support;
pub mod text;
pub mod view;

pub use cli::{generated_files, run, Cli};
pub use error::{Error, Result};
