package vn.r57.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.r57.store.StoreFixture.SOURCE;
import static vn.r57.store.StoreFixture.actual;
import static vn.r57.store.StoreFixture.thanhHoa2025;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.r57.core.history.Revision;
import vn.r57.core.history.StoredValue;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Observation;
import vn.r57.core.snapshot.Qualifier;
import vn.r57.core.snapshot.Source;
import vn.r57.core.snapshot.Submission;

/**
 * What every {@link SubmissionStore} does, whatever keeps the data: revision numbers, the answer's exact JSON,
 * idempotency keys, and nothing written when a request is refused. A store's test extends this with its stores.
 */
public abstract class SubmissionStoreContract {

    private static final Instant RECEIVED = Instant.parse("2025-11-20T03:00:00Z");
    private static final String KEY = "abcdefghijk2";

    private final SubmissionStore store;
    private final RevisionSource revisions;

    private final AutoCloseable cleanUp;

    protected SubmissionStoreContract(StoresUnderTest stores) {
        this.cleanUp = stores.cleanUp();
        this.store = stores.submissions();
        this.revisions = stores.revisions();
    }

    @AfterEach
    void cleanUp() throws Exception {
        cleanUp.close();
    }

    @Test
    void aFirstSnapshotMakesRevisionOneOfEachSeriesAndCanBeFoundAgain() {
        SubmissionStore.Outcome outcome = store.store(KEY, Optional.empty(), "hash-1",
                thanhHoa2025(actual("online-public-services-share", "80", Qualifier.ABOVE), actual("on-time-admin-processing", "99.51")),
                RECEIVED);

        SubmissionStore.Outcome.Stored stored = assertInstanceOf(SubmissionStore.Outcome.Stored.class, outcome);
        String id = stored.snapshot().id();
        assertEquals(List.of(1, 1), stored.snapshot().values().stream().map(StoredValue::revision).toList());
        assertEquals("{\"id\":\"" + id + "\",\"province\":\"thanh-hoa\",\"period\":\"2025\",\"receivedAt\":\"2025-11-20T03:00:00.000Z\","
                + "\"source\":{\"title\":\"Chính quyền số – chìa khóa đưa tỉnh Thanh Hóa phát triển hiện đại\","
                + "\"url\":\"https://mst.gov.vn/chinh-quyen-so-chia-khoa-dua-tinh-thanh-hoa-phat-trien-hien-dai-197251113163637427.htm\"},"
                + "\"values\":[{\"indicator\":\"online-public-services-share\",\"kind\":\"actual\",\"value\":80,\"qualifier\":\"above\",\"revision\":1},"
                + "{\"indicator\":\"on-time-admin-processing\",\"kind\":\"actual\",\"value\":99.51,\"revision\":1}]}", stored.json());
        assertEquals(Optional.of(new SnapshotDocument(id, "thanh-hoa", stored.json())), store.find(id));
    }

    @Test
    void aLaterValueOfTheSameSeriesIsTheNextRevision() {
        store.store(KEY, Optional.empty(), "hash-1", thanhHoa2025(actual("on-time-admin-processing", "99.51")), RECEIVED);

        SubmissionStore.Outcome.Stored second = assertInstanceOf(SubmissionStore.Outcome.Stored.class,
                store.store(KEY, Optional.empty(), "hash-2",
                        thanhHoa2025(actual("on-time-admin-processing", "99.510"), actual("base-stations-5g", "168")),
                        RECEIVED.plusSeconds(60)));

        assertEquals(List.of(2, 1), second.snapshot().values().stream().map(StoredValue::revision).toList());
    }

    @Test
    void eachSeriesIsNumberedOnItsOwnByProvinceIndicatorKindAndPeriod() {
        store.store(KEY, Optional.empty(), "hash-1", thanhHoa2025(actual("base-stations-5g", "168")), RECEIVED);

        Observation target = new Observation("base-stations-5g", Kind.TARGET, new BigDecimal("200"), Optional.empty(), Optional.empty());
        List<Integer> numbers = List.of(
                thanhHoa2025(target),
                new Submission("thanh-hoa", Period.year(2024), SOURCE, List.of(actual("base-stations-5g", "120"))),
                new Submission("ha-noi", Period.year(2025), SOURCE, List.of(actual("base-stations-5g", "5000"))),
                thanhHoa2025(actual("base-stations-5g", "169"))).stream()
                .map(submission -> stored(submission, RECEIVED.plusSeconds(60)).snapshot().values().get(0).revision())
                .toList();

        assertEquals(List.of(1, 1, 1, 2), numbers);
    }

    @Test
    void valuesNotesAndSourcesComeBackExactlyAsSent() {
        Observation noted = new Observation("on-time-admin-processing", Kind.ACTUAL, new BigDecimal("99.510"),
                Optional.of(Qualifier.ESTIMATE), Optional.of("Số liệu sơ bộ, \"chưa kiểm toán\"\nDòng hai"));
        Source withoutUrl = new Source("Báo cáo số 12/BC-UBND", Optional.empty());
        SubmissionStore.Outcome.Stored stored = stored(new Submission("thanh-hoa", Period.year(2025), withoutUrl,
                List.of(noted, actual("rd-spending-share", "0.000100"))), RECEIVED);

        assertEquals(List.of(
                new Revision("thanh-hoa", "on-time-admin-processing", Kind.ACTUAL, Period.year(2025), 1, new BigDecimal("99.510"),
                        Optional.of(Qualifier.ESTIMATE), noted.note(), withoutUrl, RECEIVED, stored.snapshot().id()),
                new Revision("thanh-hoa", "rd-spending-share", Kind.ACTUAL, Period.year(2025), 1, new BigDecimal("0.000100"),
                        Optional.empty(), Optional.empty(), withoutUrl, RECEIVED, stored.snapshot().id())),
                revisions.revisions("thanh-hoa"));
        assertEquals(List.of("99.510", "0.000100"),
                revisions.revisions("thanh-hoa").stream().map(revision -> revision.value().toPlainString()).toList());
    }

