//! `ritme export`: iCal feeds parsed back with the `ical` crate and compared
//! with the planned items (`list --format json`), byte-identical re-exports,
//! atomic writes, one filtered feed, JSON and CSV.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::*;

/// One VEVENT as a client sees it: TEXT values unescaped.
#[derive(Debug, Clone)]
struct Event {
    uid: String,
    summary: String,
    description: String,
    /// `VALUE=DATE:20270301` or `TZID=Europe/Amsterdam:20270301T090000`.
    start: String,
    end: String,
    status: String,
    sequence: String,
    last_modified: String,
    categories: String,
}

/// The `ical` crate unfolds but does not unescape TEXT (shared/notes/deps.md).
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Parses a feed with the `ical` crate; checks the framing on the way.
fn parse(path: &Path) -> (BTreeMap<String, String>, Vec<Event>) {
    let bytes = std::fs::read(path).unwrap();
    let text = String::from_utf8(bytes).expect("UTF-8");
    assert!(text.ends_with("\r\n"), "{}: ends with CRLF", path.display());
    for line in text[..text.len() - 2].split("\r\n") {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "{}: bare line break in {line:?}",
            path.display()
        );
        assert!(
            line.len() <= 75,
            "{}: {} octets: {line:?}",
            path.display(),
            line.len()
        );
    }
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let cal = parser
        .next()
        .expect("one calendar")
        .expect("the ical crate parses it");
    assert!(parser.next().is_none(), "exactly one VCALENDAR");
    let props: BTreeMap<String, String> = cal
        .properties
        .iter()
        .map(|p| (p.name.clone(), p.value.clone().unwrap_or_default()))
        .collect();
    let tzids: Vec<String> = cal
        .timezones
        .iter()
        .flat_map(|z| &z.properties)
        .filter(|p| p.name == "TZID")
        .filter_map(|p| p.value.clone())
        .collect();
    let events = cal
        .events
        .iter()
        .map(|e| {
            let get = |name: &str| -> Option<&ical::property::Property> {
                e.properties.iter().find(|p| p.name == name)
            };
            let value = |name: &str| get(name).and_then(|p| p.value.clone()).unwrap_or_default();
            let when = |name: &str| {
                let p = get(name).unwrap_or_else(|| panic!("{name} in {}", value("UID")));
                let params: Vec<String> = p
                    .params
                    .iter()
                    .flatten()
                    .map(|(k, v)| format!("{k}={}", v.join(",")))
                    .collect();
                if let Some(tz) = params.iter().find_map(|p| p.strip_prefix("TZID=")) {
                    assert!(
                        tzids.iter().any(|t| t == tz),
                        "a VTIMEZONE for {tz} in {}",
                        path.display()
                    );
                }
                format!(
                    "{}:{}",
                    params.join(";"),
                    p.value.clone().unwrap_or_default()
                )
            };
            Event {
                uid: unescape(&value("UID")),
                summary: unescape(&value("SUMMARY")),
                description: unescape(&value("DESCRIPTION")),
                start: when("DTSTART"),
                end: when("DTEND"),
                status: value("STATUS"),
                sequence: value("SEQUENCE"),
                last_modified: value("LAST-MODIFIED"),
                categories: value("CATEGORIES"),
            }
        })
        .collect();
    (props, events)
}

/// What the event of a `list --format json` item must start with.
fn expected_start(item: &Value) -> String {
    let date = item["date"].as_str().unwrap().replace('-', "");
    match item["time"].as_str() {
        Some(t) => format!("TZID=Europe/Amsterdam:{date}T{}00", t.replace(':', "")),
        None => format!("VALUE=DATE:{date}"),
    }
}

fn uid(key: &str, calendar: &str) -> String {
    format!("{key}@{calendar}.ritme")
}

