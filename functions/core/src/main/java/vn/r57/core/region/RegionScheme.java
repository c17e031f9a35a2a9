package vn.r57.core.region;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.r57.core.period.Period;

/**
 * One grouping of the units into socio-economic regions, valid for a span of days. A later decision becomes a new
 * scheme rather than an edit, so a period is always grouped the way it was grouped when it happened.
 *
 * @param legalBasis the act that defines (or proposes) the grouping, as cited on the about page
 * @param checkedAgainst the public text the membership was checked against
 * @param primarySourceConfirmed true only when the membership was read in the act itself; false means it rests on
 *     the secondary source in {@code checkedAgainst}, and pages say so
 */
public record RegionScheme(
        String id,
        Optional<LocalDate> validFrom,
        Optional<LocalDate> validTo,
        int units,
        String legalBasis,
        String checkedAgainst,
        boolean primarySourceConfirmed,
        List<Region> regions) {

    public RegionScheme {
        regions = List.copyOf(regions);
    }

    /**
     * True when the scheme was valid on the period's last day: a period is grouped as it stood when it closed, so
     * the year 2025 and its third quarter go by the 2025 scheme, its second quarter by the one before.
     */
    public boolean appliesTo(Period period) {
        return validOn(period.end());
    }

    public boolean validOn(LocalDate day) {
        return validFrom.map(from -> !day.isBefore(from)).orElse(true) && validTo.map(to -> !day.isAfter(to)).orElse(true);
    }

    public boolean isCurrent() {
        return validTo.isEmpty();
    }

    public Optional<Region> regionOf(String unitId) {
        return regions.stream().filter(region -> region.unitIds().contains(unitId)).findFirst();
    }
}
