//! Re-plans (issue 19): a plan that finds nothing changed writes nothing,
//! and a re-plan from the database a plan left (which takes the short way
//! when nothing changed) says and stores exactly what a full plan does, and
//! stores what a plan from the lock alone does.

use std::path::Path;
use std::time::SystemTime;

use proptest::prelude::*;

use crate::support::*;

/// The bytes and modification time of each of the calendar's stored files.
fn files(dir: &Path) -> Vec<(String, Vec<u8>, SystemTime)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("ritme."))
        })
        .map(|p| {
            let modified = std::fs::metadata(&p).unwrap().modified().unwrap();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap(), modified)
        })
        .collect();
    out.sort();
    out
}

#[test]
fn a_plan_with_nothing_changed_rewrites_neither_the_lock_nor_the_database() {
    let s = Scratch::copy_of(&voorbeeld());
    let first = s.ritme(&["plan"]).ok();
    let before = files(s.path());
    assert!(before.iter().any(|(n, ..)| n == "ritme.db"), "{before:?}");
    std::thread::sleep(std::time::Duration::from_millis(20));
    let again = s.ritme(&["plan"]).ok();
    assert_eq!(files(s.path()), before, "a re-plan wrote a file");
    assert!(
        again.stderr().contains("0 added, 0 changed, 0 removed"),
        "{}",
        again.stderr()
    );
    assert_ne!(first.stderr(), again.stderr());
    // Days later, with a window that grows with today: the plan is made
    // again, and only a lock with something new is written.
    let later = ["--today", "2026-11-25", "plan"];
    s.ritme(&later).ok();
    let after_days = files(s.path());
    std::thread::sleep(std::time::Duration::from_millis(20));
    s.ritme(&later).ok();
    assert_eq!(files(s.path()), after_days, "a re-plan wrote a file");
}

/// One step in the life of a calendar.
#[derive(Debug, Clone)]
enum Step {
    /// Nothing changed.
    Nothing,
    /// The title of the n-th format (of those that have one) changed.
    Title(usize),
    /// Ivo takes over what Gijs owns by rule: assignment changes.
    Owner,
    /// A format no longer made (its items go, or become orphans).
    Drop(usize),
    /// Today moves on by this many days.
    Days(u64),
    /// The window grows to the end of June.
    Longer,
    /// A person changes the n-th item (of those listed) by hand.
    Note(usize),
    /// A field of the n-th format's own text (description, kind, channel,
    /// goal or tags: which one is n again) changed.
    Text(usize),
    /// The format files as they were at the start: own text and rules alike.
    Revert,
    /// A team claims the n-th open slot of `teamplek` with a title of its
    /// own, which no later title of the format replaces.
    Claim(usize),
    /// A comment added to the n-th format file: its bytes change, its
    /// definitions do not.
    Comment(usize),
    /// A format file the `formats/*.toml` include finds, with a new weekly
    /// format; or, when there is one, removed.
    NewFile,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => Just(Step::Nothing),
        2 => (0usize..8).prop_map(Step::Title),
        1 => Just(Step::Owner),
        1 => (0usize..8).prop_map(Step::Drop),
        1 => (0u64..20).prop_map(Step::Days),
        1 => Just(Step::Longer),
        2 => (0usize..200).prop_map(Step::Note),
        3 => (0usize..40).prop_map(Step::Text),
        1 => Just(Step::Revert),
        1 => (0usize..20).prop_map(Step::Claim),
        2 => (0usize..3).prop_map(Step::Comment),
        1 => Just(Step::NewFile),
    ]
}

const FORMATS: &[&str] = &[
    "formats/wekelijks.toml",
    "formats/maandelijks.toml",
    "formats/kwartaal.toml",
];

/// Changes the n-th line starting with `prefix` (counted over every
/// format file, round) with `change`.
fn edit_nth(dir: &Path, prefix: &str, n: usize, change: impl Fn(&str) -> String) {
    let mut seen = Vec::new();
    for f in FORMATS {
        let text = std::fs::read_to_string(dir.join(f)).unwrap();
        for (i, line) in text.lines().enumerate() {
            if line.starts_with(prefix) {
                seen.push((f, i));
            }
        }
    }
    let Some(&(f, i)) = seen.get(n % seen.len().max(1)) else {
        return;
    };
    let text = std::fs::read_to_string(dir.join(f)).unwrap();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    lines[i] = change(&lines[i]);
    std::fs::write(dir.join(f), lines.join("\n") + "\n").unwrap();
}

/// The file [`Step::NewFile`] adds.
const EXTRA: &str = "[[format]]\nid = \"donderdagtip\"\ntitle = \"Donderdagtip\"\n\
                     kind = \"story\"\nchannel = \"homepage\"\nevery = \"week\"\n\
                     on = [\"thu\"]\nowner = \"anna\"\ngoal = \"verbinding\"\n";

