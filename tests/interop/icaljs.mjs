// Judges a ritme feed with ical.js, the parser of Thunderbird and of many
// web calendars: every event must start and end at the instants ritme meant.
//
// Usage: node icaljs.mjs FEED.ics EXPECTED.json
//   EXPECTED.json: {"<uid>": {"start": <unix seconds or "YYYY-MM-DD">,
//                             "end": <unix seconds or "YYYY-MM-DD">}, ...}
// Timed values are compared as UTC instants, all-day values as dates.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const [feed, expectedPath] = process.argv.slice(2);
const expected = JSON.parse(readFileSync(expectedPath, "utf8"));
const calendar = new ICAL.Component(ICAL.parse(readFileSync(feed, "utf8")));
for (const zone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(zone);
}

function fail(message) {
  console.error(`interop: FAIL: ical.js: ${message}`);
  process.exit(1);
}

function value(time) {
  if (time.isDate) {
    const pad = (n) => String(n).padStart(2, "0");
    return `${time.year}-${pad(time.month)}-${pad(time.day)}`;
  }
  return time.toUnixTime();
}

const seen = new Set();
for (const component of calendar.getAllSubcomponents("vevent")) {
  const event = new ICAL.Event(component);
  const want = expected[event.uid];
  if (!want) fail(`${event.uid}: not a planned item`);
  if (seen.has(event.uid)) fail(`${event.uid}: twice`);
  seen.add(event.uid);
  const start = value(event.startDate);
  const end = value(event.endDate);
  if (start !== want.start || end !== want.end) {
    fail(`${event.uid}: ${start}..${end}, expected ${want.start}..${want.end}`);
  }
}
const missing = Object.keys(expected).filter((uid) => !seen.has(uid));
if (missing.length) fail(`missing ${missing.slice(0, 5)}`);
console.log(`interop: ical.js: ${seen.size} events at the instants ritme meant`);
