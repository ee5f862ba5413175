//! Regenerates the shell completions and the man page under `completions/`:
//! `cargo run --example completions`. A test fails when they are stale.

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    std::fs::create_dir_all(&dir).expect("create completions/");
    for (name, bytes) in ritme::generated_files().expect("generate") {
        std::fs::write(dir.join(&name), bytes).expect("write");
        eprintln!("wrote completions/{name}");
    }
}
