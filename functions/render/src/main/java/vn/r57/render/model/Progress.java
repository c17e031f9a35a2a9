package vn.r57.render.model;

import java.math.BigDecimal;
import java.util.Optional;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.NationalTarget;

/**
 * How far one unit's latest actual value is from an indicator's national target.
 *
 * @param latest the actual point of the period that ends last; empty when the unit reported nothing
 * @param gap {@code target - latest}, exact; positive means "still to go" for an indicator that should rise
 * @param met whether the target is reached in the indicator's direction; empty when the direction is "none"
 * @param percentOfTarget {@code latest / target * 100} rounded half-even to one decimal place (the only rounded
 *     number in the model, for progress bars); empty when the target is zero or there is no latest value
 */
public record Progress(
        String province,
        Indicator indicator,
        NationalTarget target,
        Optional<Point> latest,
        Optional<BigDecimal> gap,
        Optional<Boolean> met,
        Optional<BigDecimal> percentOfTarget) {}
