//! A CLI that feels native: help with examples that run, completions and man
//! page kept fresh, colour only where it belongs, Dutch names, compiler-like
//! errors.

use std::path::Path;

use crate::support::*;

/// The subcommands whose help carries examples.
fn subcommands() -> Vec<String> {
    let help = command().arg("--help").output().unwrap();
    let text = String::from_utf8_lossy(&help.stdout).into_owned();
    let commands = text
        .split("Commands:")
        .nth(1)
        .unwrap()
        .split("Options:")
        .next()
        .unwrap();
    commands
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(str::to_string)
        .collect()
}

#[test]
fn every_help_example_runs_on_the_example_calendar() {
    let s = Scratch::empty();
    let cal = s.path().join("calendars/voorbeeld");
    let _copy = Scratch::copy_of(&voorbeeld());
    copy_tree(_copy.path(), &cal);
    copy_tree(&root().join("examples"), &s.path().join("examples"));
    let bin = assert_cmd::cargo::cargo_bin("ritme");
    let path = format!("{}:/usr/bin:/bin", bin.parent().unwrap().display());
    let run = |line: &str| {
        std::process::Command::new("sh")
            .arg("-c")
            .arg(line)
            .current_dir(s.path())
            .env_clear()
            .env("PATH", &path)
            .env("HOME", s.path())
            .env("NO_COLOR", "1")
            .env("RITME_TODAY", "2026-11-23")
            .env("SOURCE_DATE_EPOCH", "1795435200")
            .output()
            .unwrap()
    };
    assert!(run("ritme -C calendars/voorbeeld plan").status.success());
    // `diff` compares git revisions: the scratch is a repository.
    git(s.path(), &["init", "-q"]);
    git(s.path(), &["add", "-A"]);
    git(s.path(), &["commit", "-qm", "the calendar"]);
    let mut ran = 0;
    for cmd in subcommands() {
        let help = command().args([cmd.as_str(), "--help"]).output().unwrap();
        let text = String::from_utf8_lossy(&help.stdout).into_owned();
        let Some(examples) = text.split("Example").nth(1) else {
            panic!("`ritme {cmd} --help` has no examples:\n{text}");
        };
        for line in examples
            .lines()
            .skip(1)
            .map(str::trim)
            .filter(|l| l.starts_with("ritme "))
        {
            let line = line.replace("~/", "./home/");
            std::fs::create_dir_all(s.path().join("home/.zfunc")).unwrap();
            std::fs::create_dir_all(
                s.path()
                    .join("home/.local/share/bash-completion/completions"),
            )
            .unwrap();
            let out = run(&line);
            assert!(
                out.status.success(),
                "`{line}` (from `ritme {cmd} --help`) failed:\n{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            ran += 1;
        }
    }
    assert!(ran >= 8, "only {ran} examples ran");
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

#[test]
fn short_and_long_help_and_typo_suggestions() {
    let short = command().args(["plan", "-h"]).output().unwrap();
    let long = command().args(["plan", "--help"]).output().unwrap();
    assert!(short.status.success() && long.status.success());
    assert!(long.stdout.len() >= short.stdout.len());
    let typo = command().arg("pln").output().unwrap();
    assert_eq!(typo.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&typo.stderr).contains("'plan'"));
}

#[test]
fn every_help_puts_the_global_options_under_their_own_heading() {
    let globals = [
        "--calendar",
        "--db",
        "--today",
        "--color",
        "--locale",
        "--quiet",
        "--verbose",
    ];
    let mut commands: Vec<Vec<String>> = subcommands().into_iter().map(|c| vec![c]).collect();
    for nested in [["import", "ics"], ["report", "gaps"], ["export", "ics"]] {
        commands.push(nested.iter().map(|s| s.to_string()).collect());
    }
    assert!(commands.len() > 10, "{commands:?}");
    for cmd in commands {
        let help = command().args(&cmd).arg("-h").output().unwrap();
        let text = String::from_utf8_lossy(&help.stdout).into_owned();
        let (own, global) = text
            .split_once("\nGlobal options:\n")
            .unwrap_or_else(|| panic!("`ritme {cmd:?} --help` has no global heading:\n{text}"));
        let global = global.split("\n\n").next().unwrap();
        for flag in globals {
            assert!(
                !own.contains(&format!(" {flag} ")) && global.contains(&format!(" {flag} ")),
                "`ritme {cmd:?} --help`: {flag} belongs under Global options:\n{text}"
            );
        }
    }
}

/// A global option may stand before the subcommand or after it, also
/// after a subcommand's own subcommand; on the command line it beats the
/// environment wherever it stands, and after the subcommand it beats the
/// same option before it.
#[test]
fn global_options_stand_before_or_after_the_subcommand() {
    let s = Scratch::copy_of(&voorbeeld());
    let dir = s.path().to_str().unwrap();
    // The first week `check` looks at is today's; `command()` sets
    // RITME_TODAY=2026-11-23.
    let first_week = |before: &[&str], after: &[&str]| {
        let mut args = vec!["-C", dir];
        args.extend(before);
        args.push("check");
        args.extend(after);
        let out = command().args(&args).output().unwrap();
        let said = String::from_utf8_lossy(&out.stdout).into_owned();
        let week = said
            .split(" weeks, ")
            .nth(1)
            .unwrap_or_else(|| panic!("{said}"));
        week[..8].to_string()
    };
    assert_eq!(first_week(&[], &[]), "2026-W48");
    assert_eq!(first_week(&["--today", "2027-01-04"], &[]), "2027-W01");
    assert_eq!(first_week(&[], &["--today", "2027-01-04"]), "2027-W01");
    assert_eq!(
        first_week(&["--today", "2027-02-01"], &["--today", "2027-01-04"]),
        "2027-W01"
    );
    // Not only the day: the calendar and the quiet flag after the subcommand.
    let quiet = command()
        .args(["plan", "-C", dir, "--db", ":memory:", "-q"])
        .output()
        .unwrap();
    assert!(quiet.status.success() && quiet.stderr.is_empty() && quiet.stdout.is_empty());
    // A subcommand's subcommand: `export ics` looks where it is told.
    let missing = s.path().join("elders");
    let export = command()
        .current_dir(s.path())
        .args(["export", "ics", "-o", "-", "-C"])
        .arg(&missing)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&export.stderr);
    assert_eq!(export.status.code(), Some(2), "{said}");
    assert!(
        said.contains(&format!("no ritme.toml in {}", missing.display())),
        "{said}"
    );
}

