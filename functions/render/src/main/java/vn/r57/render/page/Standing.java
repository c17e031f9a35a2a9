package vn.r57.render.page;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.r57.core.catalog.Indicator;
import vn.r57.render.model.IndicatorData;
import vn.r57.render.model.Ranking;

/**
 * How the current units stand on one indicator, for the overview: the ranking's period, how many reported it, the
 * median of their values as submitted (exact: the middle value, or half the sum of the two middle ones) and the best.
 */
public record Standing(Indicator indicator, Optional<Ranking> ranking, Optional<BigDecimal> median) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public static Standing of(IndicatorData data) {
        return new Standing(data.indicator(), data.ranking(), data.ranking().map(Standing::median));
    }

    public Optional<Ranking.Entry> best() {
        return ranking.map(Ranking::entries).filter(entries -> !entries.isEmpty()).map(entries -> entries.get(0));
    }

    public int reporting() {
        return ranking.map(Ranking::reporting).orElse(0);
    }

    static BigDecimal median(Ranking ranking) {
        List<BigDecimal> values = ranking.entries().stream()
                .map(entry -> entry.point().current().value())
                .sorted()
                .toList();
        int middle = values.size() / 2;
        if (values.size() % 2 == 1) {
            return values.get(middle);
        }
        // Halving a decimal always terminates, so the median stays exact.
        return values.get(middle - 1).add(values.get(middle)).divide(TWO);
    }
}
