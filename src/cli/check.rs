//! `ritme check`: the definitions and the plan of the coming weeks against
//! the rules, as findings for people (text) or CI (JSON, GitHub annotations,
//! JUnit). Exit 0 when nothing reaches the failing severity, 1 otherwise,
//! 2 on definition errors (which are findings too, all of them at once).

use std::path::Path;

use super::choices::CheckFormatChoice;
use super::schedule::{self, Source};
use super::stored::{self, Mode};
use crate::config;
use crate::dates::{default_window, DateRange};
use crate::error::{Error, Result};
use crate::model::Severity;
use crate::plan::item::iso_week;
use crate::report::{self, weeks::weeks_from, Code, Finding, Findings};
use crate::store::{Location, Store, Unpacked};
use crate::view::{self, Outcome};

// Arguments of `ritme check`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Exit status: 0 no finding at the failing severity (error; with --deny warnings\nalso warning), 1 findings, 2 bad definitions. Without --db the plan is made in\nmemory from the definitions, so CI needs only the repository.\n\nExamples:\n  ritme -C calendars/voorbeeld check\n  ritme -C calendars/voorbeeld check --weeks 26 --format json\n  ritme -C calendars/voorbeeld check --format github\n  ritme -C calendars/voorbeeld check --format junit > ritme-check.xml\n  ritme -C calendars/voorbeeld --db calendars/voorbeeld/ritme.db check"
)]
pub struct Args {
    /// How many ISO weeks to check, starting with the current one
    #[arg(long, default_value_t = 13, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=520))]
    pub weeks: u32,
    /// Output format
    #[arg(long, value_enum, default_value_t = CheckFormatChoice::Text)]
    pub format: CheckFormatChoice,
    /// Fail on warnings too
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub deny: Option<Deny>,
}

/// `--deny` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Deny {
    /// Warnings fail the check as errors do
    Warnings,
}

/// Runs `ritme check`.
pub(super) fn run(ctx: &super::Context, args: Args) -> Result<()> {
    let dir = ctx.calendar_dir()?;
    let threshold = match args.deny {
        Some(Deny::Warnings) => Severity::Warning,
        None => Severity::Error,
    };
    let prefix = file_prefix(&dir, &ctx.cwd);
    let color = ctx.style(None).color;
    let mut loaded = match config::load(&dir) {
        Ok(loaded) => loaded,
        Err(Error::Definitions(diagnostics)) => {
            // The findings on stdout in the format asked for; main prints
            // the diagnostics with source line and caret on stderr.
            {
                let mut findings: Vec<Finding> =
                    diagnostics.iter().map(Finding::definition).collect();
                Finding::sort(&mut findings);
                let out = view::render_findings(
                    args.format.into(),
                    &Outcome {
                        findings: &findings,
                        threshold,
                        scope: "the definitions".into(),
                        checked: &[Code::Definition],
                        file_prefix: &prefix,
                        color,
                    },
                )?;
                view::emit(&out)?;
            }
            return Err(Error::Definitions(diagnostics));
        }
        Err(e) => return Err(e),
    };
    let window = weeks_from(ctx.clock.today, args.weeks);
    let findings = match without_database(ctx, &mut loaded)? {
        Some((unpacked, planned, stored)) => {
            super::stored::note_imported_ends(ctx, &loaded.calendar.imported, planned.until);
            let plan = Checked {
                store: Some(Source::Lock(&unpacked)),
                planned: Some(planned),
                stored,
            };
            findings_of(ctx, &loaded, plan, &[], window)?
        }
        None => with_database(ctx, &mut loaded, window)?,
    };
    let cal = &loaded.calendar;
    // Every check that is on, whatever the data: a check with nothing to
    // look at (no database for orphans, no numbers, no pages) passed, and
    // JUnit's suites stay the same from run to run, so CI trend graphs hold.
    let checked: Vec<Code> = Code::ALL
        .into_iter()
        .filter(|c| cal.rules.severities.get(*c) != Severity::Off)
        .collect();
    let outcome = Outcome {
        findings: &findings,
        threshold,
        scope: format!(
            "{} week{}, {} to {}",
            args.weeks,
            if args.weeks == 1 { "" } else { "s" },
            iso_week(window.from),
            iso_week(window.until)
        ),
        checked: &checked,
        file_prefix: &prefix,
        color,
    };
    view::emit(&view::render_findings(args.format.into(), &outcome)?)?;
    if outcome.ok() {
        Ok(())
    } else {
        Err(Error::CheckFailed)
    }
}

/// The plan `check` judges, worked out without a database when it needs
/// none: no `--db`, no database file, no numbers files (nothing went live
/// to judge), and either no lock (a first plan: the plan's own items) or a
/// current lock whose range holds the default window and which holds every
/// item the plan makes ([`stored::unpack`]).
/// Creating a database in memory and writing the plan into it only to read
/// it back was half of `check`'s instructions (BENCHMARKS.md). Returns the
/// plan, the range it covers and the lock's stored range.
fn without_database(
    ctx: &super::Context,
    loaded: &mut config::Loaded,
) -> Result<Option<(Unpacked, DateRange, Option<DateRange>)>> {
    let database = matches!(ctx.db_location(&loaded.dir), Location::File(path) if path.exists());
    if ctx.global.db.is_some() || database || !crate::store::read_numbers(&loaded.dir)?.is_empty() {
        return Ok(None);
    }
    let default = default_window(ctx.clock.today);
    if let Some(text) = stored::read_lock(&loaded.dir)? {
        let name = loaded.dir.join(crate::lock::FILE_NAME);
        return Ok(stored::unpack(loaded, &text, &name, default)?
            .map(|(unpacked, range)| (unpacked, range, Some(range))));
    }
    let plan = crate::plan::build_at(
        &loaded.calendar,
        default,
        &crate::lock::Lock::default(),
        Some(ctx.clock.today),
    )?;
    Ok(Some((Unpacked::first(plan), default, None)))
}

