//! What a re-plan needs of a calendar whose files did not change (issue
//! 19): the plan that read them records this beside its database, and the
//! next `ritme plan` that finds the same files byte for byte takes it
//! instead of parsing and validating them again, which was nine tenths of a
//! re-plan with nothing changed (500 KB of TOML on a large calendar).
//!
//! Reading a calendar is a function of its files' bytes, and of which files
//! the root's `include` patterns match, alone; a digest is kept only as
//! long as both are what they were, so it can only stand for what reading
//! them would give.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{Loaded, Sources};
use crate::model::{ImportEnd, ReviewInterval};

/// A calendar in brief: what the short ways of `ritme plan` read of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Digest {
    sources: Sources,
    /// The definitions hash ([`Loaded::definitions`]).
    pub(crate) definitions: String,
    /// `[rules] history`.
    pub(crate) history: Option<ReviewInterval>,
    /// The calendar's imported files that end ([`crate::model::Calendar::imported`]).
    pub(crate) imported: Vec<ImportEnd>,
}

impl Digest {
    /// The digest of a calendar just read.
    pub(crate) fn of(loaded: &Loaded) -> Digest {
        Digest {
            sources: loaded.sources.clone(),
            definitions: loaded.definitions.clone(),
            history: loaded.calendar.rules.history,
            imported: loaded.calendar.imported.clone(),
        }
    }

    /// The digest recorded as `text`, when the calendar in `dir` is still
    /// made of the files it was made of; `None` when it is not, or the text
    /// is not a digest (one recorded by a build that wrote it otherwise);
    /// one recorded by a build of other sources never holds, since its
    /// hash names them (`build.rs`).
    pub(crate) fn still(text: &str, dir: &Path) -> Option<Digest> {
        let digest: Digest = serde_json::from_str(text).ok()?;
        digest.sources.hold(dir).then_some(digest)
    }

    /// The text [`Digest::still`] reads.
    pub(crate) fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    const MAANDAG: &str = "[[format]]\nid = \"maandag\"\ntitle = \"Maandagmomentje\"\n\
                           every = \"week\"\non = [\"mon\"]\n";

    fn calendar(dir: &Path) {
        write(
            dir,
            "ritme.toml",
            "[calendar]\nid = \"intranet\"\nname = \"Intranet\"\nstart = 2026-01-01\n\
             timezone = \"Europe/Amsterdam\"\ninclude = [\"formats/*.toml\"]\n\n\
             [rules]\nhistory = \"1y\"\n",
        );
        write(dir, "formats/maandag.toml", MAANDAG);
    }

    fn recorded(dir: &Path) -> String {
        Digest::of(&super::super::load(dir).unwrap()).to_text()
    }

    #[test]
    fn a_digest_stands_for_the_files_it_was_made_of_only() {
        let dir = tempfile::tempdir().unwrap();
        let dir = dir.path();
        calendar(dir);
        let text = recorded(dir);
        let digest = Digest::still(&text, dir).expect("the same files");
        assert_eq!(digest.history, Some(ReviewInterval::Months(12)));
        assert_eq!(
            digest.definitions,
            super::super::load(dir).unwrap().definitions
        );

        // A comment changes no definition, but the bytes: read them again.
        write(dir, "formats/maandag.toml", &format!("# nieuw\n{MAANDAG}"));
        assert_eq!(Digest::still(&text, dir), None, "an included file's bytes");
        calendar(dir);
        assert!(Digest::still(&text, dir).is_some());

        // A file the root's pattern now matches.
        write(dir, "formats/vrijdag.toml", "");
        assert_eq!(
            Digest::still(&text, dir),
            None,
            "a new file the include matches"
        );
        std::fs::remove_file(dir.join("formats/vrijdag.toml")).unwrap();
        assert!(Digest::still(&text, dir).is_some());

        // A file the pattern matched is gone.
        std::fs::remove_file(dir.join("formats/maandag.toml")).unwrap();
        assert_eq!(Digest::still(&text, dir), None, "an included file removed");
        calendar(dir);

        // The root's bytes.
        let root = std::fs::read_to_string(dir.join("ritme.toml")).unwrap();
        write(dir, "ritme.toml", &format!("{root}\n"));
        assert_eq!(Digest::still(&text, dir), None, "the root's bytes");
        calendar(dir);

        assert_eq!(Digest::still("not a digest", dir), None);
    }
}