/// Checks that `events` are exactly `items` (plus `deadlines`): same UIDs,
/// titles that round-trip exactly, the same dates and times.
fn assert_events_are(
    file: &Path,
    events: &[Event],
    items: &[&Value],
    deadlines: &[&Value],
    calendar: &str,
) {
    let by_uid: BTreeMap<&str, &Event> = events.iter().map(|e| (e.uid.as_str(), e)).collect();
    assert_eq!(
        by_uid.len(),
        events.len(),
        "{}: UIDs are unique",
        file.display()
    );
    let mut want: BTreeSet<String> = items
        .iter()
        .map(|i| uid(i["key"].as_str().unwrap(), calendar))
        .collect();
    want.extend(
        deadlines
            .iter()
            .map(|i| uid(&format!("due/{}", i["key"].as_str().unwrap()), calendar)),
    );
    let have: BTreeSet<String> = by_uid.keys().map(|s| s.to_string()).collect();
    assert_eq!(have, want, "{}: the events are the items", file.display());
    for item in items {
        let e = by_uid[uid(item["key"].as_str().unwrap(), calendar).as_str()];
        assert_eq!(e.summary, item["title"].as_str().unwrap(), "{}", e.uid);
        assert_eq!(e.start, expected_start(item), "{}", e.uid);
        if item["all_day"].as_bool().unwrap() {
            let next =
                chrono::NaiveDate::parse_from_str(item["date"].as_str().unwrap(), "%Y-%m-%d")
                    .unwrap()
                    .succ_opt()
                    .unwrap();
            assert_eq!(
                e.end,
                format!("VALUE=DATE:{}", next.format("%Y%m%d")),
                "{}: exclusive end",
                e.uid
            );
        }
        let cancelled = item["status"] == "skipped";
        assert_eq!(
            e.status,
            if cancelled { "CANCELLED" } else { "CONFIRMED" },
            "{}",
            e.uid
        );
        assert!(
            e.description.contains(&format!(
                "{}: {}",
                "Status",
                item["status"].as_str().unwrap()
            )),
            "{}",
            e.description
        );
        if let Some(kind) = item["kind"].as_str() {
            assert!(
                e.categories.split(',').any(|c| c == kind),
                "{}: {}",
                e.uid,
                e.categories
            );
        }
    }
    for item in deadlines {
        let e = by_uid[uid(&format!("due/{}", item["key"].as_str().unwrap()), calendar).as_str()];
        assert_eq!(
            e.start,
            format!(
                "VALUE=DATE:{}",
                item["due"].as_str().unwrap().replace('-', "")
            )
        );
        assert!(
            e.summary.ends_with(item["title"].as_str().unwrap()),
            "{}",
            e.summary
        );
    }
}

/// `ritme -C <scratch> args`, run inside the scratch directory so that
/// relative output paths land there.
fn ritme(s: &Scratch, args: &[&str]) -> Run {
    let mut c = command();
    c.current_dir(s.path()).arg("-C").arg(s.path()).args(args);
    Run(c.output().expect("ritme runs"))
}

fn items(s: &Scratch, range: &[&str]) -> Vec<Value> {
    let mut args = vec!["list", "--format", "json"];
    args.extend_from_slice(range);
    ritme(s, &args).ok().json().as_array().unwrap().clone()
}

/// Every file under `dir`, relative, sorted.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

fn read_all(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    files(dir)
        .into_iter()
        .map(|f| (f.clone(), std::fs::read(dir.join(&f)).unwrap()))
        .collect()
}

const WINDOW: [&str; 4] = ["--from", "2027-03-01", "--until", "2027-11-07"];

fn planned_fixture() -> Scratch {
    let s = Scratch::fixture("export");
    let mut args = vec!["plan"];
    args.extend_from_slice(&WINDOW);
    ritme(&s, &args).ok();
    s
}

