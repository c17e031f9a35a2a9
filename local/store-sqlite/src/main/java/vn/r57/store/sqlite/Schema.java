package vn.r57.store.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables, made on first use; docs/data-model.md explains each. STRICT tables, so a value column declared TEXT can
 * never turn {@code 99.510} into the number 99.51, which SQLite's type affinity would do to a NUMERIC column.
 * {@code user_version} numbers the layout: a file from a later layout is refused rather than misread.
 */
final class Schema {

    static final int VERSION = 1;

    private static final List<String> TABLES = List.of("""
            CREATE TABLE api_keys (
              id          TEXT PRIMARY KEY,
              province    TEXT NOT NULL,
              label       TEXT NOT NULL,
              secret_hash TEXT NOT NULL,
              created_at  TEXT NOT NULL,
              revoked_at  TEXT
            ) STRICT""", """
            CREATE INDEX api_keys_by_creation ON api_keys (created_at, id)""", """
            CREATE TABLE snapshots (
              id          TEXT PRIMARY KEY,
              province    TEXT NOT NULL,
              period      TEXT NOT NULL,
              key_id      TEXT NOT NULL,
              received_at TEXT NOT NULL,
              json        TEXT NOT NULL
            ) STRICT""", """
            CREATE TABLE revisions (
              province     TEXT NOT NULL,
              indicator    TEXT NOT NULL,
              kind         TEXT NOT NULL,
              period       TEXT NOT NULL,
              revision     INTEGER NOT NULL CHECK (revision > 0),
              value        TEXT NOT NULL,
              qualifier    TEXT,
              note         TEXT,
              source_title TEXT NOT NULL,
              source_url   TEXT,
              received_at  TEXT NOT NULL,
              snapshot_id  TEXT NOT NULL REFERENCES snapshots (id),
              value_index  INTEGER NOT NULL,
              key_id       TEXT NOT NULL,
              PRIMARY KEY (province, indicator, kind, period, revision)
            ) STRICT, WITHOUT ROWID""", """
            CREATE INDEX changes ON revisions (received_at, snapshot_id, value_index)""", """
            CREATE TABLE idempotency_records (
              key_id      TEXT NOT NULL,
              key_hash    TEXT NOT NULL,
              body_hash   TEXT NOT NULL,
              snapshot_id TEXT NOT NULL REFERENCES snapshots (id),
              expires_at  INTEGER NOT NULL,
              PRIMARY KEY (key_id, key_hash)
            ) STRICT, WITHOUT ROWID""");

    private Schema() {}

    /** Inside the opening transaction: makes the tables in a new file, checks the layout of an existing one. */
    static Void ensure(Connection connection) throws SQLException {
        int version;
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            version = rows.getInt(1);
        }
        if (version == VERSION) {
            return null;
        }
        if (version != 0) {
            throw new IllegalStateException("this database has layout version " + version + "; this portal reads version " + VERSION
                    + " (was it made by a newer portal?)");
        }
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute(table);
            }
            statement.execute("PRAGMA user_version = " + VERSION);
        }
        return null;
    }
}
