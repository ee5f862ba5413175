//! The database schema and its upgrades. The schema is part of the product:
//! users query the views from `sqlite3` or a BI tool, and the README
//! documents every column.
//!
//! Upgrades are a list: version N+1 is `MIGRATIONS[N]`, each applied in its
//! own transaction. A new database is created at [`VERSION`] in one step
//! from `schema.sql`, the schema the migrations end in: running them all
//! (two table rebuilds among them) was 40% of `ritme check`, which plans
//! into a new database in memory (BENCHMARKS.md, "start-up"). A database
//! newer than this ritme is refused, untouched.
//!
//! Every database ritme writes carries [`APPLICATION_ID`] in its header, so
//! another application's SQLite file is told apart and refused before
//! anything (even switching it to WAL) changes a byte of it.

use rusqlite::{Connection, TransactionBehavior};

use super::lock::{decided_text, Decided};
use crate::error::{Error, Result};
use crate::lock::Stamp;

/// The version this ritme writes.
pub(crate) const VERSION: i64 = MIGRATIONS.len() as i64;

type Migration = fn(&rusqlite::Transaction) -> Result<()>;

const MIGRATIONS: &[Migration] = &[v1, v2, v3, v4, v5];

/// The schema at [`VERSION`], as the migrations leave it (a test compares).
const SCHEMA: &str = include_str!("schema.sql");

/// `PRAGMA application_id` of a ritme database: "Ritm" in ASCII.
pub(crate) const APPLICATION_ID: i32 = 0x5269_746d;

/// How many table names a refusal lists before it says "…".
const TABLES_SHOWN: usize = 8;

/// Refuses the database at `path` unless it is ritme's: marked with
/// [`APPLICATION_ID`], or unmarked with ritme's `schema_version` and `item`
/// tables (written before the mark existed), or empty. Reads through a
/// read-only connection, so nothing is written to a file that is refused,
/// not even a checkpoint of its WAL.
pub(crate) fn check_owner(path: &std::path::Path) -> Result<()> {
    let flags =
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)
        .map_err(|e| Error::Storage(format!("cannot open the database {}: {e}", path.display())))?;
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    let id: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    if id == APPLICATION_ID {
        return Ok(());
    }
    let mut st = conn.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )?;
    let tables: Vec<String> = st
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let has = |name: &str| tables.iter().any(|t| t == name);
    if id == 0 && (tables.is_empty() || (has("schema_version") && has("item"))) {
        return Ok(());
    }
    let what = if tables.is_empty() {
        format!("it belongs to the application with id {id}")
    } else {
        let mut shown: Vec<String> = tables
            .iter()
            .take(TABLES_SHOWN)
            .map(|t| crate::error::diagnostic::clip(t, 40).into_owned())
            .collect();
        if tables.len() > TABLES_SHOWN {
            shown.push(format!("… {} more", tables.len() - TABLES_SHOWN));
        }
        format!("it has tables: {}", shown.join(", "))
    };
    Err(Error::Storage(format!(
        "{} is not a ritme database ({what})",
        path.display()
    )))
}

/// Brings the database to [`VERSION`] (a new one in one step, an older one
/// by its migrations), or refuses one that is newer, and marks it with
/// [`APPLICATION_ID`].
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    let mut current = version(conn)?;
    if current == 0 {
        create(conn)?;
        // At VERSION, or what another process made of it meanwhile.
        current = version(conn)?;
    }
    if current > VERSION {
        return Err(Error::Storage(format!(
            "the database has schema version {current}, newer than this ritme understands ({VERSION}); upgrade ritme, or plan into a new file with --db"
        )));
    }
    for (i, step) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Another process may have upgraded while we waited for the lock.
        if version(&tx)? > i as i64 {
            continue;
        }
        step(&tx)?;
        tx.execute("DELETE FROM schema_version", [])?;
        tx.execute(
            "INSERT INTO schema_version(version) VALUES (?1)",
            [i as i64 + 1],
        )?;
        tx.commit()?;
    }
    let id: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    if id != APPLICATION_ID {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(&format!("PRAGMA application_id = {APPLICATION_ID}"))?;
        tx.commit()?;
    }
    Ok(())
}

/// Creates the newest schema in an empty database, in one transaction.
fn create(conn: &mut Connection) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Another process may have created it while we waited for the lock.
    if version(&tx)? > 0 {
        return Ok(());
    }
    tx.execute_batch(SCHEMA)?;
    tx.execute("INSERT INTO schema_version(version) VALUES (?1)", [VERSION])?;
    tx.execute_batch(&format!("PRAGMA application_id = {APPLICATION_ID}"))?;
    tx.commit()?;
    Ok(())
}