/// The own-text fields [`Step::Text`] changes, each with a new value.
const OWN_TEXT: &[(&str, &str)] = &[
    ("description = ", "description = \"Anders verteld\""),
    ("kind = ", "kind = \"podcast\""),
    ("channel = ", "channel = \"teams\""),
    ("goal = ", "goal = \"welzijn\""),
    // Tags decide focus blocks too.
    ("tags = ", "tags = [\"welzijn\", \"onboarding\"]"),
];

/// Every row the database holds of the plan: items, their history, and
/// the meta rows (the lock's hash, the rotations, what the last plan
/// recorded about its re-plan).
fn rows(dir: &Path) -> Vec<String> {
    let c = rusqlite::Connection::open(dir.join("ritme.db")).unwrap();
    let mut out = Vec::new();
    for sql in [
        "SELECT * FROM item ORDER BY key",
        "SELECT * FROM edit ORDER BY id",
        "SELECT * FROM meta ORDER BY name",
    ] {
        let mut st = c.prepare(sql).unwrap();
        let n = st.column_count();
        let mut q = st.query([]).unwrap();
        while let Some(r) = q.next().unwrap() {
            let cells: Vec<String> = (0..n)
                .map(|i| match r.get_ref(i).unwrap() {
                    rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                    other => format!("{other:?}"),
                })
                .collect();
            out.push(cells.join("|"));
        }
    }
    out
}

/// What a run says, with the calendar's directory left out.
fn said(run: &Run, dir: &Path) -> String {
    (run.stdout() + &run.stderr()).replace(&dir.display().to_string(), "DIR")
}

/// Fails at the first line where `a` and `b` differ.
fn same(a: &str, b: &str, context: &str) {
    let (mut la, mut lb) = (a.lines(), b.lines());
    for n in 1.. {
        let (x, y) = (la.next(), lb.next());
        assert_eq!(x, y, "{context}: line {n}");
        if x.is_none() {
            break;
        }
    }
}

