package vn.r57.render.svg;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Turns exact values into drawing positions. All arithmetic stays in BigDecimal; only the final coordinate is
 * rounded (to a tenth of a pixel, which no screen can tell apart), so the same data always gives the same bytes.
 */
final class Coordinates {

    static final MathContext PRECISION = MathContext.DECIMAL64;

    private Coordinates() {}

    static String format(BigDecimal coordinate) {
        BigDecimal rounded = coordinate.setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    static String format(int coordinate) {
        return Integer.toString(coordinate);
    }

    /** {@code from + (value - lo) / (hi - lo) * length}, for a linear scale. */
    static BigDecimal scale(BigDecimal value, BigDecimal lo, BigDecimal hi, BigDecimal from, BigDecimal length) {
        return from.add(value.subtract(lo).multiply(length).divide(hi.subtract(lo), PRECISION));
    }
}
