//! `ritme import pages FILE.csv`: `[[page]]` definitions from a content
//! inventory, written into a new TOML file. ritme never rewrites a file
//! the user has: the output must not exist, and when the calendar's
//! `include` does not cover it yet, ritme says which line to add.

use std::path::{Path, PathBuf};

use crate::config::{self, ROOT_FILE};
use crate::error::{Error, Result};
use crate::inventory;

/// Arguments of `ritme import pages`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "The inventory has the columns id,title,url,owner,review,reviewed (owner: a person, or a team whose ambassador reviews).\n\nExample:\n  ritme -C calendars/voorbeeld import pages examples/pages/inventaris.csv --out paginas/inventaris.toml"
)]
pub struct Args {
    /// The content inventory
    #[arg(value_name = "FILE.csv")]
    pub file: PathBuf,
    /// The TOML file to write, relative to the calendar directory; it must
    /// not exist [default: pages/<name of FILE>.toml]
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
}

/// Runs `ritme import pages`.
pub fn run(ctx: &super::Context, args: Args) -> Result<()> {
    let loaded = ctx.calendar()?;
    let path = ctx.cwd.join(&args.file);
    let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
    let name = args.file.display().to_string();
    let pages = inventory::read(&name, &bytes, &loaded.calendar)?;
    let out = relative_out(&args)?;
    let target = loaded.dir.join(&out);
    if target.exists() {
        return Err(Error::usage(format!(
            "{} already exists, and ritme does not rewrite your files: choose another --out",
            target.display()
        )));
    }
    let text = inventory::render(
        &pages,
        &[
            format!(
                "Pages from a content inventory: `ritme import pages {name}` on {}.",
                ctx.clock.today
            ),
            "ritme does not touch this file again: edit it like any other calendar file.".into(),
        ],
    );
    write_new(&target, &text)?;
    let rel = out.to_string_lossy().replace('\\', "/");
    let include = includes(&loaded.dir)?;
    let covered = include.iter().any(|p| covers(p, &rel));
    if covered {
        if let Err(e) = config::load(&loaded.dir) {
            let _ = std::fs::remove_file(&target);
            return Err(e);
        }
        ctx.say(format!(
            "wrote {rel}: {} pages; the calendar includes it: run `ritme plan` to plan their reviews",
            pages.len()
        ));
    } else {
        let mut list: Vec<String> = include.iter().map(|p| format!("\"{p}\"")).collect();
        list.push(format!("\"{rel}\""));
        ctx.say(format!(
            "wrote {rel}: {} pages. The calendar does not include it yet: add it to `include` in {ROOT_FILE}, like\n  include = [{}]",
            pages.len(),
            list.join(", ")
        ));
    }
    Ok(())
}

/// `--out`, or `pages/<stem>.toml`; always inside the calendar directory.
fn relative_out(args: &Args) -> Result<PathBuf> {
    let out = match &args.out {
        Some(p) => p.clone(),
        None => {
            let stem = args
                .file
                .file_stem()
                .map_or_else(|| "pages".into(), |s| s.to_string_lossy().into_owned());
            PathBuf::from("pages").join(format!("{stem}.toml"))
        }
    };
    let inside = out
        .components()
        .all(|c| matches!(c, std::path::Component::Normal(_)));
    if !inside || out.extension().is_none_or(|e| e != "toml") {
        return Err(Error::usage(format!(
            "--out {}: give a .toml path inside the calendar directory, like pages/inventaris.toml",
            out.display()
        )));
    }
    Ok(out)
}

/// Writes a file that must not exist yet: to a temporary name, then renamed.
fn write_new(target: &Path, text: &str) -> Result<()> {
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    let tmp = target.with_extension("toml.tmp");
    std::fs::write(&tmp, text).map_err(|e| Error::io(&tmp, e))?;
    std::fs::rename(&tmp, target).map_err(|e| Error::io(target, e))
}

/// The root file's `include` patterns.
fn includes(dir: &Path) -> Result<Vec<String>> {
    let path = dir.join(ROOT_FILE);
    let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
    let table: toml::Table = text
        .parse()
        .map_err(|e| Error::usage(format!("{}: {e}", path.display())))?;
    Ok(table
        .get("calendar")
        .and_then(|c| c.get("include"))
        .and_then(|i| i.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default())
}

/// Whether an include pattern matches `rel` the way `config` reads them.
fn covers(pattern: &str, rel: &str) -> bool {
    let options = glob::MatchOptions {
        require_literal_separator: true,
        ..glob::MatchOptions::new()
    };
    glob::Pattern::new(pattern).is_ok_and(|p| p.matches_with(rel, options))
}
