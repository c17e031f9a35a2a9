package vn.r57.render.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.r57.core.progress.Status;
import vn.r57.render.model.Progress;
import vn.r57.render.model.IndicatorData;
import vn.r57.render.model.Ranking;
import vn.r57.render.svg.Svg;

/**
 * What an indicator's page shows: the definition comes from the catalog, the rest from here. {@code national} is every
 * current unit's status against the national target, best first (by status, then by how far ahead of the required
 * rate, then in the catalog's unit order), {@code nationalByName} the same rows by unit name (the page offers both
 * orders without JavaScript: the second table shows when its anchor is the target), with {@code counts} per status.
 */
public record IndicatorView(
        IndicatorData data,
        Standing standing,
        Svg map,
        List<Bar> bars,
        List<Progress> national,
        List<Progress> nationalByName,
        Map<Status, Integer> counts) {

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
        List<Progress> national = ProgressSummary.national(data.progress()).stream()
                .sorted(Comparator.comparing((Progress row) -> row.assessment().status())
                        .thenComparing(row -> row.assessment().ratio().orElse(null),
                                Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();   // stable: ties keep the catalog's unit order
        // The language's alphabetical order (Đ after D in Vietnamese), for readers looking for their own province.
        Collator collator = Collator.getInstance(Locale.forLanguageTag(f.lang().code()));
        List<Progress> byName = national.stream()
                .sorted(Comparator.comparing((Progress row) -> f.provinceName(row.province()), collator))
                .toList();
        return new IndicatorView(data, Standing.of(data), Charts.tileMap(data, f), bars, national, byName,
                ProgressSummary.counts(national));
    }
}
