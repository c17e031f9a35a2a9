package vn.r57.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.r57.core.history.Revision;

/** What the renderer reads: stored values with their full revision history. */
public interface RevisionSource {

    /** Every revision of every series of one province, ordered by indicator, kind, period and revision number. */
    List<Revision> revisions(String province);

    /**
     * Revisions received at or after {@code since}, oldest first, read from the change index. The index is eventually
     * consistent: a caller keeping a watermark should start a little before it (a few seconds) and accept seeing a
     * revision twice; revisions are identified by province, indicator, kind, period and number.
     */
    List<Revision> receivedSince(Instant since);

    /** When the most recent revision was received; empty while nothing has been stored. */
    Optional<Instant> latestChange();
}
