#!/usr/bin/env bash
# Times `ritme import stats` on an export of 100,000 rows (one per item of
# the synthetic calendar of `cargo run --release --example generate`):
# a first import (every row new, every item marked published) and a
# re-import of the same file (every row unchanged).
#   benches/import_stats.sh            # after cargo build --release --examples
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/ritme
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
target/release/examples/generate "$work/groot" 1924 40 2>/dev/null
export RITME_TODAY=2027-01-04 NO_COLOR=1
"$bin" -q -C "$work/groot" plan --from 2026-01-01 --until 2026-12-31
"$bin" -C "$work/groot" list --from 2026-01-01 --until 2026-12-31 --format csv |
  awk -F, 'NR == 1 { print "key,url,views,readers,reactions,comments,read_seconds,clicks,measured"; next }
           { n = NR * 7919 % 1000; printf "%s,https://intranet.example.org/%d,%d,%d,%d,%d,%d.5,%d,2027-01-02\n", $1, NR, 100 + n, 70 + n / 2, n % 13, n % 5, 30 + n % 90, n % 40 }' \
  > "$work/export.csv"
echo "rows: $(($(wc -l < "$work/export.csv") - 1))"
for run in first again; do
  start=$(date +%s.%N)
  "$bin" -C "$work/groot" import stats "$work/export.csv" 2>&1 | head -1
  end=$(date +%s.%N)
  echo "$run import: $(echo "$end - $start" | bc) s"
done
