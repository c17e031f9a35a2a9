package vn.r57.render.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import vn.r57.core.calendar.Obligation;
import vn.r57.core.calendar.Obligations;
import vn.r57.core.calendar.ReportingCalendar;
import vn.r57.core.calendar.ReportingRule;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Direction;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.Province;
import vn.r57.core.format.Dates;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;

/**
 * Everything the renderer publishes, computed once from the catalog, every stored revision and the instant the
 * reporting statuses hold for ("as of"). Immutable; the same inputs (revisions in any order) give an equal model, and
 * nothing in it reads the clock: the renderer passes the instant in.
 */
public final class RenderModel {

    /** How many of the most recent received values the feed lists. */
    public static final int RECENT_CHANGES = 50;

    /** By province, indicator, kind, period and number: each series' periods in a row, each period's history in order. */
    private static final Comparator<Revision> SERIES_ORDER = RenderModel::seriesOrder;
    private static final Comparator<Revision> NEWEST_FIRST =
            Comparator.comparing(Revision::receivedAt, Comparator.reverseOrder()).thenComparing(SERIES_ORDER);

    private final Catalog catalog;
    private final List<Revision> revisions;
    private final List<Revision> ignored;
    private final Optional<Instant> dataVersion;
    private final Instant asOf;
    private final List<CalendarEntry> calendar;
    private final List<String> calendarKey;
    private final Map<String, ProvinceData> provinces;
    private final Map<String, IndicatorData> indicators;
    private final List<Series> series;
    private final List<Change> recentChanges;

    private RenderModel(Catalog catalog, Collection<Revision> input, Optional<Instant> asOfOrDataVersion) {
        this.catalog = catalog;
        List<Revision> known = new ArrayList<>();
        List<Revision> unknown = new ArrayList<>();
        for (Revision revision : input) {
            boolean inCatalog = catalog.province(revision.province()).isPresent()
                    && catalog.indicator(revision.indicator()).isPresent();
            (inCatalog ? known : unknown).add(revision);
        }
        // Tens of thousands nationally: sorted on every core (the common pool; one thread when there is one processor).
        Revision[] sorted = known.toArray(new Revision[0]);
        Arrays.parallelSort(sorted, SERIES_ORDER);
        unknown.sort(SERIES_ORDER);
        for (int i = 1; i < sorted.length; i++) {
            if (SERIES_ORDER.compare(sorted[i - 1], sorted[i]) == 0) {
                throw new IllegalArgumentException("two revisions with the same number: " + sorted[i]);
            }
        }
        this.revisions = List.of(sorted);
        this.ignored = List.copyOf(unknown);
        this.dataVersion = latest(revisions);
        this.asOf = asOfOrDataVersion.or(() -> dataVersion).orElse(Instant.EPOCH);
        LocalDate day = ReportingCalendar.day(asOf);
        this.calendar = buildCalendar(catalog, day);
        this.calendarKey = ReportingCalendar.key(catalog, day);

        Map<SeriesKey, Series> seriesByKey = buildSeries();
        this.series = List.copyOf(seriesByKey.values());
        this.provinces = buildProvinces(seriesByKey);
        this.indicators = buildIndicators(seriesByKey);
        this.recentChanges = buildRecentChanges();
    }

    /**
     * The model of {@code revisions} with reporting statuses as of {@code asOf} (the render's cut time); revisions of
     * units or indicators the catalog does not know are set aside.
     */
    public static RenderModel build(Catalog catalog, Collection<Revision> revisions, Instant asOf) {
        return new RenderModel(catalog, revisions, Optional.of(asOf));
    }