/// The stored version; 0 for an empty database.
pub(crate) fn version(conn: &Connection) -> Result<i64> {
    let exists: bool = conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version')",
        [],
        |r| r.get(0),
    )?;
    if !exists {
        return Ok(0);
    }
    let v: Option<i64> =
        conn.query_row("SELECT max(version) FROM schema_version", [], |r| r.get(0))?;
    Ok(v.unwrap_or(0))
}

fn v1(tx: &rusqlite::Transaction) -> Result<()> {
    Ok(tx.execute_batch(
        "
        CREATE TABLE schema_version (version INTEGER NOT NULL);

        CREATE TABLE item (
            key              TEXT PRIMARY KEY,
            source           TEXT NOT NULL CHECK (source IN ('format', 'campaign', 'item', 'review')),
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
                             CHECK (status IN ('planned', 'draft', 'ready', 'published', 'skipped')),
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
        );
        CREATE INDEX item_generated ON item(generated);
        CREATE INDEX item_date ON item(date);

        CREATE TABLE edit (
            id     INTEGER PRIMARY KEY,
            key    TEXT NOT NULL,
            at     TEXT NOT NULL,
            action TEXT NOT NULL,
            value  TEXT
        );
        CREATE INDEX edit_key ON edit(key);

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
        ",
    )?)
}

/// Numbers per item (`ritme import stats`) and the review log of pages
/// (`ritme reviewed`).
fn v2(tx: &rusqlite::Transaction) -> Result<()> {
    Ok(tx.execute_batch(
        "
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
        ",
    )?)
}

/// The CHECKs of `item` as `=` chains instead of `IN (...)` lists: SQLite
/// tests a constant list of more than two values through a temporary b-tree
/// that it builds on every run of a statement, which was a third of each
/// INSERT of a plan (BENCHMARKS.md).
fn v3(tx: &rusqlite::Transaction) -> Result<()> {
    rebuild_item(
        tx,
        &[
            (
                "source IN ('format', 'campaign', 'item', 'review')",
                "source = 'format' OR source = 'campaign' OR source = 'item' OR source = 'review'",
            ),
            (
                "status IN ('planned', 'draft', 'ready', 'published', 'skipped')",
                "status = 'planned' OR status = 'draft' OR status = 'ready' \
                 OR status = 'published' OR status = 'skipped'",
            ),
        ],
    )
}

/// The key's uniqueness as a named index instead of the primary key's
/// automatic one, which cannot be dropped: a first plan drops the item
/// indexes, inserts, and builds them again in one sort, 35% faster for
/// 100,000 items than growing them row by row (`store::apply`,
/// BENCHMARKS.md). `NOT NULL` because a rowid table's primary key let NULL
/// in, which a key never is.
fn v4(tx: &rusqlite::Transaction) -> Result<()> {
    rebuild_item(
        tx,
        &[(
            "key              TEXT PRIMARY KEY,",
            "key              TEXT NOT NULL,",
        )],
    )?;
    Ok(tx.execute_batch("CREATE UNIQUE INDEX item_key ON item(key)")?)
}

/// The lock (SPEC section 10): which fields of an item people decided, and
/// when and by whom (`decided`, JSON: `{"owner": ["WHEN", "WHO"], ...}`);
/// history that its definition no longer says (`held`: the lock keeps all
/// its fields, since the TOML cannot give them back);
/// who made each edit; and `meta`, where the database records the lock and
/// the definitions it was built from, so a command knows when to rebuild.
fn v5(tx: &rusqlite::Transaction) -> Result<()> {
    tx.execute_batch(
        "
        ALTER TABLE item ADD COLUMN decided TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE item ADD COLUMN held INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE edit ADD COLUMN who TEXT;
        CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        ",
    )?;
    pins_from_history(tx)
}

