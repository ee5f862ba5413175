//! `ritme agenda`: what a person or a team has to deliver, as owner and as
//! ambassador: overdue first, then this ISO week, then the coming weeks.
//! `--all --out DIR` writes one file per person for a mail merge or a chat
//! webhook, all of them or none.

use std::path::{Path, PathBuf};

use chrono::{Days, NaiveDate};

use super::choices::AgendaFormatChoice;
use super::diff;
use super::revision::Repository;
use super::schedule;
use super::stored::Mode;
use crate::dates::{monday_of, DateRange};
use crate::error::{suggest, Error, Result};
use crate::model::Calendar;
use crate::report::agenda::{self, Whose};
use crate::report::diff::{Comparison, Scope, Side};
use crate::report::weeks::weeks_from;
use crate::view::{self, AgendaFormat, Heading, SideLabel, Since};

// Arguments of `ritme agenda`.
#[derive(Debug, clap::Args)]
#[command(
    group(clap::ArgGroup::new("whose").required(true).args(["person", "team", "all"])),
    after_help = "Overdue (a draft past its due, still planned, in the four weeks before today)\nneeds the stored plan; a plan made in memory has no history. --since adds what\nchanged for them since a git revision, read as `ritme diff REV` reads it: new,\nmoved, given, taken away, from this week on. A date means the last commit\nbefore that day began. Exit 2 outside git, for an unknown revision or a date\nbefore the first commit.\n\nExamples:\n  ritme -C calendars/voorbeeld agenda anna\n  ritme -C calendars/voorbeeld agenda --team hr --weeks 8 --format markdown\n  ritme -C calendars/voorbeeld agenda --all --out agenda --format markdown\n  ritme -C calendars/voorbeeld agenda anna --since main\n  ritme -C calendars/voorbeeld agenda --all --out agenda --since 2026-11-24"
)]
pub struct Args {
    /// The person (an id)
    #[arg(value_name = "PERSON")]
    #[arg(add = super::complete::people())]
    pub person: Option<String>,
    /// A team (an id): its items, and those of its members and ambassadors
    #[arg(long, value_name = "TEAM")]
    pub team: Option<String>,
    /// Everyone: one file per person with something to deliver (needs --out)
    #[arg(long, requires = "out")]
    pub all: bool,
    /// The directory `--all` writes into
    #[arg(long, value_name = "DIR", requires = "all")]
    pub out: Option<PathBuf>,
    /// How many ISO weeks after this one "coming" covers
    #[arg(long, default_value_t = 4, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=104))]
    pub weeks: u32,
    /// Also what changed for them since this git revision, or since the last commit before this day (YYYY-MM-DD)
    #[arg(long, value_name = "DATE|REV")]
    pub since: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = AgendaFormatChoice::Text)]
    pub format: AgendaFormatChoice,
}

/// Runs `ritme agenda`.
pub(super) fn run(ctx: &super::Context, args: Args) -> Result<()> {
    let mut loaded = ctx.calendar()?;
    let store = schedule::open(ctx, &mut loaded, Mode::Read)?.store;
    let cal = &loaded.calendar;
    let today = ctx.clock.today;
    let until = agenda::coming_until(today, args.weeks);
    // An item due in the coming weeks may go live after them.
    let range = DateRange {
        from: agenda::needs_from(today),
        until: until
            .checked_add_days(Days::new(longest_prepare(cal)))
            .unwrap_or(until),
    };
    let schedule = schedule::items(&loaded, range, store.as_ref())?;
    let format: AgendaFormat = args.format.into();
    let locale = ctx.style(Some(cal.locale)).locale;
    let compared = match &args.since {
        Some(since) => Some(compare_since(ctx, cal.timezone, since)?),
        None => None,
    };
    let render = |whose: Whose, heading: &Heading| {
        let a = agenda::build(
            cal,
            &schedule.items,
            whose,
            today,
            args.weeks,
            schedule.stored,
        );
        let changes = compared
            .as_ref()
            .map(|c| agenda::changes(cal, &c.comparison, whose));
        let since = compared
            .as_ref()
            .zip(changes.as_deref())
            .map(|(c, changes)| Since {
                base: &c.base,
                head_behind: c.head_behind,
                changes,
            });
        let text = view::render_agenda(cal, &a, heading, since.as_ref(), format, locale);
        let nothing = a.is_empty() && changes.is_none_or(|c| c.is_empty());
        (nothing, text)
    };
    if let Some(out) = &args.out {
        let mut files = Vec::new();
        let mut people: Vec<_> = cal.people.iter().collect();
        people.sort_by(|a, b| a.id.cmp(&b.id));
        for p in people {
            let heading = Heading {
                kind: "person",
                id: &p.id,
                name: &p.name,
            };
            let (empty, text) = render(Whose::Person(&p.id), &heading);
            let path = out.join(format!("{}.{}", p.id, format.extension()));
            files.push((path, (!empty).then_some(text)));
        }
        let (written, removed) = write_all_or_none(out, &files)?;
        ctx.say(format!(
            "agenda: {written} written, {removed} removed in {}",
            out.display()
        ));
        return Ok(());
    }
    let (whose, heading) = if let Some(id) = &args.team {
        let Some(team) = cal.team(id) else {
            return Err(unknown("team", id, cal.teams.iter().map(|t| t.id.as_str())));
        };
        (
            Whose::Team(&team.id),
            Heading {
                kind: "team",
                id: &team.id,
                name: &team.name,
            },
        )
    } else {
        let id = args.person.as_deref().unwrap_or_default();
        let Some(person) = cal.person(id) else {
            return Err(unknown(
                "person",
                id,
                cal.people.iter().map(|p| p.id.as_str()),
            ));
        };
        (
            Whose::Person(&person.id),
            Heading {
                kind: "person",
                id: &person.id,
                name: &person.name,
            },
        )
    };
    let (_, text) = render(whose, &heading);
    view::emit(text.as_bytes())
}

