package vn.r57.core.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Qualifier;
import vn.r57.core.snapshot.Source;

/**
 * One stored value of one series (province, indicator, kind) in one period. The highest {@code number} is the
 * current value; lower numbers are the public revision history. This is what the renderer reads.
 */
public record Revision(
        String province,
        String indicator,
        Kind kind,
        Period period,
        int number,
        BigDecimal value,
        Optional<Qualifier> qualifier,
        Optional<String> note,
        Source source,
        Instant receivedAt,
        String snapshotId) {}