#[test]
fn committed_completions_and_man_page_are_fresh() {
    for (name, bytes) in ritme::generated_files().unwrap() {
        let committed = std::fs::read(root().join("completions").join(&name)).unwrap_or_default();
        assert!(
            committed == bytes,
            "completions/{name} is out of date: run `cargo run --example completions`"
        );
    }
    let bash = command().args(["completions", "bash"]).output().unwrap();
    assert!(String::from_utf8_lossy(&bash.stdout).contains("_ritme()"));
    let man = command().arg("man").output().unwrap();
    assert!(String::from_utf8_lossy(&man.stdout).starts_with(".ie"));
}

#[test]
fn every_subcommand_has_its_own_man_page() {
    let names: Vec<String> = ritme::generated_files()
        .unwrap()
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    for page in [
        "ritme.1",
        "ritme-plan.1",
        "ritme-agenda.1",
        "ritme-import.1",
        "ritme-import-ics.1",
        "ritme-report.1",
    ] {
        assert!(names.iter().any(|n| n == page), "{page} in {names:?}");
    }
    assert!(!names.iter().any(|n| n == "ritme-help.1"), "{names:?}");
    let man = command().args(["man", "import", "ics"]).output().unwrap();
    let page = String::from_utf8_lossy(&man.stdout);
    assert!(page.contains("ritme\\-import\\-ics \\- Holidays"), "{page}");
    let man = command().args(["man", "imprt"]).output().unwrap();
    assert_eq!(man.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&man.stderr),
        "error: unknown command \"imprt\" (did you mean \"import\"?)\n"
    );
}

