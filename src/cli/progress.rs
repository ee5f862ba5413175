//! A progress line for long commands: shown on stderr only when it is a
//! terminal, never with `--quiet`, in pipes or in CI (`CI` set).

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A spinner with a message per phase; hidden where it does not belong.
pub(super) struct Progress(ProgressBar);

impl Progress {
    /// A spinner on stderr, or a hidden one.
    pub(super) fn new(quiet: bool) -> Self {
        let show = !quiet && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
        let bar = if show {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            bar.set_style(
                ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        } else {
            ProgressBar::hidden()
        };
        Progress(bar)
    }

    /// Names the phase now running.
    pub(super) fn phase(&self, message: impl Into<String>) {
        self.0.set_message(message.into());
    }

    /// Removes the line.
    pub(super) fn done(self) {
        self.0.finish_and_clear();
    }
}
