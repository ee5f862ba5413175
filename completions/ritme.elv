
use builtin;
use str;

set edit:completion:arg-completer[ritme] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'ritme'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'ritme'= {
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Write a small working calendar to start from'
            cand plan 'Expand and assign the definitions into the database'
            cand list 'List the items of a range'
            cand show 'Show one item with its definition and history'
            cand quarter 'The quarter at a glance: a row per week, a column per working day'
            cand check 'Check the definitions and the coming weeks; exit 1 on findings'
            cand diff 'What a change to the calendar does to the plan: two git revisions compared'
            cand agenda 'What a person or team has to deliver: overdue, this week, coming'
            cand report 'The reports: gaps, load, focus, mix, raci, goals'
            cand assign 'Give an item to a person (an edit: kept by every later plan)'
            cand unassign 'Take the owner off an item (an edit)'
            cand move 'Move an item to another day and maybe time; its key stays (an edit)'
            cand skip 'Mark an item skipped, with an optional reason (an edit)'
            cand status 'Set an item''s status: planned, draft, ready, published, skipped (an edit)'
            cand note 'Attach a note to an item (an edit)'
            cand reset 'Drop an item''s edits: it is planned again as its definition says'
            cand swap 'Exchange the owners of two items (an edit of each)'
            cand cover 'Give someone''s items in a range to another person (an edit of each)'
            cand claim 'Fill a reserve slot with a team''s spontaneous post (an edit)'
            cand import 'Bring in outside data: holidays and absences (ics), analytics numbers, a content inventory'
            cand reviewed 'Record that a page was reviewed, or archive it'
            cand export 'Write iCal feeds, JSON or CSV of the stored items'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff), or a subcommand''s'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ritme;init'= {
            cand --template 'What to start from: a minimal calendar, or the full Dutch example'
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ritme;plan'= {
            cand --week 'An ISO week, like 2026-W14'
            cand --month 'A month, like 2026-04'
            cand --quarter 'A quarter, like 2026-Q2'
            cand --from 'First day, inclusive'
            cand --until 'Last day, inclusive'
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand --dry-run 'Show what would change; write nothing'
            cand --locked 'Plan the stored range only and write nothing; exit 1 when the lock is not current'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ritme;list'= {
            cand --week 'An ISO week, like 2026-W14'
            cand --month 'A month, like 2026-04'
            cand --quarter 'A quarter, like 2026-Q2'
            cand --from 'First day, inclusive'
            cand --until 'Last day, inclusive'
            cand --owner 'Only items this person owns'
            cand --team 'Only the team''s work: its items, and what its people own or are ambassador of elsewhere'
            cand --ambassador 'Only items this person is the ambassador of'
            cand --goal 'Only items serving this goal'
            cand --focus 'Only items serving this focus block'
            cand --source 'Only items of this format or campaign'
            cand --kind 'Only items of this kind'
            cand --tag 'Only items carrying this tag'
            cand --status 'Only items in this status'
            cand --format 'Output format'
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand --unassigned 'Only items without an owner (reserve slots excepted)'
            cand --edited 'Only items carrying edits: a pin, a note or a URL'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ritme;show'= {
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ritme;quarter'= {
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ritme;check'= {
            cand --weeks 'How many ISO weeks to check, starting with the current one'
            cand --format 'Output format'
            cand --deny 'Fail on warnings too'
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ritme;diff'= {
            cand --weeks 'How many ISO weeks of findings to compare, starting with the current one (as `check`)'
            cand --person 'Only the items and findings of this person'
            cand --format 'Output format'
            cand --week 'An ISO week, like 2026-W14'
            cand --month 'A month, like 2026-04'
            cand --quarter 'A quarter, like 2026-Q2'
            cand --from 'First day, inclusive'
            cand --until 'Last day, inclusive'
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ritme;agenda'= {
            cand --team 'A team (an id): its items, and those of its members and ambassadors'
            cand --out 'The directory `--all` writes into'
            cand --weeks 'How many ISO weeks after this one "coming" covers'
            cand --since 'Also what changed for them since this git revision, or since the last commit before this day (YYYY-MM-DD)'
            cand --format 'Output format'
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand --all 'Everyone: one file per person with something to deliver (needs --out)'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ritme;report'= {
            cand --week 'An ISO week, like 2026-W14'
            cand --month 'A month, like 2026-04'
            cand --quarter 'A quarter, like 2026-Q2'
            cand --from 'First day, inclusive'
            cand --until 'Last day, inclusive'
            cand --format 'Output format (default table; `steering`: markdown)'
            cand --by 'Group `mix` by month or quarter (default month), `engagement` by format, kind, channel, team or goal (default format), `fairness` by person or team (default person)'
            cand --source '`fairness`: only this format''s, campaign''s or item''s pool or rotation'
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ritme;assign'= {
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ritme;unassign'= {
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ritme;move'= {
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ritme;skip'= {
            cand --reason 'Why, for the history'
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ritme;status'= {
            cand --url 'Where the item went live'
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ritme;note'= {
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ritme;reset'= {
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand --all 'Also drop the note and the URL'
            cand --force 'With --all: drop a published item''s URL too'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ritme;swap'= {
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ritme;cover'= {
            cand --by 'Who takes them'
            cand --week 'An ISO week, like 2026-W14'
            cand --month 'A month, like 2026-04'
            cand --quarter 'A quarter, like 2026-Q2'
            cand --from 'First day, inclusive'
            cand --until 'Last day, inclusive'
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ritme;claim'= {
            cand --team 'The team whose post it becomes'
            cand --title 'The post''s title'
            cand --owner 'Who writes it; default: the team''s ambassador'
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ritme;import'= {
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
            cand ics 'Holidays (--as blackout) or a person''s absences (--as away) from an .ics file'
            cand stats 'Numbers per published item from an analytics export (CSV)'
            cand pages '[[page]] definitions from a content inventory (CSV)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ritme;import;ics'= {
            cand --as 'What its events are'
            cand --person 'Whose absences they are (with --as away)'
            cand --from 'First day to import; default: the calendar''s start'
            cand --until 'Last day to import; default: 31 December, two years after today''s year'
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand --replace 'Write the imported file anew when an earlier import made it'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'ritme;import;stats'= {
            cand --map 'A column whose header is not a field name: HEADER=FIELD (repeatable)'
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ritme;import;pages'= {
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand --replace 'Write the imported file anew when an earlier import made it'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ritme;import;help'= {
            cand ics 'Holidays (--as blackout) or a person''s absences (--as away) from an .ics file'
            cand stats 'Numbers per published item from an analytics export (CSV)'
            cand pages '[[page]] definitions from a content inventory (CSV)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ritme;import;help;ics'= {
        }
        &'ritme;import;help;stats'= {
        }
        &'ritme;import;help;pages'= {
        }
        &'ritme;import;help;help'= {
        }
        &'ritme;reviewed'= {
            cand --date 'The day of the review [default: today]'
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand --archive 'The page is archived: no more reviews, ever'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ritme;export'= {
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
            cand ics 'iCal feeds: the whole calendar and one per team, person, format and campaign'
            cand json 'The items as a JSON array (the fields of `list --format json`)'
            cand csv 'The items as CSV, safe to open in a spreadsheet'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ritme;export;ics'= {
            cand --out 'Write every feed and index.html into this folder'
            cand -o 'Write one feed, of the items the filters select, to FILE (`-` for stdout)'
            cand --output 'Write one feed, of the items the filters select, to FILE (`-` for stdout)'
            cand --base-url 'Where the folder will be published, like https://intranet.example.org/feeds/ (index.html then shows subscribe links)'
            cand --week 'An ISO week, like 2026-W14'
            cand --month 'A month, like 2026-04'
            cand --quarter 'A quarter, like 2026-Q2'
            cand --from 'First day, inclusive'
            cand --until 'Last day, inclusive'
            cand --owner 'Only items this person owns'
            cand --team 'Only the team''s work: its items, and what its people own or are ambassador of elsewhere'
            cand --ambassador 'Only items this person is the ambassador of'
            cand --goal 'Only items serving this goal'
            cand --focus 'Only items serving this focus block'
            cand --source 'Only items of this format or campaign'
            cand --kind 'Only items of this kind'
            cand --tag 'Only items carrying this tag'
            cand --status 'Only items in this status'
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand --unassigned 'Only items without an owner (reserve slots excepted)'
            cand --edited 'Only items carrying edits: a pin, a note or a URL'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ritme;export;json'= {
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --week 'An ISO week, like 2026-W14'
            cand --month 'A month, like 2026-04'
            cand --quarter 'A quarter, like 2026-Q2'
            cand --from 'First day, inclusive'
            cand --until 'Last day, inclusive'
            cand --owner 'Only items this person owns'
            cand --team 'Only the team''s work: its items, and what its people own or are ambassador of elsewhere'
            cand --ambassador 'Only items this person is the ambassador of'
            cand --goal 'Only items serving this goal'
            cand --focus 'Only items serving this focus block'
            cand --source 'Only items of this format or campaign'
            cand --kind 'Only items of this kind'
            cand --tag 'Only items carrying this tag'
            cand --status 'Only items in this status'
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand --unassigned 'Only items without an owner (reserve slots excepted)'
            cand --edited 'Only items carrying edits: a pin, a note or a URL'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ritme;export;csv'= {
            cand -o 'Write to FILE instead of stdout'
            cand --output 'Write to FILE instead of stdout'
            cand --week 'An ISO week, like 2026-W14'
            cand --month 'A month, like 2026-04'
            cand --quarter 'A quarter, like 2026-Q2'
            cand --from 'First day, inclusive'
            cand --until 'Last day, inclusive'
            cand --owner 'Only items this person owns'
            cand --team 'Only the team''s work: its items, and what its people own or are ambassador of elsewhere'
            cand --ambassador 'Only items this person is the ambassador of'
            cand --goal 'Only items serving this goal'
            cand --focus 'Only items serving this focus block'
            cand --source 'Only items of this format or campaign'
            cand --kind 'Only items of this kind'
            cand --tag 'Only items carrying this tag'
            cand --status 'Only items in this status'
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand --unassigned 'Only items without an owner (reserve slots excepted)'
            cand --edited 'Only items carrying edits: a pin, a note or a URL'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ritme;export;help'= {
            cand ics 'iCal feeds: the whole calendar and one per team, person, format and campaign'
            cand json 'The items as a JSON array (the fields of `list --format json`)'
            cand csv 'The items as CSV, safe to open in a spreadsheet'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ritme;export;help;ics'= {
        }
        &'ritme;export;help;json'= {
        }
        &'ritme;export;help;csv'= {
        }
        &'ritme;export;help;help'= {
        }
        &'ritme;completions'= {
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ritme;man'= {
            cand -C 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --calendar 'The calendar directory (holding ritme.toml); default: the nearest one upwards'
            cand --db 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works'
            cand --today 'The day to treat as today'
            cand --color 'When to use colour (NO_COLOR is honoured)'
            cand --locale 'Language of day and month names; default: the calendar''s locale'
            cand -q 'Print only errors'
            cand --quiet 'Print only errors'
            cand -v 'Print more: every change `plan` makes'
            cand --verbose 'Print more: every change `plan` makes'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'ritme;help'= {
            cand init 'Write a small working calendar to start from'
            cand plan 'Expand and assign the definitions into the database'
            cand list 'List the items of a range'
            cand show 'Show one item with its definition and history'
            cand quarter 'The quarter at a glance: a row per week, a column per working day'
            cand check 'Check the definitions and the coming weeks; exit 1 on findings'
            cand diff 'What a change to the calendar does to the plan: two git revisions compared'
            cand agenda 'What a person or team has to deliver: overdue, this week, coming'
            cand report 'The reports: gaps, load, focus, mix, raci, goals'
            cand assign 'Give an item to a person (an edit: kept by every later plan)'
            cand unassign 'Take the owner off an item (an edit)'
            cand move 'Move an item to another day and maybe time; its key stays (an edit)'
            cand skip 'Mark an item skipped, with an optional reason (an edit)'
            cand status 'Set an item''s status: planned, draft, ready, published, skipped (an edit)'
            cand note 'Attach a note to an item (an edit)'
            cand reset 'Drop an item''s edits: it is planned again as its definition says'
            cand swap 'Exchange the owners of two items (an edit of each)'
            cand cover 'Give someone''s items in a range to another person (an edit of each)'
            cand claim 'Fill a reserve slot with a team''s spontaneous post (an edit)'
            cand import 'Bring in outside data: holidays and absences (ics), analytics numbers, a content inventory'
            cand reviewed 'Record that a page was reviewed, or archive it'
            cand export 'Write iCal feeds, JSON or CSV of the stored items'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff), or a subcommand''s'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ritme;help;init'= {
        }
        &'ritme;help;plan'= {
        }
        &'ritme;help;list'= {
        }
        &'ritme;help;show'= {
        }
        &'ritme;help;quarter'= {
        }
        &'ritme;help;check'= {
        }
        &'ritme;help;diff'= {
        }
        &'ritme;help;agenda'= {
        }
        &'ritme;help;report'= {
        }
        &'ritme;help;assign'= {
        }
        &'ritme;help;unassign'= {
        }
        &'ritme;help;move'= {
        }
        &'ritme;help;skip'= {
        }
        &'ritme;help;status'= {
        }
        &'ritme;help;note'= {
        }
        &'ritme;help;reset'= {
        }
        &'ritme;help;swap'= {
        }
        &'ritme;help;cover'= {
        }
        &'ritme;help;claim'= {
        }
        &'ritme;help;import'= {
            cand ics 'Holidays (--as blackout) or a person''s absences (--as away) from an .ics file'
            cand stats 'Numbers per published item from an analytics export (CSV)'
            cand pages '[[page]] definitions from a content inventory (CSV)'
        }
        &'ritme;help;import;ics'= {
        }
        &'ritme;help;import;stats'= {
        }
        &'ritme;help;import;pages'= {
        }
        &'ritme;help;reviewed'= {
        }
        &'ritme;help;export'= {
            cand ics 'iCal feeds: the whole calendar and one per team, person, format and campaign'
            cand json 'The items as a JSON array (the fields of `list --format json`)'
            cand csv 'The items as CSV, safe to open in a spreadsheet'
        }
        &'ritme;help;export;ics'= {
        }
        &'ritme;help;export;json'= {
        }
        &'ritme;help;export;csv'= {
        }
        &'ritme;help;completions'= {
        }
        &'ritme;help;man'= {
        }
        &'ritme;help;help'= {
        }
    ]
    $completions[$command]
}
