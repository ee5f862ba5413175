//! A content inventory (CSV: `id,title,url,owner,review,reviewed`) turned
//! into `[[page]]` definitions: checked against the calendar (ids new,
//! owners known, intervals and dates valid), then written as TOML text.
//!
//! Pure: bytes and a calendar in, text out; the CLI writes the file
//! (with [`crate::import::definitions::write`], like `import ics`).

use chrono::NaiveDate;

use crate::error::suggest;
use crate::error::{Error, Result};
use crate::import::csv_file::{self, CsvFile};
use crate::import::definitions::{slug, toml_string};
use crate::model::{is_slug, Calendar, ReviewInterval};

/// One page of the inventory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageDef {
    pub line: usize,
    pub id: String,
    pub title: Option<String>,
    pub url: Option<String>,
    /// A person who reviews it, or...
    pub owner: Option<String>,
    /// ...a team whose ambassador does.
    pub team: Option<String>,
    /// As written (`6m`), checked.
    pub review: String,
    pub reviewed: Option<NaiveDate>,
}

/// Reads the inventory `bytes` (named `file` in messages) against `cal`.
/// Every problem of every row is named at once, with the file and line
/// (exit 2), and so are ids that the calendar or an earlier row already
/// has; nothing is written then. Pages defined in `replacing` (the file an
/// earlier import wrote, about to be written anew) do not count as existing.
pub fn read(file: &str, bytes: &[u8], cal: &Calendar, replacing: &str) -> Result<Vec<PageDef>> {
    let mut csv = CsvFile::parse(file, bytes)?;
    let col = |name: &str| csv.column(name);
    let (Some(id_col), Some(review_col)) = (col("id"), col("review")) else {
        return Err(Error::usage(format!(
            "{file}: a content inventory needs the columns id,title,url,owner,review,reviewed (id and review at least); its columns are: {}",
            csv.headers.join(", ")
        )));
    };
    if col("owner").is_none() && col("team").is_none() {
        return Err(Error::usage(format!(
            "{file}: no owner column: someone reviews every page (a person id, or a team id whose ambassador reviews)"
        )));
    }
    let columns: Vec<Option<usize>> = ["title", "url", "owner", "team", "reviewed"]
        .iter()
        .map(|n| col(n))
        .collect();
    let named = |name: &str| match name {
        "title" => columns[0],
        "url" => columns[1],
        "owner" => columns[2],
        "team" => columns[3],
        _ => columns[4],
    };
    let mut pages: Vec<PageDef> = Vec::new();
    let mut problems: Vec<String> = Vec::new();
    let mut taken: Vec<String> = Vec::new();
    csv.rows(|r| {
        let at = r.at();
        let cell = |name: &str| named(name).and_then(|c| r.cell(c)).map(str::to_string);
        let before = problems.len();
        let id = match (r.cell(id_col), cell("title")) {
            (Some(id), _) => Some(id.to_string()),
            (None, Some(title)) => Some(slug(&title, "pagina")),
            (None, None) => {
                problems.push(format!(
                    "{at}: the page has no id and no title to make one from"
                ));
                None
            }
        };
        if let Some(id) = id.as_ref().filter(|id| !is_slug(id)) {
            problems.push(format!(
                "{at}: id \"{id}\" is not a slug: use lowercase letters, digits, - and _"
            ));
        }
        let review = r.cell(review_col).unwrap_or("");
        if ReviewInterval::parse(review).is_none() {
            problems.push(format!(
                "{at}: invalid review interval \"{review}\": write 30d, 6w, 6m or 1y"
            ));
        }
        let reviewed = cell("reviewed").and_then(|t| {
            let date = csv_file::parse_date(&t);
            if date.is_none() {
                problems.push(format!(
                    "{at}: reviewed \"{t}\" is not a date like 2026-02-10 or 10-02-2026"
                ));
            }
            date
        });
        let reviewer = reviewer(cal, &at, cell("owner"), cell("team"))
            .map_err(|problem| problems.push(problem));
        let (Some(id), Ok((owner, team)), true) = (id, reviewer, problems.len() == before) else {
            return Ok(());
        };
        let defined = cal
            .pages
            .iter()
            .any(|p| p.id == id && p.origin.file != replacing);
        if defined || pages.iter().any(|p| p.id == id) {
            taken.push(format!("{id} ({at})"));
        }
        pages.push(PageDef {
            line: r.line,
            id,
            title: cell("title"),
            url: cell("url"),
            owner,
            team,
            review: review.to_string(),
            reviewed,
        });
        Ok(())
    })?;
    if !taken.is_empty() {
        problems.push(format!(
            "{file}: these page ids already exist in the calendar or earlier in the file, and ritme does not overwrite pages: {}",
            taken.join(", ")
        ));
    }
    match problems.len() {
        0 => Ok(pages),
        1 => Err(Error::usage(format!(
            "{}; nothing was written",
            problems[0]
        ))),
        n => Err(Error::usage(format!(
            "{n} problems in {file}; nothing was written:\n  {}",
            problems.join("\n  ")
        ))),
    }
}

