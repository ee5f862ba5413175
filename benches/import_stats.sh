#!/usr/bin/env bash
# `ritme import stats` on an export of 100,433 rows: one row per item of the
# synthetic calendar of `cargo run --release --example generate` planned
# over 2026, keyed by `key`, with a URL and all six measures. Times a first
# import into a freshly planned database (every row new) and a re-import of
# the same file (every row unchanged) with hyperfine.
#   cargo build --release --bins --examples && benches/import_stats.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$PWD/target/release/ritme
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
target/release/examples/generate "$work/groot" 1924 40 2>/dev/null
export RITME_TODAY=2027-01-04 NO_COLOR=1
"$bin" -q -C "$work/groot" plan --from 2026-01-01 --until 2026-12-31
cp "$work/groot/ritme.db" "$work/planned.db"
"$bin" -C "$work/groot" list --from 2026-01-01 --until 2026-12-31 --format csv |
  awk -F, 'NR == 1 { print "key,url,views,readers,reactions,comments,read_seconds,clicks,measured"; next }
           { n = NR * 7919 % 1000; printf "%s,https://intranet.example.org/%d,%d,%d,%d,%d,%d.5,%d,2027-01-02\n", $1, NR, 100 + n, 70 + n / 2, n % 13, n % 5, 30 + n % 90, n % 40 }' \
  > "$work/export.csv"
echo "rows: $(($(wc -l < "$work/export.csv") - 1)), $(du -h "$work/export.csv" | cut -f1)"
hyperfine -N --warmup 1 --runs 10 \
  --prepare "sh -c 'cp $work/planned.db $work/groot/ritme.db; rm -f $work/groot/ritme.db-wal $work/groot/ritme.db-shm'" \
  -n 'first import (100,433 new)' "$bin -q -C $work/groot import stats $work/export.csv"
hyperfine -N --warmup 2 --runs 10 \
  -n 're-import (100,433 unchanged)' "$bin -q -C $work/groot import stats $work/export.csv"
