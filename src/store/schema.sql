-- A new database at the newest schema, in one step (`store::schema::create`).
--
-- Each statement is the text SQLite keeps in `sqlite_master` for a database
-- migrated from version 1 (hence `"item"`, renamed by the rebuilds of v3 and
-- v4, and the columns v5 added at the end of `item` and `edit`): users read
-- that text (`.schema`), and `schema::tests` check that the two agree.
-- A new migration changes this file too.

CREATE TABLE schema_version (version INTEGER NOT NULL);

CREATE TABLE "item" (
            key              TEXT NOT NULL,
            source           TEXT NOT NULL CHECK (source = 'format' OR source = 'campaign' OR source = 'item' OR source = 'review'),
            source_id        TEXT NOT NULL,
            generated        TEXT NOT NULL,
            date             TEXT NOT NULL,
            week             TEXT NOT NULL,
            time             TEXT,
            duration_minutes INTEGER,
            due              TEXT,
            title            TEXT NOT NULL,
            kind             TEXT,
            channel          TEXT,
            description      TEXT,
            owner            TEXT,
            ambassador       TEXT,
            team             TEXT,
            goal             TEXT,
            tags             TEXT NOT NULL DEFAULT '',
            focus            TEXT NOT NULL DEFAULT '',
            status           TEXT NOT NULL DEFAULT 'planned'
                             CHECK (status = 'planned' OR status = 'draft' OR status = 'ready' OR status = 'published' OR status = 'skipped'),
            effort_minutes   INTEGER,
            reserve          INTEGER NOT NULL DEFAULT 0,
            edited           INTEGER NOT NULL DEFAULT 0,
            orphan           INTEGER NOT NULL DEFAULT 0,
            note             TEXT,
            url              TEXT,
            fingerprint      INTEGER NOT NULL,
            sequence         INTEGER NOT NULL DEFAULT 0,
            created          TEXT NOT NULL,
            modified         TEXT NOT NULL
        , decided TEXT NOT NULL DEFAULT '{}', held INTEGER NOT NULL DEFAULT 0);

CREATE UNIQUE INDEX item_key ON item(key);

CREATE INDEX item_generated ON item(generated);

CREATE INDEX item_date ON item(date);

CREATE TABLE edit (
            id     INTEGER PRIMARY KEY,
            key    TEXT NOT NULL,
            at     TEXT NOT NULL,
            action TEXT NOT NULL,
            value  TEXT
        , who TEXT);

CREATE INDEX edit_key ON edit(key);

CREATE TABLE import (
            id   INTEGER PRIMARY KEY,
            file TEXT NOT NULL,
            at   TEXT NOT NULL,
            rows INTEGER NOT NULL
        );

CREATE TABLE stat (
            key          TEXT NOT NULL,
            measured     TEXT NOT NULL,
            views        INTEGER,
            readers      INTEGER,
            reactions    INTEGER,
            comments     INTEGER,
            read_seconds REAL,
            clicks       INTEGER,
            url          TEXT,
            import       INTEGER NOT NULL,
            line         INTEGER NOT NULL,
            PRIMARY KEY (key, measured)
        ) WITHOUT ROWID;

CREATE TABLE review (
            id       INTEGER PRIMARY KEY,
            page     TEXT NOT NULL,
            reviewed TEXT NOT NULL,
            archived INTEGER NOT NULL DEFAULT 0,
            at       TEXT NOT NULL
        );

CREATE INDEX review_page ON review(page);

CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE VIEW items AS
            SELECT key, title, source, source_id, date, week, time, duration_minutes, due,
                   kind, channel, owner, ambassador, team, goal, tags, focus, status,
                   effort_minutes, reserve, edited, orphan, note, url
            FROM item;

CREATE VIEW load AS
            SELECT owner AS person, week, count(*) AS items,
                   coalesce(sum(effort_minutes), 0) AS effort_minutes
            FROM item
            WHERE owner IS NOT NULL AND status <> 'skipped'
            GROUP BY owner, week;

CREATE VIEW stats AS
            SELECT i.key, i.title, i.source, i.source_id, i.date, i.kind, i.channel,
                   i.team, i.goal, i.status,
                   coalesce(i.url, (SELECT url FROM stat s WHERE s.key = i.key AND url IS NOT NULL
                    ORDER BY measured DESC LIMIT 1)) AS url,
                   (SELECT max(measured) FROM stat s WHERE s.key = i.key) AS measured,
                   (SELECT views FROM stat s WHERE s.key = i.key AND views IS NOT NULL
                    ORDER BY measured DESC LIMIT 1) AS views,
                   (SELECT readers FROM stat s WHERE s.key = i.key AND readers IS NOT NULL
                    ORDER BY measured DESC LIMIT 1) AS readers,
                   (SELECT reactions FROM stat s WHERE s.key = i.key AND reactions IS NOT NULL
                    ORDER BY measured DESC LIMIT 1) AS reactions,
                   (SELECT comments FROM stat s WHERE s.key = i.key AND comments IS NOT NULL
                    ORDER BY measured DESC LIMIT 1) AS comments,
                   (SELECT read_seconds FROM stat s WHERE s.key = i.key AND read_seconds IS NOT NULL
                    ORDER BY measured DESC LIMIT 1) AS read_seconds,
                   (SELECT clicks FROM stat s WHERE s.key = i.key AND clicks IS NOT NULL
                    ORDER BY measured DESC LIMIT 1) AS clicks
            FROM item i
            WHERE EXISTS (SELECT 1 FROM stat s WHERE s.key = i.key) AND i.status <> 'skipped';
