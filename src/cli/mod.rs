//! The command line: global options, one module per subcommand (its `Args`
//! and its `run`), and the context they share (calendar, database, clock,
//! style). Parsing happens here; the work happens in the library below.

mod agenda;
mod check;
mod choices;
mod claim;
mod complete;
mod completions;
mod cover;
mod diff;
mod edit;
mod export;
mod import;
mod import_pages;
mod import_stats;
mod init;
mod list;
mod plan;
mod progress;
mod quarter;
mod range;
mod report;
mod reviewed;
mod revision;
mod schedule;
mod show;
mod steering;
mod stored;
mod swap;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

pub use completions::generated_files;

/// The paths of the example calendar's files embedded for `init --template voorbeeld`.
pub static VOORBEELD_FILES: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(init::voorbeeld_files);

use crate::clock::Clock;
use crate::config::{self, Loaded};
use crate::dates::parse_date;
use crate::error::{Error, Result};
use crate::model::Locale;
use crate::store::{Location, Store};
use crate::view::Style;
use choices::ColorChoiceArg;

/// Plans the editorial calendar of an intranet.
#[derive(Debug, Parser)]
#[command(name = "ritme", bin_name = "ritme", version, about, long_about = None)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

// Options every command takes: in every subcommand's help they stand
// under their own heading, apart from the subcommand's own options. A `//`
// comment: flattened into each subcommand (`Sub`), a doc comment would
// replace its description.
#[derive(Debug, Clone, clap::Args)]
#[command(next_help_heading = "Global options")]
pub struct Global {
    /// The calendar directory (holding ritme.toml); default: the nearest one upwards
    #[arg(
        short = 'C',
        long = "calendar",
        global = true,
        env = "RITME_CALENDAR",
        value_name = "DIR"
    )]
    pub calendar: Option<PathBuf>,
    /// The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works
    #[arg(long, global = true, env = "RITME_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// The day to treat as today
    #[arg(long, global = true, env = "RITME_TODAY", value_name = "DATE", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
    /// When to use colour (NO_COLOR is honoured)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoiceArg::Auto, value_name = "WHEN")]
    pub color: ColorChoiceArg,
    /// Language of day and month names; default: the calendar's locale
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub locale: Option<LocaleArg>,
    /// Print only errors
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print more: every change `plan` makes
    #[arg(short, long, global = true)]
    pub verbose: bool,
}

/// `--locale` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LocaleArg {
    En,
    Nl,
}

// A subcommand's own arguments, and the global options once more, so
// that they may follow it (`ritme plan --today 2027-01-04`). Marked
// global here and not at the top (see `command`), they are built only
// with the subcommand that runs, and reach its own subcommands (`export
// ics`). clap hands their values up to `Cli::global`, the command line
// before the environment before the defaults, so this copy is not read.
// A `//` comment: a doc comment would replace each subcommand's description.
#[derive(Debug, clap::Args)]
pub struct Sub<A: clap::Args> {
    #[command(flatten)]
    pub args: A,
    #[command(flatten)]
    global: Global,
}