/// The `owner` cell as a person, or as a team (its ambassador reviews);
/// a `team` column may name the team instead. A problem is the message.
fn reviewer(
    cal: &Calendar,
    at: &str,
    owner: Option<String>,
    team: Option<String>,
) -> Result<(Option<String>, Option<String>), String> {
    let known_team = |t: &str| -> Result<String, String> {
        let t = t.strip_prefix("team:").unwrap_or(t);
        if cal.team(t).is_some() {
            return Ok(t.to_string());
        }
        let hint = suggest::hint(t, cal.teams.iter().map(|x| x.id.as_str()))
            .map_or_else(String::new, |h| format!(" ({h})"));
        Err(format!("{at}: unknown team \"{t}\"{hint}"))
    };
    match (owner, team) {
        (Some(o), team) if cal.person(&o).is_some() => {
            Ok((Some(o), team.map(|t| known_team(&t)).transpose()?))
        }
        (Some(o), None) if cal.team(o.strip_prefix("team:").unwrap_or(&o)).is_some() => {
            Ok((None, Some(known_team(&o)?)))
        }
        (Some(o), _) => {
            let names = cal
                .people
                .iter()
                .map(|p| p.id.as_str())
                .chain(cal.teams.iter().map(|t| t.id.as_str()));
            let hint = suggest::hint(&o, names).map_or_else(String::new, |h| format!(" ({h})"));
            Err(format!(
                "{at}: unknown owner \"{o}\": not a person or team of the calendar{hint}"
            ))
        }
        (None, Some(t)) => Ok((None, Some(known_team(&t)?))),
        (None, None) => Err(format!(
            "{at}: the page has no owner: someone reviews every page"
        )),
    }
}

/// The pages as a TOML file; `header` lines become comments at the top.
pub(crate) fn render(pages: &[PageDef], header: &[String]) -> String {
    let quote = toml_string;
    let mut out = String::new();
    for line in header {
        out.push_str("# ");
        out.push_str(line);
        out.push('\n');
    }
    for p in pages {
        out.push_str("\n[[page]]\n");
        out.push_str(&format!("id = {}\n", quote(&p.id)));
        if let Some(t) = &p.title {
            out.push_str(&format!("title = {}\n", quote(t)));
        }
        if let Some(u) = &p.url {
            out.push_str(&format!("url = {}\n", quote(u)));
        }
        if let Some(o) = &p.owner {
            out.push_str(&format!("owner = {}\n", quote(o)));
        }
        if let Some(t) = &p.team {
            out.push_str(&format!("team = {}\n", quote(t)));
        }
        out.push_str(&format!("review = {}\n", quote(&p.review)));
        if let Some(d) = p.reviewed {
            out.push_str(&format!("reviewed = {d}\n"));
        }
    }
    out
}
