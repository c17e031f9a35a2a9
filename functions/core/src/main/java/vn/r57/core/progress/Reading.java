package vn.r57.core.progress;

import java.math.BigDecimal;
import java.util.List;
import vn.r57.core.period.Period;

/**
 * One figure progress is measured from: a unit's own current actual value, or, for a unit formed on 1 July 2025,
 * the exact computed sum of its predecessors' values for a year before it existed.
 *
 * @param sumOf empty for the unit's own value; the predecessors' ids when the figure is their computed sum
 */
public record Reading(Period period, BigDecimal value, List<String> sumOf) {

    public Reading {
        sumOf = List.copyOf(sumOf);
    }

    public static Reading own(Period period, BigDecimal value) {
        return new Reading(period, value, List.of());
    }

    public boolean isComputedSum() {
        return !sumOf.isEmpty();
    }

    public int year() {
        return period.year();
    }
}
