package vn.r57.store.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.r57.core.catalog.Catalog;
import vn.r57.store.StoresUnderTest;

/** A new database file in a folder of its own, and every connection opened on it, closed and deleted after a test. */
final class SqliteFile implements AutoCloseable {

    final Path file;
    private final List<SqliteDatabase> opened = new ArrayList<>();

    SqliteFile() {
        try {
            file = Files.createTempDirectory("r57-sqlite").resolve("portal.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Another connection on the file, as another process would open it. */
    SqliteDatabase open() {
        SqliteDatabase database = SqliteDatabase.open(file);
        opened.add(database);
        return database;
    }

    StoresUnderTest stores() {
        SqliteDatabase database = open();
        return new StoresUnderTest(new SqliteSubmissionStore(database), new SqliteRevisionSource(database),
                new SqliteKeyStore(database, Catalog.load()), this);
    }

    @Override
    public void close() {
        opened.forEach(SqliteDatabase::close);
        try (Stream<Path> files = Files.walk(file.getParent())) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