    /** The model with statuses as of the data version (the epoch without data): for tools and tests without a clock. */
    public static RenderModel build(Catalog catalog, Collection<Revision> revisions) {
        return new RenderModel(catalog, revisions, Optional.empty());
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Every revision the model is built from, by province, indicator, kind, period and number. */
    public List<Revision> revisions() {
        return revisions;
    }

    /** Revisions of a unit or indicator no longer in the catalog; not published, worth a log line. */
    public List<Revision> ignored() {
        return ignored;
    }

    /** The latest received time of any revision; empty before the first submission. */
    public Optional<Instant> dataVersion() {
        return dataVersion;
    }

    /** The time files call "generated at": the data version (or the epoch with no data), never the wall clock. */
    public Instant generatedAt() {
        return dataVersion.orElse(Instant.EPOCH);
    }

    /** The instant the reporting statuses hold for. */
    public Instant asOf() {
        return asOf;
    }

    /** The day in Vietnam the reporting statuses hold for: what pages and files show as "as of". */
    public LocalDate asOfDay() {
        return ReportingCalendar.day(asOf);
    }

    /** Every period owed as of {@link #asOfDay()}: by frequency (monthly, quarterly, yearly, once), then period. */
    public List<CalendarEntry> calendar() {
        return calendar;
    }

    /**
     * What the statuses depend on besides the revisions ({@link ReportingCalendar#key}): when it changes between two
     * renders, every status output must be rendered again, even without a new value.
     */
    public List<String> calendarKey() {
        return calendarKey;
    }

    /** Every unit of the catalog, in catalog order (current units first), each with its data, even when empty. */
    public List<ProvinceData> provinces() {
        return List.copyOf(provinces.values());
    }

    public Optional<ProvinceData> province(String id) {
        return Optional.ofNullable(provinces.get(id));
    }

    public List<IndicatorData> indicators() {
        return List.copyOf(indicators.values());
    }

    public Optional<IndicatorData> indicator(String id) {
        return Optional.ofNullable(indicators.get(id));
    }

    /** Every non-empty series: unit in catalog order, indicator in catalog order, actual before target. */
    public List<Series> series() {
        return series;
    }

    /** The latest received values, newest first (ties: by province, indicator, kind, period). */
    public List<Change> recentChanges() {
        return recentChanges;
    }

    private Map<SeriesKey, Series> buildSeries() {
        // The revisions are in series order, so each series is a run of them and each of its points a shorter run.
        Map<SeriesKey, List<Point>> grouped = new HashMap<>();
        List<Point> points = null;
        for (int start = 0, end; start < revisions.size(); start = end) {
            Revision first = revisions.get(start);
            end = start + 1;
            while (end < revisions.size() && samePoint(first, revisions.get(end))) {
                end++;
            }
            if (start == 0 || !sameSeries(revisions.get(start - 1), first)) {
                points = new ArrayList<>();
                grouped.put(SeriesKey.of(first), points);
            }
            points.add(new Point(first.period(), revisions.get(end - 1), revisions.subList(start, end - 1)));
        }
        Map<SeriesKey, Series> ordered = new LinkedHashMap<>();
        for (Province province : catalog.provinces()) {
            for (Indicator indicator : catalog.indicators()) {
                for (Kind kind : Kind.values()) {
                    SeriesKey key = new SeriesKey(province.id(), indicator.id(), kind);
                    List<Point> found = grouped.get(key);
                    if (found != null) {
                        ordered.put(key, new Series(province, indicator, kind, found));
                    }
                }
            }
        }
        return ordered;
    }

    private static int seriesOrder(Revision a, Revision b) {
        int order = a.province().compareTo(b.province());
        if (order == 0) {
            order = a.indicator().compareTo(b.indicator());
        }
        if (order == 0) {
            order = a.kind().compareTo(b.kind());
        }
        if (order == 0) {
            order = a.period().compareTo(b.period());
        }
        return order != 0 ? order : Integer.compare(a.number(), b.number());
    }

    private static boolean sameSeries(Revision a, Revision b) {
        return a.province().equals(b.province()) && a.indicator().equals(b.indicator()) && a.kind() == b.kind();
    }

    private static boolean samePoint(Revision a, Revision b) {
        return sameSeries(a, b) && a.period().equals(b.period());
    }

    private Map<String, ProvinceData> buildProvinces(Map<SeriesKey, Series> seriesByKey) {
        // One pass over the revisions, not one per unit: the full national set has tens of thousands.
        Map<String, Instant> latestByProvince = latestBy(Revision::province);
        Obligations obligations = obligations(seriesByKey);
        Map<String, ProvinceData> result = new LinkedHashMap<>();
        for (Province province : catalog.provinces()) {
            List<Series> own = new ArrayList<>();
            List<Harmonised> harmonised = new ArrayList<>();
            List<ReportingStatus> status = new ArrayList<>();
            List<Progress> progress = new ArrayList<>();
            for (Indicator indicator : catalog.indicators()) {
                for (Kind kind : Kind.values()) {
                    Optional.ofNullable(seriesByKey.get(new SeriesKey(province.id(), indicator.id(), kind))).ifPresent(own::add);
                    if (province.isMerged()) {
                        harmonised(province, indicator, kind, seriesByKey).ifPresent(harmonised::add);
                    }
                }
                if (province.isCurrent()) {
                    obligations.of(province, indicator).forEach(o -> status.add(status(o, seriesByKey)));
                }
                if (province.isCurrent()) {
                    // A unit dissolved on 30 June 2025 has no 2030 to reach: its successor carries its figures on.
                    progress.addAll(progress(province, indicator, seriesByKey));
                }
            }
            Optional<Instant> version = latestOf(latestByProvince, province.id());
            for (String predecessor : province.predecessorIds()) {
                version = later(version, latestOf(latestByProvince, predecessor));
            }
            result.put(province.id(), new ProvinceData(province, own, harmonised, status, progress, version));
        }
        return result;
    }

    private Map<String, IndicatorData> buildIndicators(Map<SeriesKey, Series> seriesByKey) {
        Map<String, Instant> latestByIndicator = latestBy(Revision::indicator);
        Obligations obligations = obligations(seriesByKey);
        Map<String, IndicatorData> result = new LinkedHashMap<>();
        for (Indicator indicator : catalog.indicators()) {
            List<Series> all = new ArrayList<>();
            List<ReportingStatus> status = new ArrayList<>();
            List<Progress> progress = new ArrayList<>();
            for (Province province : catalog.provinces()) {
                for (Kind kind : Kind.values()) {
                    Optional.ofNullable(seriesByKey.get(new SeriesKey(province.id(), indicator.id(), kind))).ifPresent(all::add);
                }
                if (province.isCurrent()) {
                    obligations.of(province, indicator).forEach(o -> status.add(status(o, seriesByKey)));
                    progress.addAll(progress(province, indicator, seriesByKey));
                }
            }
            Optional<Instant> version = latestOf(latestByIndicator, indicator.id());
            result.put(indicator.id(), new IndicatorData(
                    indicator, all, ranking(indicator, seriesByKey), status, progress, version));
        }
        return result;
    }

    private Optional<Harmonised> harmonised(
            Province merged, Indicator indicator, Kind kind, Map<SeriesKey, Series> seriesByKey) {
        List<Province> predecessors = catalog.predecessorsOf(merged);
        TreeMap<Period, Map<String, Revision>> byPeriod = new TreeMap<>();
        for (Province predecessor : predecessors) {
            Series predecessorSeries = seriesByKey.get(new SeriesKey(predecessor.id(), indicator.id(), kind));
            if (predecessorSeries != null) {
                for (Point point : predecessorSeries.points()) {
                    byPeriod.computeIfAbsent(point.period(), period -> new HashMap<>())
                            .put(predecessor.id(), point.current());
                }
            }
        }
        if (byPeriod.isEmpty()) {
            return Optional.empty();
        }
        List<Harmonised.Row> rows = new ArrayList<>();
        byPeriod.forEach((period, reported) -> {
            List<Revision> values = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (Province predecessor : predecessors) {
                Revision value = reported.get(predecessor.id());
                if (value == null) {
                    missing.add(predecessor.id());
                } else {
                    values.add(value);
                }
            }
            Harmonised.SumStatus sumStatus;
            if (!indicator.valueType().isAdditive()) {
                sumStatus = Harmonised.SumStatus.NOT_ADDITIVE;
            } else if (!missing.isEmpty()) {
                sumStatus = Harmonised.SumStatus.INCOMPLETE;
            } else if (values.stream().anyMatch(value -> value.qualifier().isPresent())) {
                sumStatus = Harmonised.SumStatus.QUALIFIED_INPUT;
            } else {
                sumStatus = Harmonised.SumStatus.COMPUTED;
            }
            Optional<BigDecimal> sum = sumStatus == Harmonised.SumStatus.COMPUTED
                    ? Optional.of(values.stream().map(Revision::value).reduce(BigDecimal.ZERO, BigDecimal::add))
                    : Optional.empty();
            rows.add(new Harmonised.Row(period, values, missing, sumStatus, sum));
        });
        return Optional.of(new Harmonised(indicator, kind, rows));
    }

    private Obligations obligations(Map<SeriesKey, Series> seriesByKey) {
        return new Obligations(catalog, (unit, indicator, period) ->
                Optional.ofNullable(seriesByKey.get(new SeriesKey(unit, indicator, Kind.ACTUAL)))
                        .flatMap(found -> found.at(period))
                        .map(point -> point.history().stream().map(Revision::receivedAt).toList())
                        .orElse(List.of()), asOf);
    }

    private ReportingStatus status(Obligation obligation, Map<SeriesKey, Series> seriesByKey) {
        Optional<Point> point = Optional.ofNullable(
                        seriesByKey.get(new SeriesKey(obligation.unit(), obligation.indicator(), Kind.ACTUAL)))
                .flatMap(found -> found.at(obligation.period()));
        return new ReportingStatus(obligation, point,
                obligation.predecessors().stream().map(p -> status(p, seriesByKey)).toList());
    }

    private static List<CalendarEntry> buildCalendar(Catalog catalog, LocalDate day) {
        Map<String, List<Indicator>> indicators = new LinkedHashMap<>();
        Map<String, CalendarEntry> entries = new TreeMap<>();
        for (Indicator indicator : catalog.indicators()) {
            ReportingRule rule = indicator.reporting();
            for (Period period : ReportingCalendar.periods(indicator, day)) {
                LocalDate due = rule.dueDate(period);
                // Sorted by frequency, then by period start (ISO dates sort as text), then due date.
                String key = rule.frequency().ordinal() + " " + period.start() + " " + period.end() + " " + due;
                indicators.computeIfAbsent(key, k -> new ArrayList<>()).add(indicator);
                entries.put(key, new CalendarEntry(rule.frequency(), period, due,
                        !day.isAfter(period.end()), day.isAfter(due), List.of()));
            }
        }
        return entries.entrySet().stream()
                .map(e -> new CalendarEntry(e.getValue().frequency(), e.getValue().period(), e.getValue().dueDate(),
                        e.getValue().open(), e.getValue().due(), indicators.get(e.getKey())))
                .toList();
    }

    private List<Progress> progress(Province province, Indicator indicator, Map<SeriesKey, Series> seriesByKey) {
        Optional<Harmonised> predecessors = province.isMerged()
                ? harmonised(province, indicator, Kind.ACTUAL, seriesByKey)
                : Optional.empty();
        return ProgressRows.of(province, indicator,
                Optional.ofNullable(seriesByKey.get(new SeriesKey(province.id(), indicator.id(), Kind.ACTUAL))),
                Optional.ofNullable(seriesByKey.get(new SeriesKey(province.id(), indicator.id(), Kind.TARGET))),
                predecessors, asOfYear());
    }

    /** The year the data speaks for: that of the data version in Vietnam (2024 at the earliest), not the cut. */
    private int asOfYear() {
        return Math.max(ReportingCalendar.FIRST_YEAR.year(),
                dataVersion.map(version -> version.atZone(Dates.VIETNAM).getYear()).orElse(ReportingCalendar.FIRST_YEAR.year()));
    }

    private Optional<Ranking> ranking(Indicator indicator, Map<SeriesKey, Series> seriesByKey) {
        List<Province> current = catalog.currentProvinces();
        Map<Period, List<Ranking.Entry>> byPeriod = new TreeMap<>();
        for (Province province : current) {
            Series actual = seriesByKey.get(new SeriesKey(province.id(), indicator.id(), Kind.ACTUAL));
            if (actual != null) {
                for (Point point : actual.points()) {
                    byPeriod.computeIfAbsent(point.period(), period -> new ArrayList<>())
                            .add(new Ranking.Entry(0, province.id(), point));
                }
            }
        }
        Optional<Map.Entry<Period, List<Ranking.Entry>>> best = byPeriod.entrySet().stream()
                .min(Comparator.<Map.Entry<Period, List<Ranking.Entry>>>comparingInt(entry -> -entry.getValue().size())
                        .thenComparing(entry -> entry.getValue().get(0).point(), Periods.LATEST_FIRST));
        return best.map(entry -> {
            Comparator<BigDecimal> byValue = indicator.direction() == Direction.DOWN
                    ? Comparator.naturalOrder()
                    : Comparator.reverseOrder();
            List<Ranking.Entry> sorted = new ArrayList<>(entry.getValue());
            sorted.sort(Comparator.comparing((Ranking.Entry e) -> e.point().current().value(), byValue)
                    .thenComparing(Ranking.Entry::province));
            List<Ranking.Entry> ranked = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                Ranking.Entry e = sorted.get(i);
                boolean tie = i > 0 && e.point().current().value()
                        .compareTo(sorted.get(i - 1).point().current().value()) == 0;
                int rank = tie ? ranked.get(i - 1).rank() : i + 1;
                ranked.add(new Ranking.Entry(rank, e.province(), e.point()));
            }
            return new Ranking(entry.getKey(), sorted.size(), current.size(), ranked);
        });
    }

