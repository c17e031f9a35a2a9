package vn.r57.render.page;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.Pillar;
import vn.r57.core.progress.Status;
import vn.r57.core.progress.Target;
import vn.r57.render.model.IndicatorData;
import vn.r57.render.model.Progress;
import vn.r57.render.model.RenderModel;

/**
 * How many current units stand in each status against each national target, by pillar: the progress page's tables,
 * the overview's, and a region's (counting only its units). Columns are the statuses that occur, in {@link Status} order (best first).
 */
public record ProgressSummary(List<Status> columns, List<PillarRows> pillars) {

    public record PillarRows(Pillar pillar, List<Row> rows) {}

    /** One indicator: units per status against its national target, and how many units that is in all. */
    public record Row(Indicator indicator, Map<Status, Integer> counts, int units) {

        public int count(Status status) {
            return counts.getOrDefault(status, 0);
        }
    }

    public static ProgressSummary of(RenderModel model) {
        return of(model, unit -> true);
    }

    /** The counts over the current units {@code counted} accepts, such as those of one region. */
    public static ProgressSummary of(RenderModel model, Predicate<String> counted) {
        TreeSet<Status> seen = new TreeSet<>();
        List<PillarRows> pillars = new ArrayList<>();
        for (Pillar pillar : model.catalog().pillars()) {
            List<Row> rows = new ArrayList<>();
            for (IndicatorData data : model.indicators()) {
                if (data.indicator().pillarId().equals(pillar.id()) && data.indicator().nationalTarget().isPresent()) {
                    Row row = row(data.indicator(), national(data.progress()).stream()
                            .filter(progress -> counted.test(progress.province()))
                            .toList());
                    seen.addAll(row.counts().keySet());
                    rows.add(row);
                }
            }
            if (!rows.isEmpty()) {
                pillars.add(new PillarRows(pillar, rows));
            }
        }
        return new ProgressSummary(List.copyOf(seen), pillars);
    }

    /** The rows against the national target, one per current unit. */
    public static List<Progress> national(List<Progress> progress) {
        return progress.stream()
                .filter(row -> row.target().map(Target::source).orElse(null) == Target.Source.NATIONAL)
                .toList();
    }

    /** Units per status, in {@link Status} order, only the statuses that occur. */
    public static Map<Status, Integer> counts(List<Progress> progress) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        progress.forEach(row -> counts.merge(row.assessment().status(), 1, Integer::sum));
        return counts;
    }

    private static Row row(Indicator indicator, List<Progress> national) {
        return new Row(indicator, counts(national), national.size());
    }

    /** Every unit's count in one status across the rows of every pillar. */
    public int total(Status status) {
        return pillars.stream().flatMap(p -> p.rows().stream()).mapToInt(row -> row.count(status)).sum();
    }
}
