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

/// Runs `ritme man`.
pub fn run_man() -> Result<()> {
    view::emit(&man_page()?)
}

/// The completion script for `shell`.
pub fn completion(shell: Shell) -> Vec<u8> {
    let mut cmd = super::Cli::command();
    let mut out = Vec::new();
    // Into a buffer, then out: clap_complete panics on a closed pipe.
    clap_complete::generate(shell, &mut cmd, "ritme", &mut out);
    out
}

/// The man page, roff.
pub fn man_page() -> Result<Vec<u8>> {
    let mut out = Vec::new();
    clap_mangen::Man::new(super::Cli::command())
        .render(&mut out)
        .map_err(|e| Error::io("<man page>", e))?;
    Ok(out)
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
    files.push(("ritme.1".to_string(), man_page()?));
    Ok(files)
}
