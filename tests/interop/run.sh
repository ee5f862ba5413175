#!/usr/bin/env bash
# Real calendar clients judge ritme's feeds of the example calendar:
#   - Python's icalendar parses every feed (no property errors, CRLF, 75 octets);
#   - recurring-ical-events yields exactly the planned items for the window;
#   - khal imports the whole feed into a fresh config and `khal list` shows them;
#   - ical.js (Thunderbird's parser) reads every event at the instant ritme meant;
#   - khal imports a person's feed with its draft deadlines and their VALARMs;
#   - headless Chromium (the distribution's `chromium`; installed with apt-get
#     when missing and allowed) renders `report steering --format html`: the
#     DOM it builds holds every section, it fetches nothing, and a screenshot
#     is kept in target/interop/steering.png for a person to look at.
# One item is moved into the autumn's repeated hour (02:30 on 2026-10-25), where
# clients disagree about local times, so every client must read it the same.
# The other way round, `import ics` must read .ics files as these clients do:
# an Outlook export (Windows zone names defined by the file's VTIMEZONE) gives
# the dates recurring-ical-events gives (a yearly holiday kept as its rule,
# expanded by python-dateutil), and a DATE start with a DATE-TIME end
# is refused at its line.
# Installs the clients (pinned in requirements.txt and below) into a venv and a
# node_modules under target/interop/ and reuses them on the next run. Idempotent; a few minutes at
# most on a cold venv, seconds on a warm one. Run from anywhere:
#   bash tests/interop/run.sh [CALENDAR_DIR]   (default: calendars/voorbeeld)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$root/target/interop"
venv="$work/venv"
today="2026-11-23"
# The window spans both DST changes (2026-10-25 and 2027-03-28), so timed
# items on either side check the VTIMEZONE.
from="2026-10-01"
until="2027-03-31"
tz="Europe/Amsterdam"
calendar="${1:-$root/calendars/voorbeeld}"
icaljs="ical.js@2.2.1"

say() { printf 'interop: %s\n' "$*"; }

mkdir -p "$work"
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ] || ! cmp -s "$here/requirements.txt" "$venv/requirements.txt"; then
    say "installing the clients into $venv"
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$here/requirements.txt"
    cp "$here/requirements.txt" "$venv/requirements.txt"
fi

if [ "$(cat "$work/node/version" 2>/dev/null)" != "$icaljs" ]; then
    say "installing $icaljs into $work/node"
    rm -rf "$work/node"
    mkdir -p "$work/node"
    npm install --silent --no-audit --no-fund --prefix "$work/node" "$icaljs"
    echo "$icaljs" > "$work/node/version"
fi

say "building ritme"
cargo build --locked --quiet --manifest-path "$root/Cargo.toml" --bin ritme
ritme="$root/target/debug/ritme"

# A fresh copy of the example calendar, planned with a fixed today.
rm -rf "$work/cal" "$work/feeds" "$work/khal"
cp -r "$calendar" "$work/cal"
rm -f "$work/cal"/ritme.db*
export RITME_TODAY="$today" NO_COLOR=1 SOURCE_DATE_EPOCH=1795435200
unset RITME_CALENDAR RITME_DB
"$ritme" -q -C "$work/cal" plan --from "$from" --until "$until"
# 02:30 happens twice that night; the item stands at the first 02:30 (00:30 UTC).
if [ "$calendar" = "$root/calendars/voorbeeld" ]; then
    "$ritme" -q -C "$work/cal" move format/vrijdagvraag/2026-10-23 2026-10-25 02:30
fi
"$ritme" -q -C "$work/cal" export ics --out "$work/feeds"
id="$(sed -n 's/^id *= *"\(.*\)".*/\1/p' "$work/cal/ritme.toml" | head -n 1)"
[ -f "$work/feeds/$id.ics" ] || { say "FAIL: no $id.ics"; exit 1; }

"$ritme" -C "$work/cal" list --format json --from "$from" --until "$until" > "$work/items.json"

# 1 and 2: icalendar and recurring-ical-events.
"$venv/bin/python" "$here/check.py" "$work/feeds" "$id" "$work/items.json" "$from" "$until" "$tz"

# 3: khal, with its own config and data directories.
mkdir -p "$work/khal/config/khal" "$work/khal/data" "$work/khal/calendars/$id"
cat > "$work/khal/config/khal/config" <<CONF
[calendars]
[[$id]]
path = $work/khal/calendars/$id
type = calendar

