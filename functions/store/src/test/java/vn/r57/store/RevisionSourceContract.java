package vn.r57.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.r57.store.StoreFixture.SOURCE;
import static vn.r57.store.StoreFixture.actual;
import static vn.r57.store.StoreFixture.thanhHoa2025;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Qualifier;
import vn.r57.core.snapshot.Source;
import vn.r57.core.snapshot.Submission;

/** What every {@link RevisionSource} reads back: a province's history in series order, and the change index in order. */
public abstract class RevisionSourceContract {

    private static final Instant FIRST = Instant.parse("2025-11-20T03:00:00Z");
    private static final Instant SECOND = Instant.parse("2025-11-21T03:00:00Z");
    private static final String KEY = "abcdefghijk2";

    private final SubmissionStore store;
    private final RevisionSource revisions;

    private final AutoCloseable cleanUp;

    protected RevisionSourceContract(StoresUnderTest stores) {
        this.cleanUp = stores.cleanUp();
        store = stores.submissions();
        revisions = stores.revisions();
    }

    @AfterEach
    void cleanUp() throws Exception {
        cleanUp.close();
    }

    @Test
    void anEmptyTableHasNoChanges() {
        assertEquals(List.of(), revisions.revisions("thanh-hoa"));
        assertEquals(List.of(), revisions.receivedSince(FIRST));
        assertEquals(Optional.empty(), revisions.latestChange());
    }

    @Test
    void aProvincesRevisionsComeInSeriesOrderWithEveryEarlierRevisionKept() {
        String first = stored(thanhHoa2025(actual("on-time-admin-processing", "99.51"), actual("base-stations-5g", "168")), FIRST);
        String second = stored(thanhHoa2025(actual("on-time-admin-processing", "99.510")), SECOND);
        stored(new Submission("ha-noi", Period.year(2025), new Source("Báo cáo Hà Nội", Optional.empty()),
                List.of(actual("base-stations-5g", "5000"))), SECOND);

        assertEquals(List.of(
                revision("base-stations-5g", 1, "168", Optional.empty(), FIRST, first),
                revision("on-time-admin-processing", 1, "99.51", Optional.empty(), FIRST, first),
                revision("on-time-admin-processing", 2, "99.510", Optional.empty(), SECOND, second)),
                revisions.revisions("thanh-hoa"));
    }

    @Test
    void changesSinceATimeAreReadFromTheIndexOldestFirst() {
        String first = stored(thanhHoa2025(actual("online-public-services-share", "80", Qualifier.ABOVE)), FIRST);
        String second = stored(thanhHoa2025(actual("online-public-services-share", "82")), SECOND);

        assertEquals(List.of(
                revision("online-public-services-share", 1, "80", Optional.of(Qualifier.ABOVE), FIRST, first),
                revision("online-public-services-share", 2, "82", Optional.empty(), SECOND, second)),
                revisions.receivedSince(FIRST));
        assertEquals(List.of(revision("online-public-services-share", 2, "82", Optional.empty(), SECOND, second)),
                revisions.receivedSince(FIRST.plusMillis(1)));
        assertEquals(List.of(), revisions.receivedSince(SECOND.plusMillis(1)));
        assertEquals(Optional.of(SECOND), revisions.latestChange());
    }

    @Test
    void theChangeIndexKeepsTheValuesOfOneSnapshotInTheOrderTheyWereSent() {
        String id = stored(thanhHoa2025(actual("on-time-admin-processing", "99.51"), actual("base-stations-5g", "168"),
                actual("online-public-services-share", "80")), FIRST);

        assertEquals(List.of(
                revision("on-time-admin-processing", 1, "99.51", Optional.empty(), FIRST, id),
                revision("base-stations-5g", 1, "168", Optional.empty(), FIRST, id),
                revision("online-public-services-share", 1, "80", Optional.empty(), FIRST, id)),
                revisions.receivedSince(Instant.EPOCH));
        assertEquals(Optional.of(FIRST), revisions.latestChange());
    }

    private String stored(Submission submission, Instant at) {
        return ((SubmissionStore.Outcome.Stored) store.store(KEY, Optional.empty(), "h", submission, at)).snapshot().id();
    }

    private static Revision revision(String indicator, int number, String value, Optional<Qualifier> qualifier, Instant at, String snapshotId) {
        return new Revision("thanh-hoa", indicator, Kind.ACTUAL, Period.year(2025), number, new BigDecimal(value), qualifier,
                Optional.empty(), SOURCE, at, snapshotId);
    }
}
