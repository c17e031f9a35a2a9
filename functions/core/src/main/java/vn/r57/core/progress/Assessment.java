package vn.r57.core.progress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One unit's progress on one indicator against one target (or, without any target, its trend). Numbers here are
 * unrounded ({@link Growth#CONTEXT}); {@link Published} rounds them for output.
 *
 * @param reason why the status is {@link Status#UNABLE_TO_ASSESS}; empty otherwise
 * @param target the target assessed against; empty for a trend without target
 * @param base the figure of the base year (2024, or the first later year with a figure)
 * @param current the figure of the latest year (for a milestone, the latest reading of any period)
 * @param zeroBaseReplaced the base was 0 and 0.001 stood in for it, so that growth from it has a rate
 * @param zeroTargetReplaced the target was 0 and 0.001 stood in for it
 * @param observedRate compound annual growth from base to current, as a fraction (0.041 = 4.1 % a year)
 * @param requiredRate compound annual growth from base to the target in its year
 * @param ratio the observed rate over the absolute required rate, signed by the direction of progress
 * @param coefficient without a target, near a natural limit: the factor (0–1) the thresholds were reduced by
 * @param projection the figure of the target year if the observed rate went on
 * @param requiredPath the base, then one point per year up to the target year on the required rate
 */
public record Assessment(
        Status status,
        Optional<Reason> reason,
        Optional<Target> target,
        Optional<Reading> base,
        Optional<Reading> current,
        boolean zeroBaseReplaced,
        boolean zeroTargetReplaced,
        Optional<BigDecimal> observedRate,
        Optional<BigDecimal> requiredRate,
        Optional<BigDecimal> ratio,
        Optional<BigDecimal> coefficient,
        Optional<BigDecimal> projection,
        List<PathPoint> requiredPath) {

    public Assessment {
        requiredPath = List.copyOf(requiredPath);
    }

    /** One year of the required path. */
    public record PathPoint(int year, BigDecimal value) {}

    static Assessment unable(Reason reason, Optional<Target> target, Optional<Reading> base, Optional<Reading> current) {
        return new Assessment(Status.UNABLE_TO_ASSESS, Optional.of(reason), target, base, current, false, false,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }
}