/// The subcommands. Each one's arguments are built only when it is the
/// one run (or for help, completions and man pages, which build them all):
/// building every subcommand's arguments was 30% of `ritme --version`'s
/// instructions, before any command ran (BENCHMARKS.md, "start-up").
/// Their `Args` structs have plain `//` comments, no doc comments: built
/// late, a struct's doc comment would replace the variant's as the
/// subcommand's description.
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Write a small working calendar to start from
    Init(Sub<init::Args>),
    /// Expand and assign the definitions into the database
    Plan(Sub<plan::Args>),
    /// List the items of a range
    List(Sub<list::Args>),
    /// Show one item with its definition and history
    Show(Sub<show::Args>),
    /// The quarter at a glance: a row per week, a column per working day
    Quarter(Sub<quarter::Args>),
    /// Check the definitions and the coming weeks; exit 1 on findings
    Check(Sub<check::Args>),
    /// What a change to the calendar does to the plan: two git revisions compared
    Diff(Sub<diff::Args>),
    /// What a person or team has to deliver: overdue, this week, coming
    Agenda(Sub<agenda::Args>),
    /// The reports: gaps, load, focus, mix, raci, goals
    Report(Sub<report::Args>),
    /// Give an item to a person (an edit: kept by every later plan)
    Assign(Sub<edit::AssignArgs>),
    /// Take the owner off an item (an edit)
    Unassign(Sub<edit::UnassignArgs>),
    /// Move an item to another day and maybe time; its key stays (an edit)
    Move(Sub<edit::MoveArgs>),
    /// Mark an item skipped, with an optional reason (an edit)
    Skip(Sub<edit::SkipArgs>),
    /// Set an item's status: planned, draft, ready, published, skipped (an edit)
    Status(Sub<edit::StatusArgs>),
    /// Attach a note to an item (an edit)
    Note(Sub<edit::NoteArgs>),
    /// Drop an item's edits: it is planned again as its definition says
    Reset(Sub<edit::ResetArgs>),
    /// Exchange the owners of two items (an edit of each)
    Swap(Sub<swap::Args>),
    /// Give someone's items in a range to another person (an edit of each)
    Cover(Sub<cover::Args>),
    /// Fill a reserve slot with a team's spontaneous post (an edit)
    Claim(Sub<claim::Args>),
    /// Bring in outside data: holidays and absences (ics), analytics numbers, a content inventory
    Import(Sub<import::Args>),
    /// Record that a page was reviewed, or archive it
    Reviewed(Sub<reviewed::Args>),
    /// Write iCal feeds, JSON or CSV of the stored items
    Export(Sub<export::Args>),
    /// Print a shell completion script
    Completions(Sub<completions::Args>),
    /// Print the man page (roff), or a subcommand's
    Man(Sub<completions::ManArgs>),
}

impl Cli {
    /// This process's command line; on bad usage clap prints why and exits
    /// with 2, on `--help` and `--version` it prints them and exits with 0.
    /// `COMPLETE=bash ritme ...`: the shell asks for completions (keys and
    /// person ids included); this answers and exits.
    pub fn from_env() -> Self {
        clap_complete::CompleteEnv::with_factory(completions::tree).complete();
        let mut matches = command().get_matches();
        Cli::from_arg_matches_mut(&mut matches).unwrap_or_else(|e| e.format(&mut command()).exit())
    }
}

/// The command line's definition. The global options are global in each
/// subcommand ([`Sub`]) and plain options at the top: global there, clap
/// would copy all seven into each of the 24 subcommands before parsing
/// anything, 184 KB on every start for the one subcommand that runs
/// (BENCHMARKS.md, "start-up").
pub(crate) fn command() -> clap::Command {
    Cli::command().mut_args(|arg| arg.global(false))
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    let ctx = Context::new(cli.global)?;
    let result = match cli.command {
        Command::Completions(Sub { args, .. }) => completions::run(args),
        Command::Man(Sub { args, .. }) => completions::run_man(args),
        Command::Init(Sub { args, .. }) => init::run(&ctx, args),
        Command::Plan(Sub { args, .. }) => plan::run(&ctx, args),
        Command::List(Sub { args, .. }) => list::run(&ctx, args),
        Command::Show(Sub { args, .. }) => show::run(&ctx, args),
        Command::Quarter(Sub { args, .. }) => quarter::run(&ctx, args),
        Command::Check(Sub { args, .. }) => check::run(&ctx, args),
        Command::Diff(Sub { args, .. }) => diff::run(&ctx, args),
        Command::Agenda(Sub { args, .. }) => agenda::run(&ctx, args),
        Command::Report(Sub { args, .. }) => report::run(&ctx, args),
        Command::Assign(Sub { args, .. }) => {
            edit::assign(&ctx, args).and_then(|()| edit::settle(&ctx))
        }
        Command::Unassign(Sub { args, .. }) => {
            edit::unassign(&ctx, args).and_then(|()| edit::settle(&ctx))
        }
        Command::Move(Sub { args, .. }) => {
            edit::move_item(&ctx, args).and_then(|()| edit::settle(&ctx))
        }
        Command::Skip(Sub { args, .. }) => edit::skip(&ctx, args).and_then(|()| edit::settle(&ctx)),
        Command::Status(Sub { args, .. }) => {
            edit::status(&ctx, args).and_then(|()| edit::settle(&ctx))
        }
        Command::Note(Sub { args, .. }) => edit::note(&ctx, args).and_then(|()| edit::settle(&ctx)),
        Command::Reset(Sub { args, .. }) => {
            edit::reset(&ctx, args).and_then(|()| edit::settle(&ctx))
        }
        Command::Swap(Sub { args, .. }) => swap::run(&ctx, args).and_then(|()| edit::settle(&ctx)),
        Command::Cover(Sub { args, .. }) => {
            cover::run(&ctx, args).and_then(|()| edit::settle(&ctx))
        }
        Command::Claim(Sub { args, .. }) => {
            claim::run(&ctx, args).and_then(|()| edit::settle(&ctx))
        }
        Command::Import(Sub { args, .. }) => import::run(&ctx, args),
        Command::Reviewed(Sub { args, .. }) => reviewed::run(&ctx, args),
        Command::Export(Sub { args, .. }) => export::run(&ctx, args),
    };
    result.map_err(|e| ctx.naming_database(e))
}

