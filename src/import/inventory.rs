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
/// The first problem ends it (exit 2) naming the file and line; ids that
/// the calendar or an earlier row already has are all named at once. Pages
/// defined in `replacing` (the file an earlier import wrote, about to be
/// written anew) do not count as existing.
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
    let mut taken: Vec<String> = Vec::new();
    csv.rows(|r| {
        let at = r.at();
        let cell = |name: &str| named(name).and_then(|c| r.cell(c)).map(str::to_string);
        let id = match (r.cell(id_col), cell("title")) {
            (Some(id), _) => id.to_string(),
            (None, Some(title)) => slug(&title, "pagina"),
            (None, None) => {
                return Err(Error::usage(format!(
                    "{at}: the page has no id and no title to make one from"
                )))
            }
        };
        if !is_slug(&id) {
            return Err(Error::usage(format!(
                "{at}: id \"{id}\" is not a slug: use lowercase letters, digits, - and _"
            )));
        }
        let review = r.cell(review_col).unwrap_or("");
        if ReviewInterval::parse(review).is_none() {
            return Err(Error::usage(format!(
                "{at}: invalid review interval \"{review}\": write 30d, 6w, 6m or 1y"
            )));
        }
        let reviewed = match cell("reviewed") {
            None => None,
            Some(t) => Some(csv_file::parse_date(&t).ok_or_else(|| {
                Error::usage(format!(
                    "{at}: reviewed \"{t}\" is not a date like 2026-02-10 or 10-02-2026"
                ))
            })?),
        };
        let (owner, team) = reviewer(cal, &at, cell("owner"), cell("team"))?;
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
        return Err(Error::usage(format!(
            "{file}: these page ids already exist in the calendar or earlier in the file, and ritme does not overwrite pages: {}; nothing was written",
            taken.join(", ")
        )));
    }
    Ok(pages)
}

/// The `owner` cell as a person, or as a team (its ambassador reviews);
/// a `team` column may name the team instead.
fn reviewer(
    cal: &Calendar,
    at: &str,
    owner: Option<String>,
    team: Option<String>,
) -> Result<(Option<String>, Option<String>)> {
    let known_team = |t: &str| -> Result<String> {
        let t = t.strip_prefix("team:").unwrap_or(t);
        if cal.team(t).is_some() {
            return Ok(t.to_string());
        }
        let hint = suggest::hint(t, cal.teams.iter().map(|x| x.id.as_str()))
            .map_or_else(String::new, |h| format!(" ({h})"));
        Err(Error::usage(format!("{at}: unknown team \"{t}\"{hint}")))
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
            Err(Error::usage(format!(
                "{at}: unknown owner \"{o}\": not a person or team of the calendar{hint}"
            )))
        }
        (None, Some(t)) => Ok((None, Some(known_team(&t)?))),
        (None, None) => Err(Error::usage(format!(
            "{at}: the page has no owner: someone reviews every page"
        ))),
    }
}

/// The pages as a TOML file; `header` lines become comments at the top.
pub fn render(pages: &[PageDef], header: &[String]) -> String {
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
