//! Tables for people: comfy-table, fitted to the terminal, plain ASCII and
//! without colour when piped or when NO_COLOR/--color never says so.

use std::io::IsTerminal;

use comfy_table::{presets, Attribute, Cell, ContentArrangement, Table};

use crate::model::Locale;

/// How output for people looks: decided once per command.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Style {
    /// ANSI colour and attributes.
    pub color: bool,
    /// Box-drawing characters and fitting to the terminal width.
    pub terminal: bool,
    pub locale: Locale,
}

/// Whether to colour: from `--color`, else the terminal and `NO_COLOR`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

impl Style {
    /// The style for stdout under `choice` and the environment.
    pub(crate) fn detect(choice: ColorChoice, locale: Locale) -> Self {
        let terminal = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => terminal && !no_color,
        };
        Style {
            color,
            terminal,
            locale,
        }
    }
}

/// Width assumed when stdout is no terminal and `COLUMNS` is not set.
pub(super) const DEFAULT_WIDTH: usize = 120;

impl Style {
    /// The columns to fit in: `COLUMNS`, else the terminal's, else 120.
    pub(crate) fn width(&self) -> usize {
        if let Some(n) = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok())
            .filter(|n| *n >= 40)
        {
            return n;
        }
        if self.terminal {
            if let Some(w) = Table::new().width() {
                return usize::from(w);
            }
        }
        DEFAULT_WIDTH
    }
}

/// Makes tables in one style.
pub(crate) trait Tables {
    /// An empty table with `header`.
    fn table(&self, header: &[&str]) -> Table;
}

impl Tables for Style {
    fn table(&self, header: &[&str]) -> Table {
        let mut t = Table::new();
        if self.terminal {
            t.load_style(presets::UTF8_FULL_CONDENSED);
            t.set_content_arrangement(ContentArrangement::Dynamic);
        } else {
            t.load_style(presets::ASCII_MARKDOWN);
            t.set_content_arrangement(ContentArrangement::Disabled);
        }
        if !self.color {
            t.force_no_tty();
        } else {
            t.enforce_styling();
        }
        t.set_header(header.iter().map(|h| {
            let c = Cell::new(h);
            if self.color {
                c.add_attribute(Attribute::Bold)
            } else {
                c
            }
        }));
        t
    }
}