/// Runs `steps` on a copy of the example calendar, planning after each; at
/// every step a second copy without a database (so rebuilt from the lock,
/// then planned in full) must say and store the same.
fn same_as_full_plans(steps: &[Step]) {
    let a = Scratch::copy_of(&voorbeeld());
    let mut today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let mut until: Option<&str> = None;
    let mut dropped = std::collections::BTreeSet::new();
    a.ritme(&["--today", &today.to_string(), "plan"]).ok();
    for (n, step) in steps.iter().enumerate() {
        match step {
            Step::Nothing => {}
            Step::Title(i) => edit_nth(a.path(), "title = ", *i, |l| {
                format!("{}!\"", l.trim_end_matches('"'))
            }),
            Step::Owner => {
                for f in FORMATS {
                    let p = a.path().join(f);
                    let text = std::fs::read_to_string(&p).unwrap();
                    std::fs::write(&p, text.replace("owner = \"gijs\"", "owner = \"ivo\""))
                        .unwrap();
                }
            }
            Step::Drop(i) => {
                if dropped.insert(*i) {
                    edit_nth(a.path(), "id = ", *i, |l| {
                        format!("{l}\nuntil = 2026-12-01")
                    });
                }
            }
            Step::Text(i) => {
                let (prefix, line) = OWN_TEXT[i % OWN_TEXT.len()];
                edit_nth(a.path(), prefix, i / OWN_TEXT.len(), |_| line.to_string());
            }
            Step::Revert => {
                dropped.clear();
                for f in FORMATS {
                    std::fs::copy(voorbeeld().join(f), a.path().join(f)).unwrap();
                }
            }
            Step::Claim(i) => {
                let list = a
                    .ritme(&["--today", &today.to_string(), "list", "--format", "json"])
                    .ok()
                    .json();
                let open: Vec<&str> = list
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|it| it["team"].is_null())
                    .filter_map(|it| it["key"].as_str())
                    .filter(|k| k.starts_with("format/teamplek/"))
                    .collect();
                if let Some(key) = open.get(i % open.len().max(1)) {
                    a.ritme(&[
                        "--today",
                        &today.to_string(),
                        "claim",
                        key,
                        "--team",
                        "hr",
                        "--title",
                        &format!("Van HR, stap {n}"),
                    ])
                    .ok();
                }
            }
            Step::Comment(i) => {
                let p = a.path().join(FORMATS[i % FORMATS.len()]);
                let text = std::fs::read_to_string(&p).unwrap();
                std::fs::write(&p, format!("{text}# opmerking bij stap {n}\n")).unwrap();
            }
            Step::NewFile => {
                let p = a.path().join("formats/extra.toml");
                if p.exists() {
                    std::fs::remove_file(&p).unwrap();
                } else {
                    std::fs::write(&p, EXTRA).unwrap();
                }
            }
            Step::Days(d) => today = today + chrono::Days::new(*d),
            Step::Longer => until = Some("2027-06-30"),
            Step::Note(i) => {
                let list = a
                    .ritme(&["--today", &today.to_string(), "list", "--format", "json"])
                    .ok()
                    .json();
                if let Some(key) = list
                    .as_array()
                    .and_then(|l| l.get(i % l.len().max(1)))
                    .and_then(|i| i["key"].as_str())
                {
                    a.ritme(&[
                        "--today",
                        &today.to_string(),
                        "note",
                        key,
                        &format!("stap {n}"),
                    ])
                    .ok();
                }
            }
        }
        // B: the same database, without what the last plan recorded about
        // its re-plan, so B plans in full. C: the lock alone.
        let b = Scratch::copy_of(a.path());
        for entry in std::fs::read_dir(a.path()).unwrap() {
            let name = entry.unwrap().file_name();
            if name.to_string_lossy().starts_with("ritme.db") {
                std::fs::copy(a.path().join(&name), b.path().join(&name)).unwrap();
            }
        }
        rusqlite::Connection::open(b.path().join("ritme.db"))
            .unwrap()
            .execute("DELETE FROM meta WHERE name = 'settled'", [])
            .unwrap();
        let c = Scratch::copy_of(a.path());
        let day = today.to_string();
        let mut args = vec!["--today", day.as_str(), "plan"];
        if let Some(u) = until {
            args.extend(["--until", u]);
        }
        let ran_a = a.ritme(&args).ok();
        let ran_b = b.ritme(&args).ok();
        c.ritme(&args).ok();
        let context = format!("step {n} ({step:?}) of {steps:?}");
        same(&said(&ran_a, a.path()), &said(&ran_b, b.path()), &context);
        same(&a.read("ritme.lock"), &b.read("ritme.lock"), &context);
        let list = |s: &Scratch| {
            s.ritme(&[
                "--today",
                &day,
                "list",
                "--format",
                "json",
                "--from",
                "2026-01-01",
                "--until",
                "2027-12-31",
            ])
            .ok()
            .stdout()
        };
        same(&list(&a), &list(&b), &context);
        same(
            &rows(a.path()).join("\n"),
            &rows(b.path()).join("\n"),
            &context,
        );
        // A database rebuilt from the lock alone is the same, once the
        // lock was planned from these definitions (before, history whose
        // definition changed is rebuilt from the new one: SPEC section 10).
        if matches!(
            step,
            Step::Nothing
                | Step::Days(_)
                | Step::Longer
                | Step::Note(_)
                | Step::Claim(_)
                | Step::Comment(_)
        ) {
            same(&a.read("ritme.lock"), &c.read("ritme.lock"), &context);
            same(&list(&a), &list(&c), &context);
        }
    }
}

proptest! {
    // Each case runs a few dozen processes: few cases, short lives.
    #![proptest_config(ProptestConfig { cases: 12, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_re_plan_says_and_stores_what_a_full_plan_does(steps in proptest::collection::vec(step(), 1..5)) {
        same_as_full_plans(&steps);
    }
}

#[test]
fn a_re_plan_after_each_kind_of_change_is_a_full_plan_s() {
    same_as_full_plans(&[
        Step::Nothing,
        Step::Title(1),
        Step::Nothing,
        Step::Owner,
        Step::Drop(2),
        Step::Nothing,
        Step::Note(40),
        Step::Drop(5),
        Step::Nothing,
        Step::Days(3),
        Step::Nothing,
        Step::Longer,
        Step::Nothing,
        Step::Text(4),
        Step::Title(1),
        Step::Days(30),
        Step::Title(1),
        Step::Text(9),
        Step::Revert,
        Step::Text(2),
        Step::Claim(3),
        // The title of `teamplek`, whose claimed slot keeps its own.
        Step::Title(4),
        Step::Nothing,
        Step::Title(4),
        // The files' bytes, not their definitions; then a file the include
        // finds, and the same file gone.
        Step::Comment(0),
        Step::Nothing,
        Step::NewFile,
        Step::Nothing,
        Step::Comment(2),
        Step::NewFile,
        Step::Nothing,
    ]);
}

