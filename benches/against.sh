#!/bin/sh
# Two ritme binaries side by side on the generated calendar (1,924 weekly
# formats, ~100,000 items in 2026), alternating which goes first each
# round: a first plan into a new database, a re-plan with nothing changed,
# `export ics -o` of one feed, and `list` of one week; wall time and peak
# RSS of each whole process. Issue 13's "no regression" is this against
# the last commit before the restructure.
#   cargo build --release --bins --examples
#   benches/against.sh ROUNDS NEW OLD [DIR]
set -eu
rounds=$1; new=$2; old=$3
dir=${4:-/dev/shm/ritme-against}
rm -rf "$dir"; mkdir -p "$dir"
target/release/examples/generate "$dir/g" >/dev/null 2>&1
for b in new old; do cp -r "$dir/g" "$dir/$b"; done
timed() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }
echo "round build first_s first_kb replan_s replan_kb export_s export_kb list_s list_kb"
for r in $(seq "$rounds"); do
  if [ $((r % 2)) = 1 ]; then order="new old"; else order="old new"; fi
  for b in $order; do
    eval bin=\$$b
    rm -f "$dir/$b/ritme.lock" "$dir/$b.db"*
    run="$bin -q -C $dir/$b --db $dir/$b.db --today 2026-01-01"
    first=$(timed $run plan --from 2026-01-01 --until 2026-12-31)
    same=$(timed $run plan --from 2026-01-01 --until 2026-12-31)
    feed=$(timed $run export ics -o "$dir/$b.ics")
    week=$(timed $run list --week 2026-W10)
    echo "$r $b $first $same $feed $week"
  done
done
