package vn.r57.render.model;

import java.util.List;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;

/**
 * One period of one series: the current value (highest revision number) and the values it replaced, oldest first.
 */
public record Point(Period period, Revision current, List<Revision> earlier) {

    public Point {
        earlier = List.copyOf(earlier);
    }

    /** True when a department sent a correction for this period: the public history is not empty. */
    public boolean isRevised() {
        return !earlier.isEmpty();
    }

    /** Every revision of this period, oldest first, the current one last. */
    public List<Revision> history() {
        return java.util.stream.Stream.concat(earlier.stream(), java.util.stream.Stream.of(current)).toList();
    }
}
