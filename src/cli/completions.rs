//! `ritme completions SHELL` and `ritme man`: generated from the clap
//! definition itself, so they never drift. The same files are committed
//! under `completions/`; a test fails when they are out of date.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::error::{Error, Result};
use crate::view;

/// Arguments of `ritme completions`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  ritme completions bash > ~/.local/share/bash-completion/completions/ritme\n  ritme completions zsh > ~/.zfunc/_ritme"
)]
pub struct Args {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Runs `ritme completions`.
pub fn run(args: Args) -> Result<()> {
    view::emit(&completion(args.shell))
}

/// Arguments of `ritme man`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  ritme man > ritme.1\n  ritme man import ics | man -l -\n\nEvery page is also in completions/ (ritme.1, ritme-plan.1, ritme-import-ics.1, ...):\ncopy them to ~/.local/share/man/man1/."
)]
pub struct ManArgs {
    /// A subcommand, and a subcommand of it (`import ics`): its own page
    #[arg(value_name = "COMMAND")]
    pub command: Vec<String>,
}

/// Runs `ritme man`.
pub fn run_man(args: ManArgs) -> Result<()> {
    let name = std::iter::once("ritme")
        .chain(args.command.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join("-");
    let pages = man_pages()?;
    match pages.iter().find(|(file, _)| *file == format!("{name}.1")) {
        Some((_, page)) => view::emit(page),
        None => {
            let names: Vec<String> = pages
                .iter()
                .filter_map(|(f, _)| f.strip_suffix(".1")?.strip_prefix("ritme-"))
                .map(|n| n.replace('-', " "))
                .collect();
            let wanted = args.command.join(" ");
            Err(super::agenda::unknown(
                "command",
                &wanted,
                names.iter().map(String::as_str),
            ))
        }
    }
}

/// The completion script for `shell`.
pub fn completion(shell: Shell) -> Vec<u8> {
    let mut cmd = super::Cli::command();
    let mut out = Vec::new();
    // Into a buffer, then out: clap_complete panics on a closed pipe.
    clap_complete::generate(shell, &mut cmd, "ritme", &mut out);
    out
}

/// The man pages, roff: `ritme.1` and one per subcommand (`ritme-plan.1`,
/// `ritme-import-ics.1`), as `clap_mangen::generate_to` names them, but
/// in memory. Hidden commands and `help` have none.
pub fn man_pages() -> Result<Vec<(String, Vec<u8>)>> {
    fn walk(cmd: &clap::Command, pages: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
        let man = clap_mangen::Man::new(cmd.clone());
        let mut out = Vec::new();
        man.render(&mut out)
            .map_err(|e| Error::io("<man page>", e))?;
        pages.push((man.get_filename(), out));
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub, pages)?;
        }
        Ok(())
    }
    let mut cmd = super::Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut pages = Vec::new();
    walk(&cmd, &mut pages)?;
    Ok(pages)
}

/// The files committed under `completions/`: (file name, contents).
pub fn generated_files() -> Result<Vec<(String, Vec<u8>)>> {
    let mut files: Vec<(String, Vec<u8>)> = [
        (Shell::Bash, "ritme.bash"),
        (Shell::Zsh, "_ritme"),
        (Shell::Fish, "ritme.fish"),
        (Shell::PowerShell, "_ritme.ps1"),
        (Shell::Elvish, "ritme.elv"),
    ]
    .into_iter()
    .map(|(shell, name)| (name.to_string(), completion(shell)))
    .collect();
    files.extend(man_pages()?);
    Ok(files)
}
