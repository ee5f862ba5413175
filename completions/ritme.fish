# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_ritme_global_optspecs
    string join \n C/calendar= db= today= color= locale= q/quiet v/verbose h/help V/version
end

function __fish_ritme_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_ritme_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_ritme_using_subcommand
    set -l cmd (__fish_ritme_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c ritme -n "__fish_ritme_needs_command" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_needs_command" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_needs_command" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_needs_command" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_needs_command" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_needs_command" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_needs_command" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_needs_command" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_needs_command" -s V -l version -d 'Print version'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "init" -d 'Write a small working calendar to start from'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "plan" -d 'Expand and assign the definitions into the database'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "list" -d 'List the items of a range'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "show" -d 'Show one item with its definition and history'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "quarter" -d 'The quarter at a glance: a row per week, a column per working day'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "check" -d 'Check the definitions and the coming weeks; exit 1 on findings'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "diff" -d 'What a change to the calendar does to the plan: two git revisions compared'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "agenda" -d 'What a person or team has to deliver: overdue, this week, coming'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "report" -d 'The reports: gaps, load, focus, mix, raci, goals'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "assign" -d 'Give an item to a person (an edit: kept by every later plan)'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "unassign" -d 'Take the owner off an item (an edit)'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "move" -d 'Move an item to another day and maybe time; its key stays (an edit)'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "skip" -d 'Mark an item skipped, with an optional reason (an edit)'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "status" -d 'Set an item\'s status: planned, draft, ready, published, skipped (an edit)'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "note" -d 'Attach a note to an item (an edit)'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "reset" -d 'Drop an item\'s edits: it is planned again as its definition says'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "swap" -d 'Exchange the owners of two items (an edit of each)'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "cover" -d 'Give someone\'s items in a range to another person (an edit of each)'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "claim" -d 'Fill a reserve slot with a team\'s spontaneous post (an edit)'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "import" -d 'Bring in outside data: holidays and absences (ics), analytics numbers, a content inventory'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "reviewed" -d 'Record that a page was reviewed, or archive it'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "export" -d 'Write iCal feeds, JSON or CSV of the stored items'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "man" -d 'Print the man page (roff), or a subcommand\'s'
complete -c ritme -n "__fish_ritme_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ritme -n "__fish_ritme_using_subcommand init" -l template -d 'What to start from: a minimal calendar, or the full Dutch example' -r -f -a "minimal\t'One person, two weekly formats, Christmas as a blackout'
voorbeeld\t'Stichting Voorbeeld: every feature of the file format in use'"
complete -c ritme -n "__fish_ritme_using_subcommand init" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand init" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand init" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand init" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand init" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand init" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand init" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ritme -n "__fish_ritme_using_subcommand plan" -l week -d 'An ISO week, like 2026-W14' -r
complete -c ritme -n "__fish_ritme_using_subcommand plan" -l month -d 'A month, like 2026-04' -r
complete -c ritme -n "__fish_ritme_using_subcommand plan" -l quarter -d 'A quarter, like 2026-Q2' -r
complete -c ritme -n "__fish_ritme_using_subcommand plan" -l from -d 'First day, inclusive' -r
complete -c ritme -n "__fish_ritme_using_subcommand plan" -l until -d 'Last day, inclusive' -r
complete -c ritme -n "__fish_ritme_using_subcommand plan" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand plan" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand plan" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand plan" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand plan" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand plan" -l dry-run -d 'Show what would change; write nothing'
complete -c ritme -n "__fish_ritme_using_subcommand plan" -l locked -d 'Plan the stored range only and write nothing; exit 1 when the lock is not current'
complete -c ritme -n "__fish_ritme_using_subcommand plan" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand plan" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand plan" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand list" -l week -d 'An ISO week, like 2026-W14' -r
complete -c ritme -n "__fish_ritme_using_subcommand list" -l month -d 'A month, like 2026-04' -r
complete -c ritme -n "__fish_ritme_using_subcommand list" -l quarter -d 'A quarter, like 2026-Q2' -r
complete -c ritme -n "__fish_ritme_using_subcommand list" -l from -d 'First day, inclusive' -r
complete -c ritme -n "__fish_ritme_using_subcommand list" -l until -d 'Last day, inclusive' -r
complete -c ritme -n "__fish_ritme_using_subcommand list" -l owner -d 'Only items this person owns' -r
complete -c ritme -n "__fish_ritme_using_subcommand list" -l team -d 'Only the team\'s work: its items, and what its people own or are ambassador of elsewhere' -r
complete -c ritme -n "__fish_ritme_using_subcommand list" -l ambassador -d 'Only items this person is the ambassador of' -r
complete -c ritme -n "__fish_ritme_using_subcommand list" -l goal -d 'Only items serving this goal' -r
complete -c ritme -n "__fish_ritme_using_subcommand list" -l focus -d 'Only items serving this focus block' -r
complete -c ritme -n "__fish_ritme_using_subcommand list" -l source -d 'Only items of this format or campaign' -r
complete -c ritme -n "__fish_ritme_using_subcommand list" -l kind -d 'Only items of this kind' -r
complete -c ritme -n "__fish_ritme_using_subcommand list" -l tag -d 'Only items carrying this tag' -r
complete -c ritme -n "__fish_ritme_using_subcommand list" -l status -d 'Only items in this status' -r
complete -c ritme -n "__fish_ritme_using_subcommand list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''"
complete -c ritme -n "__fish_ritme_using_subcommand list" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand list" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand list" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand list" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand list" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand list" -l unassigned -d 'Only items without an owner (reserve slots excepted)'
complete -c ritme -n "__fish_ritme_using_subcommand list" -l edited -d 'Only items carrying edits: a pin, a note or a URL'
complete -c ritme -n "__fish_ritme_using_subcommand list" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand list" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand list" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand show" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand show" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand show" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand show" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand show" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand show" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand show" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand show" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand quarter" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand quarter" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand quarter" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand quarter" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand quarter" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand quarter" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand quarter" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand quarter" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand check" -l weeks -d 'How many ISO weeks to check, starting with the current one' -r
complete -c ritme -n "__fish_ritme_using_subcommand check" -l format -d 'Output format' -r -f -a "text\t'Lines for people, grouped by severity'
json\t'{"ok": bool, "findings": [...]}'
github\t'GitHub Actions workflow annotations (::error file=...,line=...::message)'
junit\t'A JUnit XML report, for GitLab, Jenkins and other CI'"
complete -c ritme -n "__fish_ritme_using_subcommand check" -l deny -d 'Fail on warnings too' -r -f -a "warnings\t'Warnings fail the check as errors do'"
complete -c ritme -n "__fish_ritme_using_subcommand check" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand check" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand check" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand check" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand check" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand check" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand check" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ritme -n "__fish_ritme_using_subcommand diff" -l weeks -d 'How many ISO weeks of findings to compare, starting with the current one (as `check`)' -r
complete -c ritme -n "__fish_ritme_using_subcommand diff" -l person -d 'Only the items and findings of this person' -r
complete -c ritme -n "__fish_ritme_using_subcommand diff" -l format -d 'Output format' -r -f -a "text\t'For the terminal'
markdown\t'For a pull-request comment: a summary, then details per person and week'
json\t'For bots: stable fields (see the README)'"
complete -c ritme -n "__fish_ritme_using_subcommand diff" -l week -d 'An ISO week, like 2026-W14' -r
complete -c ritme -n "__fish_ritme_using_subcommand diff" -l month -d 'A month, like 2026-04' -r
complete -c ritme -n "__fish_ritme_using_subcommand diff" -l quarter -d 'A quarter, like 2026-Q2' -r
complete -c ritme -n "__fish_ritme_using_subcommand diff" -l from -d 'First day, inclusive' -r
complete -c ritme -n "__fish_ritme_using_subcommand diff" -l until -d 'Last day, inclusive' -r
complete -c ritme -n "__fish_ritme_using_subcommand diff" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand diff" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand diff" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand diff" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand diff" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand diff" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand diff" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ritme -n "__fish_ritme_using_subcommand agenda" -l team -d 'A team (an id): its items, and those of its members and ambassadors' -r
complete -c ritme -n "__fish_ritme_using_subcommand agenda" -l out -d 'The directory `--all` writes into' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand agenda" -l weeks -d 'How many ISO weeks after this one "coming" covers' -r
complete -c ritme -n "__fish_ritme_using_subcommand agenda" -l since -d 'Also what changed for them since this git revision, or since the last commit before this day (YYYY-MM-DD)' -r
complete -c ritme -n "__fish_ritme_using_subcommand agenda" -l format -d 'Output format' -r -f -a "text\t'For the terminal'
markdown\t'For a chat webhook, a mail merge or a wiki'
json\t'For programs'
html\t'One self-contained page'"
complete -c ritme -n "__fish_ritme_using_subcommand agenda" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand agenda" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand agenda" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand agenda" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand agenda" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand agenda" -l all -d 'Everyone: one file per person with something to deliver (needs --out)'
complete -c ritme -n "__fish_ritme_using_subcommand agenda" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand agenda" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand agenda" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ritme -n "__fish_ritme_using_subcommand report" -l week -d 'An ISO week, like 2026-W14' -r
complete -c ritme -n "__fish_ritme_using_subcommand report" -l month -d 'A month, like 2026-04' -r
complete -c ritme -n "__fish_ritme_using_subcommand report" -l quarter -d 'A quarter, like 2026-Q2' -r
complete -c ritme -n "__fish_ritme_using_subcommand report" -l from -d 'First day, inclusive' -r
complete -c ritme -n "__fish_ritme_using_subcommand report" -l until -d 'Last day, inclusive' -r
complete -c ritme -n "__fish_ritme_using_subcommand report" -l format -d 'Output format (default table; `steering`: markdown)' -r -f -a "table\t''
json\t''
csv\t''
markdown\t'`report steering` only (its default)'
html\t'`report steering` only: one self-contained page'"
complete -c ritme -n "__fish_ritme_using_subcommand report" -l by -d 'Group `mix` by month or quarter (default month), `engagement` by format, kind, channel, team or goal (default format), `fairness` by person or team (default person)' -r -f -a "person\t''
month\t''
quarter\t''
format\t''
kind\t''
channel\t''
team\t''
goal\t''"
complete -c ritme -n "__fish_ritme_using_subcommand report" -l source -d '`fairness`: only this format\'s, campaign\'s or item\'s pool or rotation' -r
complete -c ritme -n "__fish_ritme_using_subcommand report" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand report" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand report" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand report" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand report" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand report" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand report" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ritme -n "__fish_ritme_using_subcommand assign" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand assign" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand assign" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand assign" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand assign" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand assign" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand assign" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand assign" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand unassign" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand unassign" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand unassign" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand unassign" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand unassign" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand unassign" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand unassign" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand unassign" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand move" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand move" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand move" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand move" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand move" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand move" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand move" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand move" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand skip" -l reason -d 'Why, for the history' -r
complete -c ritme -n "__fish_ritme_using_subcommand skip" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand skip" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand skip" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand skip" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand skip" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand skip" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand skip" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand skip" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand status" -l url -d 'Where the item went live' -r
complete -c ritme -n "__fish_ritme_using_subcommand status" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand status" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand status" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand status" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand status" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand status" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand status" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand status" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand note" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand note" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand note" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand note" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand note" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand note" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand note" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand note" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand reset" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand reset" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand reset" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand reset" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand reset" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand reset" -l all -d 'Also drop the note and the URL'
complete -c ritme -n "__fish_ritme_using_subcommand reset" -l force -d 'With --all: drop a published item\'s URL too'
complete -c ritme -n "__fish_ritme_using_subcommand reset" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand reset" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand reset" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand swap" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand swap" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand swap" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand swap" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand swap" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand swap" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand swap" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand swap" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand cover" -l by -d 'Who takes them' -r
complete -c ritme -n "__fish_ritme_using_subcommand cover" -l week -d 'An ISO week, like 2026-W14' -r
complete -c ritme -n "__fish_ritme_using_subcommand cover" -l month -d 'A month, like 2026-04' -r
complete -c ritme -n "__fish_ritme_using_subcommand cover" -l quarter -d 'A quarter, like 2026-Q2' -r
complete -c ritme -n "__fish_ritme_using_subcommand cover" -l from -d 'First day, inclusive' -r
complete -c ritme -n "__fish_ritme_using_subcommand cover" -l until -d 'Last day, inclusive' -r
complete -c ritme -n "__fish_ritme_using_subcommand cover" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand cover" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand cover" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand cover" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand cover" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand cover" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand cover" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand cover" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand claim" -l team -d 'The team whose post it becomes' -r
complete -c ritme -n "__fish_ritme_using_subcommand claim" -l title -d 'The post\'s title' -r
complete -c ritme -n "__fish_ritme_using_subcommand claim" -l owner -d 'Who writes it; default: the team\'s ambassador' -r
complete -c ritme -n "__fish_ritme_using_subcommand claim" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand claim" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand claim" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand claim" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand claim" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand claim" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand claim" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand claim" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand import; and not __fish_seen_subcommand_from ics stats pages help" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand import; and not __fish_seen_subcommand_from ics stats pages help" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand import; and not __fish_seen_subcommand_from ics stats pages help" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand import; and not __fish_seen_subcommand_from ics stats pages help" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand import; and not __fish_seen_subcommand_from ics stats pages help" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand import; and not __fish_seen_subcommand_from ics stats pages help" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand import; and not __fish_seen_subcommand_from ics stats pages help" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand import; and not __fish_seen_subcommand_from ics stats pages help" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand import; and not __fish_seen_subcommand_from ics stats pages help" -f -a "ics" -d 'Holidays (--as blackout) or a person\'s absences (--as away) from an .ics file'
complete -c ritme -n "__fish_ritme_using_subcommand import; and not __fish_seen_subcommand_from ics stats pages help" -f -a "stats" -d 'Numbers per published item from an analytics export (CSV)'
complete -c ritme -n "__fish_ritme_using_subcommand import; and not __fish_seen_subcommand_from ics stats pages help" -f -a "pages" -d '[[page]] definitions from a content inventory (CSV)'
complete -c ritme -n "__fish_ritme_using_subcommand import; and not __fish_seen_subcommand_from ics stats pages help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from ics" -l as -d 'What its events are' -r -f -a "blackout\t'Days nothing is planned, for everyone: `[[blackout]]`'
away\t'Days one person is away: `[[away]]` with --person'"
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from ics" -l person -d 'Whose absences they are (with --as away)' -r
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from ics" -l from -d 'First day to import; default: the calendar\'s start' -r
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from ics" -l until -d 'Last day to import; default: 31 December, two years after today\'s year' -r
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from ics" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from ics" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from ics" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from ics" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from ics" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from ics" -l replace -d 'Write the imported file anew when an earlier import made it'
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from ics" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from ics" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from ics" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from stats" -l map -d 'A column whose header is not a field name: HEADER=FIELD (repeatable)' -r
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from stats" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from stats" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from stats" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from stats" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from stats" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from stats" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from stats" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from pages" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from pages" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from pages" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from pages" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from pages" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from pages" -l replace -d 'Write the imported file anew when an earlier import made it'
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from pages" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from pages" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from pages" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "ics" -d 'Holidays (--as blackout) or a person\'s absences (--as away) from an .ics file'
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Numbers per published item from an analytics export (CSV)'
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "pages" -d '[[page]] definitions from a content inventory (CSV)'
complete -c ritme -n "__fish_ritme_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ritme -n "__fish_ritme_using_subcommand reviewed" -l date -d 'The day of the review [default: today]' -r
complete -c ritme -n "__fish_ritme_using_subcommand reviewed" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand reviewed" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand reviewed" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand reviewed" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand reviewed" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand reviewed" -l archive -d 'The page is archived: no more reviews, ever'
complete -c ritme -n "__fish_ritme_using_subcommand reviewed" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand reviewed" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand reviewed" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand export; and not __fish_seen_subcommand_from ics json csv help" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand export; and not __fish_seen_subcommand_from ics json csv help" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand export; and not __fish_seen_subcommand_from ics json csv help" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and not __fish_seen_subcommand_from ics json csv help" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand export; and not __fish_seen_subcommand_from ics json csv help" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand export; and not __fish_seen_subcommand_from ics json csv help" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand export; and not __fish_seen_subcommand_from ics json csv help" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand export; and not __fish_seen_subcommand_from ics json csv help" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand export; and not __fish_seen_subcommand_from ics json csv help" -f -a "ics" -d 'iCal feeds: the whole calendar and one per team, person, format and campaign'
complete -c ritme -n "__fish_ritme_using_subcommand export; and not __fish_seen_subcommand_from ics json csv help" -f -a "json" -d 'The items as a JSON array (the fields of `list --format json`)'
complete -c ritme -n "__fish_ritme_using_subcommand export; and not __fish_seen_subcommand_from ics json csv help" -f -a "csv" -d 'The items as CSV, safe to open in a spreadsheet'
complete -c ritme -n "__fish_ritme_using_subcommand export; and not __fish_seen_subcommand_from ics json csv help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -l out -d 'Write every feed and index.html into this folder' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -s o -l output -d 'Write one feed, of the items the filters select, to FILE (`-` for stdout)' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -l base-url -d 'Where the folder will be published, like https://intranet.example.org/feeds/ (index.html then shows subscribe links)' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -l week -d 'An ISO week, like 2026-W14' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -l month -d 'A month, like 2026-04' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -l quarter -d 'A quarter, like 2026-Q2' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -l from -d 'First day, inclusive' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -l until -d 'Last day, inclusive' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -l owner -d 'Only items this person owns' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -l team -d 'Only the team\'s work: its items, and what its people own or are ambassador of elsewhere' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -l ambassador -d 'Only items this person is the ambassador of' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -l goal -d 'Only items serving this goal' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -l focus -d 'Only items serving this focus block' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -l source -d 'Only items of this format or campaign' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -l kind -d 'Only items of this kind' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -l tag -d 'Only items carrying this tag' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -l status -d 'Only items in this status' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -l unassigned -d 'Only items without an owner (reserve slots excepted)'
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -l edited -d 'Only items carrying edits: a pin, a note or a URL'
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from ics" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -l week -d 'An ISO week, like 2026-W14' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -l month -d 'A month, like 2026-04' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -l quarter -d 'A quarter, like 2026-Q2' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -l from -d 'First day, inclusive' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -l until -d 'Last day, inclusive' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -l owner -d 'Only items this person owns' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -l team -d 'Only the team\'s work: its items, and what its people own or are ambassador of elsewhere' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -l ambassador -d 'Only items this person is the ambassador of' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -l goal -d 'Only items serving this goal' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -l focus -d 'Only items serving this focus block' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -l source -d 'Only items of this format or campaign' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -l kind -d 'Only items of this kind' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -l tag -d 'Only items carrying this tag' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -l status -d 'Only items in this status' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -l unassigned -d 'Only items without an owner (reserve slots excepted)'
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -l edited -d 'Only items carrying edits: a pin, a note or a URL'
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from json" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -s o -l output -d 'Write to FILE instead of stdout' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -l week -d 'An ISO week, like 2026-W14' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -l month -d 'A month, like 2026-04' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -l quarter -d 'A quarter, like 2026-Q2' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -l from -d 'First day, inclusive' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -l until -d 'Last day, inclusive' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -l owner -d 'Only items this person owns' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -l team -d 'Only the team\'s work: its items, and what its people own or are ambassador of elsewhere' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -l ambassador -d 'Only items this person is the ambassador of' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -l goal -d 'Only items serving this goal' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -l focus -d 'Only items serving this focus block' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -l source -d 'Only items of this format or campaign' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -l kind -d 'Only items of this kind' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -l tag -d 'Only items carrying this tag' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -l status -d 'Only items in this status' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -l unassigned -d 'Only items without an owner (reserve slots excepted)'
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -l edited -d 'Only items carrying edits: a pin, a note or a URL'
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from csv" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "ics" -d 'iCal feeds: the whole calendar and one per team, person, format and campaign'
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "json" -d 'The items as a JSON array (the fields of `list --format json`)'
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "csv" -d 'The items as CSV, safe to open in a spreadsheet'
complete -c ritme -n "__fish_ritme_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ritme -n "__fish_ritme_using_subcommand completions" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand completions" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand completions" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand completions" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand completions" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand completions" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand completions" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand completions" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand man" -s C -l calendar -d 'The calendar directory (holding ritme.toml); default: the nearest one upwards' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand man" -l db -d 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works' -r -F
complete -c ritme -n "__fish_ritme_using_subcommand man" -l today -d 'The day to treat as today' -r
complete -c ritme -n "__fish_ritme_using_subcommand man" -l color -d 'When to use colour (NO_COLOR is honoured)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ritme -n "__fish_ritme_using_subcommand man" -l locale -d 'Language of day and month names; default: the calendar\'s locale' -r -f -a "en\t''
nl\t''"
complete -c ritme -n "__fish_ritme_using_subcommand man" -s q -l quiet -d 'Print only errors'
complete -c ritme -n "__fish_ritme_using_subcommand man" -s v -l verbose -d 'Print more: every change `plan` makes'
complete -c ritme -n "__fish_ritme_using_subcommand man" -s h -l help -d 'Print help'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "init" -d 'Write a small working calendar to start from'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "plan" -d 'Expand and assign the definitions into the database'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "list" -d 'List the items of a range'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "show" -d 'Show one item with its definition and history'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "quarter" -d 'The quarter at a glance: a row per week, a column per working day'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "check" -d 'Check the definitions and the coming weeks; exit 1 on findings'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "diff" -d 'What a change to the calendar does to the plan: two git revisions compared'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "agenda" -d 'What a person or team has to deliver: overdue, this week, coming'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "report" -d 'The reports: gaps, load, focus, mix, raci, goals'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "assign" -d 'Give an item to a person (an edit: kept by every later plan)'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "unassign" -d 'Take the owner off an item (an edit)'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "move" -d 'Move an item to another day and maybe time; its key stays (an edit)'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "skip" -d 'Mark an item skipped, with an optional reason (an edit)'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "status" -d 'Set an item\'s status: planned, draft, ready, published, skipped (an edit)'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "note" -d 'Attach a note to an item (an edit)'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "reset" -d 'Drop an item\'s edits: it is planned again as its definition says'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "swap" -d 'Exchange the owners of two items (an edit of each)'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "cover" -d 'Give someone\'s items in a range to another person (an edit of each)'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "claim" -d 'Fill a reserve slot with a team\'s spontaneous post (an edit)'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "import" -d 'Bring in outside data: holidays and absences (ics), analytics numbers, a content inventory'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "reviewed" -d 'Record that a page was reviewed, or archive it'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "export" -d 'Write iCal feeds, JSON or CSV of the stored items'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "man" -d 'Print the man page (roff), or a subcommand\'s'
complete -c ritme -n "__fish_ritme_using_subcommand help; and not __fish_seen_subcommand_from init plan list show quarter check diff agenda report assign unassign move skip status note reset swap cover claim import reviewed export completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ritme -n "__fish_ritme_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "ics" -d 'Holidays (--as blackout) or a person\'s absences (--as away) from an .ics file'
complete -c ritme -n "__fish_ritme_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "stats" -d 'Numbers per published item from an analytics export (CSV)'
complete -c ritme -n "__fish_ritme_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "pages" -d '[[page]] definitions from a content inventory (CSV)'
complete -c ritme -n "__fish_ritme_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "ics" -d 'iCal feeds: the whole calendar and one per team, person, format and campaign'
complete -c ritme -n "__fish_ritme_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "json" -d 'The items as a JSON array (the fields of `list --format json`)'
complete -c ritme -n "__fish_ritme_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "csv" -d 'The items as CSV, safe to open in a spreadsheet'
