package vn.r57.bench.jmh;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.r57.bench.SnapshotBodies;
import vn.r57.core.Hashes;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.history.SnapshotJson;
import vn.r57.core.history.StoredSnapshot;
import vn.r57.core.history.StoredValue;
import vn.r57.core.snapshot.Observation;
import vn.r57.core.snapshot.SubmissionValidator;
import vn.r57.core.snapshot.Validation;

/**
 * The submit function's CPU work for one 20-value snapshot, without the network: parse and validate the body
 * (SubmissionValidator), hash it for idempotency, and map the result to the stored snapshot and its public JSON
 * (the 201 body, also the snapshot item's document). Goal: at most 0.3 ms per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SubmitPathBenchmark {

    private byte[] body;
    private SubmissionValidator validator;
    private Set<String> writable;
    private LocalDate today;
    private Instant receivedAt;

    @Setup
    public void setUp() {
        Catalog catalog = Catalog.load();
        body = SnapshotBodies.twentyValues(catalog, "thanh-hoa", 42).getBytes(StandardCharsets.UTF_8);
        validator = new SubmissionValidator(catalog);
        writable = catalog.writableWith("thanh-hoa");
        today = LocalDate.of(2026, 11, 23);
        receivedAt = Instant.parse("2026-11-23T03:00:00.000Z");
        if (!(validator.validate(body, today, writable) instanceof Validation.Valid)) {
            throw new IllegalStateException("the benchmark snapshot must be valid: " + validator.validate(body, today, writable));
        }
    }

    @Benchmark
    public Validation parseAndValidate() {
        return validator.validate(body, today, writable);
    }

    @Benchmark
    public byte[] parseValidateAndMap() {
        Validation.Valid valid = (Validation.Valid) validator.validate(body, today, writable);
        String bodyHash = Hashes.sha256(body);
        List<StoredValue> values = new ArrayList<>(valid.submission().values().size());
        int revision = 1;
        for (Observation observation : valid.submission().values()) {
            values.add(new StoredValue(observation, revision++));
        }
        StoredSnapshot snapshot = new StoredSnapshot("s" + bodyHash.substring(0, 20), valid.submission().province(),
                valid.submission().period(), valid.submission().source(), receivedAt, values);
        return SnapshotJson.write(snapshot);
    }
}
