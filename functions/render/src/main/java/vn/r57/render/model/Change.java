package vn.r57.render.model;

import java.util.Optional;
import vn.r57.core.history.Revision;

/** One received value for the feed: a new value, or a correction of {@code previous}. */
public record Change(Revision revision, Optional<Revision> previous) {

    public boolean isCorrection() {
        return previous.isPresent();
    }
}
