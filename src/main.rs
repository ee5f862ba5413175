//! The `ritme` binary: parse the command line, run, map the outcome to an exit code.

/// mimalloc: plans of 100,000 items allocate and free millions of small
/// strings, and the system allocator was a quarter of their profile.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = ritme::Cli::from_env();
    if let Err(e) = ritme::run(cli) {
        if !matches!(e, ritme::Error::CheckFailed) {
            ritme::tell(&e.to_string());
        }
        std::process::exit(e.exit_code());
    }
}
