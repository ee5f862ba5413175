//! The machine-readable item: SPEC section 3's JSON fields, in that order,
//! and CSV with the same columns (lists joined with `;`).

use serde::Serialize;

use crate::error::{Error, Result};
use crate::plan::item::Item;
use crate::plan::text::Text;

/// An item as JSON and CSV show it. Field order is the contract.
#[derive(Debug, Serialize)]
pub(crate) struct Record<'a> {
    pub key: &'a str,
    pub title: &'a str,
    pub source: &'static str,
    pub source_id: &'a str,
    pub date: String,
    pub time: Option<String>,
    pub all_day: bool,
    pub duration_minutes: Option<u32>,
    pub due: Option<String>,
    pub kind: Option<&'a str>,
    pub channel: Option<&'a str>,
    pub owner: Option<&'a str>,
    pub ambassador: Option<&'a str>,
    pub team: Option<&'a str>,
    pub goal: Option<&'a str>,
    pub tags: &'a [Text],
    pub focus: &'a [Text],
    pub status: &'static str,
    pub effort_minutes: Option<u32>,
    pub edited: bool,
    /// The date the item was generated for: the date in its key.
    pub generated: String,
    /// The ISO week where the item now stands, `2026-W10`.
    pub week: String,
    pub reserve: bool,
    pub note: Option<&'a str>,
    pub url: Option<&'a str>,
}

impl<'a> From<&'a Item> for Record<'a> {
    fn from(it: &'a Item) -> Self {
        Record {
            key: &it.key,
            title: &it.title,
            source: it.source.as_str(),
            source_id: &it.source_id,
            date: it.date.to_string(),
            time: it.time.map(|t| t.format("%H:%M").to_string()),
            all_day: it.all_day(),
            duration_minutes: it.duration_minutes,
            due: it.due.map(|d| d.to_string()),
            kind: it.kind.as_deref(),
            channel: it.channel.as_deref(),
            owner: it.owner.as_deref(),
            ambassador: it.ambassador.as_deref(),
            team: it.team.as_deref(),
            goal: it.goal.as_deref(),
            tags: &it.tags,
            focus: &it.focus,
            status: it.status.as_str(),
            effort_minutes: it.effort_minutes,
            edited: it.edited,
            generated: it.generated.to_string(),
            week: crate::plan::item::iso_week(it.date),
            reserve: it.reserve,
            note: it.note.as_deref(),
            url: it.url.as_deref(),
        }
    }
}

/// The items as a pretty-printed JSON array with a final newline.
pub(crate) fn write_json(items: &[Item]) -> Result<Vec<u8>> {
    let records: Vec<Record> = items.iter().map(Record::from).collect();
    let mut out = serde_json::to_vec_pretty(&records)
        .map_err(|e| Error::usage(format!("cannot write JSON: {e}")))?;
    out.push(b'\n');
    Ok(out)
}

/// The items as CSV: a header row, then one row per item.
pub(crate) fn write_csv(items: &[Item]) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let bad = |e: csv::Error| Error::usage(format!("cannot write CSV: {e}"));
    w.write_record(HEADER).map_err(bad)?;
    for it in items {
        let r = Record::from(it);
        let opt = |x: Option<&str>| x.map(defuse).unwrap_or_default();
        let num = |x: Option<u32>| x.map(|n| n.to_string()).unwrap_or_default();
        w.write_record([
            r.key.to_string(),
            defuse(r.title),
            r.source.to_string(),
            r.source_id.to_string(),
            r.date.clone(),
            r.time.clone().unwrap_or_default(),
            r.all_day.to_string(),
            num(r.duration_minutes),
            r.due.clone().unwrap_or_default(),
            opt(r.kind),
            opt(r.channel),
            opt(r.owner),
            opt(r.ambassador),
            opt(r.team),
            opt(r.goal),
            defuse(&r.tags.join(";")),
            r.focus.join(";"),
            r.status.to_string(),
            num(r.effort_minutes),
            r.edited.to_string(),
            r.generated.clone(),
            r.week.clone(),
            r.reserve.to_string(),
            opt(r.note),
            opt(r.url),
        ])
        .map_err(bad)?;
    }
    w.into_inner()
        .map_err(|e| Error::usage(format!("cannot write CSV: {e}")))
}

const HEADER: [&str; 25] = [
    "key",
    "title",
    "source",
    "source_id",
    "date",
    "time",
    "all_day",
    "duration_minutes",
    "due",
    "kind",
    "channel",
    "owner",
    "ambassador",
    "team",
    "goal",
    "tags",
    "focus",
    "status",
    "effort_minutes",
    "edited",
    "generated",
    "week",
    "reserve",
    "note",
    "url",
];

/// A text cell that a spreadsheet would run as a formula gets a leading `'`
/// (OWASP's advice against CSV injection).
pub(super) fn defuse(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused() {
        assert_eq!(defuse("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defuse("@SUM(1)"), "'@SUM(1)");
        assert_eq!(defuse("Maandagmomentje"), "Maandagmomentje");
    }
}
