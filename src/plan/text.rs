//! Text that many items share: the title, team, tags and owner of every
//! occurrence of a definition. One allocation per distinct text instead of
//! one per item and field: for a plan of 100,000 items the strings were
//! most of drafting's allocations and memory (BENCHMARKS.md).
//!
//! Both types are one pointer wide, where an `Arc<str>` or `Arc<[T]>` is
//! two: an item holds eleven of them, and at 100,000 items the second
//! words were 9 MB of a first plan's peak (issue 19).

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use rustc_hash::FxHashSet;

/// An immutable string; a clone shares it.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(Arc<Box<str>>);

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self
    }
}

/// Lets a set of texts be searched by `&str` (the hash is `str`'s).
impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text(Arc::new(s.into()))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text(Arc::new(s.into_boxed_str()))
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self)
    }
}

/// An immutable list of texts (an item's tags); a clone shares it. An empty
/// list allocates nothing.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Texts(Option<Arc<Box<[Text]>>>);

impl Deref for Texts {
    type Target = [Text];
    fn deref(&self) -> &[Text] {
        self.0.as_deref().map_or(&[], |list| list)
    }
}

impl FromIterator<Text> for Texts {
    fn from_iter<I: IntoIterator<Item = Text>>(iter: I) -> Self {
        let list: Box<[Text]> = iter.into_iter().collect();
        Texts((!list.is_empty()).then(|| Arc::new(list)))
    }
}

impl fmt::Debug for Texts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl serde::Serialize for Texts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

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
        assert!(Arc::ptr_eq(&a.0, &b.0));
        assert_eq!(&*a, "Maandagmomentje");
        let c = interner.text("Vrijdagvraag");
        assert!(!Arc::ptr_eq(&a.0, &c.0));
        let tags = interner.list(&["Vrijdagvraag".to_string()]);
        assert!(Arc::ptr_eq(&tags[0].0, &c.0));
        assert_eq!(interner.opt(None), None);
    }
}
