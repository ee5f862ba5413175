//! Showing items to people (tables) and programs (JSON, CSV). Reads items,
//! never changes them.

mod agenda;
mod diff;
mod findings;
pub mod html;
mod names;
mod quarter;
mod record;
mod sheet;
mod steering;
mod table;

pub use agenda::{render_agenda, AgendaFormat, Heading, Since};
pub use diff::{render_diff, DiffFormat, Shown, SideLabel};
pub use findings::{render as render_findings, CheckFormat, Outcome};
pub use names::{all_day, date_label, day_label, weekday_short};
pub use quarter::{quarter_view, QuarterView};
pub use record::{write_csv, write_json, Record};
pub use sheet::render_sheet;
pub use steering::{render_steering, SteeringFormat};
pub use table::{ColorChoice, Style, Tables};

use std::io::Write;

use crate::error::{Error, Result};

/// Output format of listing and report commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
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

/// Writes a message for people, and a line break, to stderr. A closed
/// stderr (`ritme plan 2>&1 | true`) loses the message; it neither fails
/// the command nor changes its exit code, and never panics like
/// `eprintln!` does.
pub fn tell(message: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{message}").and_then(|()| err.flush());
}
