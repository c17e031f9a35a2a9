package vn.r57.render.model;

import java.util.List;
import java.util.Optional;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.Province;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;

/**
 * What one unit reported for one indicator and kind, period by period (oldest first, by {@link Period}'s order).
 * Always the unit's own figures: a merged province's series never contains its predecessors' values.
 */
public record Series(Province province, Indicator indicator, Kind kind, List<Point> points) {

    public Series {
        points = List.copyOf(points);
    }

    public Optional<Point> at(Period period) {
        return points.stream().filter(point -> point.period().equals(period)).findFirst();
    }

    /** The point of the period that ends last (a year before its last quarter or month); empty for no points. */
    public Optional<Point> latest() {
        return points.stream().max(Periods.LATEST_FIRST.reversed());
    }
}
