//! Ids: registering every definition's id per section, and resolving
//! references to them (with a near miss when one does not resolve).

use super::*;

impl Validator<'_> {
    pub(super) fn register_all(&mut self) {
        let files = self.files;
        for (f, (_, raw)) in files.iter().enumerate() {
            let ids = [
                (Section::Goal, ids(&raw.goal)),
                (Section::Team, ids(&raw.team)),
                (Section::Person, ids(&raw.person)),
                (Section::Format, ids(&raw.format)),
                (Section::Focus, ids(&raw.focus)),
                (Section::Campaign, ids(&raw.campaign)),
                (Section::Item, ids(&raw.item)),
                (Section::Blackout, ids(&raw.blackout)),
                (Section::Quiet, ids(&raw.quiet)),
                (Section::Page, ids(&raw.page)),
            ];
            for (section, list) in ids {
                for id in list {
                    self.register(section, f, id);
                }
            }
        }
    }

    pub(super) fn register(&mut self, section: Section, f: F, id: &S<String>) {
        if !self.slug(f, id) {
            return;
        }
        let known = self.ids.entry(section).or_default();
        if let Some((first_f, first_span)) = known.get(id.get_ref()) {
            let (ff, fs) = (*first_f, first_span.clone());
            let first = &self.files[ff].0;
            let (line, col) = first.line_col(fs.start);
            // The duplicate is the line to fix: its location comes first,
            // the first definition follows as the hint.
            let message = format!("duplicate {} id \"{}\"", section.noun(), id.get_ref());
            let hint = format!("first defined in {}:{line}:{col}", first.name);
            let d = self.files[f]
                .0
                .diagnostic(id.span(), message)
                .with_hint(Some(hint));
            self.diagnostics
                .push(d.with_related(first, fs, "first defined here"));
            return;
        }
        known.insert(id.get_ref().clone(), (f, id.span()));
    }

    pub(super) fn slug(&mut self, f: F, id: &S<String>) -> bool {
        if is_slug(id.get_ref()) {
            return true;
        }
        self.error(
            f,
            id.span(),
            format!(
                "invalid id \"{}\": ids are lowercase letters, digits, - and _ (they end up in keys and file names)",
                id.get_ref()
            ),
        );
        false
    }

    /// A tag, refused when empty or holding `;`: the database and CSV keep
    /// an item's tags as one `;`-separated text, which must read back as
    /// the same tags.
    pub(super) fn tag(&mut self, f: F, tag: &S<String>) -> Option<String> {
        let text = tag.get_ref();
        if !text.is_empty() && !text.contains(';') {
            return Some(text.clone());
        }
        self.error(
            f,
            tag.span(),
            format!("invalid tag \"{text}\": a tag is not empty and holds no `;`"),
        );
        None
    }

    pub(super) fn is_known(&self, section: Section, id: &str) -> bool {
        self.ids.get(&section).is_some_and(|m| m.contains_key(id))
    }

    /// The ids of a section, sorted: candidates for a near miss.
    pub(super) fn known(&self, section: Section) -> Vec<&str> {
        let mut ids: Vec<&str> = self
            .ids
            .get(&section)
            .map(|m| m.keys().map(String::as_str).collect())
            .unwrap_or_default();
        ids.sort_unstable();
        ids
    }

    /// Checks that `id` names a defined `section` entry; returns the id.
    pub(super) fn reference(&mut self, section: Section, f: F, id: &S<String>) -> Option<String> {
        if self.is_known(section, id.get_ref()) {
            return Some(id.get_ref().clone());
        }
        let known = self.known(section);
        let hint = suggest::hint(id.get_ref(), known);
        self.error_hint(
            f,
            id.span(),
            format!("unknown {} \"{}\"", section.noun(), id.get_ref()),
            hint,
        );
        None
    }

    /// A person or team id (RACI), or "all".
    pub(super) fn party(&mut self, f: F, id: &S<String>) -> Option<String> {
        let name = id.get_ref().as_str();
        if name == "all"
            || self.is_known(Section::Person, name)
            || self.is_known(Section::Team, name)
        {
            return Some(name.to_string());
        }
        let people = self.known(Section::Person);
        let teams = self.known(Section::Team);
        let hint = suggest::hint(name, people.into_iter().chain(teams).chain(["all"]));
        self.error_hint(
            f,
            id.span(),
            format!("unknown person or team \"{name}\""),
            hint,
        );
        None
    }
}