/// Before the lock, an edit froze its whole item. Each edited item now pins
/// the fields its recorded edits touched, stamped with when they were made
/// (by nobody known), so nothing a person decided is lost in the upgrade.
fn pins_from_history(tx: &rusqlite::Transaction) -> Result<()> {
    let mut decided: std::collections::BTreeMap<String, Decided> = Default::default();
    {
        let mut st = tx.prepare(
            "SELECT e.key, e.at, e.action, coalesce(e.value, '') FROM edit e \
             JOIN item i ON i.key = e.key ORDER BY e.id",
        )?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let (key, at, action, value): (String, String, String, String) =
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
            let pins = decided.entry(key).or_default();
            let fields: &[&str] = match action.as_str() {
                "assign" | "unassign" => &["owner"],
                "move" if value.contains(' ') => &["date", "time"],
                "move" => &["date"],
                "skip" => &["status"],
                "status" if value.contains(' ') => &["status", "url"],
                "status" => &["status"],
                "note" if value.trim().is_empty() => {
                    pins.remove("note");
                    &[]
                }
                "note" => &["note"],
                "reset" => {
                    pins.clear();
                    &[]
                }
                _ => &[],
            };
            for f in fields {
                let stamp = Stamp {
                    when: at.clone(),
                    who: String::new(),
                };
                pins.insert((*f).to_string(), stamp);
            }
        }
    }
    let mut update = tx.prepare("UPDATE item SET decided = ?2 WHERE key = ?1 AND edited = 1")?;
    for (key, pins) in decided {
        update.execute(rusqlite::params![key, decided_text(&pins)])?;
    }
    Ok(())
}

/// Rebuilds the `item` table with its stored SQL edited, by SQLite's
/// documented procedure: copy into a new table, drop the old, rename, and
/// recreate the indexes, triggers and views from their stored SQL (a user's
/// own among them). An edit whose text is not found is an error, not a
/// silent no-op.
fn rebuild_item(tx: &rusqlite::Transaction, edits: &[(&str, &str)]) -> Result<()> {
    let table: String = tx.query_row(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'item'",
        [],
        |r| r.get(0),
    )?;
    // After a rename SQLite stores the name quoted (`CREATE TABLE "item"`):
    // keep only the column list.
    let columns = &table[table.find('(').unwrap_or(0)..];
    let mut rebuilt = format!("CREATE TABLE item_new {columns}");
    for (from, to) in edits {
        if !rebuilt.contains(from) {
            return Err(Error::Storage(format!(
                "cannot upgrade the database: its item table does not hold `{from}`"
            )));
        }
        rebuilt = rebuilt.replace(from, to);
    }
    let views = dependents(tx, "view")?;
    let indexes = dependents(tx, "index")?;
    let triggers = dependents(tx, "trigger")?;
    for (name, _) in &views {
        tx.execute_batch(&format!("DROP VIEW {}", quoted(name)))?;
    }
    tx.execute_batch(&format!(
        "{rebuilt}; INSERT INTO item_new SELECT * FROM item; DROP TABLE item; \
         ALTER TABLE item_new RENAME TO item;"
    ))?;
    for (_, sql) in indexes.iter().chain(&triggers).chain(&views) {
        tx.execute_batch(sql)?;
    }
    Ok(())
}

/// Drops the indexes of `item` and returns their SQL, to create them again
/// once many rows are in: one sort instead of growing each row by row.
pub(super) fn drop_item_indexes(tx: &rusqlite::Transaction) -> Result<Vec<String>> {
    let indexes = dependents(tx, "index")?;
    for (name, _) in &indexes {
        tx.execute_batch(&format!("DROP INDEX {}", quoted(name)))?;
    }
    Ok(indexes.into_iter().map(|(_, sql)| sql).collect())
}

