package vn.r57.render.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.history.Revision;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Qualifier;
import vn.r57.render.model.IndicatorData;
import vn.r57.render.model.Point;
import vn.r57.render.model.Progress;
import vn.r57.render.model.ProvinceData;
import vn.r57.render.model.Ranking;
import vn.r57.render.model.Series;
import vn.r57.render.site.SitePaths;
import vn.r57.render.svg.LineChart;
import vn.r57.render.svg.Svg;
import vn.r57.render.svg.TileMap;

/** The drawings of the pages: one line chart per unit and indicator, one tile map per indicator. */
public final class Charts {

    /** Five shades, lightest for the lowest-ranked fifth. */
    private static final List<TileMap.Bucket> SHADES = List.of(
            TileMap.Bucket.Q1, TileMap.Bucket.Q2, TileMap.Bucket.Q3, TileMap.Bucket.Q4, TileMap.Bucket.Q5);

    private Charts() {}

    /** Actual and target points of one unit's indicator, in period order (actual first on the same period). */
    public static List<Entry> entries(List<Series> series, Indicator indicator) {
        List<Entry> entries = new ArrayList<>();
        for (Series each : series) {
            if (each.indicator().id().equals(indicator.id())) {
                each.points().forEach(point -> entries.add(new Entry(each.kind(), point)));
            }
        }
        entries.sort(Comparator.comparing((Entry entry) -> entry.point().period()).thenComparing(Entry::kind));
        return entries;
    }

    /** One point of a chart with the kind of its series. */
    public record Entry(Kind kind, Point point) {

        public Revision current() {
            return point.current();
        }

        public boolean isTarget() {
            return kind == Kind.TARGET;
        }
    }

    public static String chartId(Indicator indicator) {
        return "chart-" + indicator.id();
    }

    public static String mapId(Indicator indicator) {
        return "map-" + indicator.id();
    }

    /** The chart of one unit's indicator; empty when the unit has no value for it. */
    public static Optional<Svg> lineChart(String provinceId, List<Series> series, Indicator indicator, Formats f) {
        return lineChart(provinceId, series, List.of(), indicator, f);
    }

    /**
     * The chart of one unit's indicator with its progress: the path required to reach the first target that has one
     * (the national target before the unit's own), its target point, and every status in the text alternative.
     */
    public static Optional<Svg> lineChart(ProvinceData data, Indicator indicator, Formats f) {
        List<Progress> progress = data.progress().stream()
                .filter(row -> row.indicator().id().equals(indicator.id()))
                .toList();
        return lineChart(data.id(), data.series(), progress, indicator, f);
    }

    private static Optional<Svg> lineChart(
            String provinceId, List<Series> series, List<Progress> progress, Indicator indicator, Formats f) {
        List<Entry> entries = entries(series, indicator);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        List<LineChart.Point> points = new ArrayList<>();
        for (Entry entry : entries) {
            Revision value = entry.current();
            Optional<Qualifier> qualifier = value.qualifier();
            points.add(new LineChart.Point(f.periodShort(entry.point().period()), value.value(),
                    qualifier.isPresent() && qualifier.get() != Qualifier.ESTIMATE,
                    qualifier.equals(Optional.of(Qualifier.ESTIMATE)), entry.isTarget()));
        }
        Optional<LineChart.TargetLine> target = indicator.nationalTarget().map(national -> new LineChart.TargetLine(
                national.value(), f.msg().text("target.nationalLine", f.number(national.value(), indicator),
                        Integer.toString(national.year()))));
        Optional<LineChart.RequiredPath> path = progress.stream()
                .filter(row -> !row.assessment().requiredPath().isEmpty())
                .findFirst()
                .flatMap(row -> RequiredPaths.of(row, entries, points, f));
        Entry last = entries.get(entries.size() - 1);
        String description = f.msg().text("chart.description", f.provinceName(provinceId), f.indicatorName(indicator.id()),
                f.count(entries.size()), f.period(last.point().period()), f.spokenValue(last.current()));
        ProgressWords words = new ProgressWords(f);
        for (Progress row : progress) {
            description = description + " " + words.spoken(row);
        }
        return Optional.of(LineChart.render(new LineChart.Spec(chartId(indicator), f.lang(),
                f.indicatorName(indicator.id()), description, f.unit(indicator), points, target, path)));
    }

    /** The tile map of one indicator: the ranking's period, each current unit shaded by its rank. */
    public static Svg tileMap(IndicatorData data, Formats f) {
        Indicator indicator = data.indicator();
        Map<String, TileMap.Tile> tiles = new LinkedHashMap<>();
        List<TileMap.LegendEntry> legend = new ArrayList<>();
        String description;
        String title;
        if (data.ranking().isPresent()) {
            Ranking ranking = data.ranking().get();
            List<Ranking.Entry> entries = ranking.entries();
            int n = entries.size();
            Map<TileMap.Bucket, List<BigDecimal>> values = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                Ranking.Entry entry = entries.get(i);
                // The best rank gets the darkest shade, the last the lightest, the rest spread evenly between them by
                // rank (a shade says "where in the field", the tile's text says the value).
                // Equal values share a rank and so a shade.
                int fromWorst = n - entry.rank();
                TileMap.Bucket bucket = SHADES.get(n == 1 ? SHADES.size() - 1 : fromWorst * (SHADES.size() - 1) / (n - 1));
                tiles.put(entry.province(), TileMap.Tile.of(bucket, f.value(entry.point().current()),
                        SitePaths.province(f.lang(), entry.province())));
                values.computeIfAbsent(bucket, key -> new ArrayList<>()).add(entry.point().current().value());
            }
            for (int shade = SHADES.size() - 1; shade >= 0; shade--) {
                TileMap.Bucket bucket = SHADES.get(shade);
                List<BigDecimal> inBucket = values.get(bucket);
                if (inBucket != null) {
                    BigDecimal lo = inBucket.stream().min(Comparator.naturalOrder()).orElseThrow();
                    BigDecimal hi = inBucket.stream().max(Comparator.naturalOrder()).orElseThrow();
                    legend.add(new TileMap.LegendEntry(bucket, lo.compareTo(hi) == 0
                            ? f.number(lo, indicator)
                            : f.msg().text("map.range", f.number(lo, indicator), f.number(hi, indicator))));
                }
            }
            title = f.msg().text("map.title", f.indicatorName(indicator.id()), f.period(ranking.period()));
            description = f.msg().text("map.description", f.count(ranking.reporting()), f.count(ranking.of()),
                    f.period(ranking.period()));
        } else {
            title = f.indicatorName(indicator.id());
            description = f.msg().text("map.description.empty");
        }
        for (vn.r57.core.catalog.Province province : f.currentProvinces()) {
            tiles.putIfAbsent(province.id(), TileMap.Tile.noData(SitePaths.province(f.lang(), province.id())));
        }
        return TileMap.render(new TileMap.Spec(mapId(indicator), f.lang(), title, description, legend, tiles));
    }
}
