package vn.r57.render.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.r57.render.model.IndicatorData;
import vn.r57.render.model.Ranking;
import vn.r57.render.svg.Svg;

/** What an indicator's page shows: the definition comes from the catalog, the rest from here. */
public record IndicatorView(IndicatorData data, Standing standing, Svg map, List<Bar> bars) {

    /**
     * One ranked unit with the length of its bar, in percent of the largest value (rounded: it only sizes a drawing,
     * the exact value is printed next to it).
     */
    public record Bar(Ranking.Entry entry, String widthPercent) {}

    public static IndicatorView of(IndicatorData data, Formats f) {
        List<Bar> bars = new ArrayList<>();
        data.ranking().ifPresent(ranking -> {
            BigDecimal max = ranking.entries().stream()
                    .map(entry -> entry.point().current().value())
                    .max(Comparator.naturalOrder())
                    .orElse(BigDecimal.ZERO);
            for (Ranking.Entry entry : ranking.entries()) {
                BigDecimal width = max.signum() <= 0
                        ? BigDecimal.ZERO
                        : entry.point().current().value().max(BigDecimal.ZERO)
                                .multiply(BigDecimal.valueOf(100)).divide(max, 1, RoundingMode.HALF_EVEN);
                bars.add(new Bar(entry, width.toPlainString()));
            }
        });
        return new IndicatorView(data, Standing.of(data), Charts.tileMap(data, f), bars);
    }
}
