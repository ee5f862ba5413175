#!/bin/sh
# Start-up as whole processes, interleaved: in each repetition a bare Rust
# binary, then each ritme build given: `--version` (300 runs) and `check`
# on the example calendar (200 runs, no lock or database), with
# `perf stat`. Prints per line: repetition, binary, milliseconds and page
# faults of `--version`, then of `check`. Each binary is measured as a copy,
# as `cargo install` copies: the file the linker wrote starts slower than
# a copy of the same bytes (benches/process.rs says by how much).
#   REPS=5 benches/startup.sh target/release/ritme /path/to/other/ritme
set -eu
reps=${REPS:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo 'fn main() { println!("ritme 0.1.0"); }' > "$tmp/bare.rs"
rustc -C opt-level=3 -o "$tmp/bare.linked" "$tmp/bare.rs"
cp "$tmp/bare.linked" "$tmp/bare"
n=0
for b in "$@"; do n=$((n + 1)); mkdir "$tmp/$n"; cp "$b" "$tmp/$n/ritme"; done
cp -r calendars/voorbeeld "$tmp/voorbeeld"
rm -f "$tmp/voorbeeld/ritme.lock" "$tmp/voorbeeld"/ritme.db*
export RITME_TODAY=2026-11-23 NO_COLOR=1
timed() { # runs, then the command: "ms faults"
  n=$1; shift
  perf stat -r "$n" -e page-faults "$@" 2>&1 >/dev/null |
    awk '/page-faults/{f=$1} /elapsed/{printf "%.3f %s", $1*1000, f}'
}
for r in $(seq "$reps"); do
  echo "$r bare $(timed 300 "$tmp/bare")"
  n=0
  for b in "$@"; do
    n=$((n + 1)); copy=$tmp/$n/ritme
    echo "$r $b $(timed 300 "$copy" --version) $(timed 200 "$copy" -C "$tmp/voorbeeld" check)"
  done
done
