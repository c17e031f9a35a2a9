package vn.r57.core.history;

import java.time.Instant;
import java.util.List;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Source;

/** A snapshot as accepted and stored: the answer a department gets, and keeps getting on an idempotent retry. */
public record StoredSnapshot(
        String id, String province, Period period, Source source, Instant receivedAt, List<StoredValue> values) {

    public StoredSnapshot {
        values = List.copyOf(values);
    }
}