/// Sets a fingerprint no plan gives on one stored item of `format`: a plan
/// that compares that item rewrites it, one that does not leaves it.
fn mark_one(dir: &Path, format: &str) -> String {
    let c = rusqlite::Connection::open(dir.join("ritme.db")).unwrap();
    let key: String = c
        .query_row(
            "SELECT min(key) FROM item WHERE key >= ?1 AND key < ?1 || '~'",
            [format!("format/{format}/")],
            |r| r.get(0),
        )
        .unwrap();
    c.execute("UPDATE item SET fingerprint = 7 WHERE key = ?1", [&key])
        .unwrap();
    key
}

/// The one value `sql` selects with `key` from the calendar's database.
fn stored<T: rusqlite::types::FromSql>(dir: &Path, sql: &str, key: &str) -> rusqlite::Result<T> {
    rusqlite::Connection::open(dir.join("ritme.db"))?.query_row(sql, [key], |r| r.get(0))
}

fn fingerprint(dir: &Path, key: &str) -> i64 {
    stored(dir, "SELECT fingerprint FROM item WHERE key = ?1", key).unwrap()
}

#[test]
fn a_re_plan_after_a_title_changed_compares_only_that_format_s_items() {
    let s = Scratch::copy_of(&voorbeeld());
    s.ritme(&["plan"]).ok();
    let other = mark_one(s.path(), "nieuw-hier");
    let kwartaal = s.path().join("formats/kwartaal.toml");
    let text = std::fs::read_to_string(&kwartaal).unwrap();
    let renamed = text.replace(
        "title = \"Kwartaalbericht van het bestuur\"",
        "title = \"Kwartaalbericht\"",
    );
    assert_ne!(renamed, text);
    std::fs::write(&kwartaal, &renamed).unwrap();
    let ran = s.ritme(&["-v", "plan"]).ok();
    assert!(
        ran.stderr().contains("~ format/kwartaalbericht/2027-01-04")
            && ran.stderr().contains("0 added, 1 changed, 0 removed"),
        "{}",
        ran.stderr()
    );
    assert_eq!(
        fingerprint(s.path(), &other),
        7,
        "another format's item was compared"
    );
    // Any other change (here a duration) takes the full way, which finds
    // the marked item.
    let longer = renamed.replacen("duration = \"10m\"", "duration = \"15m\"", 1);
    assert_ne!(longer, renamed);
    std::fs::write(&kwartaal, longer).unwrap();
    let full = s.ritme(&["-v", "plan"]).ok();
    assert!(
        full.stderr().contains(&format!("~ {other}")),
        "{}",
        full.stderr()
    );
    assert_ne!(fingerprint(s.path(), &other), 7);
}

/// The digest is read before the calendar, but only as a cache: a damaged
/// database does not hide a mistake in the definitions, which is reported
/// first, as a plan that reads the files reports it.
#[test]
fn a_damaged_database_does_not_hide_a_definition_error() {
    let s = Scratch::copy_of(&voorbeeld());
    s.ritme(&["plan"]).ok();
    std::fs::write(s.path().join("ritme.db"), vec![7u8; 8192]).unwrap();
    s.write(
        "formats/wekelijks.toml",
        &(s.read("formats/wekelijks.toml") + "\nbogus = [\n"),
    );
    let err = s.ritme(&["plan"]).code_is(2).stderr();
    assert!(
        err.starts_with("error: ") && err.contains("formats/wekelijks.toml"),
        "{err}"
    );
}

/// The `digest` meta row of the calendar in `dir`.
fn digest_row(dir: &Path) -> Option<String> {
    stored(dir, "SELECT value FROM meta WHERE name = ?1", "digest").ok()
}

/// A re-plan after a comment records the digest of the files as they now
/// are, the one a first plan of them records, so the next re-plan does not
/// read them again; then leaves it as it is.
#[test]
fn a_re_plan_after_a_comment_records_the_new_files_digest() {
    let s = Scratch::copy_of(&voorbeeld());
    s.ritme(&["plan"]).ok();
    let before = digest_row(s.path()).expect("a plan records the digest");
    s.write(
        "formats/wekelijks.toml",
        &(s.read("formats/wekelijks.toml") + "# alleen een opmerking\n"),
    );
    let ran = s.ritme(&["plan"]).ok();
    assert!(
        ran.stderr().contains("0 added, 0 changed, 0 removed"),
        "{}",
        ran.stderr()
    );
    let after = digest_row(s.path()).expect("still recorded");
    assert_ne!(after, before);
    let fresh = Scratch::copy_of(s.path());
    // A copy holds no database; without its lock too, a first plan.
    std::fs::remove_file(fresh.path().join("ritme.lock")).unwrap();
    fresh.ritme(&["plan"]).ok();
    assert_eq!(Some(after.clone()), digest_row(fresh.path()));
    s.ritme(&["plan"]).ok();
    assert_eq!(Some(after), digest_row(s.path()));
}