/// Checks every feed under `out` against the planned items of `s`.
fn check_every_feed(s: &Scratch, out: &Path, calendar: &str, all: &[Value]) {
    let (props, events) = parse(&out.join(format!("{calendar}.ics")));
    assert_eq!(props["VERSION"], "2.0");
    assert_eq!(
        props["PRODID"],
        concat!("-//ritme//ritme ", env!("CARGO_PKG_VERSION"), "//EN")
    );
    assert_eq!(props["REFRESH-INTERVAL"], "PT1H");
    assert_eq!(props["X-PUBLISHED-TTL"], "PT1H");
    // Readers of X-WR-TIMEZONE turn UTC times into local ones and lose the fold.
    assert!(!props.contains_key("X-WR-TIMEZONE"));
    assert!(!props["X-WR-CALNAME"].is_empty());
    let everything: Vec<&Value> = all.iter().collect();
    assert_events_are(
        &out.join(format!("{calendar}.ics")),
        &events,
        &everything,
        &[],
        calendar,
    );

    let s_field = |item: &Value, f: &str| item[f].as_str().map(str::to_string);
    let mut checked = 0;
    for (folder, pick) in [
        (
            "team",
            &(|i: &Value, id: &str| s_field(i, "team").as_deref() == Some(id))
                as &dyn Fn(&Value, &str) -> bool,
        ),
        ("person", &|i: &Value, id: &str| {
            s_field(i, "owner").as_deref() == Some(id)
                || s_field(i, "ambassador").as_deref() == Some(id)
        }),
        ("format", &|i: &Value, id: &str| {
            i["source"] == "format" && i["source_id"] == id
        }),
        ("campaign", &|i: &Value, id: &str| {
            i["source"] == "campaign" && i["source_id"] == id
        }),
    ] {
        let dir = out.join(folder);
        for f in files(&dir) {
            let id = f.file_stem().unwrap().to_str().unwrap().to_string();
            let (props, events) = parse(&dir.join(&f));
            assert!(
                props["X-WR-CALNAME"].contains(" – "),
                "{}",
                props["X-WR-CALNAME"]
            );
            let mine: Vec<&Value> = all.iter().filter(|i| pick(i, &id)).collect();
            let due: Vec<&Value> = if folder == "person" {
                mine.iter()
                    .copied()
                    .filter(|i| !i["due"].is_null())
                    .collect()
            } else {
                Vec::new()
            };
            assert_events_are(&dir.join(&f), &events, &mine, &due, calendar);
            checked += 1;
        }
    }
    assert!(checked >= 4, "sub-feeds were checked");
    let _ = s;
}

#[test]
fn every_feed_of_the_fixture_parses_back_to_the_planned_items() {
    let s = planned_fixture();
    ritme(&s, &["export", "ics", "--out", "feeds"]).ok();
    let out = s.path().join("feeds");
    assert_eq!(
        files(&out),
        [
            "campaign/welzijnsweek.ics",
            "feeds.ics",
            "format/kwartaalbericht.ics",
            "format/maandagmomentje.ics",
            "format/vrijdagvraag.ics",
            "index.html",
            "person/anna.ics",
            "person/bert.ics",
            "person/chris.ics",
            "team/communicatie.ics",
            "team/hr.ics",
        ]
        .map(PathBuf::from)
    );
    let all = items(&s, &WINDOW);
    assert!(all.len() > 70, "{}", all.len());
    check_every_feed(&s, &out, "feeds", &all);

    // The tricky titles round-trip exactly.
    let (_, events) = parse(&out.join("feeds.ics"));
    let titles: BTreeSet<&str> = events.iter().map(|e| e.summary.as_str()).collect();
    assert!(titles.contains(
        "Vrijdagvraag, de poll; één vraag \\ één antwoord — café-bezoek met Zoë 🎉 en daarna nog veel meer tekst"
    ));
    assert!(
        titles.contains("Kwartaalbericht\nDESCRIPTION:geïnjecteerd"),
        "{titles:?}"
    );
    // The newline in that title did not make a property of its own.
    for e in &events {
        assert!(!e.description.starts_with("geïnjecteerd"));
    }
    // Multi-line descriptions survive, after the labelled fields.
    let m = events
        .iter()
        .find(|e| e.uid == "format/maandagmomentje/2027-03-01@feeds.ritme")
        .unwrap();
    assert!(
        m.description.ends_with("Een verhaal van een collega.\nMet een tweede regel; en een komma, en een \\ backslash."),
        "{}",
        m.description
    );
    assert!(
        m.description
            .contains("Eigenaar: Anna de Vries <anna@example.org>"),
        "{}",
        m.description
    );
    assert!(m
        .description
        .contains("Doel: Collega's kennen elkaar, over teams heen"));
    assert!(m.description.contains("Focus: Onboarding"));
    assert!(m.description.contains("Concept klaar: 2027-02-26"));
    assert_eq!(m.end, "TZID=Europe/Amsterdam:20270301T094500", "45 minutes");
    assert_eq!(m.categories, "story,cultuur,onboarding");
}

