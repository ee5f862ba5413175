//! The `ritme` binary: parse the command line, run, map the outcome to an exit code.

use clap::{CommandFactory, Parser};

/// mimalloc: plans of 100,000 items allocate and free millions of small
/// strings, and the system allocator was a quarter of their profile.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // `COMPLETE=bash ritme ...`: the shell asks for completions (keys and
    // person ids included); this answers and exits.
    clap_complete::CompleteEnv::with_factory(ritme::Cli::command).complete();
    let cli = ritme::Cli::parse();
    if let Err(e) = ritme::run(cli) {
        if !matches!(e, ritme::Error::CheckFailed) {
            ritme::view::tell(&e.to_string());
        }
        std::process::exit(e.exit_code());
    }
}
