package vn.r57.store.sqlite;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Observation;
import vn.r57.core.snapshot.Source;
import vn.r57.core.snapshot.Submission;
import vn.r57.store.StoreUnavailableException;
import vn.r57.store.SubmissionStore;

/**
 * A process of its own for {@link SqliteProcessesIT}: {@code FILE WRITER COUNT START_AT} opens the file, waits for the
 * shared start time (epoch milliseconds) so that the processes write at once, stores COUNT corrections of one value.
 */
public final class CorrectionWriter {

    static final String INDICATOR = "on-time-admin-processing";

    private CorrectionWriter() {}

    public static void main(String[] arguments) throws InterruptedException {
        Path file = Path.of(arguments[0]);
        int writer = Integer.parseInt(arguments[1]);
        int count = Integer.parseInt(arguments[2]);
        long startAt = Long.parseLong(arguments[3]);
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            SubmissionStore store = new SqliteSubmissionStore(database);
            Thread.sleep(Math.max(0, startAt - System.currentTimeMillis()));
            for (int i = 0; i < count; i++) {
                String value = String.format("99.5%d%02d", writer, i);
                Submission correction = new Submission("thanh-hoa", Period.year(2025), new Source("writer " + writer, Optional.empty()),
                        List.of(new Observation(INDICATOR, Kind.ACTUAL, new BigDecimal(value), Optional.empty(), Optional.empty())));
                store(store, correction, value);
            }
        }
    }

    private static void store(SubmissionStore store, Submission correction, String value) {
        for (int attempt = 1; ; attempt++) {
            try {
                if (!(store.store("abcdefghijk2", Optional.empty(), "hash-" + value, correction, Instant.now())
                        instanceof SubmissionStore.Outcome.Stored)) {
                    throw new IllegalStateException("not stored: " + value);
                }
                return;
            } catch (StoreUnavailableException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }
}