#[test]
fn nine_oclock_items_in_the_dst_weeks_keep_their_local_time() {
    let s = planned_fixture();
    ritme(&s, &["export", "ics", "--out", "feeds"]).ok();
    let (_, events) = parse(&s.path().join("feeds/format/maandagmomentje.ics"));
    let start = |date: &str| {
        events
            .iter()
            .find(|e| e.uid == format!("format/maandagmomentje/{date}@feeds.ritme"))
            .unwrap_or_else(|| panic!("{date}"))
            .start
            .clone()
    };
    // Summer time starts 2027-03-28 and ends 2027-10-31.
    assert_eq!(start("2027-03-22"), "TZID=Europe/Amsterdam:20270322T090000");
    assert_eq!(start("2027-03-29"), "TZID=Europe/Amsterdam:20270329T090000");
    assert_eq!(start("2027-10-25"), "TZID=Europe/Amsterdam:20271025T090000");
    assert_eq!(start("2027-11-01"), "TZID=Europe/Amsterdam:20271101T090000");
    let text = s.read("feeds/format/maandagmomentje.ics");
    assert!(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n"));
    assert!(text.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"));
    assert!(text.contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"));
}

#[test]
fn the_example_calendar_exports_feeds_that_parse_back() {
    let s = Scratch::copy_of(&voorbeeld());
    ritme(&s, &["plan"]).ok();
    ritme(&s, &["export", "ics", "--out", "feeds"]).ok();
    let out = s.path().join("feeds");
    let all = items(&s, &["--from", "2000-01-01", "--until", "2100-12-31"]);
    assert!(!all.is_empty());
    check_every_feed(&s, &out, "voorbeeld", &all);
    for folder in ["team", "person", "format"] {
        assert!(!files(&out.join(folder)).is_empty(), "{folder} feeds");
    }
}

#[test]
fn reexporting_an_unchanged_plan_gives_byte_identical_files() {
    let s = planned_fixture();
    ritme(
        &s,
        &[
            "export",
            "ics",
            "--out",
            "feeds",
            "--base-url",
            "https://intranet.example.org/feeds",
        ],
    )
    .ok();
    let first = read_all(&s.path().join("feeds"));
    // Later: plan again (nothing changed) and export again with another clock and today.
    let later = |args: &[&str]| {
        let mut c = command();
        c.env("SOURCE_DATE_EPOCH", "1800000000")
            .env("RITME_TODAY", "2027-01-04")
            .current_dir(s.path());
        c.arg("-C").arg(s.path()).args(args);
        let out = c.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let mut plan = vec!["plan"];
    plan.extend_from_slice(&WINDOW);
    later(&plan);
    later(&[
        "export",
        "ics",
        "--out",
        "feeds",
        "--base-url",
        "https://intranet.example.org/feeds",
    ]);
    let second = read_all(&s.path().join("feeds"));
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    for (name, bytes) in &first {
        assert!(
            bytes == &second[name],
            "{} differs after a re-export",
            name.display()
        );
    }
}

#[test]
fn a_changed_item_keeps_its_uid_and_moves_sequence_and_last_modified() {
    let s = planned_fixture();
    ritme(&s, &["export", "ics", "--out", "feeds"]).ok();
    let (_, before) = parse(&s.path().join("feeds/feeds.ics"));
    let toml = s
        .read("ritme.toml")
        .replace("title = \"Maandagmomentje\"", "title = \"Maandagmoment\"");
    s.write("ritme.toml", &toml);
    let mut c = command();
    c.env("SOURCE_DATE_EPOCH", "1800000000")
        .arg("-C")
        .arg(s.path())
        .arg("plan")
        .args(WINDOW);
    assert!(c.output().unwrap().status.success());
    ritme(&s, &["export", "ics", "--out", "feeds"]).ok();
    let (_, after) = parse(&s.path().join("feeds/feeds.ics"));
    assert_eq!(before.len(), after.len());
    for (b, a) in before.iter().zip(&after) {
        assert_eq!(a.uid, b.uid, "the same events, in the same order");
        if a.uid.starts_with("format/maandagmomentje/") {
            assert_eq!(a.summary, "Maandagmoment");
            assert_eq!(a.sequence, "1", "{}", a.uid);
            assert_eq!(a.last_modified, "20270115T080000Z", "{}", a.uid);
        } else {
            assert_eq!(
                (&a.sequence, &a.last_modified),
                (&b.sequence, &b.last_modified),
                "{} did not change",
                a.uid
            );
        }
    }
}

#[test]
fn a_skipped_item_is_cancelled_so_subscribers_see_it_go() {
    let s = planned_fixture();
    // A day later: `ritme skip` stamps the edit with that clock.
    let mut c = command();
    c.env("SOURCE_DATE_EPOCH", "1795510800")
        .current_dir(s.path())
        .args(["-C"])
        .arg(s.path())
        .args([
            "skip",
            "format/vrijdagvraag/2027-03-05",
            "--reason",
            "studiedag",
        ]);
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    ritme(&s, &["export", "ics", "--out", "feeds"]).ok();
    let (_, events) = parse(&s.path().join("feeds/feeds.ics"));
    let e = events
        .iter()
        .find(|e| e.uid == "format/vrijdagvraag/2027-03-05@feeds.ritme")
        .unwrap();
    assert_eq!((e.status.as_str(), e.sequence.as_str()), ("CANCELLED", "1"));
    assert_eq!(e.last_modified, "20261124T090000Z");
    // The owner's feed shows it cancelled too.
    let (_, bert) = parse(&s.path().join("feeds/person/bert.ics"));
    assert!(bert
        .iter()
        .any(|e| e.uid == "format/vrijdagvraag/2027-03-05@feeds.ritme" && e.status == "CANCELLED"));
    let others = events.iter().filter(|e| e.status == "CANCELLED").count();
    assert_eq!(others, 1);
}

#[test]
fn feeds_are_replaced_atomically_and_leave_no_temporary_files() {
    let s = planned_fixture();
    let out = s.path().join("feeds");
    std::fs::create_dir_all(out.join("person")).unwrap();
    std::fs::write(out.join("person/anna.ics"), "half a feed").unwrap();
    std::fs::write(out.join("person/vertrokken.ics"), "an old feed").unwrap();
    let run = ritme(&s, &["export", "ics", "--out", "feeds"]).ok();
    assert!(
        run.stderr().contains("vertrokken.ics is no longer written"),
        "{}",
        run.stderr()
    );
    assert_eq!(
        std::fs::read_to_string(out.join("person/vertrokken.ics")).unwrap(),
        "an old feed",
        "left alone"
    );
    assert!(s
        .read("feeds/person/anna.ics")
        .starts_with("BEGIN:VCALENDAR\r\n"));
    for f in files(&out) {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            !name.starts_with('.') && !name.ends_with(".tmp"),
            "left behind: {}",
            f.display()
        );
    }
    // One feed with -o: the same.
    ritme(&s, &["export", "ics", "-o", "one.ics", "--kind", "poll"]).ok();
    let names: Vec<String> = std::fs::read_dir(s.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
}

#[test]
fn one_feed_with_filters_and_a_range_holds_what_list_shows_and_the_deadlines() {
    let s = planned_fixture();
    ritme(
        &s,
        &[
            "export", "ics", "-o", "anna.ics", "--owner", "anna", "--month", "2027-03",
        ],
    )
    .ok();
    let (props, events) = parse(&s.path().join("anna.ics"));
    assert_eq!(props["X-WR-CALNAME"], "Intranet Feeds & Co – owner anna");
    let mine = items(&s, &["--owner", "anna", "--month", "2027-03"]);
    assert!(!mine.is_empty());
    let mine: Vec<&Value> = mine.iter().collect();
    let due: Vec<&Value> = mine
        .iter()
        .copied()
        .filter(|i| !i["due"].is_null())
        .collect();
    assert!(!due.is_empty());
    assert_events_are(Path::new("anna.ics"), &events, &mine, &due, "feeds");

    let run = s
        .ritme(&[
            "export", "ics", "-o", "-", "--kind", "poll", "--week", "2027-W10",
        ])
        .ok();
    assert!(run.stdout().starts_with("BEGIN:VCALENDAR\r\n"));
    assert_eq!(
        run.stdout().matches("BEGIN:VEVENT").count(),
        1,
        "{}",
        run.stdout()
    );
}

#[test]
fn index_lists_every_feed_with_subscribe_links() {
    let s = planned_fixture();
    ritme(
        &s,
        &[
            "export",
            "ics",
            "--out",
            "feeds",
            "--base-url",
            "https://intranet.example.org/feeds",
        ],
    )
    .ok();
    let html = s.read("feeds/index.html");
    for path in [
        "feeds.ics",
        "team/hr.ics",
        "person/anna.ics",
        "format/vrijdagvraag.ics",
        "campaign/welzijnsweek.ics",
    ] {
        assert!(
            html.contains(&format!(
                "href=\"https://intranet.example.org/feeds/{path}\""
            )),
            "{path}\n{html}"
        );
        assert!(
            html.contains(&format!(
                "href=\"webcal://intranet.example.org/feeds/{path}\""
            )),
            "{path}"
        );
    }
    assert!(html.contains("HR; P&amp;O"), "names are escaped");
    assert!(html.contains("<html lang=\"nl\">"));

    ritme(&s, &["export", "ics", "--out", "plain"]).ok();
    let html = s.read("plain/index.html");
    assert!(html.contains("href=\"team/hr.ics\""));
    assert!(!html.contains("webcal://"));

    ritme(
        &s,
        &["export", "ics", "--out", "x", "--base-url", "ftp://x"],
    )
    .code_is(2);
}

#[test]
fn a_time_zone_without_a_vtimezone_is_a_clear_error() {
    let s = Scratch::fixture("export");
    let toml = s
        .read("ritme.toml")
        .replace("Europe/Amsterdam", "Asia/Tokyo");
    s.write("ritme.toml", &toml);
    ritme(&s, &["plan"]).ok();
    let run = ritme(&s, &["export", "ics", "--out", "feeds"]).code_is(2);
    assert!(
        run.stderr().contains("time zone \"Asia/Tokyo\""),
        "{}",
        run.stderr()
    );
    assert!(
        run.stderr().contains("Europe/Amsterdam"),
        "names the zones it can write"
    );
    assert!(!s.path().join("feeds").exists(), "nothing written");
}

#[test]
fn export_needs_a_plan_and_either_out_or_output() {
    let s = Scratch::fixture("export");
    let run = ritme(&s, &["export", "ics", "--out", "feeds"]).code_is(3);
    assert!(run.stderr().contains("ritme plan"), "{}", run.stderr());
    ritme(&s, &["plan"]).ok();
    let run = ritme(&s, &["export", "ics"]).code_is(2);
    assert!(
        run.stderr()
            .contains("required arguments were not provided:\n  <--out <DIR>|--output <FILE>>"),
        "{}",
        run.stderr()
    );
    let run = ritme(&s, &["export", "ics", "--out", "feeds", "--owner", "anna"]).code_is(2);
    assert!(
        run.stderr()
            .contains("the argument '--out <DIR>' cannot be used with '--owner <PERSON>'"),
        "{}",
        run.stderr()
    );
    assert!(!s.path().join("feeds").exists(), "nothing written");
}

#[test]
fn export_json_and_csv_hold_the_items_list_shows() {
    let s = planned_fixture();
    let listed = s
        .ritme(&[
            "list",
            "--format",
            "json",
            "--quarter",
            "2027-Q2",
            "--team",
            "hr",
        ])
        .ok()
        .stdout();
    let exported = s
        .ritme(&["export", "json", "--quarter", "2027-Q2", "--team", "hr"])
        .ok()
        .stdout();
    assert_eq!(exported, listed);
    assert!(exported.len() > 10);

    // Without a range: every stored item.
    let all = ritme(&s, &["export", "json"]).ok().json();
    assert_eq!(all.as_array().unwrap().len(), items(&s, &WINDOW).len());

    let csv = s
        .ritme(&["export", "csv", "--kind", "poll", "--month", "2027-04"])
        .ok()
        .stdout();
    let mut lines = csv.lines();
    assert!(lines
        .next()
        .unwrap()
        .starts_with("key,title,source,source_id,date,time,all_day"));
    assert_eq!(lines.count(), 5, "{csv}");
    assert_eq!(
        csv,
        ritme(
            &s,
            &["list", "--format", "csv", "--kind", "poll", "--month", "2027-04"]
        )
        .ok()
        .stdout()
    );

    ritme(&s, &["export", "csv", "-o", "out/items.csv"]).code_is(3);
    ritme(&s, &["export", "csv", "-o", "items.csv"]).ok();
    assert!(s.read("items.csv").starts_with("key,title"));
}