/// Asks ritme for completions as a shell does (`COMPLETE=SHELL ritme --
/// WORDS`), in `dir`; the candidates, one per line.
fn complete(dir: &std::path::Path, shell: &str, words: &[&str]) -> Vec<String> {
    let out = command()
        .current_dir(dir)
        .env("COMPLETE", shell)
        .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
        .env("_CLAP_COMPLETE_COMP_TYPE", "9")
        .env("_CLAP_COMPLETE_SPACE", "true")
        .env("_CLAP_IFS", "\n")
        .arg("--")
        .args(words)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn the_shell_completes_item_keys_and_person_ids() {
    let s = Scratch::fixture("due");
    s.ritme(&["-q", "plan"]).ok();
    let keys = complete(
        s.path(),
        "fish",
        &["ritme", "show", "format/hr-nieuws/2026-12"],
    );
    assert_eq!(
        keys,
        [
            "format/hr-nieuws/2026-12-02",
            "format/hr-nieuws/2026-12-09",
            "format/hr-nieuws/2026-12-16",
            "format/hr-nieuws/2026-12-23",
            "format/hr-nieuws/2026-12-30",
        ]
    );
    // bash, the key of `assign` and then its person.
    let bash = complete(
        s.path(),
        "bash",
        &["ritme", "assign", "format/maandagmomentje/2026-11-3"],
    );
    assert_eq!(bash, ["format/maandagmomentje/2026-11-30"]);
    let people = complete(
        s.path(),
        "fish",
        &["ritme", "assign", "format/maandagmomentje/2026-11-30", "b"],
    );
    assert_eq!(people, ["bert\tBert Jansen"]);
    let people = complete(s.path(), "fish", &["ritme", "list", "--owner", ""]);
    assert_eq!(people.len(), 3, "{people:?}");
    // From elsewhere, RITME_CALENDAR names the calendar.
    let elsewhere = Scratch::empty();
    let out = command()
        .current_dir(elsewhere.path())
        .env("RITME_CALENDAR", s.path())
        .env("COMPLETE", "fish")
        .args(["--", "ritme", "agenda", "an"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "anna\tAnna de Vries\n"
    );
    // Without a calendar: nothing, and no error.
    assert!(complete(elsewhere.path(), "fish", &["ritme", "show", "format/"]).is_empty());
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    // The pipe's reader is gone before ritme starts, so the first write
    // fails with EPIPE whatever the size of the output (a reader closing
    // after `head -c 10` would race a completion script that fits in the
    // 64 KiB pipe buffer).
    let s = Scratch::empty();
    for args in [&["completions", "zsh"][..], &["man"][..]] {
        let out = with_closed("stdout", s.path(), args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
    }
    let s = Scratch::fixture("check-clean");
    command()
        .arg("-C")
        .arg(s.path())
        .arg("plan")
        .assert()
        .success();
    for args in [&["list"][..], &["export", "ics", "-o", "-"][..]] {
        let out = with_closed("stdout", s.path(), args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
    }
}

/// Runs `ritme` under a pseudo-terminal with `script`, as a person would.
fn on_a_terminal(dir: &Path, args: &str, no_color: bool) -> String {
    let bin = assert_cmd::cargo::cargo_bin("ritme");
    let mut c = std::process::Command::new("script");
    c.args([
        "-qec",
        &format!("{} -C {} {args}", bin.display(), dir.display()),
        "/dev/null",
    ])
    .env_clear()
    .env("PATH", "/usr/bin:/bin")
    .env("TERM", "xterm-256color")
    .env("COLUMNS", "160")
    .env("RITME_TODAY", "2026-11-23");
    if no_color {
        c.env("NO_COLOR", "1");
    }
    String::from_utf8_lossy(&c.output().unwrap().stdout).into_owned()
}

#[test]
fn colour_and_box_drawing_only_on_a_terminal_and_never_with_no_color() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: no `script` to make a terminal");
        return;
    }
    let s = Scratch::copy_of(&voorbeeld());
    s.ritme(&["plan"]).ok();
    let tty = on_a_terminal(s.path(), "list --week 2026-W50", false);
    assert!(tty.contains('\u{1b}'), "colour on a terminal: {tty}");
    assert!(
        tty.contains('─') || tty.contains('│'),
        "box drawing on a terminal: {tty}"
    );
    let no_color = on_a_terminal(s.path(), "list --week 2026-W50", true);
    assert!(!no_color.contains("\u{1b}["), "NO_COLOR: {no_color}");
    let never = on_a_terminal(s.path(), "--color never list --week 2026-W50", false);
    assert!(!never.contains("\u{1b}["), "--color never: {never}");
    let piped = s.ritme(&["list", "--week", "2026-W50"]).ok().stdout();
    assert!(!piped.contains('\u{1b}') && !piped.contains('│'), "{piped}");
    assert!(piped.starts_with("| Week"), "{piped}");
    let forced = s
        .ritme(&["--color", "always", "list", "--week", "2026-W50"])
        .ok()
        .stdout();
    assert!(forced.contains("\u{1b}["), "--color always: {forced}");
}

#[test]
fn dutch_names_in_tables() {
    let s = Scratch::copy_of(&voorbeeld());
    s.ritme(&["plan"]).ok();
    let out = s.ritme(&["list", "--week", "2026-W50"]).ok().stdout();
    insta::assert_snapshot!("list_voorbeeld_nl", out);
    let en = s
        .ritme(&["--locale", "en", "list", "--week", "2026-W50"])
        .ok()
        .stdout();
    assert!(en.contains("Mon 7 Dec"), "{en}");
}

#[test]
fn errors_render_like_a_compiler() {
    let run = ritme_in(
        &fixture("invalid/unknown-person"),
        &["plan", "--db", ":memory:"],
    )
    .code_is(2);
    insta::assert_snapshot!("error_unknown_person", run.stderr());
    let run = ritme_in(
        &fixture("invalid/duplicate-id"),
        &["plan", "--db", ":memory:"],
    )
    .code_is(2);
    insta::assert_snapshot!("error_duplicate_id", run.stderr());
}

#[test]
fn init_writes_the_example_and_never_overwrites() {
    let s = Scratch::empty();
    let dir = s.path().join("stichting");
    ritme_in(
        s.path(),
        &["init", "--template", "voorbeeld", dir.to_str().unwrap()],
    )
    .ok();
    let mut embedded: Vec<String> = ritme::bench::cli::VOORBEELD_FILES
        .iter()
        .map(|s| s.to_string())
        .collect();
    let mut on_disk = Vec::new();
    list_files(&voorbeeld(), &voorbeeld(), &mut on_disk);
    embedded.sort();
    on_disk.retain(|f| shipped(f.split('/').next().unwrap_or(f)));
    on_disk.sort();
    assert_eq!(
        embedded, on_disk,
        "the embedded example must hold every file of calendars/voorbeeld"
    );
    for f in &on_disk {
        assert_eq!(
            std::fs::read(dir.join(f)).unwrap(),
            std::fs::read(voorbeeld().join(f)).unwrap(),
            "{f}"
        );
    }
    ritme_in(&dir, &["plan"]).ok();
    let again = ritme_in(
        s.path(),
        &["init", "--template", "voorbeeld", dir.to_str().unwrap()],
    )
    .code_is(2);
    assert!(
        again.stderr().contains("never overwrites"),
        "{}",
        again.stderr()
    );
}

fn list_files(root: &Path, dir: &Path, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            list_files(root, &e.path(), out);
        } else {
            out.push(
                e.path()
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
            );
        }
    }
}

