package vn.r57.core.snapshot;

import java.math.BigDecimal;
import java.util.Optional;

/** One validated value of a snapshot; {@code value} keeps the digits exactly as sent (scale included). */
public record Observation(
        String indicator, Kind kind, BigDecimal value, Optional<Qualifier> qualifier, Optional<String> note) {}