[locale]
local_timezone = $tz
default_timezone = $tz
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M

[default]
default_calendar = $id
CONF
khal=(env XDG_CONFIG_HOME="$work/khal/config" XDG_DATA_HOME="$work/khal/data" HOME="$work/khal" TZ="$tz" "$venv/bin/khal" -c "$work/khal/config/khal/config")
"${khal[@]}" import --batch -a "$id" "$work/feeds/$id.ics"
"${khal[@]}" list --day-format "" --format "{start-date} {start-time} {title}" "$from" "$until" > "$work/khal.txt"

"$venv/bin/python" - "$work/items.json" "$work/khal.txt" <<'PY'
import json, sys
items = json.load(open(sys.argv[1]))
lines = [l for l in open(sys.argv[2], encoding="utf-8").read().split("\n") if l.strip()]
# khal prints one line per event and day; a title with a newline spans lines.
want = sorted(f"{i['date']} {i['time'] or ''} {i['title']}".replace("  ", " ").strip() for i in items if "\n" not in i["title"])
have = sorted(l.replace("  ", " ").strip() for l in lines)
missing = [w for w in want if w not in have]
if missing or len([i for i in items if "\n" not in i["title"]]) > len(have):
    print("interop: FAIL: khal list misses", missing[:5], f"({len(have)} lines, {len(items)} items)", file=sys.stderr)
    sys.exit(1)
print(f"interop: khal: imported and listed {len(items)} items")
PY
# 4: ical.js, against the instants Python's zoneinfo computes for each item.
"$venv/bin/python" - "$work/items.json" "$id" "$tz" > "$work/expected.json" <<'PY'
import datetime as dt, json, sys, zoneinfo
items, calendar_id, tz = json.load(open(sys.argv[1])), sys.argv[2], zoneinfo.ZoneInfo(sys.argv[3])
out = {}
for i in items:
    date = dt.date.fromisoformat(i["date"])
    if i["time"] is None:
        span = {"start": str(date), "end": str(date + dt.timedelta(days=1))}
    else:
        start = dt.datetime.combine(date, dt.time.fromisoformat(i["time"]), tzinfo=tz).timestamp()
        span = {"start": int(start), "end": int(start) + 60 * i["duration_minutes"]}
    out[f"{i['key']}@{calendar_id}.ritme"] = span
json.dump(out, sys.stdout)
PY
cp "$here/icaljs.mjs" "$work/node/icaljs.mjs"
node "$work/node/icaljs.mjs" "$work/feeds/$id.ics" "$work/expected.json"
# 5: import ics reads an Outlook export as recurring-ical-events does.
rm -rf "$work/import"
cp -r "$calendar" "$work/import"
rm -f "$work/import"/ritme.db* "$work/import"/imported/outlook.toml
"$ritme" -q -C "$work/import" import ics "$here/outlook.ics" --as blackout --from 2026-01-01 --until 2028-12-31
"$venv/bin/python" - "$here/outlook.ics" "$work/import/imported/outlook.toml" "$tz" <<'PY'
import datetime as dt, sys, tomllib, zoneinfo
import dateutil.rrule, icalendar, recurring_ical_events
ics, toml, tz = sys.argv[1], sys.argv[2], zoneinfo.ZoneInfo(sys.argv[3])
cal = icalendar.Calendar.from_ical(open(ics, "rb").read())
want = set()
for e in recurring_ical_events.of(cal).between(dt.date(2026, 1, 1), dt.date(2029, 1, 1)):
    start, end = e.decoded("DTSTART"), e.decoded("DTEND")
    if isinstance(start, dt.datetime):
        first = start.astimezone(tz).date()
        last = max(first, (end - dt.timedelta(microseconds=1)).astimezone(tz).date())
    else:
        first, last = start, end - dt.timedelta(days=1)
    want.add((str(e["SUMMARY"]), first, last))
have = set()
for b in tomllib.load(open(toml, "rb"))["blackout"]:
    if "rrule" in b:
        # A yearly holiday is kept as its rule: python-dateutil expands it.
        start = dt.datetime.combine(b["from"], dt.time())
        for d in dateutil.rrule.rrulestr(b["rrule"], dtstart=start).between(start, dt.datetime(2028, 12, 31), inc=True):
            have.add((b["name"], d.date(), d.date()))
    else:
        have.add((b["name"], b.get("date", b.get("from")), b.get("date", b.get("until"))))
