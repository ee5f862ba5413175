//! Text that many items share: the title, team, tags and owner of every
//! occurrence of a definition. One allocation per distinct text instead of
//! one per item and field: for a plan of 100,000 items the strings were
//! most of drafting's allocations and memory (BENCHMARKS.md).

use std::sync::Arc;

use rustc_hash::FxHashSet;

/// An immutable string; a clone shares it.
pub(crate) type Text = Arc<str>;

/// An immutable list of texts (an item's tags); a clone shares it.
pub(crate) type Texts = Arc<[Text]>;

/// Hands out one shared [`Text`] per distinct string.
#[derive(Debug, Default)]
pub(crate) struct Interner(FxHashSet<Text>);

impl Interner {
    /// The shared text equal to `s`.
    pub(crate) fn text(&mut self, s: &str) -> Text {
        if let Some(t) = self.0.get(s) {
            return t.clone();
        }
        let t = Text::from(s);
        self.0.insert(t.clone());
        t
    }

    /// [`Interner::text`] of an optional string.
    pub(crate) fn opt(&mut self, s: Option<&str>) -> Option<Text> {
        s.map(|s| self.text(s))
    }

    /// The shared texts of a list of strings.
    pub(crate) fn list(&mut self, list: &[String]) -> Texts {
        list.iter().map(|s| self.text(s)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_strings_share_one_allocation() {
        let mut interner = Interner::default();
        let a = interner.text("Maandagmomentje");
        let b = interner.text(&String::from("Maandagmomentje"));
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(&*a, "Maandagmomentje");
        let c = interner.text("Vrijdagvraag");
        assert!(!Arc::ptr_eq(&a, &c));
        let tags = interner.list(&["Vrijdagvraag".to_string()]);
        assert!(Arc::ptr_eq(&tags[0], &c));
        assert_eq!(interner.opt(None), None);
    }
}
