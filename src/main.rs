//! The `ritme` binary: parse the command line, run, map the outcome to an exit code.

use clap::Parser;

fn main() {
    let cli = ritme::Cli::parse();
    if let Err(e) = ritme::run(cli) {
        if !matches!(e, ritme::Error::CheckFailed) {
            eprintln!("{e}");
        }
        std::process::exit(e.exit_code());
    }
}
