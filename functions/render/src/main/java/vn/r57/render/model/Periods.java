package vn.r57.render.model;

import java.util.Comparator;

/** Orders for choosing "the latest" value when years, quarters and months are mixed in one series. */
final class Periods {

    private Periods() {}

    /**
     * Latest end first; on the same end day the longer period first, because a year's figure is the complete one and
     * its fourth quarter or December only a part.
     */
    static final Comparator<Point> LATEST_FIRST = Comparator
            .comparing((Point point) -> point.period().end(), Comparator.reverseOrder())
            .thenComparing(point -> point.period().start());
}
