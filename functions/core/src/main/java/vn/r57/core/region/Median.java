package vn.r57.core.region;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The median of exact decimals, itself exact: no rounding anywhere. */
public final class Median {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Median() {}

    /**
     * The middle value of an odd count; of an even count the mean of the two middle values. Halving a terminating
     * decimal always terminates, so the mean is exact ({@code 1} and {@code 2} give {@code 1.5}); empty for no values.
     */
    public static Optional<BigDecimal> of(Collection<BigDecimal> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(BigDecimal::compareTo);
        int n = sorted.size();
        if (n % 2 == 1) {
            return Optional.of(sorted.get(n / 2));
        }
        return Optional.of(sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(TWO));
    }
}
