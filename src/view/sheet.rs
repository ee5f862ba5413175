//! A report's [`Sheet`] as a table for people, JSON or CSV.

use comfy_table::{Cell, Color, ColumnConstraint, Width};

use super::{OutputFormat, Style, Tables};
use crate::error::{Error, Result};
use crate::report::{Sheet, Value};

/// The sheet in `format`; `table` is the sheet people read (it may be a
/// pivot of `sheet`, as for `load`).
pub(crate) fn render_sheet(
    sheet: &Sheet,
    table: &Sheet,
    format: OutputFormat,
    style: Style,
) -> Result<Vec<u8>> {
    match format {
        OutputFormat::Json => {
            let mut out = serde_json::to_vec_pretty(sheet)
                .map_err(|e| Error::usage(format!("cannot write JSON: {e}")))?;
            out.push(b'\n');
            Ok(out)
        }
        OutputFormat::Csv => {
            let bad = |e: csv::Error| Error::usage(format!("cannot write CSV: {e}"));
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record(&sheet.columns).map_err(bad)?;
            for row in &sheet.rows {
                w.write_record(row.iter().map(|v| match v {
                    Value::Text(_) | Value::List(_) => super::record::defuse(&v.csv_text()),
                    _ => v.csv_text(),
                }))
                .map_err(bad)?;
            }
            w.into_inner()
                .map_err(|e| Error::usage(format!("cannot write CSV: {e}")))
        }
        OutputFormat::Table => {
            let header: Vec<&str> = table.columns.iter().map(String::as_str).collect();
            let mut t = style.table(&header);
            // Long lists (the goals' definitions) wrap instead of running wide.
            t.set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
            t.set_width(u16::try_from(style.width()).unwrap_or(u16::MAX));
            // An id in a list is never broken: its column is at least that wide.
            for (i, name) in table.columns.iter().enumerate() {
                let longest = table
                    .rows
                    .iter()
                    .filter_map(|r| match r.get(i) {
                        Some(Value::List(l)) => l.iter().map(|x| x.chars().count()).max(),
                        _ => None,
                    })
                    .max()
                    .map(|n| n.max(name.chars().count()));
                if let (Some(n), Some(column)) = (longest, t.column_mut(i)) {
                    let n = u16::try_from(n.min(48) + 2).unwrap_or(50);
                    column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(n)));
                }
            }
            for (row, alert) in table.rows.iter().zip(&table.alert) {
                t.add_row(row.iter().enumerate().map(|(i, v)| {
                    let mut text = v.table_text();
                    if *alert && i == 0 {
                        text = format!("! {text}");
                    }
                    let cell = Cell::new(text);
                    if *alert && style.color {
                        cell.fg(Color::Red)
                    } else {
                        cell
                    }
                }));
            }
            Ok(format!("{t}\n").into_bytes())
        }
    }
}
