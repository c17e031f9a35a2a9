package vn.r57.render.svg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A value axis with round tick steps (1, 2, 2.5 or 5 times a power of ten) that always includes zero, so a cut-off
 * baseline never makes a small change look big. Computed exactly from the decimals, never from doubles.
 */
record Axis(BigDecimal lo, BigDecimal hi, BigDecimal step) {

    private static final int TARGET_INTERVALS = 4;
    private static final List<BigDecimal> NICE = List.of(
            BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("2.5"), new BigDecimal("5"), BigDecimal.TEN);

    static Axis covering(Collection<BigDecimal> values) {
        BigDecimal min = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            min = min.min(value);
            max = max.max(value);
        }
        if (max.compareTo(min) == 0) {
            // Nothing but zeros: draw the unit interval rather than a flat line on no scale.
            max = min.add(BigDecimal.ONE);
        }
        BigDecimal range = max.subtract(min);
        BigDecimal step = niceStep(range.divide(BigDecimal.valueOf(TARGET_INTERVALS), Coordinates.PRECISION));
        BigDecimal lo = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal hi = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
        return new Axis(lo.stripTrailingZeros(), hi.stripTrailingZeros(), step.stripTrailingZeros());
    }

    List<BigDecimal> ticks() {
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal tick = lo; tick.compareTo(hi) <= 0; tick = tick.add(step)) {
            ticks.add(tick.stripTrailingZeros());
        }
        return ticks;
    }

    private static BigDecimal niceStep(BigDecimal rough) {
        // The power of ten of the leading digit: 0.0734 -> -2, 734 -> 2.
        int exponent = rough.precision() - rough.scale() - 1;
        BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        BigDecimal normalized = rough.divide(magnitude, Coordinates.PRECISION);
        for (BigDecimal nice : NICE) {
            if (nice.compareTo(normalized) >= 0) {
                return nice.multiply(magnitude);
            }
        }
        throw new IllegalStateException("normalized step outside [1, 10]: " + normalized);
    }
}
