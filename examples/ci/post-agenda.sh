#!/usr/bin/env bash
# Posts each person's agenda (ritme agenda --all --format markdown) to a chat
# incoming webhook: one message per person with something to deliver.
#
#   WEBHOOK_URL=https://...  WEBHOOK_KIND=teams|slack|mattermost  post-agenda.sh [DIR]
#
# DIR (default: agenda) is where the markdown files are written. Set
# RITME_CALENDAR when ritme.toml is not in the current directory. Needs
# ritme, python3 and curl. The JSON of each message is built by python3
# (never by pasting text into a string), so quotes, newlines and emoji in
# titles arrive as they are:
#   teams       a Workflows ("When a Teams webhook request is received")
#               message with one Adaptive Card holding the markdown;
#   slack       {"text": ...} with **bold** turned into Slack's *bold*;
#   mattermost  {"text": ..., "username": "ritme"} (markdown as it is).
# Exits non-zero when a post fails; the others are still sent.
set -euo pipefail

dir="${1:-agenda}"
kind="${WEBHOOK_KIND:-mattermost}"
: "${WEBHOOK_URL:?set WEBHOOK_URL to the incoming webhook of the channel}"
case "$kind" in
    teams | slack | mattermost) ;;
    *) echo "post-agenda: WEBHOOK_KIND must be teams, slack or mattermost, not $kind" >&2; exit 2 ;;
esac

ritme agenda --all --out "$dir" --format markdown

payload() { # payload KIND FILE: the message's JSON on stdout
    python3 - "$1" "$2" <<'PY'
import json, re, sys
kind, path = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read().strip()
if kind == "teams":
    message = {
        "type": "message",
        "attachments": [{
            "contentType": "application/vnd.microsoft.card.adaptive",
            "content": {
                "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                "type": "AdaptiveCard",
                "version": "1.4",
                "body": [{"type": "TextBlock", "text": text, "wrap": True}],
            },
        }],
    }
elif kind == "slack":
    message = {"text": re.sub(r"\*\*(.+?)\*\*", r"*\1*", text)}
else:
    message = {"text": text, "username": "ritme"}
json.dump(message, sys.stdout, ensure_ascii=False)
PY
}

failed=0
shopt -s nullglob
for file in "$dir"/*.md; do
    body="$(mktemp)"
    payload "$kind" "$file" > "$body"
    if curl --fail --silent --show-error --max-time 30 \
        -H 'Content-Type: application/json' --data-binary "@$body" "$WEBHOOK_URL" > /dev/null; then
        echo "post-agenda: posted $(basename "$file" .md)"
    else
        echo "post-agenda: FAILED to post $(basename "$file" .md)" >&2
        failed=1
    fi
    rm -f "$body"
done
exit "$failed"
