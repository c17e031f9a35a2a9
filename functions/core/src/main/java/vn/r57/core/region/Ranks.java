package vn.r57.core.region;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.r57.core.catalog.Direction;

/**
 * Competition ranking of units by value, best first by the indicator's direction (down: smallest first; up and none:
 * largest first). Equal values (by numeric value, so {@code 80} equals {@code 80.0}) share a rank and the next rank is
 * skipped: 1, 2, 2, 4. Units with equal values are listed by id. The same rule as the national ranking.
 */
public final class Ranks {

    public record Ranked(int rank, String unit, BigDecimal value) {}

    private Ranks() {}

    public static List<Ranked> of(Map<String, BigDecimal> valuesByUnit, Direction direction) {
        Comparator<BigDecimal> byValue = direction == Direction.DOWN
                ? Comparator.naturalOrder()
                : Comparator.<BigDecimal>reverseOrder();
        List<Map.Entry<String, BigDecimal>> sorted = new ArrayList<>(valuesByUnit.entrySet());
        sorted.sort(Map.Entry.<String, BigDecimal>comparingByValue(byValue).thenComparing(Map.Entry.comparingByKey()));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Map.Entry<String, BigDecimal> entry = sorted.get(i);
            int rank = i > 0 && entry.getValue().compareTo(sorted.get(i - 1).getValue()) == 0
                    ? ranked.get(i - 1).rank()
                    : i + 1;
            ranked.add(new Ranked(rank, entry.getKey(), entry.getValue()));
        }
        return ranked;
    }
}