/// What every command shares.
pub(crate) struct Context {
    pub global: Global,
    pub clock: Clock,
    pub cwd: PathBuf,
}

impl Context {
    fn new(global: Global) -> Result<Self> {
        let cwd = std::env::current_dir().map_err(|e| crate::error::Error::io(".", e))?;
        Ok(Context {
            clock: Clock::new(global.today),
            global,
            cwd,
        })
    }

    /// The calendar directory.
    pub(crate) fn calendar_dir(&self) -> Result<PathBuf> {
        config::find_dir(self.global.calendar.as_deref(), &self.cwd)
    }

    /// The calendar, read and validated.
    pub(crate) fn calendar(&self) -> Result<Loaded> {
        config::load(&self.calendar_dir()?)
    }

    /// Where the database is for the calendar in `dir`.
    pub(crate) fn db_location(&self, dir: &Path) -> Location {
        match &self.global.db {
            Some(p) if p.as_os_str() == ":memory:" => Location::Memory,
            Some(p) => Location::parse(&self.cwd.join(p)),
            None => Location::File(dir.join("ritme.db")),
        }
    }

    /// The error, naming the database file when SQLite found it unreadable
    /// after it was opened (a damaged page met by a query).
    fn naming_database(&self, e: Error) -> Error {
        let Ok(dir) = self.calendar_dir() else {
            return e;
        };
        match self.db_location(&dir) {
            Location::File(path) => e.naming_database(&path),
            Location::Memory => e,
        }
    }

    /// The stored plan of the calendar in `dir`, in line with its
    /// `ritme.lock` (rebuilt from it when needed); `write` keeps the lock
    /// through the writes. Nothing planned yet is a storage error that
    /// says to run `ritme plan`.
    pub(crate) fn store(&self, loaded: &mut Loaded, write: bool) -> Result<Store> {
        Ok(self.stored(loaded, write)?.store)
    }

    /// [`Context::store`], with the lock it is in line with.
    pub(crate) fn stored(&self, loaded: &mut Loaded, write: bool) -> Result<stored::Stored> {
        let mode = if write {
            stored::Mode::Write
        } else {
            stored::Mode::Read
        };
        let opened = stored::open(self, loaded, mode)?;
        if !write && opened.nothing && opened.store.is_blank()? {
            return Err(crate::error::Error::Storage(format!(
                "no schedule at {} yet: run `ritme plan` first",
                self.db_location(&loaded.dir)
            )));
        }
        Ok(opened)
    }

    /// The output style, with the calendar's locale unless `--locale` says otherwise.
    pub(crate) fn style(&self, calendar_locale: Option<Locale>) -> Style {
        let locale = match self.global.locale {
            Some(LocaleArg::En) => Locale::En,
            Some(LocaleArg::Nl) => Locale::Nl,
            None => calendar_locale.unwrap_or_default(),
        };
        Style::detect(self.global.color.into(), locale)
    }

    /// Prints a message for people on stderr, unless `--quiet`.
    pub(crate) fn say(&self, message: impl AsRef<str>) {
        if !self.global.quiet {
            crate::view::tell(message.as_ref());
        }
    }
}
