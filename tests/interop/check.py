"""Judges ritme's feeds with real iCalendar readers.

Usage: check.py FEEDS_DIR CALENDAR_ID ITEMS_JSON FROM UNTIL TZ

- every .ics under FEEDS_DIR parses with `icalendar` without a single
  property error, and is framed as RFC 5545 wants (CRLF, <= 75 octets);
- `recurring-ical-events` yields, for FROM..UNTIL, exactly the planned
  items (ITEMS_JSON, from `ritme list --format json` over the same range):
  the same UIDs, titles and dates; timed items at their local time in TZ,
  which checks that the VTIMEZONE is read the way ritme meant it;
- each team, person, format and campaign feed holds exactly its items;
- every draft deadline of a person's feed that is still to be done
  carries one VALARM (ACTION:DISPLAY) that rings at 09:00 local the day
  before (`[rules] remind` default, 1d), and nothing else carries one;
- the same again with the TZIDs renamed to a name no library knows, so
  the times come from ritme's VTIMEZONE alone (icalendar maps a known IANA
  name straight to zoneinfo and would never read the block).
Exits non-zero with a message on the first difference.
"""

import datetime as dt
import json
import pathlib
import sys
import zoneinfo

import icalendar
import recurring_ical_events


def fail(message):
    print(f"interop: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def parse(path, own_zone=None):
    data = path.read_bytes()
    if own_zone:
        data = data.replace(f"TZID={own_zone}:".encode(), b"TZID=Ritme/Proef:")
        data = data.replace(f"\r\nTZID:{own_zone}\r\n".encode(), b"\r\nTZID:Ritme/Proef\r\n")
        if b"Ritme/Proef" not in data:
            fail(f"{path}: no TZID {own_zone} to rename")
    text = data.decode("utf-8")
    if not text.endswith("\r\n"):
        fail(f"{path}: does not end with CRLF")
    for n, line in enumerate(text[:-2].split("\r\n"), 1):
        if "\n" in line or "\r" in line:
            fail(f"{path}:{n}: a bare line break")
        if len(line.encode("utf-8")) > 75:
            fail(f"{path}:{n}: {len(line.encode())} octets")
    cal = icalendar.Calendar.from_ical(data)
    for component in cal.walk():
        if component.errors:
            fail(f"{path}: {component.name}: {component.errors}")
    return cal


def expected_start(item, tz):
    date = dt.date.fromisoformat(item["date"])
    if item["time"] is None:
        return date
    time = dt.time.fromisoformat(item["time"])
    return dt.datetime.combine(date, time, tzinfo=tz)


def compare(path, cal, items, deadlines, calendar_id, start, end, tz):
    events = recurring_ical_events.of(cal).between(start, end)
    seen = {}
    for e in events:
        uid = str(e["UID"])
        if uid in seen:
            fail(f"{path}: {uid} twice")
        seen[uid] = e
    want = {f"{i['key']}@{calendar_id}.ritme": i for i in items}
    want_due = {f"due/{i['key']}@{calendar_id}.ritme": i for i in deadlines}
    missing = sorted((set(want) | set(want_due)) - set(seen))
    extra = sorted(set(seen) - set(want) - set(want_due))
    if missing or extra:
        fail(f"{path}: missing {missing[:5]} extra {extra[:5]}")
    for uid, item in want.items():
        e = seen[uid]
        if str(e["SUMMARY"]) != item["title"]:
            fail(f"{path}: {uid}: SUMMARY {str(e['SUMMARY'])!r} != {item['title']!r}")
        got = e.decoded("DTSTART")
        wanted = expected_start(item, tz)
        if isinstance(wanted, dt.datetime):
            if not isinstance(got, dt.datetime) or got.astimezone(dt.timezone.utc) != wanted.astimezone(dt.timezone.utc):
                fail(f"{path}: {uid}: DTSTART {got!r} != {wanted!r}")
            if got.astimezone(tz).time() != wanted.time():
                fail(f"{path}: {uid}: local time {got.astimezone(tz)} != {wanted}")
            length = e.decoded("DTEND").astimezone(dt.timezone.utc) - got.astimezone(dt.timezone.utc)
            if length != dt.timedelta(minutes=item["duration_minutes"]):
                fail(f"{path}: {uid}: lasts {length}, not {item['duration_minutes']} minutes")
        else:
            if isinstance(got, dt.datetime) or got != wanted:
                fail(f"{path}: {uid}: DTSTART {got!r} != {wanted!r}")
            if e.decoded("DTEND") != wanted + dt.timedelta(days=1):
                fail(f"{path}: {uid}: DTEND is not the next day")
        status = "CANCELLED" if item["status"] == "skipped" else "CONFIRMED"
        if str(e["STATUS"]) != status:
            fail(f"{path}: {uid}: STATUS {e['STATUS']} != {status}")
    for uid, item in want_due.items():
        if seen[uid].decoded("DTSTART") != dt.date.fromisoformat(item["due"]):
            fail(f"{path}: {uid}: the deadline is not on {item['due']}")
    return len(events)


def alarms(path, cal, deadlines, calendar_id, tz):
    """The deadlines' alarms ring at 09:00 local the day before; returns how many."""
    want = {f"due/{i['key']}@{calendar_id}.ritme": i for i in deadlines}
    rung = 0
    for e in cal.walk("VEVENT"):
        uid = str(e["UID"])
        found = e.walk("VALARM")
        item = want.get(uid)
        if item is None or item["status"] not in ("planned", "draft"):
            if found:
                fail(f"{path}: {uid}: an alarm where none belongs")
            continue
        if len(found) != 1:
            fail(f"{path}: {uid}: {len(found)} alarms, want 1")
        alarm = found[0]
        if str(alarm["ACTION"]) != "DISPLAY" or not str(alarm.get("DESCRIPTION", "")):
            fail(f"{path}: {uid}: ACTION {alarm.get('ACTION')} without a DESCRIPTION")
        trigger = alarm.decoded("TRIGGER")
        if not isinstance(trigger, dt.timedelta):
            fail(f"{path}: {uid}: TRIGGER {trigger!r} is not relative")
        due = dt.date.fromisoformat(item["due"])
        start = dt.datetime.combine(due, dt.time(0), tzinfo=tz)
        ring = start + trigger
        if ring.date() != due - dt.timedelta(days=1) or ring.time() != dt.time(9):
            fail(f"{path}: {uid}: rings at {ring}, want 09:00 on {due - dt.timedelta(days=1)}")
        rung += 1
    return rung


def main():
    feeds, calendar_id, items_json, start, until, tzname = sys.argv[1:7]
    feeds = pathlib.Path(feeds)
    items = json.loads(pathlib.Path(items_json).read_text())
    tz = zoneinfo.ZoneInfo(tzname)
    start = dt.date.fromisoformat(start)
    end = dt.date.fromisoformat(until) + dt.timedelta(days=1)
    if not items:
        fail("the plan has no items to compare")

    whole = feeds / f"{calendar_id}.ics"
    n = compare(whole, parse(whole), items, [], calendar_id, start, end, tz)
    print(f"interop: icalendar + recurring-ical-events: {whole.name}: {n} events = {len(items)} planned items")
    compare(whole, parse(whole, own_zone=tzname), items, [], calendar_id, start, end, tz)
    print(f"interop: the same through ritme's own VTIMEZONE for {tzname}")

    def of(folder, ident):
        if folder == "team":
            return [i for i in items if i["team"] == ident]
        if folder == "person":
            return [i for i in items if ident in (i["owner"], i["ambassador"])]
        return [i for i in items if i["source"] == folder and i["source_id"] == ident]

    checked = 0
    rung = 0
    for folder in ("team", "person", "format", "campaign"):
        for path in sorted((feeds / folder).glob("*.ics")):
            mine = of(folder, path.stem)
            due = [i for i in mine if i["due"] and start <= dt.date.fromisoformat(i["due"]) < end] if folder == "person" else []
            cal = parse(path)
            compare(path, cal, mine, due, calendar_id, start, end, tz)
            if folder == "person":
                rung += alarms(path, cal, [i for i in mine if i["due"]], calendar_id, tz)
            checked += 1
    if checked == 0:
        fail("no team, person, format or campaign feeds")
    if rung == 0:
        fail("no draft deadline carries an alarm")
    print(f"interop: icalendar: {rung} draft deadlines ring at 09:00 the day before")
    print(f"interop: icalendar + recurring-ical-events: {checked} sub-feeds hold exactly their items")


if __name__ == "__main__":
    main()
