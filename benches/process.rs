//! Whole-process speed as ratios measured side by side: each round runs a
//! bare Rust binary (compiled here with `rustc -C opt-level=3` from a
//! one-line `main` that prints a version), `ritme --version` and `ritme
//! check` on the example calendar, one after the other (starting one later
//! each round), so a slow moment of this shared machine hits both sides of
//! a ratio alike. Prints the median
//! of each and of the per-round ratios against the bare binary.
//!
//! `cargo bench --bench process` (`PROCESS_ROUNDS`, default 300). With
//! `RITME_OTHER=/path/to/ritme` the same commands run through that binary
//! too, in the same rounds (a build to compare against: a position-
//! independent one, the binary before a change); several, separated by
//! `:`, each named by its file name.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// A copy of `program` in `dir`, which is what is measured, as `cargo
/// install` copies. The file the linker wrote starts slower than a copy of
/// the same bytes on this machine (`ritme --version`: 191 page faults
/// against 182, 1.58x to 1.82x a bare binary against 1.47x to 1.53x), also
/// after its pages were dropped from the page cache and read back; the
/// cause was not found (one extent on disk either way). Both sides of each
/// ratio are copies.
fn installed(program: &Path, dir: &Path) -> PathBuf {
    let name = program.file_name().unwrap();
    let sub = dir.join(format!("{}", dir.read_dir().unwrap().count()));
    std::fs::create_dir(&sub).unwrap();
    let copy = sub.join(name);
    std::fs::copy(program, &copy).unwrap_or_else(|e| panic!("{}: {e}", program.display()));
    copy
}

/// Compiles the bare binary into `dir`.
fn bare(dir: &Path) -> PathBuf {
    let src = dir.join("bare.rs");
    std::fs::write(&src, "fn main() { println!(\"ritme 0.1.0\"); }\n").unwrap();
    let out = dir.join("bare");
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let status = Command::new(rustc)
        .args(["-C", "opt-level=3", "-o"])
        .arg(&out)
        .arg(&src)
        .status()
        .unwrap();
    assert!(status.success(), "rustc failed");
    out
}

struct Run {
    name: String,
    program: PathBuf,
    args: Vec<String>,
    times: Vec<Duration>,
}

impl Run {
    fn new(name: &str, program: &Path, args: &[&str]) -> Run {
        Run {
            name: name.to_string(),
            program: program.to_path_buf(),
            args: args.iter().map(|a| a.to_string()).collect(),
            times: Vec::new(),
        }
    }

    fn once(&mut self) {
        let start = Instant::now();
        let status = Command::new(&self.program)
            .args(&self.args)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap_or_else(|e| panic!("{}: {e}", self.program.display()));
        self.times.push(start.elapsed());
        // `check` exits 1 when it has findings.
        assert!(
            matches!(status.code(), Some(0 | 1)),
            "{}: {status}",
            self.name
        );
    }
}

fn main() {
    let rounds: usize = std::env::var("PROCESS_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(300);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let bare = installed(&bare(dir.path()), dir.path());
    let example = root.join("calendars/voorbeeld");
    let example = example.to_str().unwrap();
    let check = ["-C", example, "--today", "2026-11-23", "check"];
    let ritme = installed(Path::new(env!("CARGO_BIN_EXE_ritme")), dir.path());
    let mut runs = vec![
        Run::new("bare Rust binary", &bare, &[]),
        Run::new("ritme --version", &ritme, &["--version"]),
        Run::new("ritme check (voorbeeld)", &ritme, &check),
    ];
    if let Some(others) = std::env::var_os("RITME_OTHER") {
        let others: Vec<PathBuf> = std::env::split_paths(&others)
            .filter(|p| !p.as_os_str().is_empty())
            .collect();
        let file = |p: &Path| p.file_name().map(|n| n.to_string_lossy().into_owned());
        for other in &others {
            let copy = installed(other, dir.path());
            let alike = others.iter().filter(|o| file(o) == file(other)).count();
            // The file name, unless two binaries share it.
            let name = match file(other) {
                Some(name) if alike == 1 => name,
                _ => other.display().to_string(),
            };
            runs.push(Run::new(
                &format!("{name} --version"),
                &copy,
                &["--version"],
            ));
            runs.push(Run::new(
                &format!("{name} check (voorbeeld)"),
                &copy,
                &check,
            ));
        }
    }
    // The order turns by one each round: a command right after the bare
    // binary ran 0.07x faster than the same binary after a `check`.
    let n = runs.len();
    for round in 0..rounds {
        for i in 0..n {
            runs[(round + i) % n].once();
        }
    }
    let ms = |d: &Duration| d.as_secs_f64() * 1000.0;
    println!("{rounds} rounds, medians:");
    for run in &runs {
        let ratio = median(
            run.times
                .iter()
                .zip(&runs[0].times)
                .map(|(x, b)| ms(x) / ms(b))
                .collect(),
        );
        println!(
            "  {:40} {:7.2} ms  {:5.2}x bare",
            run.name,
            median(run.times.iter().map(ms).collect()),
            ratio
        );
    }
}
