package vn.r57.render.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.period.Period;
import vn.r57.core.region.GroupFigures;
import vn.r57.core.region.Ranks;
import vn.r57.core.region.Region;

/**
 * A region on one indicator in its latest period: the period of the region's scheme that most of its units reported
 * (the latest such period on a tie), the same rule as the national ranking. Empty {@code period} when no unit of the
 * region reported an actual value in a period of its scheme.
 *
 * @param points each reporting unit's point for {@code period}
 */
public record RegionFigures(
        Region region, Indicator indicator, Optional<Period> period, GroupFigures figures, Map<String, Point> points) {

    public RegionFigures {
        points = Map.copyOf(points);
    }

    /** The members in rank order, then the members without a value in reference order. */
    public List<String> unitsInRankOrder() {
        List<String> ordered = new ArrayList<>(figures.ranks().stream().map(Ranks.Ranked::unit).toList());
        ordered.addAll(figures.missing());
        return ordered;
    }
}
