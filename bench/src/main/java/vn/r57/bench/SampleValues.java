package vn.r57.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.ValueType;

/**
 * Plausible, deterministic values for any indicator: the same seed gives the same decimal text on every machine, and
 * every value lies inside the indicator's bounds, so the validator and the renderer accept all of them.
 */
public final class SampleValues {

    private SampleValues() {}

    /** A decimal for {@code indicator} drawn from {@code seed}, as the exact text a department would send. */
    public static String value(Indicator indicator, long seed) {
        long mixed = mix(seed);
        ValueType type = indicator.valueType();
        return switch (type) {
            case PERCENT -> bounded(indicator, BigDecimal.valueOf(Math.floorMod(mixed, 10_000), 2)).toPlainString();
            case COUNT -> bounded(indicator, BigDecimal.valueOf(Math.floorMod(mixed, 20_000))).toPlainString();
            case AMOUNT -> bounded(indicator, BigDecimal.valueOf(Math.floorMod(mixed, 5_000_000), 3)).toPlainString();
            case RATE -> bounded(indicator, BigDecimal.valueOf(Math.floorMod(mixed, 4_000), 2)).toPlainString();
            case MILESTONE -> Math.floorMod(mixed, 3) == 0 ? "0" : "1";
        };
    }

    private static BigDecimal bounded(Indicator indicator, BigDecimal value) {
        BigDecimal result = value;
        if (indicator.max().isPresent() && result.compareTo(indicator.max().get()) > 0) {
            result = indicator.max().get().setScale(Math.max(0, value.scale()), RoundingMode.UNNECESSARY);
        }
        if (indicator.min().isPresent() && result.compareTo(indicator.min().get()) < 0) {
            result = indicator.min().get();
        }
        return result;
    }

    /** SplitMix64's finaliser: cheap, well spread, and identical on every JVM. */
    public static long mix(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