if want != have:
    print(f"interop: FAIL: import ics: ritme {sorted(have)} != recurring-ical-events {sorted(want)}", file=sys.stderr)
    sys.exit(1)
print(f"interop: import ics: {len(have)} events of an Outlook export on the dates recurring-ical-events gives")
PY
if "$ritme" -q -C "$work/import" import ics "$here/date-datetime.ics" --as blackout 2> "$work/import.err"; then
    say "FAIL: import ics accepted a DATE start with a DATE-TIME end"; exit 1
fi
grep -q 'date-datetime.ics:8: .*DTEND' "$work/import.err" || { say "FAIL: import ics: $(cat "$work/import.err")"; exit 1; }
say "import ics: a DATE start with a DATE-TIME end is refused at its line"

# 6: khal again, on the person feed with the most alarms: it must take the
# VALARMs of the draft deadlines (a calendar of its own, so UIDs do not clash).
person="$(grep -c 'BEGIN:VALARM' "$work"/feeds/person/*.ics | sort -t: -k2 -n | tail -n 1 | cut -d: -f1)"
alarms="$(grep -c 'BEGIN:VALARM' "$person")"
[ "$alarms" -gt 0 ] || { say "FAIL: no person feed with alarms"; exit 1; }
mkdir -p "$work/khal/calendars/alarms"
sed -i "s|^\[locale\]|[[alarms]]\npath = $work/khal/calendars/alarms\ntype = calendar\n\n[locale]|" "$work/khal/config/khal/config"
"${khal[@]}" import --batch -a alarms "$person"
stored="$(cat "$work/khal/calendars/alarms"/*.ics | grep -c 'BEGIN:VALARM' || true)"
if [ "$stored" -ne "$alarms" ]; then
    say "FAIL: khal kept $stored of the $alarms alarms of $(basename "$person")"
    exit 1
fi
say "khal: imported $(basename "$person") with its $alarms draft-deadline alarms"

# 7: the steering report's HTML page in a real browser engine.
"$ritme" -C "$work/cal" report steering --quarter 2026-Q4 --format html > "$work/steering.html"
chromium_bin="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$chromium_bin" ] && command -v apt-get > /dev/null && [ "$(id -u)" = 0 ]; then
    say "installing chromium with apt-get"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium > "$work/apt.log" 2>&1 \
        || { apt-get update -q > /dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium > "$work/apt.log" 2>&1; } || true
    chromium_bin="$(command -v chromium || true)"
fi
if [ -z "$chromium_bin" ]; then
    say "FAIL: no chromium to render the steering report (apt-get install chromium)"
    exit 1
fi
browse=("$chromium_bin" --headless --no-sandbox --disable-gpu --no-first-run
    --user-data-dir="$work/chromium" --disable-background-networking
    --virtual-time-budget=2000)
"${browse[@]}" --dump-dom "file://$work/steering.html" > "$work/steering.dom" 2> "$work/chromium.log"
"${browse[@]}" --window-size=1100,2200 --hide-scrollbars \
    --screenshot="$work/steering.png" "file://$work/steering.html" >> "$work/chromium.log" 2>&1
"$venv/bin/python" - "$work/steering.dom" "$work/steering.png" <<'PY'
import sys
dom = open(sys.argv[1], encoding="utf-8").read()
need = ["<h1>", "steering report 2026-Q4", "Published per focus theme",
        "Goals and engagement against targets", "Gaps", "Slipped items",
        "Fairness", "Next quarter, 2027-Q1", "<table>"]
missing = [n for n in need if n not in dom]
if missing:
    print("interop: FAIL: chromium's DOM lacks", missing, file=sys.stderr)
    sys.exit(1)
for outside in ("http://", "https://", "<script", "<img", "<link"):
    if outside in dom:
        print(f"interop: FAIL: the page reaches outside itself: {outside}", file=sys.stderr)
        sys.exit(1)
png = open(sys.argv[2], "rb").read()
if not png.startswith(b"\x89PNG") or len(png) < 10_000:
    print("interop: FAIL: no screenshot of the steering report", file=sys.stderr)
    sys.exit(1)
print(f"interop: chromium: rendered the steering report ({len(dom)} bytes of DOM, screenshot {len(png)} bytes)")
PY
say "ok"
