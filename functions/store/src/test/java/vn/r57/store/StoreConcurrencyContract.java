package vn.r57.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static vn.r57.store.StoreFixture.actual;
import static vn.r57.store.StoreFixture.thanhHoa2025;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.r57.core.history.Revision;
import vn.r57.core.snapshot.Submission;

/**
 * Writers racing on one store, started together behind a latch: an idempotency key wins once, and corrections of one
 * value are numbered without gaps or repeats. {@link #racingStores} may answer other instances on the same data (other
 * connections, other clients) to race them as separate processes would.
 */
public abstract class StoreConcurrencyContract {

    private static final Instant RECEIVED = Instant.parse("2025-11-20T03:00:00Z");
    private static final String KEY = "abcdefghijk2";

    private final StoresUnderTest stores;

    protected StoreConcurrencyContract(StoresUnderTest stores) {
        this.stores = stores;
    }

    @AfterEach
    void cleanUp() throws Exception {
        stores.cleanUp().close();
    }

    protected StoresUnderTest stores() {
        return stores;
    }

    /** The submission stores the racers use, one per racer; by default all share the one under test. */
    protected SubmissionStore racingStore(int racer) {
        return stores.submissions();
    }

    @Test
    void thirtyIdenticalIdempotentRequestsAtOnceStoreOneSnapshotAndAllGetItsAnswer() throws Exception {
        Submission submission = thanhHoa2025(actual("on-time-admin-processing", "99.51"), actual("base-stations-5g", "168"));

        List<SubmissionStore.Outcome> outcomes = Race.of(30, racer -> patiently(() ->
                racingStore(racer).store(KEY, Optional.of("run-42"), "hash-1", submission, RECEIVED.plusMillis(racer))));

        List<SubmissionStore.Outcome.Stored> stored = outcomes.stream()
                .filter(SubmissionStore.Outcome.Stored.class::isInstance).map(SubmissionStore.Outcome.Stored.class::cast).toList();
        assertEquals(1, stored.size(), "one writer wins: " + outcomes);
        SnapshotDocument answer = new SnapshotDocument(stored.get(0).snapshot().id(), "thanh-hoa", stored.get(0).json());
        for (SubmissionStore.Outcome outcome : outcomes) {
            if (!(outcome instanceof SubmissionStore.Outcome.Stored)) {
                assertEquals(new SubmissionStore.Outcome.Replayed(answer), outcome);
            }
        }
        assertEquals(List.of(1, 1), stores.revisions().revisions("thanh-hoa").stream().map(Revision::number).toList());
    }

    @Test
    void fourWritersCorrectingOneValueTenTimesEachLeaveRevisionsOneTo41WithoutGaps() throws Exception {
        stores.submissions().store(KEY, Optional.empty(), "first", thanhHoa2025(actual("on-time-admin-processing", "99.5")), RECEIVED);

        List<List<String>> snapshotIds = Race.of(4, writer -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String value = String.format("99.5%d%02d", writer, i);
                SubmissionStore.Outcome outcome = patiently(() -> racingStore(writer).store(KEY, Optional.empty(), "hash-" + value,
                        thanhHoa2025(actual("on-time-admin-processing", value)), RECEIVED.plusSeconds(1)));
                ids.add(assertInstanceOf(SubmissionStore.Outcome.Stored.class, outcome).snapshot().id());
            }
            return ids;
        });

        List<Revision> history = stores.revisions().revisions("thanh-hoa");
        assertEquals(IntStream.rangeClosed(1, 41).boxed().toList(), history.stream().map(Revision::number).toList());
        Set<String> values = new HashSet<>();
        history.stream().skip(1).forEach(revision -> values.add(revision.value().toPlainString()));
        assertEquals(40, values.size(), "every correction kept");
        Set<String> ids = new HashSet<>();
        snapshotIds.forEach(ids::addAll);
        assertEquals(40, ids.size());
        assertEquals(41, stores.revisions().receivedSince(Instant.EPOCH).size());
    }

    /** As a client does with a 503: the store may give up on a long race, saying nothing was written. */
    private static SubmissionStore.Outcome patiently(Callable<SubmissionStore.Outcome> store) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return store.call();
            } catch (StoreUnavailableException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }
}
