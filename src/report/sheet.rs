//! A report's result: named columns and typed rows, so one value becomes a
//! table for people, JSON objects (keys in column order) and CSV rows.

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Text(String),
    Int(i64),
    Bool(bool),
    /// Work time: a number of minutes in JSON and CSV, `2h30m` in tables.
    Minutes(u32),
    /// A fraction 0..=1: rounded to 3 decimals in JSON and CSV, `42%` in tables.
    Share(f64),
    /// A list: an array in JSON, joined with `;` in CSV, one per line in tables.
    List(Vec<String>),
    /// A measured number (a median, a rate): 2 decimals in JSON and CSV, in
    /// tables whole from 100 up and with one decimal below.
    Number(f64),
}

impl Value {
    /// Text, or null when absent.
    pub fn opt(text: Option<&str>) -> Value {
        text.map_or(Value::Null, |t| Value::Text(t.to_string()))
    }

    /// The cell as a table shows it.
    pub fn table_text(&self) -> String {
        match self {
            Value::Null => "—".into(),
            Value::Text(t) => t.clone(),
            Value::Int(n) => n.to_string(),
            Value::Bool(true) => "yes".into(),
            Value::Bool(false) => "no".into(),
            Value::Minutes(m) => crate::model::Minutes(*m).to_string(),
            Value::Share(s) => format!("{:.0}%", s * 100.0),
            Value::List(l) => l.join("\n"),
            Value::Number(x) if x.abs() >= 100.0 => format!("{x:.0}"),
            Value::Number(x) => {
                let text = format!("{x:.1}");
                text.strip_suffix(".0").map_or(text.clone(), str::to_string)
            }
        }
    }

    /// The cell as CSV holds it.
    pub fn csv_text(&self) -> String {
        match self {
            Value::Null => String::new(),
            Value::Text(t) => t.clone(),
            Value::Int(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Minutes(m) => m.to_string(),
            Value::Share(s) => format!("{}", round3(*s)),
            Value::List(l) => l.join(";"),
            Value::Number(x) => format!("{}", round2(*x)),
        }
    }

    /// A number, or null when absent.
    pub fn number(x: Option<f64>) -> Value {
        x.map_or(Value::Null, Value::Number)
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Null => s.serialize_none(),
            Value::Text(t) => s.serialize_str(t),
            Value::Int(n) => s.serialize_i64(*n),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Minutes(m) => s.serialize_u32(*m),
            Value::Share(x) => s.serialize_f64(round3(*x)),
            Value::List(l) => l.serialize(s),
            Value::Number(x) => s.serialize_f64(round2(*x)),
        }
    }
}

/// A report: its columns, its rows, and which rows stand out (over capacity,
/// below target, a goal nobody serves).
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
    /// Parallel to `rows`: marked in tables.
    pub alert: Vec<bool>,
}

impl Sheet {
    /// An empty sheet with these columns.
    pub fn new<S: AsRef<str>>(columns: &[S]) -> Self {
        Sheet {
            columns: columns.iter().map(|c| c.as_ref().to_string()).collect(),
            ..Sheet::default()
        }
    }

    /// Adds a row; `alert` marks it.
    pub fn push(&mut self, row: Vec<Value>, alert: bool) {
        debug_assert_eq!(row.len(), self.columns.len());
        self.rows.push(row);
        self.alert.push(alert);
    }

    /// The sheet without `column`: a table for people may leave out what
    /// JSON and CSV carry (a long URL, a goal's free-text measure).
    pub fn without(&self, column: &str) -> Sheet {
        let Some(c) = self.columns.iter().position(|x| x == column) else {
            return self.clone();
        };
        let mut s = self.clone();
        s.columns.remove(c);
        for row in &mut s.rows {
            row.remove(c);
        }
        s
    }

    /// The value in `column` of row `i`.
    pub fn get(&self, i: usize, column: &str) -> Option<&Value> {
        let c = self.columns.iter().position(|x| x == column)?;
        self.rows.get(i)?.get(c)
    }
}

/// The rows as an array of objects whose keys keep the column order.
impl Serialize for Sheet {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Row<'a>(&'a [String], &'a [Value]);
        impl Serialize for Row<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(self.0.len()))?;
                for (k, v) in self.0.iter().zip(self.1) {
                    m.serialize_entry(k, v)?;
                }
                m.end()
            }
        }
        let mut seq = s.serialize_seq(Some(self.rows.len()))?;
        for row in &self.rows {
            seq.serialize_element(&Row(&self.columns, row))?;
        }
        seq.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_keeps_column_order_and_types() {
        let mut s = Sheet::new(&["week", "items", "effort_minutes", "share", "tags", "over"]);
        s.push(
            vec![
                Value::Text("2026-W14".into()),
                Value::Int(3),
                Value::Minutes(90),
                Value::Share(2.0 / 3.0),
                Value::List(vec!["a".into(), "b".into()]),
                Value::Bool(true),
            ],
            true,
        );
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            r#"[{"week":"2026-W14","items":3,"effort_minutes":90,"share":0.667,"tags":["a","b"],"over":true}]"#
        );
        let texts: Vec<String> = s.rows[0].iter().map(Value::table_text).collect();
        assert_eq!(texts, ["2026-W14", "3", "1h30m", "67%", "a\nb", "yes"]);
        assert_eq!(s.rows[0][4].csv_text(), "a;b");
    }
}