#[test]
fn progress_shows_only_on_a_terminal_outside_ci() {
    let s = Scratch::copy_of(&voorbeeld());
    let piped = s.ritme(&["plan"]).ok();
    assert!(!piped.stderr().contains("expanding"), "{}", piped.stderr());
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped the terminal half: no script(1) to make one");
        return;
    }
    let bin = assert_cmd::cargo::cargo_bin("ritme");
    let on_a_terminal = |ci: bool| {
        let mut script = std::process::Command::new("script");
        script
            .args([
                "-qec",
                &format!(
                    "{} -C {} --db :memory: plan",
                    bin.display(),
                    s.path().display()
                ),
                "/dev/null",
            ])
            .env_clear()
            .env("PATH", "/usr/bin:/bin")
            .env("TERM", "xterm")
            .env("RITME_TODAY", "2026-11-23");
        if ci {
            script.env("CI", "true");
        }
        let out = script.output().unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let text = on_a_terminal(false);
    assert!(text.contains("planned"), "{text}");
    assert!(
        text.contains("reading the calendar"),
        "a progress line on a terminal: {text}"
    );
    let text = on_a_terminal(true);
    assert!(text.contains("planned"), "{text}");
    assert!(
        !text.contains("expanding"),
        "no progress line in CI: {text}"
    );
}
