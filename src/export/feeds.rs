//! Which feeds `export ics --out DIR` writes and what each holds, and the
//! `index.html` that lists them with their subscribe links.
//!
//! - `<calendar-id>.ics`: every item;
//! - `team/<id>.ics`: the items of the team (as `list --team`);
//! - `person/<id>.ics`: the items the person owns or carries as ambassador,
//!   plus the draft deadlines of those items;
//! - `format/<id>.ics`, `campaign/<id>.ics`: the items of that definition.
//!
//! Every team, person, format and campaign in the definitions gets a feed,
//! even an empty one, so a subscription made today keeps working when the
//! plan fills up. Feeds are listed by kind, then id; events keep the store's
//! order (date, time, key). Nothing here reads the clock.

use std::collections::HashMap;

use crate::model::{Calendar, Locale};
use crate::plan::item::Source;
use crate::store::Tracked;

/// What a feed is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FeedKind {
    Calendar,
    Team,
    Person,
    Format,
    Campaign,
}

impl FeedKind {
    /// The folder of this kind's feeds (SPEC: singular names).
    pub fn folder(self) -> Option<&'static str> {
        match self {
            FeedKind::Calendar => None,
            FeedKind::Team => Some("team"),
            FeedKind::Person => Some("person"),
            FeedKind::Format => Some("format"),
            FeedKind::Campaign => Some("campaign"),
        }
    }

    /// Every kind, in the order feeds are listed.
    pub const ALL: [FeedKind; 5] = [
        FeedKind::Calendar,
        FeedKind::Team,
        FeedKind::Person,
        FeedKind::Format,
        FeedKind::Campaign,
    ];
}

/// The sub-feed folders under the output directory.
pub(super) const FOLDERS: [&str; 4] = ["team", "person", "format", "campaign"];

/// One feed: where it goes, its name, and which items it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feed {
    pub kind: FeedKind,
    pub id: String,
    /// `team/hr.ics`, relative to the output directory, with `/`.
    pub path: String,
    /// What the feed is about: a team's, person's, format's or campaign's name.
    pub title: String,
    /// Indexes into the items: their events.
    pub events: Vec<usize>,
    /// Indexes into the items: their draft deadlines (person feeds only).
    pub deadlines: Vec<usize>,
}

/// Every feed of `calendar` over `items`.
pub(crate) fn select(calendar: &Calendar, items: &[Tracked]) -> Vec<Feed> {
    let mut feeds = vec![Feed {
        kind: FeedKind::Calendar,
        id: calendar.id.clone(),
        path: format!("{}.ics", calendar.id),
        title: calendar.name.clone(),
        events: (0..items.len()).collect(),
        deadlines: Vec::new(),
    }];
    let mut add = |kind: FeedKind, id: &str, title: &str| {
        let folder = kind.folder().expect("a sub-feed has a folder");
        feeds.push(Feed {
            kind,
            id: id.to_string(),
            path: format!("{folder}/{id}.ics"),
            title: title.to_string(),
            events: Vec::new(),
            deadlines: Vec::new(),
        });
    };
    for t in &calendar.teams {
        add(FeedKind::Team, &t.id, &t.name);
    }
    for p in &calendar.people {
        add(FeedKind::Person, &p.id, &p.name);
    }
    for f in &calendar.formats {
        add(FeedKind::Format, &f.id, &f.template.title);
    }
    for c in &calendar.campaigns {
        add(FeedKind::Campaign, &c.id, &c.template.title);
    }
    feeds[1..].sort_by(|a, b| (a.kind, &a.id).cmp(&(b.kind, &b.id)));

    let index: HashMap<(FeedKind, &str), usize> = feeds
        .iter()
        .enumerate()
        .map(|(i, f)| ((f.kind, f.id.as_str()), i))
        .collect();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); feeds.len()];
    let mut deadlines: Vec<Vec<usize>> = vec![Vec::new(); feeds.len()];
    for (n, t) in items.iter().enumerate() {
        let it = &t.item;
        let mut put = |kind: FeedKind, id: &str| {
            if let Some(&i) = index.get(&(kind, id)) {
                if members[i].last() != Some(&n) {
                    members[i].push(n);
                    if kind == FeedKind::Person && it.due.is_some() {
                        deadlines[i].push(n);
                    }
                }
            }
        };
        if let Some(team) = &it.team {
            put(FeedKind::Team, team);
        }
        for person in it.owner.iter().chain(&it.ambassador) {
            put(FeedKind::Person, person);
        }
        match it.source {
            Source::Format => put(FeedKind::Format, &it.source_id),
            Source::Campaign => put(FeedKind::Campaign, &it.source_id),
            Source::Item | Source::Review => {}
        }
    }
    for ((feed, events), due) in feeds.iter_mut().zip(members).zip(deadlines).skip(1) {
        feed.events = events;
        feed.deadlines = due;
    }
    feeds
}

/// The feed's calendar name: the calendar's, with what the feed is about.
pub(crate) fn calendar_name(calendar: &Calendar, feed: &Feed) -> String {
    match feed.kind {
        FeedKind::Calendar => calendar.name.clone(),
        _ => format!("{} – {}", calendar.name, feed.title),
    }
}

