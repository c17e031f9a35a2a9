package vn.r57.store.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import vn.r57.store.StoreUnavailableException;

/**
 * One SQLite file holding the local portal's submissions, keys, revisions and change index (see docs/data-model.md,
 * "The local store"). Write-ahead log, so a reader never waits for a writer and another process (the keys command)
 * can use the file while the portal runs; {@code synchronous=FULL}, so a commit is on disk before the API answers 201
 * (in WAL mode NORMAL would survive a killed process but not a power cut). Every write is one {@code BEGIN
 * IMMEDIATE} transaction: writers, in this process or another, take turns, and each sees what the one before it
 * committed. This process uses one connection, in turn.
 */
public final class SqliteDatabase implements AutoCloseable {

    /** How long a writer waits for another process's transaction before giving up with 503. */
    static final Duration BUSY_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final Path file;
    private final Connection connection;

    private SqliteDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens {@code file}, making it and its tables if they do not exist yet. */
    public static SqliteDatabase open(Path file) {
        return open(file, BUSY_TIMEOUT);
    }

    static SqliteDatabase open(Path file, Duration busyTimeout) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the folder for " + absolute, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout((int) busyTimeout.toMillis());
        config.enforceForeignKeys(true);
        Connection connection;
        try {
            connection = config.createConnection("jdbc:sqlite:" + absolute);
        } catch (SQLException e) {
            throw failure("opening " + absolute, e);
        }
        SqliteDatabase database = new SqliteDatabase(absolute, connection);
        try {
            database.write("preparing " + absolute, Schema::ensure);
        } catch (IllegalStateException e) {
            database.close();
            throw new IllegalStateException(absolute + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    public Path file() {
        return file;
    }

    /** Work that only reads: each statement sees one committed state. */
    synchronized <T> T read(String what, Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Work that writes, as one transaction: all of it is committed, or none of it. */
    synchronized <T> T write(String what, Work<T> work) {
        try {
            execute("BEGIN IMMEDIATE");
            T result;
            try {
                result = work.run(connection);
                execute("COMMIT");
            } catch (SQLException | RuntimeException | Error e) {
                rollBack(e);
                throw e;
            }
            return result;
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private void rollBack(Throwable cause) {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite ends a transaction itself after some errors (a full disk): then there is nothing to roll back.
            cause.addSuppressed(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("closing " + file, e);
        }
    }

    /**
     * "Try again later" (another process holds the file past the busy timeout, the disk is full or failing) becomes
     * {@link StoreUnavailableException}, a 503 with nothing written; anything else is a fault of ours.
     */
    static RuntimeException failure(String what, SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            int primary = sqlite.getResultCode().code & 0xff;
            if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code
                    || primary == SQLiteErrorCode.SQLITE_FULL.code || primary == SQLiteErrorCode.SQLITE_IOERR.code) {
                return new StoreUnavailableException(what + ": the local database is busy or unavailable ("
                        + sqlite.getResultCode().name() + ")", RETRY_AFTER, e);
            }
        }
        return new IllegalStateException(what + ": " + e.getMessage(), e);
    }

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
