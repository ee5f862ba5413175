//! `check`'s findings for people and for CI: text grouped by severity, JSON
//! (`{"ok": ..., "findings": [...]}`), GitHub workflow annotations and a
//! JUnit XML report (GitLab, Jenkins).

use std::fmt::Write as _;

use crate::error::{Error, Result};
use crate::model::Severity;
use crate::report::{Code, Finding};

/// `check --format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum CheckFormat {
    /// Lines for people, grouped by severity
    #[default]
    Text,
    /// {"ok": bool, "findings": [...]}
    Json,
    /// GitHub Actions workflow annotations (::error file=...,line=...::message)
    Github,
    /// A JUnit XML report, for GitLab, Jenkins and other CI
    Junit,
}

/// What the findings are about, for headers and summaries.
#[derive(Debug, Clone)]
pub(crate) struct Outcome<'a> {
    pub findings: &'a [Finding],
    /// The lowest severity that fails.
    pub threshold: Severity,
    /// `13 weeks, 2026-W48 to 2027-W07`, or empty when the definitions failed.
    pub scope: String,
    /// The codes that were checked (every one not `off`), for JUnit's passing cases.
    pub checked: &'a [Code],
    /// Prepended to definition files so they are relative to the working
    /// directory (GitHub places annotations by repository path).
    pub file_prefix: &'a str,
    /// ANSI colour in text.
    pub color: bool,
}

impl Outcome<'_> {
    /// Whether nothing reaches the failing severity.
    pub(crate) fn ok(&self) -> bool {
        !self.findings.iter().any(|f| f.fails(self.threshold))
    }

    fn path(&self, f: &Finding) -> Option<String> {
        f.file
            .as_ref()
            .map(|file| format!("{}{file}", self.file_prefix))
    }
}

/// The findings in `format`.
pub(crate) fn render(format: CheckFormat, o: &Outcome) -> Result<Vec<u8>> {
    Ok(match format {
        CheckFormat::Text => text(o).into_bytes(),
        CheckFormat::Json => json(o)?,
        CheckFormat::Github => github(o).into_bytes(),
        CheckFormat::Junit => junit(o).into_bytes(),
    })
}

fn text(o: &Outcome) -> String {
    let mut out = String::new();
    let paint = |s: &str, code: &str| {
        if o.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    let count = |sev: Severity| o.findings.iter().filter(|f| f.severity == sev).count();
    for (sev, title, colour) in [
        (Severity::Error, "errors", "1;31"),
        (Severity::Warning, "warnings", "1;33"),
    ] {
        let group: Vec<&Finding> = o.findings.iter().filter(|f| f.severity == sev).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "{}",
            paint(&format!("{title} ({})", group.len()), colour)
        );
        let code_width = group
            .iter()
            .map(|f| f.code.as_str().len())
            .max()
            .unwrap_or(0);
        for f in group {
            let week = f.week.as_deref().unwrap_or("—");
            let _ = write!(
                out,
                "  {week:<8}  {:<code_width$}  {}",
                f.code.as_str(),
                f.message
            );
            if f.code != Code::Definition {
                if let (Some(path), Some(line)) = (o.path(f), f.line) {
                    let _ = write!(out, " ({path}:{line})");
                }
            }
            out.push('\n');
        }
    }
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    let verdict = if o.ok() {
        paint("ok", "32")
    } else {
        paint("failed", "1;31")
    };
    let _ = writeln!(
        out,
        "check: {errors} error{}, {warnings} warning{} in {}: {verdict}",
        if errors == 1 { "" } else { "s" },
        if warnings == 1 { "" } else { "s" },
        o.scope
    );
    out
}

fn json(o: &Outcome) -> Result<Vec<u8>> {
    #[derive(serde::Serialize)]
    struct Doc<'a> {
        ok: bool,
        findings: &'a [Finding],
    }
    let mut out = serde_json::to_vec_pretty(&Doc {
        ok: o.ok(),
        findings: o.findings,
    })
    .map_err(|e| Error::usage(format!("cannot write JSON: {e}")))?;
    out.push(b'\n');
    Ok(out)
}

/// One workflow command per finding; see GitHub's "workflow commands":
/// data escapes `%`, CR and LF, property values also `:` and `,`.
fn github(o: &Outcome) -> String {
    let mut out = String::new();
    for f in o.findings {
        let level = if f.severity == Severity::Error {
            "error"
        } else {
            "warning"
        };
        let mut props = Vec::new();
        if let Some(path) = o.path(f) {
            props.push(format!("file={}", gh_property(&path)));
            if let Some(line) = f.line {
                props.push(format!("line={line}"));
            }
            if let Some(col) = f.column {
                props.push(format!("col={col}"));
            }
        }
        let mut title = format!("ritme {}", f.code);
        if let Some(week) = &f.week {
            title.push_str(&format!(" {week}"));
        }
        props.push(format!("title={}", gh_property(&title)));
        let _ = writeln!(
            out,
            "::{level} {}::{}",
            props.join(","),
            gh_data(&f.message)
        );
    }
    out
}

