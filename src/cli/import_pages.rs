//! `ritme import pages FILE.csv`: `[[page]]` definitions from a content
//! inventory, written to `imported/<file>.toml` like `import ics` writes
//! its files: a file of ritme's own, pulled in by an `include` glob that is
//! added (and announced) only when none covers it yet. Ids the calendar
//! already has are refused, and nothing is written.

use std::path::PathBuf;

use crate::error::{Error, Result};
use crate::import::definitions::{self, slug, Include};
use crate::import::inventory;

/// Arguments of `ritme import pages`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "The inventory has the columns id,title,url,owner,review,reviewed (owner: a person, or a team whose ambassador reviews; an empty id is made from the title). The pages are written to imported/<file>.toml.\n\nExample:\n  ritme -C calendars/voorbeeld import pages examples/pages/inventaris.csv"
)]
pub struct Args {
    /// The content inventory
    #[arg(value_name = "FILE.csv")]
    pub file: PathBuf,
    /// Write the imported file anew when an earlier import made it
    #[arg(long)]
    pub replace: bool,
}

/// Runs `ritme import pages`.
pub(super) fn run(ctx: &super::Context, args: Args) -> Result<()> {
    let loaded = ctx.calendar()?;
    let path = ctx.cwd.join(&args.file);
    let bytes = std::fs::read(&path).map_err(|e| Error::io(&args.file, e))?;
    let shown = args.file.display().to_string();
    let stem = args
        .file
        .file_stem()
        .map(|s| slug(&s.to_string_lossy(), "pages"))
        .unwrap_or_else(|| "pages".into());
    let name = format!("{}/{stem}.toml", definitions::FOLDER);
    let pages = inventory::read(&shown, &bytes, &loaded.calendar, &name)?;
    let header = [
        format!(
            "Pages from the content inventory {} (`ritme import pages`).",
            args.file
                .file_name()
                .map_or_else(|| shown.clone(), |n| n.to_string_lossy().into_owned())
        ),
        "ritme writes this file whole: import again with --replace to refresh it.".into(),
    ];
    let text = inventory::render(&pages, &header);
    let added = match definitions::write(&loaded.dir, &name, &text, args.replace)? {
        Include::Added => format!(
            "; added \"{}\" to `include` in ritme.toml",
            definitions::GLOB
        ),
        Include::Present => String::new(),
    };
    ctx.say(format!(
        "imported {} pages from {shown} into {name}{added}; run `ritme plan` to plan their reviews",
        pages.len()
    ));
    Ok(())
}
