//! A definition file's value for the definitions hash: what the toml crate
//! deserialises from the parsed tree as a `toml::Table`, written out by it
//! (tables sorted, no comments or layout). Taken here from the parsed tree
//! directly: through serde, with a clone of the tree, it cost a re-plan
//! after one title changed 14 M of its 229 M instructions more. Whatever this does not
//! take as the deserialiser would (a number too large for it), it leaves
//! to the deserialiser, so the value and every error stay the crate's.

use toml::de::{DeTable, DeValue};
use toml::{Table, Value};

/// `tree` as `toml::Table::deserialize` makes it, or `None` for what only
/// the deserialiser should decide.
pub(super) fn table(tree: &DeTable) -> Option<Table> {
    tree.iter()
        .map(|(key, v)| Some((key.get_ref().to_string(), value(v.get_ref())?)))
        .collect()
}

fn value(v: &DeValue) -> Option<Value> {
    Some(match v {
        DeValue::String(s) => Value::String(s.to_string()),
        // Beyond i64 the deserialiser offers u64 or i128, which a `Value`
        // refuses: an error to be told as the crate tells it.
        DeValue::Integer(i) => Value::Integer(i64::from_str_radix(i.as_str(), i.radix()).ok()?),
        DeValue::Float(f) => {
            let x: f64 = f.as_str().parse().ok()?;
            // An overflow to infinity is the deserialiser's error to give.
            if x.is_infinite() && !f.as_str().contains("inf") {
                return None;
            }
            Value::Float(x)
        }
        DeValue::Boolean(b) => Value::Boolean(*b),
        DeValue::Datetime(d) => Value::Datetime(*d),
        DeValue::Array(a) => Value::Array(
            a.iter()
                .map(|v| value(v.get_ref()))
                .collect::<Option<_>>()?,
        ),
        DeValue::Table(t) => Value::Table(table(t)?),
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde::Deserialize;

    /// What `parse` took before: the deserialiser's table, written out.
    fn through_serde(text: &str) -> Result<String, String> {
        let tree = toml::de::DeTable::parse(text).map_err(|e| e.to_string())?;
        toml::Table::deserialize(toml::de::Deserializer::from(tree))
            .map(|t| t.to_string())
            .map_err(|e| e.to_string())
    }

    fn direct(text: &str) -> Option<String> {
        let tree = toml::de::DeTable::parse(text).unwrap();
        super::table(tree.get_ref()).map(|t| t.to_string())
    }

    #[test]
    fn every_definition_file_of_the_repository_reads_as_the_deserialiser_reads_it() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        for dir in ["calendars", "tests/fixtures", "examples"] {
            let pattern = format!("{}/{dir}/**/*.toml", root.display());
            files.extend(glob::glob(&pattern).unwrap().map(Result::unwrap));
        }
        assert!(files.len() > 40, "{files:?}");
        let mut read = 0;
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap();
            let Ok(expected) = through_serde(&text) else {
                continue;
            };
            assert_eq!(
                direct(&text).as_ref(),
                Some(&expected),
                "{}",
                path.display()
            );
            read += 1;
        }
        assert!(read > 40);
    }

    #[test]
    fn every_kind_of_value_reads_as_the_deserialiser_reads_it() {
        let text = r#"
            s = "tekst \u00e9"
            lit = 'C:\pad'
            multi = """
            twee
            regels"""
            ints = [0, -17, 1_000, 0xDEAD_beef, 0o755, 0b1101, 9223372036854775807, -9223372036854775808]
            floats = [0.0, -0.0, 3.14, 1e10, 6.626e-34, 1_000.5, inf, -inf, +inf, nan, -nan]
            bools = [true, false]
            dates = [1979-05-27T07:32:00Z, 1979-05-27T00:32:00.999999-07:00, 1979-05-27T07:32:00, 1979-05-27, 07:32:00.5]
            mixed = [[1, 2], ["a", { b = 1 }], []]
            inline = { z = 1, a = { y = [1.5] } }
            [tabel.sub]
            "sleutel met spatie" = 1
            [[rijen]]
            x = 1
            [[rijen]]
            y = "twee"
        "#;
        assert_eq!(direct(text), Some(through_serde(text).unwrap()));
    }

    /// Any TOML value: every scalar, nested arrays and tables, any keys.
    fn any_value() -> impl Strategy<Value = toml::Value> {
        let scalar = prop_oneof![
            any::<String>().prop_map(toml::Value::String),
            any::<i64>().prop_map(toml::Value::Integer),
            any::<f64>().prop_map(toml::Value::Float),
            any::<bool>().prop_map(toml::Value::Boolean),
        ];
        scalar.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(toml::Value::Array),
                prop::collection::btree_map(any::<String>(), inner, 0..4)
                    .prop_map(|m| toml::Value::Table(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_document_reads_as_the_deserialiser_reads_it(
            doc in prop::collection::btree_map(any::<String>(), any_value(), 0..6)
        ) {
            let table: toml::Table = doc.into_iter().collect();
            let text = table.to_string();
            let expected = through_serde(&text).unwrap();
            prop_assert_eq!(direct(&text), Some(expected));
        }
    }

    #[test]
    fn what_the_deserialiser_refuses_is_left_to_it() {
        for text in [
            "n = 9223372036854775808",
            "n = 0xFFFF_FFFF_FFFF_FFFF",
            "f = 1e400",
        ] {
            assert!(through_serde(text).is_err(), "{text}");
            assert_eq!(direct(text), None, "{text}");
        }
    }
}
