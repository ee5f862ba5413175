//! `ritme import stats FILE.csv`: numbers per published item from an
//! analytics export, matched to the stored items by key, URL, or date and
//! title, all in one transaction. Only numbers (and the URL an item went
//! live at) are written: an item with numbers counts as published in the
//! reports, and its status stays what people set.

use std::path::PathBuf;

use crate::error::{Error, Result};
use crate::import::analytics::{self, ColumnMap};

/// Arguments of `ritme import stats`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Columns are found by name (key, url, date, title, views, readers, reactions, comments, read_seconds, clicks, measured), case-insensitively; --map names the others. Separators: comma, semicolon or tab.\n\nExamples:\n  ritme -C calendars/voorbeeld import stats examples/stats/per-sleutel.csv\n  ritme -C calendars/voorbeeld import stats examples/stats/intranet-export.csv --map Pagina-URL=url --map Weergaven=views --map \"Unieke lezers=readers\" --map Reacties=reactions --map Opmerkingen=comments --map \"Leestijd (s)=read_seconds\" --map Klikken=clicks --map \"Gemeten op=measured\""
)]
pub struct Args {
    /// The export: one row per published item
    #[arg(value_name = "FILE.csv")]
    pub file: PathBuf,
    /// A column whose header is not a field name: HEADER=FIELD (repeatable)
    #[arg(long = "map", value_name = "HEADER=FIELD")]
    pub maps: Vec<ColumnMap>,
}

/// Runs `ritme import stats`.
pub(super) fn run(ctx: &super::Context, args: Args) -> Result<()> {
    let dir = ctx.calendar_dir()?;
    let path = ctx.cwd.join(&args.file);
    let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
    let name = args.file.display().to_string();
    let export = analytics::read(&name, &bytes, &args.maps)?;
    let mut store = ctx.store(&mut crate::config::load(&dir)?, true)?;
    let s = store.import_stats(&export, &ctx.clock)?;
    let matched = s.rows - s.unmatched.len();
    ctx.say(format!(
        "imported {name}: {} rows, {matched} matched an item; measurements: {} new, {} updated, {} unchanged",
        s.rows, s.added, s.updated, s.unchanged
    ));
    for (line, later, key) in &s.replaced {
        ctx.say(format!(
            "warning: {name}:{line}: line {later} gives numbers for {key} on the same day; line {later} counts"
        ));
    }
    if !s.unmatched.is_empty() {
        let n = s.unmatched.len();
        ctx.say(format!(
            "warning: {n} {} no item (not imported):",
            if n == 1 { "row matches" } else { "rows match" }
        ));
        for (line, why) in &s.unmatched {
            ctx.say(format!("  {name}:{line}: {why}"));
        }
    }
    Ok(())
}
