//! `ritme completions SHELL` and `ritme man`: generated from the clap
//! definition itself, so they never drift. The same files are committed
//! under `completions/`; a test fails when they are out of date.

use clap_complete::Shell;

use crate::error::{Error, Result};
use crate::view;

// Arguments of `ritme completions`.
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
pub(super) fn run(args: Args) -> Result<()> {
    view::emit(&completion(args.shell))
}

// Arguments of `ritme man`.
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
pub(super) fn run_man(args: ManArgs) -> Result<()> {
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

/// The whole command tree, for completing: the static scripts and the
/// dynamic engine (`COMPLETE=bash ritme`). The subcommands' arguments are
/// built late (see `super::Command`), after clap copied the tree under
/// `help` for `ritme help export <TAB>`; the subcommands that have
/// subcommands of their own are built early here, so that copy has them.
pub(super) fn tree() -> clap::Command {
    use clap::Args;
    // `defer` with nothing left to do: their arguments are in already.
    super::command().mut_subcommands(|c| match c.get_name() {
        "export" => super::Sub::<super::export::Args>::augment_args(c).defer(|c| c),
        "import" => super::Sub::<super::import::Args>::augment_args(c).defer(|c| c),
        _ => c,
    })
}

/// The completion script for `shell`.
pub(super) fn completion(shell: Shell) -> Vec<u8> {
    let mut cmd = tree();
    let mut out = Vec::new();
    // Into a buffer, then out: clap_complete panics on a closed pipe.
    clap_complete::generate(shell, &mut cmd, "ritme", &mut out);
    out
}

/// The man pages, roff: `ritme.1` and one per subcommand (`ritme-plan.1`,
/// `ritme-import-ics.1`), as `clap_mangen::generate_to` names them, but
/// in memory. Hidden commands and `help` have none.
pub(super) fn man_pages() -> Result<Vec<(String, Vec<u8>)>> {
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
    let mut cmd = super::command().disable_help_subcommand(true);
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

#[cfg(test)]
mod tests {
    /// The names of `cmd`'s subcommands, without clap's own `help`.
    fn names(cmd: &clap::Command) -> Vec<&str> {
        cmd.get_subcommands()
            .map(clap::Command::get_name)
            .filter(|n| *n != "help")
            .collect()
    }

    #[test]
    fn help_completes_the_subcommands_of_every_subcommand() {
        let mut cmd = super::tree();
        cmd.build();
        let help = cmd.find_subcommand("help").unwrap();
        assert_eq!(names(help), names(&cmd));
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let under_help = help.find_subcommand(sub.get_name()).unwrap();
            assert_eq!(
                names(under_help),
                names(sub),
                "ritme help {}",
                sub.get_name()
            );
        }
    }
}
