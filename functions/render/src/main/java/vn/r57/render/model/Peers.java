package vn.r57.render.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.Province;
import vn.r57.core.period.Period;
import vn.r57.core.region.GroupFigures;
import vn.r57.core.region.Region;
import vn.r57.core.region.RegionScheme;
import vn.r57.core.region.Regions;
import vn.r57.core.snapshot.Kind;

/**
 * Units among their peers: every region's figures per indicator, and every unit beside its region and the nation.
 * Only actual values count; a qualified value (above, at least, approximately, estimate) counts as its number, as in
 * the national ranking. Built from the model alone, so the same revisions give the same figures.
 */
public final class Peers {

    /** Later end first; on the same end the coarser period (a year beats its Q4 and December), as Series.latest. */
    private static final Comparator<Period> LATEST =
            Comparator.comparing(Period::end).thenComparing(Comparator.<Period>naturalOrder().reversed());

    private final RenderModel model;
    private final Regions regions;
    /** indicator → period → unit → own current actual point. */
    private final Map<String, Map<Period, Map<String, Point>>> own = new HashMap<>();
    /** indicator → period → merged unit → computed sum of its predecessors' actual values. */
    private final Map<String, Map<Period, Map<String, BigDecimal>>> sums = new HashMap<>();
    private final Map<String, List<RegionFigures>> byRegion = new java.util.concurrent.ConcurrentHashMap<>();

    private Peers(RenderModel model, Regions regions) {
        this.model = model;
        this.regions = regions;
        for (ProvinceData data : model.provinces()) {
            for (Series series : data.series()) {
                if (series.kind() == Kind.ACTUAL) {
                    for (Point point : series.points()) {
                        own.computeIfAbsent(series.indicator().id(), i -> new TreeMap<>())
                                .computeIfAbsent(point.period(), p -> new HashMap<>())
                                .put(data.id(), point);
                    }
                }
            }
            for (Harmonised harmonised : data.harmonised()) {
                if (harmonised.kind() == Kind.ACTUAL) {
                    for (Harmonised.Row row : harmonised.rows()) {
                        row.sum().ifPresent(sum -> sums.computeIfAbsent(harmonised.indicator().id(), i -> new TreeMap<>())
                                .computeIfAbsent(row.period(), p -> new HashMap<>())
                                .put(data.id(), sum));
                    }
                }
            }
        }
    }

    public static Peers of(RenderModel model, Regions regions) {
        return new Peers(model, regions);
    }

    public Regions regions() {
        return regions;
    }

    /** The region's figures for every indicator, catalog order. */
    public List<RegionFigures> region(Region region) {
        // Pages render on several threads, and every unit page of a region asks for the same figures.
        return byRegion.computeIfAbsent(region.id(), id -> figures(region));
    }

    private List<RegionFigures> figures(Region region) {
        RegionScheme scheme = regions.scheme(region.scheme());
        List<RegionFigures> figures = new ArrayList<>();
        for (Indicator indicator : model.catalog().indicators()) {
            Map<Period, Map<String, Point>> byPeriod = own.getOrDefault(indicator.id(), Map.of());
            Optional<Period> best = byPeriod.entrySet().stream()
                    .filter(entry -> scheme.appliesTo(entry.getKey()))
                    .filter(entry -> region.unitIds().stream().anyMatch(entry.getValue()::containsKey))
                    .max(Comparator.<Map.Entry<Period, Map<String, Point>>>comparingLong(entry ->
                                    region.unitIds().stream().filter(entry.getValue()::containsKey).count())
                            .thenComparing(entry -> entry.getKey(), LATEST))
                    .map(Map.Entry::getKey);
            Map<String, Point> points = new LinkedHashMap<>();
            best.ifPresent(period -> region.unitIds().forEach(unit -> {
                Point point = byPeriod.get(period).get(unit);
                if (point != null) {
                    points.put(unit, point);
                }
            }));
            figures.add(new RegionFigures(region, indicator, best,
                    GroupFigures.of(region.unitIds(), values(points), indicator.direction()), points));
        }
        return figures;
    }

    /** The unit beside its region and the nation for every indicator, catalog order. */
    public List<Comparison> unit(Province unit) {
        List<Comparison> comparisons = new ArrayList<>();
        for (Indicator indicator : model.catalog().indicators()) {
            comparisons.add(compare(unit, indicator));
        }
        return comparisons;
    }