/// The working tree against a revision, for `--since`.
struct Compared {
    base: SideLabel,
    head_behind: bool,
    comparison: Comparison,
}

/// Reads `since` as a day (YYYY-MM-DD: the last commit before it began, in
/// the calendar's time zone `tz`) or a revision, plans that side and the
/// working tree as `ritme diff` does, and compares them from this week on.
fn compare_since(ctx: &super::Context, tz: chrono_tz::Tz, since: &str) -> Result<Compared> {
    let dir = ctx.calendar_dir()?;
    let repo = Repository::find(&dir, "`--since`")?;
    let commit = match NaiveDate::parse_from_str(since, "%Y-%m-%d") {
        Ok(day) => Some(repo.last_before(day, tz)?),
        Err(_) => None,
    };
    let today = ctx.clock.today;
    let from = monday_of(today);
    let checked = weeks_from(today, 1);
    let (base, head) = diff::plan_both(
        ctx,
        || diff::at_revision(&repo, since, commit),
        || diff::working_tree(&dir),
        checked,
        from,
    )?;
    let comparison = crate::report::diff::compare(
        &head.loaded.calendar,
        Side {
            items: &base.items,
            findings: &[],
        },
        Side {
            items: &head.items,
            findings: &[],
        },
        Scope {
            range: diff::default_range(from, &base, &head),
            person: None,
        },
    );
    Ok(Compared {
        base: base.label,
        head_behind: head.label.behind,
        comparison,
    })
}

/// An unknown person or team, with the near miss or the list of ids.
pub(super) fn unknown<'a>(
    what: &str,
    id: &str,
    ids: impl Iterator<Item = &'a str> + Clone,
) -> Error {
    let hint = suggest::hint(id, ids.clone()).unwrap_or_else(|| {
        let all: Vec<&str> = ids.collect();
        format!("known: {}", all.join(", "))
    });
    Error::usage(format!("unknown {what} \"{id}\" ({hint})"))
}

/// The longest `prepare` of any definition, in days.
fn longest_prepare(cal: &Calendar) -> u64 {
    let templates = cal
        .formats
        .iter()
        .map(|f| &f.template)
        .chain(
            cal.campaigns
                .iter()
                .flat_map(|c| c.posts.iter().map(|p| &p.template)),
        )
        .chain(cal.items.iter().map(|i| &i.template));
    templates
        .filter_map(|t| t.prepare)
        .map(|p| p.days_rounded_up().max(0) as u64)
        .max()
        .unwrap_or(0)
}

/// Writes each `(path, Some(text))` and removes each `(path, None)` that
/// exists, all or none: every text goes to a temporary file first, and only
/// when all of them are written are they renamed into place and the old
/// files removed. Returns how many were written and removed.
fn write_all_or_none(dir: &Path, files: &[(PathBuf, Option<String>)]) -> Result<(usize, usize)> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    for (path, _) in files {
        if path.is_dir() {
            return Err(Error::io(
                path,
                std::io::Error::new(std::io::ErrorKind::IsADirectory, "is a directory"),
            ));
        }
    }
    let mut temps: Vec<(PathBuf, &Path)> = Vec::new();
    let pid = std::process::id();
    for (path, text) in files {
        let Some(text) = text else { continue };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        let temp = dir.join(format!(".{name}.{pid}.tmp"));
        if let Err(e) = std::fs::write(&temp, text) {
            let _ = std::fs::remove_file(&temp);
            for (t, _) in &temps {
                let _ = std::fs::remove_file(t);
            }
            return Err(Error::io(&temp, e));
        }
        temps.push((temp, path));
    }
    let written = temps.len();
    for (temp, path) in &temps {
        std::fs::rename(temp, path).map_err(|e| Error::io(*path, e))?;
    }
    let mut removed = 0;
    for (path, text) in files {
        if text.is_none() && path.is_file() {
            std::fs::remove_file(path).map_err(|e| Error::io(path, e))?;
            removed += 1;
        }
    }
    Ok((written, removed))
}