fn gh_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn gh_property(s: &str) -> String {
    gh_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// A testsuite per checked code, a testcase per finding (a passing one when
/// the code found nothing); findings at the failing severity are failures,
/// the others print their message as output.
fn junit(o: &Outcome) -> String {
    let mut suites = String::new();
    let (mut tests, mut failures) = (0, 0);
    for &code in o.checked {
        let found: Vec<&Finding> = o.findings.iter().filter(|f| f.code == code).collect();
        let mut cases = String::new();
        let mut suite_failures = 0;
        for f in &found {
            let mut attrs = format!(
                "classname=\"ritme.{code}\" name=\"{}\" time=\"0\"",
                xml(&f.message)
            );
            if let Some(path) = o.path(f) {
                let _ = write!(attrs, " file=\"{}\"", xml(&path));
                if let Some(line) = f.line {
                    let _ = write!(attrs, " line=\"{line}\"");
                }
            }
            let sev = f.severity.name();
            if f.fails(o.threshold) {
                suite_failures += 1;
                let _ = write!(
                    cases,
                    "    <testcase {attrs}>\n      <failure type=\"{code}\" message=\"{}\">{sev}: {}</failure>\n    </testcase>\n",
                    xml(&f.message),
                    xml(&describe(o, f))
                );
            } else {
                let _ = write!(
                    cases,
                    "    <testcase {attrs}>\n      <system-out>{sev}: {}</system-out>\n    </testcase>\n",
                    xml(&describe(o, f))
                );
            }
        }
        let n = if found.is_empty() {
            let _ = writeln!(
                cases,
                "    <testcase classname=\"ritme.{code}\" name=\"{code}: no findings\" time=\"0\"/>"
            );
            1
        } else {
            found.len()
        };
        tests += n;
        failures += suite_failures;
        let _ = write!(
            suites,
            "  <testsuite name=\"{code}\" tests=\"{n}\" failures=\"{suite_failures}\" errors=\"0\" skipped=\"0\" time=\"0\">\n{cases}  </testsuite>\n"
        );
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"ritme check\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" time=\"0\">\n{suites}</testsuites>\n"
    )
}

/// The body of a JUnit failure: the message and every field that is set.
fn describe(o: &Outcome, f: &Finding) -> String {
    let mut s = f.message.clone();
    for (name, value) in [
        ("week", f.week.clone()),
        ("date", f.date.map(|d| d.to_string())),
        ("person", f.person.clone()),
        ("item", f.item.clone()),
        (
            "definition",
            o.path(f)
                .map(|p| f.line.map_or(p.clone(), |l| format!("{p}:{l}"))),
        ),
    ] {
        if let Some(v) = value {
            let _ = write!(s, "\n{name}: {v}");
        }
    }
    s
}

/// Text for an XML attribute or element; characters XML 1.0 cannot hold
/// (most control characters) are dropped.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\t' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(findings: &[Finding]) -> Outcome<'_> {
        Outcome {
            findings,
            threshold: Severity::Error,
            scope: "1 week".into(),
            checked: &[Code::Definition, Code::EmptyWeek, Code::ThinWeek],
            file_prefix: "cal/",
            color: false,
        }
    }

    #[test]
    fn github_escapes_data_and_properties() {
        let mut f = Finding::new(Code::Definition, Severity::Error, "100% wrong\nhere");
        f.file = Some("a,b:c.toml".into());
        f.line = Some(3);
        f.column = Some(9);
        let out = github(&outcome(&[f]));
        assert_eq!(
            out,
            "::error file=cal/a%2Cb%3Ac.toml,line=3,col=9,title=ritme definition::100%25 wrong%0Ahere\n"
        );
    }

    #[test]
    fn junit_escapes_and_counts() {
        let findings = [
            Finding::new(Code::EmptyWeek, Severity::Error, "<week> & \"co\"\u{1}"),
            Finding::new(Code::ThinWeek, Severity::Warning, "thin"),
        ];
        let out = junit(&outcome(&findings));
        assert!(out.contains("tests=\"3\" failures=\"1\""), "{out}");
        assert!(
            out.contains("name=\"&lt;week&gt; &amp; &quot;co&quot;\""),
            "{out}"
        );
        assert!(out.contains("name=\"definition: no findings\""), "{out}");
        assert!(!out.contains('\u{1}'));
    }

    #[test]
    fn text_groups_by_severity_and_says_the_verdict() {
        let findings = [
            Finding::new(Code::EmptyWeek, Severity::Error, "empty").with_week("2026-W50"),
            Finding::new(Code::ThinWeek, Severity::Warning, "thin").with_week("2026-W51"),
        ];
        assert_eq!(
            text(&outcome(&findings)),
            "errors (1)\n  2026-W50  empty_week  empty\nwarnings (1)\n  2026-W51  thin_week  thin\ncheck: 1 error, 1 warning in 1 week: failed\n"
        );
    }
}
