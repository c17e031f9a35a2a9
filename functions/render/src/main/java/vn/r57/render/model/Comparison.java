package vn.r57.render.model;

import java.math.BigDecimal;
import java.util.Optional;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.period.Period;
import vn.r57.core.region.GroupFigures;
import vn.r57.core.region.Region;

/**
 * One unit on one indicator beside its region and the nation, all for the same period.
 *
 * <ul>
 *   <li>The unit's latest actual value decides the period, and the period decides the scheme: before 1 July 2025 the
 *       unit is compared within its master-plan region over the 63 units, from then within its 2025 region over 34.
 *   <li>A unit formed on 1 July 2025 without a value of its own is compared on its harmonised series (the computed
 *       sum of its predecessors' values) within its 2025 region: every peer then counts with its own value when it
 *       existed in the period, or its own harmonised sum ({@code harmonised} is true and the page says so).
 *   <li>A unit without any value is shown beside its region's latest figures ({@code value} empty).
 * </ul>
 *
 * @param period the period of {@code value} or, without a value, of the regional figures
 * @param point the unit's own point, when {@code value} is its own reported value
 * @param region empty when the unit belongs to no region of the period's scheme
 */
public record Comparison(
        Indicator indicator,
        Optional<Period> period,
        Optional<BigDecimal> value,
        Optional<Point> point,
        boolean harmonised,
        Optional<Region> region,
        Optional<GroupFigures> regional,
        Optional<GroupFigures> national) {}
