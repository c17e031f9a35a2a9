package vn.r57.core.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import vn.r57.core.catalog.Direction;
import vn.r57.core.catalog.Indicator;

/**
 * The progress measure of national SDG platforms (Open SDG, after Statistics Canada), for one unit and one
 * indicator: compound annual growth from a base year to the latest year, against the growth a target requires
 * (with a target) or against fixed thresholds (without one). See docs/methodology.md, "Progress towards targets".
 */
public final class ProgressMeasure {

    /** Resolution 57-NQ/TW was adopted on 22 December 2024: progress is measured from that year. */
    public static final int BASE_YEAR = 2024;

    static final BigDecimal ON_TRACK = new BigDecimal("0.95");
    static final BigDecimal ACCELERATION = new BigDecimal("0.6");
    static final BigDecimal SUBSTANTIAL = new BigDecimal("0.015");
    static final BigDecimal MODERATE = new BigDecimal("0.005");
    /** What stands in for a zero base or target, as in the reference method: growth from zero has no rate. */
    static final BigDecimal ZERO_STAND_IN = new BigDecimal("0.001");
    /** The limit curve's exponent 4.44 = 111/25, kept rational so the power stays exact decimal arithmetic. */
    private static final int LIMIT_EXPONENT_NUMERATOR = 111;
    private static final int LIMIT_EXPONENT_DENOMINATOR = 25;

    private ProgressMeasure() {}

    /** Against a target: by the ratio of observed to required growth. {@code figures} is one figure per year. */
    public static Assessment against(Indicator indicator, Target target, NavigableMap<Integer, Reading> figures) {
        Optional<Target> assessed = Optional.of(target);
        if (indicator.direction() == Direction.NONE) {
            return Assessment.unable(Reason.NO_DIRECTION, assessed, Optional.empty(), Optional.empty());
        }
        NavigableMap<Integer, Reading> since = figures.tailMap(BASE_YEAR, true);
        if (since.isEmpty()) {
            return Assessment.unable(Reason.NO_BASE, assessed, Optional.empty(), Optional.empty());
        }
        Reading base = since.firstEntry().getValue();
        Reading current = since.lastEntry().getValue();
        int sense = indicator.direction() == Direction.UP ? 1 : -1;
        boolean achieved = sense * current.value().compareTo(target.value()) >= 0;
        if (current.year() == base.year()) {
            return achieved
                    ? outcome(Status.TARGET_ACHIEVED, target, base, current)
                    : Assessment.unable(Reason.ONE_YEAR_ONLY, assessed, Optional.of(base), Optional.of(current));
        }
        boolean zeroBase = base.value().signum() == 0;
        BigDecimal from = zeroBase ? ZERO_STAND_IN : base.value();
        boolean zeroTarget = target.value().signum() == 0;
        BigDecimal goal = zeroTarget ? ZERO_STAND_IN : target.value();
        if (current.value().signum() * from.signum() < 0 || goal.signum() * from.signum() < 0) {
            return achieved
                    ? outcome(Status.TARGET_ACHIEVED, target, base, current)
                    : Assessment.unable(Reason.OPPOSITE_SIGNS, assessed, Optional.of(base), Optional.of(current));
        }
        if (target.year() <= base.year()) {
            return achieved
                    ? outcome(Status.TARGET_ACHIEVED, target, base, current)
                    : Assessment.unable(Reason.TARGET_YEAR_NOT_AFTER_BASE, assessed, Optional.of(base), Optional.of(current));
        }
        BigDecimal observed = Growth.annualRate(from, current.value(), current.year() - base.year());
        BigDecimal required = Growth.annualRate(from, goal, target.year() - base.year());
        // A negative base turns "growth" around: −10 to −5 is a rise although the quotient shrinks.
        BigDecimal signed = observed.multiply(BigDecimal.valueOf((long) sense * from.signum()));
        Optional<BigDecimal> ratio = required.signum() == 0
                ? Optional.empty()
                : Optional.of(signed.divide(required.abs(), Growth.CONTEXT));
        Status status;
        if (achieved) {
            status = Status.TARGET_ACHIEVED;
        } else if (current.year() >= target.year()) {
            status = Status.NOT_ACHIEVED;
        } else if (ratio.isEmpty()) {
            // Base already at the target, and the figure moved away from it since.
            status = Status.DETERIORATION;
        } else {
            status = byRatio(ratio.get());
        }
        Optional<BigDecimal> projection = target.year() > current.year()
                ? Optional.of(Growth.compound(current.value(), observed, target.year() - current.year()))
                : Optional.empty();
        return new Assessment(status, Optional.empty(), assessed, Optional.of(base), Optional.of(current),
                zeroBase, zeroTarget, Optional.of(observed), Optional.of(required), ratio, Optional.empty(),
                projection, path(base, from, required, target));
    }

