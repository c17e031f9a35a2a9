package vn.r57.core.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How computed progress numbers are rounded for the open data and the pages (half-even, fixed decimals). Only
 * computed numbers are rounded; a submitted value (a base, a current figure, a target) is always published exactly.
 * Statuses are decided on the unrounded numbers.
 */
public final class Published {

    private Published() {}

    /** A growth rate as a percentage per year, two decimals: 0.098432 → 9.84. */
    public static BigDecimal ratePercent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** The ratio of observed to required growth, three decimals. */
    public static BigDecimal ratio(BigDecimal ratio) {
        return ratio.setScale(3, RoundingMode.HALF_EVEN);
    }

    /** The threshold coefficient near a natural limit, four decimals. */
    public static BigDecimal coefficient(BigDecimal coefficient) {
        return coefficient.setScale(4, RoundingMode.HALF_EVEN);
    }

    /** A projected value or a point of the required path, two decimals. */
    public static BigDecimal level(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
