//! `ritme import`: data from other tools. Each source is a subcommand with
//! its own file (`import_stats.rs`, `import_pages.rs`).

use clap::Subcommand;

use super::{import_pages, import_stats};
use crate::error::Result;

/// Arguments of `ritme import`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  ritme -C calendars/voorbeeld import stats examples/stats/per-sleutel.csv\n  ritme -C calendars/voorbeeld import pages examples/pages/inventaris.csv --out paginas/inventaris.toml"
)]
pub struct Args {
    #[command(subcommand)]
    pub what: Import,
}

/// What `ritme import` reads.
#[derive(Debug, Subcommand)]
pub enum Import {
    /// Numbers per published item from an analytics export (CSV)
    Stats(import_stats::Args),
    /// [[page]] definitions from a content inventory (CSV), into a new TOML file
    Pages(import_pages::Args),
}

/// Runs `ritme import`.
pub fn run(ctx: &super::Context, args: Args) -> Result<()> {
    match args.what {
        Import::Stats(a) => import_stats::run(ctx, a),
        Import::Pages(a) => import_pages::run(ctx, a),
    }
}