/// `index.html`: every feed with its link; with `base_url`, the address to
/// subscribe to and a `webcal://` link that opens the calendar program.
pub(super) fn index_html(
    calendar: &Calendar,
    feeds: &[Feed],
    base_url: Option<&str>,
    locale: Locale,
) -> String {
    let w = match locale {
        Locale::En => &EN,
        Locale::Nl => &NL,
    };
    let mut out = String::with_capacity(4096 + feeds.len() * 256);
    out.push_str("<!DOCTYPE html>\n");
    out.push_str(&format!("<html lang=\"{}\">\n<head>\n", w.lang));
    out.push_str("<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!(
        "<title>{} – {}</title>\n",
        crate::view::html::escape(&calendar.name),
        w.feeds
    ));
    out.push_str(
        "<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}\
         li{margin:.25rem 0}code{font-size:.85em;word-break:break-all}.n{color:#666}</style>\n",
    );
    out.push_str("</head>\n<body>\n");
    out.push_str(&format!(
        "<h1>{}</h1>\n",
        crate::view::html::escape(&calendar.name)
    ));
    out.push_str(&format!("<p>{}</p>\n", w.intro));
    if base_url.is_none() {
        out.push_str(&format!("<p>{}</p>\n", w.no_base));
    }
    for kind in FeedKind::ALL {
        let of_kind: Vec<&Feed> = feeds.iter().filter(|f| f.kind == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        out.push_str(&format!("<h2>{}</h2>\n<ul>\n", w.heading(kind)));
        for f in of_kind {
            let href = match base_url {
                Some(base) => format!("{}{}", base, f.path),
                None => f.path.clone(),
            };
            out.push_str(&format!(
                "<li><a href=\"{}\">{}</a> <span class=\"n\">({} {}",
                crate::view::html::escape(&href),
                crate::view::html::escape(&f.title),
                f.events.len(),
                if f.events.len() == 1 { w.item } else { w.items }
            ));
            if !f.deadlines.is_empty() {
                out.push_str(&format!(", {} {}", f.deadlines.len(), w.deadlines));
            }
            out.push_str(")</span>");
            if let Some(webcal) = base_url.and_then(|_| webcal(&href)) {
                out.push_str(&format!(
                    " · <a href=\"{}\">{}</a><br><code>{}</code>",
                    crate::view::html::escape(&webcal),
                    w.subscribe,
                    crate::view::html::escape(&href)
                ));
            }
            out.push_str("</li>\n");
        }
        out.push_str("</ul>\n");
    }
    out.push_str(&format!("<p class=\"n\">{}</p>\n", w.footer));
    out.push_str("</body>\n</html>\n");
    out
}

/// `webcal://host/path` for an `http(s)://` address.
fn webcal(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    Some(format!("webcal://{rest}"))
}

/// The words of `index.html`.
struct Words {
    lang: &'static str,
    feeds: &'static str,
    intro: &'static str,
    no_base: &'static str,
    headings: [&'static str; 5],
    item: &'static str,
    items: &'static str,
    deadlines: &'static str,
    subscribe: &'static str,
    footer: &'static str,
}

impl Words {
    fn heading(&self, kind: FeedKind) -> &'static str {
        self.headings[kind as usize]
    }
}

const EN: Words = Words {
    lang: "en",
    feeds: "calendar feeds",
    intro: "Subscribe to a feed in Outlook, Google Calendar, Apple Calendar or Thunderbird \
            (\"add calendar from URL\" or \"subscribe\"): it stays up to date by itself.",
    no_base: "These links are relative: publish this folder on a web server and subscribe to the addresses there.",
    headings: ["Whole calendar", "Teams", "People", "Formats", "Campaigns"],
    item: "item",
    items: "items",
    deadlines: "draft deadlines",
    subscribe: "subscribe",
    footer: "Made by ritme. Feeds refresh every hour.",
};

const NL: Words = Words {
    lang: "nl",
    feeds: "agenda-feeds",
    intro: "Abonneer je op een feed in Outlook, Google Agenda, Apple Agenda of Thunderbird \
            (\"agenda toevoegen via URL\" of \"abonneren\"): hij blijft vanzelf bij.",
    no_base: "Deze links zijn relatief: zet deze map op een webserver en abonneer je op de adressen daar.",
    headings: ["Hele kalender", "Teams", "Personen", "Formats", "Campagnes"],
    item: "item",
    items: "items",
    deadlines: "conceptdeadlines",
    subscribe: "abonneren",
    footer: "Gemaakt met ritme. Feeds verversen elk uur.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_escaped_and_webcal_replaces_the_scheme() {
        assert_eq!(
            crate::view::html::escape("<b>\"R&D\"</b> 'x'"),
            "&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt; &#39;x&#39;"
        );
        assert_eq!(
            webcal("https://intranet.example.org/feeds/team/hr.ics").as_deref(),
            Some("webcal://intranet.example.org/feeds/team/hr.ics")
        );
        assert_eq!(webcal("team/hr.ics"), None);
    }
}
