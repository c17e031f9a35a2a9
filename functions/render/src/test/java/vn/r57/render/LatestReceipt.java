package vn.r57.render;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import vn.r57.store.RevisionSource;

/**
 * A clock that reads the time of the newest stored revision: a render that runs just as the newest value arrives.
 * Fixtures carry receipt times in the past, and a cut at the real time would put every later fixture value before the
 * previous cut's overlap, which a real submission (received at the real time) never is.
 */
public final class LatestReceipt extends Clock {

    private final RevisionSource source;

    public LatestReceipt(RevisionSource source) {
        this.source = source;
    }

    @Override
    public Instant instant() {
        return source.latestChange().orElse(Instant.EPOCH);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a render's cut has no zone");
    }
}
