package vn.r57.render.model;

import java.util.List;
import vn.r57.core.period.Period;

/**
 * Current units ordered by their actual value of one indicator in one period: the period most current units reported
 * (the latest such period on a tie). Equal values share a rank and the next rank is skipped (1, 2, 2, 4).
 *
 * @param reporting how many current units have a value for {@code period}
 * @param of how many current units there are
 */
public record Ranking(Period period, int reporting, int of, List<Entry> entries) {

    public Ranking {
        entries = List.copyOf(entries);
    }

    public record Entry(int rank, String province, Point point) {}
}
