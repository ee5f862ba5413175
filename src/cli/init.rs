//! `ritme init [DIR]`: writes a small calendar that plans without errors,
//! to start from. Never overwrites an existing calendar.

use std::path::PathBuf;

use chrono::Datelike;

use crate::config::ROOT_FILE;
use crate::error::{Error, Result};

// Arguments of `ritme init`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  ritme init mijn-intranet && ritme -C mijn-intranet plan\n  ritme init --template voorbeeld stichting && ritme -C stichting plan"
)]
pub struct Args {
    /// Where to write the calendar; default: the current directory
    pub dir: Option<PathBuf>,
    /// What to start from: a minimal calendar, or the full Dutch example
    #[arg(long, value_enum, default_value_t = Template::Minimal)]
    pub template: Template,
}

/// The files of the embedded example calendar.
pub(super) fn voorbeeld_files() -> Vec<&'static str> {
    VOORBEELD.iter().map(|(f, _)| *f).collect()
}

/// The calendars `init` can write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Template {
    /// One person, two weekly formats, Christmas as a blackout
    Minimal,
    /// Stichting Voorbeeld: every feature of the file format in use
    Voorbeeld,
}

/// The example calendar, embedded so `init --template voorbeeld` works from
/// an installed binary. A test checks this list against the directory.
pub(super) const VOORBEELD: &[(&str, &str)] = &[
    (
        "ritme.toml",
        include_str!("../../calendars/voorbeeld/ritme.toml"),
    ),
    (
        "README.md",
        include_str!("../../calendars/voorbeeld/README.md"),
    ),
    (
        ".gitignore",
        include_str!("../../calendars/voorbeeld/.gitignore"),
    ),
    (
        "mensen.toml",
        include_str!("../../calendars/voorbeeld/mensen.toml"),
    ),
    (
        "feestdagen.toml",
        include_str!("../../calendars/voorbeeld/feestdagen.toml"),
    ),
    (
        "paginas.toml",
        include_str!("../../calendars/voorbeeld/paginas.toml"),
    ),
    (
        "formats/wekelijks.toml",
        include_str!("../../calendars/voorbeeld/formats/wekelijks.toml"),
    ),
    (
        "formats/maandelijks.toml",
        include_str!("../../calendars/voorbeeld/formats/maandelijks.toml"),
    ),
    (
        "formats/kwartaal.toml",
        include_str!("../../calendars/voorbeeld/formats/kwartaal.toml"),
    ),
    (
        "campagnes/cyberveiligheid.toml",
        include_str!("../../calendars/voorbeeld/campagnes/cyberveiligheid.toml"),
    ),
    (
        "campagnes/welzijnsweek.toml",
        include_str!("../../calendars/voorbeeld/campagnes/welzijnsweek.toml"),
    ),
    (
        "campagnes/nieuwjaarsestafette.toml",
        include_str!("../../calendars/voorbeeld/campagnes/nieuwjaarsestafette.toml"),
    ),
    (
        "campagnes/momenten.toml",
        include_str!("../../calendars/voorbeeld/campagnes/momenten.toml"),
    ),
    (
        "ics/studiedagen.ics",
        include_str!("../../calendars/voorbeeld/ics/studiedagen.ics"),
    ),
    (
        "ics/dana-afwezig.ics",
        include_str!("../../calendars/voorbeeld/ics/dana-afwezig.ics"),
    ),
];

/// Runs `ritme init`.
pub(super) fn run(ctx: &super::Context, args: Args) -> Result<()> {
    let dir = ctx.cwd.join(args.dir.unwrap_or_else(|| PathBuf::from(".")));
    let root = dir.join(ROOT_FILE);
    if root.exists() {
        return Err(Error::usage(format!(
            "{} already exists; ritme init never overwrites a calendar",
            root.display()
        )));
    }
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let name = dir
        .canonicalize()
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "intranet".into());
    match args.template {
        Template::Minimal => {
            let year = ctx.clock.today.year();
            let text = TEMPLATE
                .replace("{id}", &slug(&name))
                .replace("{name}", &name)
                .replace("{year}", &year.to_string());
            write_new(&root, &text)?;
            // The README asks for it: the database is derived, never committed.
            let ignore = dir.join(".gitignore");
            if !ignore.exists() {
                write_new(&ignore, GITIGNORE)?;
            }
        }
        Template::Voorbeeld => {
            if let Some((file, _)) = VOORBEELD.iter().find(|(f, _)| dir.join(f).exists()) {
                return Err(Error::usage(format!(
                    "{} already exists; ritme init never overwrites files",
                    dir.join(file).display()
                )));
            }
            for (file, text) in VOORBEELD {
                let path = dir.join(file);
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
                }
                write_new(&path, text)?;
            }
        }
    }
    ctx.say(format!(
        "wrote {}\nnext: ritme -C {} plan && ritme -C {} list",
        root.display(),
        dir.display(),
        dir.display()
    ));
    Ok(())
}

fn write_new(path: &std::path::Path, text: &str) -> Result<()> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| Error::io(path, e))?;
    f.write_all(text.as_bytes()).map_err(|e| Error::io(path, e))
}

fn slug(name: &str) -> String {
    let s: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let s = s.trim_matches('-').to_string();
    if s.is_empty() {
        "intranet".into()
    } else {
        s
    }
}

/// The `.gitignore` of a new calendar: the same as the example's.
const GITIGNORE: &str = include_str!("../../calendars/voorbeeld/.gitignore");

const TEMPLATE: &str = r#"# A ritme calendar. Run `ritme plan`, then `ritme list`.
[calendar]
id = "{id}"
name = "{name}"
start = {year}-01-01
timezone = "Europe/Amsterdam"
locale = "nl"

[rules]
min_per_week = 1                    # two formats a week: a holiday may take one
capacity = 3

[[goal]]
id = "verbinding"
title = "Collega's kennen elkaar over teams heen"

[[team]]
id = "communicatie"
name = "Communicatie"
ambassadors = ["sam"]

[[person]]
id = "sam"
name = "Sam Jansen"
team = "communicatie"

[[format]]
id = "maandagmomentje"
title = "Maandagmomentje"
kind = "story"
every = "week"
on = ["mon"]
time = "09:00"
prepare = "3d"
effort = "2h"
owner = "sam"
goal = "verbinding"

[[format]]
id = "vrijdagvraag"
title = "Vrijdagvraag"
kind = "poll"
every = "week"
on = ["fri"]
holidays = "shift"
owner = "sam"
goal = "verbinding"

[[blackout]]
id = "kerst"
name = "Kerstdagen"
rrule = "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25,26"
"#;
