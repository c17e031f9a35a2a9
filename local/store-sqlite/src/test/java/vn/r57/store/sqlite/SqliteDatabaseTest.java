package vn.r57.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Observation;
import vn.r57.core.snapshot.Source;
import vn.r57.core.snapshot.Submission;
import vn.r57.store.StoreUnavailableException;
import vn.r57.store.SubmissionStore;

/** What the SQLite file itself promises: durable, exact text, one layout, and a clear 503 when another process holds it. */
class SqliteDatabaseTest {

    private static final Instant RECEIVED = Instant.parse("2025-11-20T03:00:00Z");
    private static final Submission SUBMISSION = new Submission("thanh-hoa", Period.year(2025), new Source("Báo cáo", Optional.empty()),
            List.of(new Observation("on-time-admin-processing", Kind.ACTUAL, new BigDecimal("99.510"), Optional.empty(), Optional.empty())));

    private final SqliteFile file = new SqliteFile();

    @AfterEach
    void delete() {
        file.close();
    }

    @Test
    void whatWasCommittedIsThereAfterTheFileIsClosedAndOpenedAgain() {
        SubmissionStore.Outcome.Stored stored;
        String keyId;
        try (SqliteDatabase database = SqliteDatabase.open(file.file)) {
            stored = assertInstanceOf(SubmissionStore.Outcome.Stored.class,
                    new SqliteSubmissionStore(database).store("abcdefghijk2", Optional.of("run-1"), "h", SUBMISSION, RECEIVED));
            keyId = new SqliteKeyStore(database, Catalog.load()).create("thanh-hoa", "script", RECEIVED).keyId();
        }

        SqliteDatabase reopened = file.open();

        assertEquals(Optional.of(stored.json()), new SqliteSubmissionStore(reopened).find(stored.snapshot().id()).map(d -> d.json()));
        assertEquals(List.of("99.510"), new SqliteRevisionSource(reopened).revisions("thanh-hoa").stream()
                .map(Revision::value).map(BigDecimal::toPlainString).toList());
        assertEquals(List.of(keyId), new SqliteKeyStore(reopened, Catalog.load()).list().stream().map(key -> key.id()).toList());
    }

    @Test
    void theFileIsAWriteAheadLogWithFullSyncAndValuesAreExactText() {
        SqliteDatabase database = file.open();
        new SqliteSubmissionStore(database).store("abcdefghijk2", Optional.empty(), "h", SUBMISSION, RECEIVED);

        List<String> facts = database.read("test", connection -> List.of(
                text(connection, "PRAGMA journal_mode"),
                text(connection, "PRAGMA synchronous"),
                text(connection, "PRAGMA user_version"),
                text(connection, "SELECT typeof(value) || ' ' || value FROM revisions")));

        assertEquals(List.of("wal", "2", "1", "text 99.510"), facts);
    }

    @Test
    void aFileOfALaterLayoutIsRefusedNotMisread() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.file); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = 2");
        }

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SqliteDatabase.open(file.file));

        assertEquals(file.file.toAbsolutePath() + ": this database has layout version 2; this portal reads version 1"
                + " (was it made by a newer portal?)", refused.getMessage());
    }

    @Test
    void aWriterKeptWaitingByAnotherProcessPastTheBusyTimeoutIsToldToRetryAndWritesNothing() throws Exception {
        file.open();
        SqliteDatabase impatient = SqliteDatabase.open(file.file, Duration.ofMillis(200));
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file.file); Statement holding = other.createStatement()) {
            holding.execute("BEGIN IMMEDIATE");

            StoreUnavailableException busy = assertThrows(StoreUnavailableException.class, () -> new SqliteSubmissionStore(impatient)
                    .store("abcdefghijk2", Optional.empty(), "h", SUBMISSION, RECEIVED));

            assertEquals("storing a snapshot: the local database is busy or unavailable (SQLITE_BUSY)", busy.getMessage());
            assertEquals(Duration.ofSeconds(2), busy.retryAfter());
            holding.execute("ROLLBACK");
        } finally {
            impatient.close();
        }
        assertEquals(List.of(), new SqliteRevisionSource(file.open()).revisions("thanh-hoa"));
    }

    private static String text(Connection connection, String sql) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            return row.getString(1);
        }
    }
}
