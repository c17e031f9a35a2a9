package vn.r57.core.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Compound annual growth in exact decimal arithmetic. Every intermediate result is rounded to {@link #CONTEXT}:
 * 34 significant digits, half-even (IEEE 754 decimal128), far below any published digit, and the same on every
 * machine, so a status never depends on binary floating point.
 */
public final class Growth {

    public static final MathContext CONTEXT = MathContext.DECIMAL128;

    private Growth() {}

    /** {@code (to / from)^(1 / years) − 1}; {@code to / from} must not be negative. */
    public static BigDecimal annualRate(BigDecimal from, BigDecimal to, int years) {
        return root(to.divide(from, CONTEXT), years).subtract(BigDecimal.ONE, CONTEXT);
    }

    /** {@code value × (1 + rate)^years}. */
    public static BigDecimal compound(BigDecimal value, BigDecimal rate, int years) {
        return value.multiply(BigDecimal.ONE.add(rate, CONTEXT).pow(years, CONTEXT), CONTEXT);
    }

    /** {@code x^(numerator / denominator)} for {@code x ≥ 0}, as the denominator-th root of the numerator-th power. */
    public static BigDecimal power(BigDecimal x, int numerator, int denominator) {
        return root(x.pow(numerator, CONTEXT), denominator);
    }

    /**
     * The n-th root of {@code x ≥ 0} by Newton's method from a power of ten above the root: from above, every step
     * stays above the root and falls, so the first step that no longer falls ends it.
     */
    static BigDecimal root(BigDecimal x, int n) {
        if (x.signum() < 0 || n < 1) {
            throw new ArithmeticException("no real root " + n + " of " + x);
        }
        if (x.signum() == 0 || n == 1) {
            return x.round(CONTEXT);
        }
        int digitsBeforePoint = x.precision() - x.scale();   // x < 10^digitsBeforePoint
        BigDecimal estimate = BigDecimal.ONE.scaleByPowerOfTen(Math.floorDiv(digitsBeforePoint, n) + 1);
        BigDecimal degree = BigDecimal.valueOf(n);
        BigDecimal lower = BigDecimal.valueOf(n - 1L);
        while (true) {
            BigDecimal next = lower.multiply(estimate, CONTEXT)
                    .add(x.divide(estimate.pow(n - 1, CONTEXT), CONTEXT), CONTEXT)
                    .divide(degree, CONTEXT);
            if (next.compareTo(estimate) >= 0) {
                return exactIfTerminating(estimate, x, n);
            }
            estimate = next;
        }
    }

    /**
     * Newton's last step may leave the final digit one unit off; when a root is a short decimal (the square root of
     * 1.21 is 1.1), return exactly that, so that threshold edges (a ratio of exactly 0.95) fall where they should.
     */
    private static BigDecimal exactIfTerminating(BigDecimal estimate, BigDecimal x, int n) {
        BigDecimal shorter = estimate.round(new MathContext(CONTEXT.getPrecision() - 2, RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
        return shorter.pow(n).compareTo(x) == 0 ? shorter : estimate.round(CONTEXT);
    }
}