    /**
     * Without a target: the observed growth rate in the indicator's direction against 1.5 %, 0.5 % and 0 a year.
     * Empty for a level without direction, and when there is no figure since the base year (nothing to say: unlike a
     * target, a trend is not something a unit is expected to have).
     */
    public static Optional<Assessment> trend(Indicator indicator, NavigableMap<Integer, Reading> figures) {
        NavigableMap<Integer, Reading> since = figures.tailMap(BASE_YEAR, true);
        if (indicator.direction() == Direction.NONE || since.isEmpty()) {
            return Optional.empty();
        }
        Reading base = since.firstEntry().getValue();
        Reading current = since.lastEntry().getValue();
        if (current.year() == base.year()) {
            return Optional.of(Assessment.unable(Reason.ONE_YEAR_ONLY, Optional.empty(), Optional.of(base), Optional.of(current)));
        }
        boolean zeroBase = base.value().signum() == 0;
        BigDecimal from = zeroBase ? ZERO_STAND_IN : base.value();
        if (current.value().signum() * from.signum() < 0) {
            return Optional.of(Assessment.unable(Reason.OPPOSITE_SIGNS, Optional.empty(), Optional.of(base), Optional.of(current)));
        }
        int sense = indicator.direction() == Direction.UP ? 1 : -1;
        BigDecimal observed = Growth.annualRate(from, current.value(), current.year() - base.year());
        BigDecimal value = observed.multiply(BigDecimal.valueOf((long) sense * from.signum()));
        Optional<BigDecimal> coefficient = limit(indicator).map(limit -> coefficient(from.abs(), limit.abs()));
        BigDecimal factor = coefficient.orElse(BigDecimal.ONE);
        Status status;
        if (value.compareTo(SUBSTANTIAL.multiply(factor)) >= 0) {
            status = Status.SUBSTANTIAL_PROGRESS;
        } else if (value.compareTo(MODERATE.multiply(factor)) >= 0) {
            status = Status.MODERATE_PROGRESS;
        } else if (value.signum() >= 0) {
            status = Status.LIMITED_PROGRESS;
        } else {
            status = Status.DETERIORATION;
        }
        return Optional.of(new Assessment(status, Optional.empty(), Optional.empty(), Optional.of(base), Optional.of(current),
                zeroBase, false, Optional.of(observed), Optional.empty(), Optional.empty(), coefficient,
                Optional.empty(), List.of()));
    }

    private static Status byRatio(BigDecimal ratio) {
        if (ratio.compareTo(ON_TRACK) >= 0) {
            return Status.ON_TRACK;
        }
        if (ratio.compareTo(ACCELERATION) >= 0) {
            return Status.ACCELERATION_NEEDED;
        }
        return ratio.signum() >= 0 ? Status.LIMITED_PROGRESS : Status.DETERIORATION;
    }

    /** The bound a figure cannot pass in the good direction: a share's 100 % going up, its 0 going down. */
    private static Optional<BigDecimal> limit(Indicator indicator) {
        return indicator.direction() == Direction.UP ? indicator.max() : indicator.min();
    }

    /**
     * How much of the usual growth is still possible near a limit: 1 far from it, falling to 0 at it
     * ({@code 1 − (base / limit)^4.44}, mirrored past the limit), so that 99 % growing slowly towards 100 % is not
     * called limited progress.
     */
    static BigDecimal coefficient(BigDecimal base, BigDecimal limit) {
        BigDecimal twice = limit.add(limit);
        if (base.compareTo(twice) >= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal share = base.compareTo(limit) <= 0
                ? base.divide(limit, Growth.CONTEXT)
                : twice.subtract(base).divide(limit, Growth.CONTEXT);
        return BigDecimal.ONE.subtract(
                Growth.power(share, LIMIT_EXPONENT_NUMERATOR, LIMIT_EXPONENT_DENOMINATOR), Growth.CONTEXT);
    }

    private static Assessment outcome(Status status, Target target, Reading base, Reading current) {
        return new Assessment(status, Optional.empty(), Optional.of(target), Optional.of(base), Optional.of(current),
                false, false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of());
    }

    private static List<Assessment.PathPoint> path(Reading base, BigDecimal from, BigDecimal required, Target target) {
        List<Assessment.PathPoint> path = new ArrayList<>();
        path.add(new Assessment.PathPoint(base.year(), base.value()));
        for (int year = base.year() + 1; year < target.year(); year++) {
            path.add(new Assessment.PathPoint(year, Growth.compound(from, required, year - base.year())));
        }
        path.add(new Assessment.PathPoint(target.year(), target.value()));
        return path;
    }
}
