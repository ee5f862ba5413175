
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'ritme' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'ritme'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'ritme' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a small working calendar to start from')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Expand and assign the definitions into the database')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the items of a range')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one item with its definition and history')
            [CompletionResult]::new('quarter', 'quarter', [CompletionResultType]::ParameterValue, 'The quarter at a glance: a row per week, a column per working day')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the definitions and the coming weeks; exit 1 on findings')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'What a change to the calendar does to the plan: two git revisions compared')
            [CompletionResult]::new('agenda', 'agenda', [CompletionResultType]::ParameterValue, 'What a person or team has to deliver: overdue, this week, coming')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'The reports: gaps, load, focus, mix, raci, goals')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give an item to a person (an edit: kept by every later plan)')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Take the owner off an item (an edit)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move an item to another day and maybe time; its key stays (an edit)')
            [CompletionResult]::new('skip', 'skip', [CompletionResultType]::ParameterValue, 'Mark an item skipped, with an optional reason (an edit)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Set an item''s status: planned, draft, ready, published, skipped (an edit)')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Attach a note to an item (an edit)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Drop an item''s edits: it is planned again as its definition says')
            [CompletionResult]::new('swap', 'swap', [CompletionResultType]::ParameterValue, 'Exchange the owners of two items (an edit of each)')
            [CompletionResult]::new('cover', 'cover', [CompletionResultType]::ParameterValue, 'Give someone''s items in a range to another person (an edit of each)')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Fill a reserve slot with a team''s spontaneous post (an edit)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Bring in outside data: holidays and absences (ics), analytics numbers, a content inventory')
            [CompletionResult]::new('reviewed', 'reviewed', [CompletionResultType]::ParameterValue, 'Record that a page was reviewed, or archive it')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write iCal feeds, JSON or CSV of the stored items')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), or a subcommand''s')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ritme;init' {
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'What to start from: a minimal calendar, or the full Dutch example')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ritme;plan' {
            [CompletionResult]::new('--week', '--week', [CompletionResultType]::ParameterName, 'An ISO week, like 2026-W14')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'A month, like 2026-04')
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'A quarter, like 2026-Q2')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day, inclusive')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last day, inclusive')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change; write nothing')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Plan the stored range only and write nothing; exit 1 when the lock is not current')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ritme;list' {
            [CompletionResult]::new('--week', '--week', [CompletionResultType]::ParameterName, 'An ISO week, like 2026-W14')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'A month, like 2026-04')
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'A quarter, like 2026-Q2')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day, inclusive')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last day, inclusive')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only items this person owns')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only the team''s work: its items, and what its people own or are ambassador of elsewhere')
            [CompletionResult]::new('--ambassador', '--ambassador', [CompletionResultType]::ParameterName, 'Only items this person is the ambassador of')
            [CompletionResult]::new('--goal', '--goal', [CompletionResultType]::ParameterName, 'Only items serving this goal')
            [CompletionResult]::new('--focus', '--focus', [CompletionResultType]::ParameterName, 'Only items serving this focus block')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Only items of this format or campaign')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only items of this kind')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only items carrying this tag')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only items in this status')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('--unassigned', '--unassigned', [CompletionResultType]::ParameterName, 'Only items without an owner (reserve slots excepted)')
            [CompletionResult]::new('--edited', '--edited', [CompletionResultType]::ParameterName, 'Only items carrying edits: a pin, a note or a URL')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ritme;show' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ritme;quarter' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ritme;check' {
            [CompletionResult]::new('--weeks', '--weeks', [CompletionResultType]::ParameterName, 'How many ISO weeks to check, starting with the current one')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--deny', '--deny', [CompletionResultType]::ParameterName, 'Fail on warnings too')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ritme;diff' {
            [CompletionResult]::new('--weeks', '--weeks', [CompletionResultType]::ParameterName, 'How many ISO weeks of findings to compare, starting with the current one (as `check`)')
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'Only the items and findings of this person')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--week', '--week', [CompletionResultType]::ParameterName, 'An ISO week, like 2026-W14')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'A month, like 2026-04')
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'A quarter, like 2026-Q2')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day, inclusive')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last day, inclusive')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ritme;agenda' {
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'A team (an id): its items, and those of its members and ambassadors')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The directory `--all` writes into')
            [CompletionResult]::new('--weeks', '--weeks', [CompletionResultType]::ParameterName, 'How many ISO weeks after this one "coming" covers')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Also what changed for them since this git revision, or since the last commit before this day (YYYY-MM-DD)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Everyone: one file per person with something to deliver (needs --out)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ritme;report' {
            [CompletionResult]::new('--week', '--week', [CompletionResultType]::ParameterName, 'An ISO week, like 2026-W14')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'A month, like 2026-04')
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'A quarter, like 2026-Q2')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day, inclusive')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last day, inclusive')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (default table; `steering`: markdown)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Group `mix` by month or quarter (default month), `engagement` by format, kind, channel, team or goal (default format), `fairness` by person or team (default person)')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, '`fairness`: only this format''s, campaign''s or item''s pool or rotation')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ritme;assign' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ritme;unassign' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ritme;move' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ritme;skip' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, for the history')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ritme;status' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Where the item went live')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ritme;note' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ritme;reset' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Also drop the note and the URL')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --all: drop a published item''s URL too')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ritme;swap' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ritme;cover' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who takes them')
            [CompletionResult]::new('--week', '--week', [CompletionResultType]::ParameterName, 'An ISO week, like 2026-W14')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'A month, like 2026-04')
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'A quarter, like 2026-Q2')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day, inclusive')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last day, inclusive')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ritme;claim' {
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'The team whose post it becomes')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The post''s title')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Who writes it; default: the team''s ambassador')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ritme;import' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'Holidays (--as blackout) or a person''s absences (--as away) from an .ics file')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Numbers per published item from an analytics export (CSV)')
            [CompletionResult]::new('pages', 'pages', [CompletionResultType]::ParameterValue, '[[page]] definitions from a content inventory (CSV)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ritme;import;ics' {
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'What its events are')
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'Whose absences they are (with --as away)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day to import; default: the calendar''s start')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last day to import; default: 31 December, two years after today''s year')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Write the imported file anew when an earlier import made it')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'ritme;import;stats' {
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'A column whose header is not a field name: HEADER=FIELD (repeatable)')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ritme;import;pages' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Write the imported file anew when an earlier import made it')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ritme;import;help' {
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'Holidays (--as blackout) or a person''s absences (--as away) from an .ics file')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Numbers per published item from an analytics export (CSV)')
            [CompletionResult]::new('pages', 'pages', [CompletionResultType]::ParameterValue, '[[page]] definitions from a content inventory (CSV)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ritme;import;help;ics' {
            break
        }
        'ritme;import;help;stats' {
            break
        }
        'ritme;import;help;pages' {
            break
        }
        'ritme;import;help;help' {
            break
        }
        'ritme;reviewed' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day of the review [default: today]')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('--archive', '--archive', [CompletionResultType]::ParameterName, 'The page is archived: no more reviews, ever')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ritme;export' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'iCal feeds: the whole calendar and one per team, person, format and campaign')
            [CompletionResult]::new('json', 'json', [CompletionResultType]::ParameterValue, 'The items as a JSON array (the fields of `list --format json`)')
            [CompletionResult]::new('csv', 'csv', [CompletionResultType]::ParameterValue, 'The items as CSV, safe to open in a spreadsheet')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ritme;export;ics' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write every feed and index.html into this folder')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write one feed, of the items the filters select, to FILE (`-` for stdout)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write one feed, of the items the filters select, to FILE (`-` for stdout)')
            [CompletionResult]::new('--base-url', '--base-url', [CompletionResultType]::ParameterName, 'Where the folder will be published, like https://intranet.example.org/feeds/ (index.html then shows subscribe links)')
            [CompletionResult]::new('--week', '--week', [CompletionResultType]::ParameterName, 'An ISO week, like 2026-W14')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'A month, like 2026-04')
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'A quarter, like 2026-Q2')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day, inclusive')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last day, inclusive')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only items this person owns')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only the team''s work: its items, and what its people own or are ambassador of elsewhere')
            [CompletionResult]::new('--ambassador', '--ambassador', [CompletionResultType]::ParameterName, 'Only items this person is the ambassador of')
            [CompletionResult]::new('--goal', '--goal', [CompletionResultType]::ParameterName, 'Only items serving this goal')
            [CompletionResult]::new('--focus', '--focus', [CompletionResultType]::ParameterName, 'Only items serving this focus block')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Only items of this format or campaign')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only items of this kind')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only items carrying this tag')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only items in this status')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('--unassigned', '--unassigned', [CompletionResultType]::ParameterName, 'Only items without an owner (reserve slots excepted)')
            [CompletionResult]::new('--edited', '--edited', [CompletionResultType]::ParameterName, 'Only items carrying edits: a pin, a note or a URL')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ritme;export;json' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--week', '--week', [CompletionResultType]::ParameterName, 'An ISO week, like 2026-W14')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'A month, like 2026-04')
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'A quarter, like 2026-Q2')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day, inclusive')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last day, inclusive')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only items this person owns')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only the team''s work: its items, and what its people own or are ambassador of elsewhere')
            [CompletionResult]::new('--ambassador', '--ambassador', [CompletionResultType]::ParameterName, 'Only items this person is the ambassador of')
            [CompletionResult]::new('--goal', '--goal', [CompletionResultType]::ParameterName, 'Only items serving this goal')
            [CompletionResult]::new('--focus', '--focus', [CompletionResultType]::ParameterName, 'Only items serving this focus block')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Only items of this format or campaign')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only items of this kind')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only items carrying this tag')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only items in this status')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('--unassigned', '--unassigned', [CompletionResultType]::ParameterName, 'Only items without an owner (reserve slots excepted)')
            [CompletionResult]::new('--edited', '--edited', [CompletionResultType]::ParameterName, 'Only items carrying edits: a pin, a note or a URL')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ritme;export;csv' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--week', '--week', [CompletionResultType]::ParameterName, 'An ISO week, like 2026-W14')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'A month, like 2026-04')
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'A quarter, like 2026-Q2')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day, inclusive')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last day, inclusive')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only items this person owns')
            [CompletionResult]::new('--team', '--team', [CompletionResultType]::ParameterName, 'Only the team''s work: its items, and what its people own or are ambassador of elsewhere')
            [CompletionResult]::new('--ambassador', '--ambassador', [CompletionResultType]::ParameterName, 'Only items this person is the ambassador of')
            [CompletionResult]::new('--goal', '--goal', [CompletionResultType]::ParameterName, 'Only items serving this goal')
            [CompletionResult]::new('--focus', '--focus', [CompletionResultType]::ParameterName, 'Only items serving this focus block')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Only items of this format or campaign')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only items of this kind')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only items carrying this tag')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only items in this status')
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('--unassigned', '--unassigned', [CompletionResultType]::ParameterName, 'Only items without an owner (reserve slots excepted)')
            [CompletionResult]::new('--edited', '--edited', [CompletionResultType]::ParameterName, 'Only items carrying edits: a pin, a note or a URL')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ritme;export;help' {
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'iCal feeds: the whole calendar and one per team, person, format and campaign')
            [CompletionResult]::new('json', 'json', [CompletionResultType]::ParameterValue, 'The items as a JSON array (the fields of `list --format json`)')
            [CompletionResult]::new('csv', 'csv', [CompletionResultType]::ParameterValue, 'The items as CSV, safe to open in a spreadsheet')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ritme;export;help;ics' {
            break
        }
        'ritme;export;help;json' {
            break
        }
        'ritme;export;help;csv' {
            break
        }
        'ritme;export;help;help' {
            break
        }
        'ritme;completions' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ritme;man' {
            [CompletionResult]::new('-C', '-C ', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'The calendar directory (holding ritme.toml); default: the nearest one upwards')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The SQLite database; default: ritme.db beside ritme.toml; `:memory:` works')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The day to treat as today')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured)')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of day and month names; default: the calendar''s locale')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more: every change `plan` makes')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'ritme;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a small working calendar to start from')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Expand and assign the definitions into the database')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the items of a range')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one item with its definition and history')
            [CompletionResult]::new('quarter', 'quarter', [CompletionResultType]::ParameterValue, 'The quarter at a glance: a row per week, a column per working day')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the definitions and the coming weeks; exit 1 on findings')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'What a change to the calendar does to the plan: two git revisions compared')
            [CompletionResult]::new('agenda', 'agenda', [CompletionResultType]::ParameterValue, 'What a person or team has to deliver: overdue, this week, coming')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'The reports: gaps, load, focus, mix, raci, goals')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give an item to a person (an edit: kept by every later plan)')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Take the owner off an item (an edit)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move an item to another day and maybe time; its key stays (an edit)')
            [CompletionResult]::new('skip', 'skip', [CompletionResultType]::ParameterValue, 'Mark an item skipped, with an optional reason (an edit)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Set an item''s status: planned, draft, ready, published, skipped (an edit)')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Attach a note to an item (an edit)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Drop an item''s edits: it is planned again as its definition says')
            [CompletionResult]::new('swap', 'swap', [CompletionResultType]::ParameterValue, 'Exchange the owners of two items (an edit of each)')
            [CompletionResult]::new('cover', 'cover', [CompletionResultType]::ParameterValue, 'Give someone''s items in a range to another person (an edit of each)')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Fill a reserve slot with a team''s spontaneous post (an edit)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Bring in outside data: holidays and absences (ics), analytics numbers, a content inventory')
            [CompletionResult]::new('reviewed', 'reviewed', [CompletionResultType]::ParameterValue, 'Record that a page was reviewed, or archive it')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write iCal feeds, JSON or CSV of the stored items')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), or a subcommand''s')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ritme;help;init' {
            break
        }
        'ritme;help;plan' {
            break
        }
        'ritme;help;list' {
            break
        }
        'ritme;help;show' {
            break
        }
        'ritme;help;quarter' {
            break
        }
        'ritme;help;check' {
            break
        }
        'ritme;help;diff' {
            break
        }
        'ritme;help;agenda' {
            break
        }
        'ritme;help;report' {
            break
        }
        'ritme;help;assign' {
            break
        }
        'ritme;help;unassign' {
            break
        }
        'ritme;help;move' {
            break
        }
        'ritme;help;skip' {
            break
        }
        'ritme;help;status' {
            break
        }
        'ritme;help;note' {
            break
        }
        'ritme;help;reset' {
            break
        }
        'ritme;help;swap' {
            break
        }
        'ritme;help;cover' {
            break
        }
        'ritme;help;claim' {
            break
        }
        'ritme;help;import' {
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'Holidays (--as blackout) or a person''s absences (--as away) from an .ics file')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Numbers per published item from an analytics export (CSV)')
            [CompletionResult]::new('pages', 'pages', [CompletionResultType]::ParameterValue, '[[page]] definitions from a content inventory (CSV)')
            break
        }
        'ritme;help;import;ics' {
            break
        }
        'ritme;help;import;stats' {
            break
        }
        'ritme;help;import;pages' {
            break
        }
        'ritme;help;reviewed' {
            break
        }
        'ritme;help;export' {
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'iCal feeds: the whole calendar and one per team, person, format and campaign')
            [CompletionResult]::new('json', 'json', [CompletionResultType]::ParameterValue, 'The items as a JSON array (the fields of `list --format json`)')
            [CompletionResult]::new('csv', 'csv', [CompletionResultType]::ParameterValue, 'The items as CSV, safe to open in a spreadsheet')
            break
        }
        'ritme;help;export;ics' {
            break
        }
        'ritme;help;export;json' {
            break
        }
        'ritme;help;export;csv' {
            break
        }
        'ritme;help;completions' {
            break
        }
        'ritme;help;man' {
            break
        }
        'ritme;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