    @Test
    void theSameIdempotencyKeyAndBodyGetTheFirstAnswerAgain() {
        SubmissionStore.Outcome.Stored first = assertInstanceOf(SubmissionStore.Outcome.Stored.class,
                store.store(KEY, Optional.of("run-42"), "hash-1", thanhHoa2025(actual("base-stations-5g", "168")), RECEIVED));

        SubmissionStore.Outcome again = store.store(KEY, Optional.of("run-42"), "hash-1",
                thanhHoa2025(actual("base-stations-5g", "168")), RECEIVED.plusSeconds(30));

        assertEquals(new SubmissionStore.Outcome.Replayed(new SnapshotDocument(first.snapshot().id(), "thanh-hoa", first.json())), again);
        assertEquals(List.of(first.snapshot().id()), snapshotIdsOf(revisions.revisions("thanh-hoa")), "one snapshot, stored once");
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsAConflictAndWritesNothing() {
        store.store(KEY, Optional.of("run-42"), "hash-1", thanhHoa2025(actual("base-stations-5g", "168")), RECEIVED);
        List<Revision> before = revisions.revisions("thanh-hoa");

        SubmissionStore.Outcome again = store.store(KEY, Optional.of("run-42"), "hash-2",
                thanhHoa2025(actual("base-stations-5g", "169"), actual("on-time-admin-processing", "99.51")), RECEIVED.plusSeconds(30));

        assertEquals(new SubmissionStore.Outcome.Conflict(), again);
        assertEquals(before, revisions.revisions("thanh-hoa"));
        assertEquals(before, revisions.receivedSince(RECEIVED));
        assertEquals(Optional.of(RECEIVED), revisions.latestChange());
    }

    @Test
    void idempotencyKeysBelongToOneApiKey() {
        store.store(KEY, Optional.of("run-42"), "hash-1", thanhHoa2025(actual("base-stations-5g", "168")), RECEIVED);

        SubmissionStore.Outcome other = store.store("otherkey2345", Optional.of("run-42"), "hash-2",
                thanhHoa2025(actual("base-stations-5g", "169")), RECEIVED.plusSeconds(30));

        SubmissionStore.Outcome.Stored stored = assertInstanceOf(SubmissionStore.Outcome.Stored.class, other);
        assertEquals(List.of(2), stored.snapshot().values().stream().map(StoredValue::revision).toList());
    }

    @Test
    void anIdempotencyKeyIsRememberedFor24HoursAndThenCountsAsUnused() {
        SubmissionStore.Outcome.Stored first = assertInstanceOf(SubmissionStore.Outcome.Stored.class,
                store.store(KEY, Optional.of("run-42"), "hash-1", thanhHoa2025(actual("base-stations-5g", "168")), RECEIVED));

        SubmissionStore.Outcome justBefore = store.store(KEY, Optional.of("run-42"), "hash-2",
                thanhHoa2025(actual("base-stations-5g", "169")), RECEIVED.plus(Duration.ofHours(24)).minusSeconds(1));
        SubmissionStore.Outcome dayLater = store.store(KEY, Optional.of("run-42"), "hash-2",
                thanhHoa2025(actual("base-stations-5g", "169")), RECEIVED.plus(Duration.ofHours(24)));
        SubmissionStore.Outcome replayOfTheNewAnswer = store.store(KEY, Optional.of("run-42"), "hash-2",
                thanhHoa2025(actual("base-stations-5g", "169")), RECEIVED.plus(Duration.ofHours(25)));

        assertEquals(new SubmissionStore.Outcome.Conflict(), justBefore);
        SubmissionStore.Outcome.Stored second = assertInstanceOf(SubmissionStore.Outcome.Stored.class, dayLater);
        assertNotEquals(first.snapshot().id(), second.snapshot().id());
        assertEquals(List.of(2), second.snapshot().values().stream().map(StoredValue::revision).toList());
        assertEquals(new SubmissionStore.Outcome.Replayed(new SnapshotDocument(second.snapshot().id(), "thanh-hoa", second.json())),
                replayOfTheNewAnswer);
    }

    @Test
    void anUnknownSnapshotIsNotFound() {
        assertEquals(Optional.empty(), store.find(SnapshotIds.generate()));
    }

    private SubmissionStore.Outcome.Stored stored(Submission submission, Instant at) {
        return assertInstanceOf(SubmissionStore.Outcome.Stored.class, store.store(KEY, Optional.empty(), "h", submission, at));
    }

    private static List<String> snapshotIdsOf(List<Revision> history) {
        return history.stream().map(Revision::snapshotId).distinct().toList();
    }
}