    private List<Change> buildRecentChanges() {
        // One pass keeping the newest few, instead of sorting tens of thousands of revisions to take 50.
        TreeSet<Revision> newest = new TreeSet<>(NEWEST_FIRST);
        for (Revision revision : revisions) {
            if (newest.size() < RECENT_CHANGES || NEWEST_FIRST.compare(revision, newest.last()) < 0) {
                newest.add(revision);
                if (newest.size() > RECENT_CHANGES) {
                    newest.pollLast();
                }
            }
        }
        return newest.stream().map(revision -> new Change(revision, replaced(revision))).toList();
    }

    /** The revision numbered one lower in the same series and period: just before it in {@link #SERIES_ORDER}. */
    private Optional<Revision> replaced(Revision revision) {
        int at = Collections.binarySearch(revisions, revision, SERIES_ORDER);
        if (at < 1) {
            return Optional.empty();
        }
        Revision before = revisions.get(at - 1);
        boolean replaced = SeriesKey.of(before).equals(SeriesKey.of(revision))
                && before.period().equals(revision.period())
                && before.number() == revision.number() - 1;
        return replaced ? Optional.of(before) : Optional.empty();
    }

    private static Optional<Instant> latest(List<Revision> revisions) {
        return revisions.stream().map(Revision::receivedAt).max(Comparator.naturalOrder());
    }

    /** The latest received time per province or per indicator, whichever {@code group} picks. */
    private Map<String, Instant> latestBy(Function<Revision, String> group) {
        Map<String, Instant> latest = new HashMap<>();
        for (Revision revision : revisions) {
            latest.merge(group.apply(revision), revision.receivedAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return latest;
    }

    private static Optional<Instant> latestOf(Map<String, Instant> latest, String id) {
        return Optional.ofNullable(latest.get(id));
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().isAfter(a.get()) ? b : a;
    }

    private record SeriesKey(String province, String indicator, Kind kind) {
        static SeriesKey of(Revision revision) {
            return new SeriesKey(revision.province(), revision.indicator(), revision.kind());
        }
    }
}
