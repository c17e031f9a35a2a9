package vn.r57.store.sqlite;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Nested;
import vn.r57.store.KeyStoreContract;
import vn.r57.store.RevisionSourceContract;
import vn.r57.store.StoreConcurrencyContract;
import vn.r57.store.SubmissionStore;
import vn.r57.store.SubmissionStoreContract;

/** The store contract on SQLite: a new file for every test, deleted after it. */
class SqliteStoresTest {

    @Nested
    class Submissions extends SubmissionStoreContract {
        Submissions() {
            super(new SqliteFile().stores());
        }
    }

    @Nested
    class Revisions extends RevisionSourceContract {
        Revisions() {
            super(new SqliteFile().stores());
        }
    }

    @Nested
    class Keys extends KeyStoreContract {
        Keys() {
            super(new SqliteFile().stores());
        }
    }

    @Nested
    class ConcurrencyOnOneConnection extends StoreConcurrencyContract {
        ConcurrencyOnOneConnection() {
            super(new SqliteFile().stores());
        }
    }

    /** Each racer with a connection of its own, as separate processes on one file take turns. */
    @Nested
    class ConcurrencyAcrossConnections extends StoreConcurrencyContract {
        private final Map<Integer, SubmissionStore> racers = new ConcurrentHashMap<>();

        ConcurrencyAcrossConnections() {
            super(new SqliteFile().stores());
        }

        @Override
        protected SubmissionStore racingStore(int racer) {
            SqliteFile file = (SqliteFile) stores().cleanUp();
            return racers.computeIfAbsent(racer, r -> new SqliteSubmissionStore(file.open()));
        }
    }
}
