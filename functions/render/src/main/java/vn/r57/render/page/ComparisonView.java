package vn.r57.render.page;

import java.util.List;
import java.util.Optional;
import vn.r57.core.catalog.Province;
import vn.r57.core.region.Region;
import vn.r57.render.model.Comparison;
import vn.r57.render.model.Peers;

/**
 * A unit page's "compared with the region" section.
 *
 * @param region the unit's region today, or the last region of a dissolved unit
 * @param rows one per indicator, catalog order
 */
public record ComparisonView(Province unit, Optional<Region> region, List<Comparison> rows) {

    public static ComparisonView of(Peers peers, Province unit) {
        Optional<Region> region = unit.isCurrent()
                ? peers.regions().current().regionOf(unit.id())
                : peers.regions().schemes().get(0).regionOf(unit.id());
        return new ComparisonView(unit, region, peers.unit(unit));
    }

    /** The compare page's query for this current unit and the first five other units of its region. */
    public String compareQuery() {
        List<String> units = new java.util.ArrayList<>(List.of(unit.id()));
        region.ifPresent(r -> r.unitIds().stream().filter(id -> !id.equals(unit.id())).limit(5).forEach(units::add));
        return "?units=" + String.join(",", units);
    }

    /** True when a row compares the unit's harmonised series, so the section explains it. */
    public boolean anyHarmonised() {
        return rows.stream().anyMatch(Comparison::harmonised);
    }

    /** True when a row's period is grouped by another scheme than the unit's region today. */
    public boolean anyOtherScheme() {
        return rows.stream().anyMatch(row -> row.region().isPresent() && region.isPresent()
                && !row.region().get().scheme().equals(region.get().scheme()));
    }
}