/// The findings of the plan [`schedule::open`] makes or finds, into a
/// database: the numbers of the calendar's files (or of a database from
/// before them) joined with the items that went live.
fn with_database(
    ctx: &super::Context,
    loaded: &mut config::Loaded,
    window: DateRange,
) -> Result<Vec<Finding>> {
    // Numbers and recorded reviews come from the calendar's files, even
    // when the plan is made in memory: they are not part of the plan.
    let opened = schedule::open(ctx, loaded, Mode::Check)?;
    // Without --db the plan is made in memory, with the numbers of the
    // calendar's files; a database from before the files has them only
    // itself.
    let numbers = match ctx.db_location(&loaded.dir) {
        Location::File(path) if ctx.global.db.is_none() && path.exists() => {
            let db = Store::open(&Location::File(path), false)?;
            let before_files =
                !db.numbers_recorded()? && crate::store::read_numbers(&loaded.dir)?.is_empty();
            before_files.then_some(db)
        }
        _ => None,
    };
    let measured = schedule::measured(ctx, numbers.as_ref().or(opened.store.as_ref()))?;
    let found = findings(ctx, loaded, &opened, &measured, window)?;
    if let Some(range) = opened.planned.or(opened.stored) {
        super::stored::note_imported_ends(ctx, &loaded.calendar.imported, range.until);
    }
    Ok(found)
}

/// Every finding of the plan `opened` over `window` (whole ISO weeks),
/// sorted: coverage, people and definitions, then what lives (from
/// `measured`) and what slipped. `ritme diff` compares two sides' with it.
pub(super) fn findings(
    ctx: &super::Context,
    loaded: &config::Loaded,
    opened: &schedule::Opened,
    measured: &[crate::stats::Measured],
    window: DateRange,
) -> Result<Vec<Finding>> {
    let plan = Checked {
        store: opened.store.as_ref().map(Source::Database),
        planned: opened.planned,
        stored: opened.stored,
    };
    findings_of(ctx, loaded, plan, measured, window)
}

/// The plan [`findings_of`] judges: [`schedule::Opened`]'s, wherever its
/// stored items are read.
#[derive(Clone, Copy)]
pub(super) struct Checked<'s> {
    /// `None` while nothing is planned yet.
    pub store: Option<Source<'s>>,
    /// The range the stored plan covers.
    pub planned: Option<DateRange>,
    /// The lock's stored range.
    pub stored: Option<DateRange>,
}

/// [`findings`] of a plan read from a database or from a lock in memory.
pub(super) fn findings_of(
    ctx: &super::Context,
    loaded: &config::Loaded,
    opened: Checked,
    measured: &[crate::stats::Measured],
    window: DateRange,
) -> Result<Vec<Finding>> {
    let cal = &loaded.calendar;
    let store = opened.store;
    let schedule = schedule::items_from(loaded, window, store)?;
    let mut findings = report::check(
        cal,
        &schedule.items,
        window,
        &schedule.orphans,
        opened.planned,
    );
    let mut lives = Findings::new(&cal.rules);
    report::lives::check(cal, measured, ctx.clock.today, &mut lives);
    let today = ctx.clock.today;
    let look_back = DateRange {
        from: report::slipped::look_back_from(today),
        until: window.until.max(today),
    };
    let history = stored_items(store, opened.stored, look_back)?;
    let went_live = measured.iter().map(|m| m.item.key.as_str()).collect();
    report::slipped::check(
        cal,
        history.as_deref(),
        &went_live,
        &schedule.items,
        today,
        &mut lives,
    );
    let quarters = report::fairness::judged_quarters(today);
    let held = stored_items(store, opened.stored, quarters)?;
    report::fairness::check(cal, held.as_deref(), today, &mut lives);
    findings.extend(lives.list);
    Finding::sort(&mut findings);
    Ok(findings)
}

/// The stored items of `range` generated inside the stored range, where
/// the lock records what people were given and did: what `overdue` and
/// `unpublished` look at (from four weeks before today to the end of the
/// checked weeks: an item due in the past may go live later), and
/// `unfair_pool` (the two quarters before today's). Without a stored range
/// there is no past work to judge: a plan made now would invent it.
fn stored_items(
    store: Option<Source>,
    stored_range: Option<DateRange>,
    range: DateRange,
) -> Result<Option<Vec<crate::plan::item::Item>>> {
    let (Some(store), Some(stored)) = (store, stored_range) else {
        return Ok(None);
    };
    Ok(Some(
        store
            .items(range)?
            .into_iter()
            .filter(|it| stored.contains(it.generated))
            .collect(),
    ))
}

/// The calendar directory as seen from the working directory, with a
/// trailing `/`, so definition files become repository paths for CI.
fn file_prefix(dir: &Path, cwd: &Path) -> String {
    let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let cwd = cwd.canonicalize().unwrap_or_else(|_| cwd.to_path_buf());
    let shown = match dir.strip_prefix(&cwd) {
        Ok(rel) => rel.to_path_buf(),
        Err(_) => dir,
    };
    let text = shown.to_string_lossy().replace('\\', "/");
    if text.is_empty() {
        text
    } else {
        format!("{}/", text.trim_end_matches('/'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definition_files_become_paths_from_the_working_directory() {
        let tmp = std::env::temp_dir();
        assert_eq!(file_prefix(&tmp, &tmp), "");
        let sub = tmp.join("ritme-prefix-test");
        std::fs::create_dir_all(&sub).unwrap();
        assert_eq!(file_prefix(&sub, &tmp), "ritme-prefix-test/");
    }
}
