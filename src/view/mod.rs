//! Showing items to people (tables) and programs (JSON, CSV). Reads items,
//! never changes them.

mod names;
mod record;
mod table;

pub use names::{all_day, day_label, weekday_short};
pub use record::{write_csv, write_json, Record};
pub use table::{ColorChoiceArg, Style, Tables};

use std::io::Write;

use crate::error::{Error, Result};

/// Output format of listing and report commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum OutputFormat {
    #[default]
    Table,
    Json,
    Csv,
}

/// Writes `bytes` to stdout; a closed pipe (`ritme list | head`) is not an error.
pub fn emit(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::io("<stdout>", e)),
        _ => Ok(()),
    }
}
