package vn.r57.render.model;

import java.math.BigDecimal;
import java.util.Optional;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.progress.Assessment;
import vn.r57.core.progress.Target;

/**
 * One unit's progress on one indicator against one target (the national target or one of the unit's own), or its
 * trend when the indicator has no target at all: the core {@link Assessment} with the unit's latest value beside it.
 *
 * @param latest the actual point of the period that ends last; empty when the unit reported nothing
 * @param gap {@code target - latest}, exact; empty without a target or a latest value
 * @param met whether the latest value reaches the target in the indicator's direction; empty when the direction is
 *     "none" or there is no target
 * @param percentOfTarget {@code latest / target * 100} rounded half-even to one decimal place (for progress bars);
 *     empty when the target is zero or absent, or there is no latest value
 */
public record Progress(
        String province,
        Indicator indicator,
        Assessment assessment,
        Optional<Point> latest,
        Optional<BigDecimal> gap,
        Optional<Boolean> met,
        Optional<BigDecimal> percentOfTarget) {

    public Optional<Target> target() {
        return assessment.target();
    }

    public boolean hasTarget() {
        return assessment.target().isPresent();
    }
}