/// Name and SQL of every view, or of every index or trigger on `item` that
/// has SQL (a constraint's automatic index has none: it goes with its
/// table).
fn dependents(tx: &rusqlite::Transaction, kind: &str) -> Result<Vec<(String, String)>> {
    let found = tx
        .prepare(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND type = ?1 \
             AND (type = 'view' OR tbl_name = 'item') ORDER BY name",
        )?
        .query_map([kind], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(found)
}

/// A name as an SQL identifier, whatever it holds (a user may have made
/// an index or view called `per week`).
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Everything a database's schema is: each entry of `sqlite_master`
    /// (automatic indexes too), the version row, the header's marks.
    fn schema_of(c: &Connection) -> (Vec<[Option<String>; 4]>, Vec<i64>, [i64; 2]) {
        let entries = c
            .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
            .unwrap()
            .query_map([], |r| Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?]))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let versions = c
            .prepare("SELECT version FROM schema_version")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let pragma = |name: &str| -> i64 {
            c.query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))
                .unwrap()
        };
        (
            entries,
            versions,
            [pragma("user_version"), pragma("application_id")],
        )
    }

    /// A database as version 1 left it, before any later ritme opened it.
    fn version_1() -> Connection {
        let mut c = Connection::open_in_memory().unwrap();
        let tx = c.transaction().unwrap();
        v1(&tx).unwrap();
        tx.execute("INSERT INTO schema_version(version) VALUES (1)", [])
            .unwrap();
        tx.commit().unwrap();
        c
    }

    #[test]
    fn a_new_database_is_what_the_migrations_make_of_version_1() {
        let mut created = Connection::open_in_memory().unwrap();
        migrate(&mut created).unwrap();
        let mut migrated = version_1();
        migrate(&mut migrated).unwrap();
        let (entries, versions, marks) = schema_of(&created);
        assert_eq!(schema_of(&migrated), (entries.clone(), versions, marks));
        assert_eq!(marks, [0, i64::from(APPLICATION_ID)]);
        // Every table, index and view of the newest schema is there.
        assert_eq!(entries.len(), 15, "{entries:?}");
    }

    #[test]
    fn migrates_an_empty_database_and_is_idempotent() {
        let mut c = Connection::open_in_memory().unwrap();
        migrate(&mut c).unwrap();
        migrate(&mut c).unwrap();
        assert_eq!(version(&c).unwrap(), VERSION);
        let n: i64 = c
            .query_row("SELECT count(*) FROM schema_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1);
    }

    #[test]
    fn a_version_1_database_gains_numbers_reviews_faster_checks_and_a_named_key_index() {
        let mut c = version_1();
        {
            let tx = c.transaction().unwrap();
            tx.execute(
                "INSERT INTO item (key, source, source_id, generated, date, week, title, \
                 fingerprint, created, modified) VALUES ('item/x', 'item', 'x', '2026-01-05', \
                 '2026-01-05', '2026-W02', 'X', 0, 't', 't')",
                [],
            )
            .unwrap();
            // A user's own view, index and trigger, with names that need quoting.
            tx.execute_batch(
                "CREATE VIEW \"per week\" AS SELECT week, count(*) AS n FROM item GROUP BY week;
                 CREATE INDEX \"by owner\" ON item(owner);
                 CREATE TABLE changed (key TEXT);
                 CREATE TRIGGER \"log change\" AFTER UPDATE ON item
                 BEGIN INSERT INTO changed VALUES (new.key); END;",
            )
            .unwrap();
            tx.commit().unwrap();
        }
        migrate(&mut c).unwrap();
        assert_eq!(version(&c).unwrap(), VERSION);
        c.execute(
            "INSERT INTO stat (key, measured, views, import, line) VALUES ('item/x', '2026-02-01', 10, 1, 2)",
            [],
        )
        .unwrap();
        let views: i64 = c
            .query_row("SELECT views FROM stats WHERE key = 'item/x'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(views, 10);
        let reviews: i64 = c
            .query_row("SELECT count(*) FROM review", [], |r| r.get(0))
            .unwrap();
        assert_eq!(reviews, 0);

        // v3: the row, its indexes and the views survive the rebuild, and
        // the CHECKs, now without IN lists, still refuse what they refused.
        let (table, indexes): (String, i64) = c
            .query_row(
                "SELECT (SELECT sql FROM sqlite_master WHERE name = 'item'), \
                 (SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'item')",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert!(!table.contains(" IN ("), "{table}");
        assert!(!table.contains("PRIMARY KEY"), "{table}");
        assert_eq!(indexes, 4, "key, generated, date and the user's");
        let n: i64 = c
            .query_row("SELECT n FROM \"per week\"", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1, "the user's view survives");
        let week: String = c
            .query_row("SELECT week FROM items WHERE key = 'item/x'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(week, "2026-W02");
        assert!(c
            .execute("UPDATE item SET status = 'gepubliceerd'", [])
            .is_err());
        assert!(c.execute("UPDATE item SET source = 'page'", []).is_err());
        c.execute("UPDATE item SET status = 'published'", [])
            .unwrap();
        let logged: String = c
            .query_row("SELECT key FROM changed", [], |r| r.get(0))
            .unwrap();
        assert_eq!(logged, "item/x", "the user's trigger survives");

        // v4: the key stays unique and can no longer be NULL.
        let copy = |key: &str| {
            c.execute(
                &format!(
                    "INSERT INTO item (key, source, source_id, generated, date, week, title, \
                     fingerprint, created, modified) SELECT {key}, source, source_id, generated, \
                     date, week, title, fingerprint, created, modified FROM item LIMIT 1"
                ),
                [],
            )
        };
        assert!(copy("key").is_err(), "a second item/x");
        assert!(copy("NULL").is_err(), "a NULL key");
        copy("'item/y'").unwrap();
    }

    #[test]
    fn refuses_a_newer_database() {
        let mut c = Connection::open_in_memory().unwrap();
        migrate(&mut c).unwrap();
        c.execute("UPDATE schema_version SET version = 99", [])
            .unwrap();
        let e = migrate(&mut c).unwrap_err();
        assert_eq!(e.exit_code(), 3);
        assert!(e.to_string().contains("newer"), "{e}");
    }
}
