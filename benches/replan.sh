#!/bin/sh
# Issue 19's re-plan rows, side by side in each round: a first plan of the
# generated calendar (1,924 weekly formats, ~100,000 items in 2026), a
# re-plan with nothing changed, and a re-plan after one format's title
# changed; wall time and peak RSS of each whole process.
#   cargo build --release --bins --examples && benches/replan.sh [ROUNDS] [DIR]
set -eu
rounds=${1:-7}
dir=${2:-/dev/shm/ritme-replan}
bin=${RITME:-target/release/ritme}
rm -rf "$dir"
target/release/examples/generate "$dir/g" >/dev/null 2>&1
plan="$bin -q -C $dir/g --db $dir/t.db plan --from 2026-01-01 --until 2026-12-31 --today 2026-01-01"
# Seconds (to the millisecond: a re-plan with nothing changed takes a few)
# and peak RSS in KB.
timed() {
  start=$(date +%s%N)
  kb=$(/usr/bin/time -f "%M" sh -c "$plan" 2>&1 | tail -1)
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 ))" "$kb" | awk '{printf "%.3f %s", $1/1000, $2}'
}
echo "round first_s first_kb replan_s replan_kb title_s title_kb replan/first title/first"
for r in $(seq "$rounds"); do
  rm -f "$dir"/t.db* "$dir/g/ritme.lock"
  cp "$dir/g/formats.toml" "$dir/formats.orig"
  first=$(timed); same=$(timed)
  sed -i "0,/^title = \"Rubriek 0:/s//title = \"Rubriek 0 ($r):/" "$dir/g/formats.toml"
  title=$(timed)
  cp "$dir/formats.orig" "$dir/g/formats.toml"
  echo "$r $first $same $title" | awk '{printf "%s %s %s %s %s %s %s %.3f %.3f\n", $1,$2,$3,$4,$5,$6,$7,$4/$2,$6/$2}'
done