    private Comparison compare(Province unit, Indicator indicator) {
        Map<Period, Map<String, Point>> byPeriod = own.getOrDefault(indicator.id(), Map.of());
        Optional<Period> latestOwn = byPeriod.entrySet().stream()
                .filter(entry -> entry.getValue().containsKey(unit.id()))
                .map(Map.Entry::getKey)
                .max(LATEST);
        if (latestOwn.isPresent()) {
            Period period = latestOwn.get();
            Point point = byPeriod.get(period).get(unit.id());
            RegionScheme scheme = regions.schemeFor(period);
            Map<String, BigDecimal> values = values(byPeriod.get(period));
            Optional<Region> region = scheme.regionOf(unit.id());
            return new Comparison(indicator, Optional.of(period), Optional.of(point.current().value()),
                    Optional.of(point), false, region,
                    region.map(r -> GroupFigures.of(r.unitIds(), values, indicator.direction())),
                    Optional.of(GroupFigures.of(members(scheme), values, indicator.direction())));
        }
        RegionScheme current = regions.current();
        Optional<Period> latestSum = unit.isMerged()
                ? sums.getOrDefault(indicator.id(), Map.of()).entrySet().stream()
                        .filter(entry -> entry.getValue().containsKey(unit.id()))
                        .map(Map.Entry::getKey)
                        .max(LATEST)
                : Optional.empty();
        if (latestSum.isPresent()) {
            Period period = latestSum.get();
            Map<String, BigDecimal> values = harmonisedValues(indicator, period, current);
            Optional<Region> region = current.regionOf(unit.id());
            return new Comparison(indicator, Optional.of(period), Optional.of(values.get(unit.id())), Optional.empty(),
                    true, region, region.map(r -> GroupFigures.of(r.unitIds(), values, indicator.direction())),
                    Optional.of(GroupFigures.of(members(current), values, indicator.direction())));
        }
        Optional<Region> home = homeRegion(unit);
        Optional<RegionFigures> latest = home.map(region -> region(region, indicator));
        Optional<Period> period = latest.flatMap(RegionFigures::period);
        return new Comparison(indicator, period, Optional.empty(), Optional.empty(), false, home,
                period.flatMap(p -> latest.map(RegionFigures::figures)),
                period.map(p -> GroupFigures.of(members(regions.schemeFor(p)),
                        values(byPeriod.get(p)), indicator.direction())));
    }

    private RegionFigures region(Region region, Indicator indicator) {
        return region(region).stream().filter(f -> f.indicator().equals(indicator)).findFirst().orElseThrow();
    }

    /** A unit's region today, or for a dissolved unit the region it was in last. */
    private Optional<Region> homeRegion(Province unit) {
        List<RegionScheme> schemes = regions.schemes();
        for (int i = schemes.size() - 1; i >= 0; i--) {
            Optional<Region> region = schemes.get(i).regionOf(unit.id());
            if (region.isPresent()) {
                return region;
            }
        }
        return Optional.empty();
    }

    /** Each unit of the scheme with its own value for the period if it existed then, else its harmonised sum. */
    private Map<String, BigDecimal> harmonisedValues(Indicator indicator, Period period, RegionScheme scheme) {
        Map<String, Point> ownValues = own.getOrDefault(indicator.id(), Map.of()).getOrDefault(period, Map.of());
        Map<String, BigDecimal> sumValues = sums.getOrDefault(indicator.id(), Map.of()).getOrDefault(period, Map.of());
        Map<String, BigDecimal> values = new HashMap<>();
        for (String unit : members(scheme)) {
            Point point = ownValues.get(unit);
            if (point != null) {
                values.put(unit, point.current().value());
            } else if (sumValues.containsKey(unit)) {
                values.put(unit, sumValues.get(unit));
            }
        }
        return values;
    }

    private static List<String> members(RegionScheme scheme) {
        return scheme.regions().stream().flatMap(region -> region.unitIds().stream()).toList();
    }

    private static Map<String, BigDecimal> values(Map<String, Point> points) {
        Map<String, BigDecimal> values = new HashMap<>();
        if (points != null) {
            points.forEach((unit, point) -> values.put(unit, point.current().value()));
        }
        return values;
    }
}
