package vn.r57.core.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import vn.r57.core.catalog.YearValue;
import vn.r57.core.period.Granularity;
import vn.r57.core.period.Period;

/** One figure per year from a unit's readings, by the indicator's {@link YearValue} rule. */
public final class YearFigures {

    private YearFigures() {}

    /**
     * The figure of every year that has one: a yearly period first; for a {@link YearValue#YEAR_END} indicator
     * without one, the period ending on 31 December (a fourth quarter before a December). For a unit formed on
     * {@code formedOn}, a year that ended before it was formed and has no figure of its own takes the predecessors'
     * computed sum (from {@code predecessorSums}) by the same rule, marked as such in the {@link Reading}.
     */
    public static NavigableMap<Integer, Reading> of(
            YearValue rule, Collection<Reading> own, Collection<Reading> predecessorSums, Optional<LocalDate> formedOn) {
        NavigableMap<Integer, Reading> figures = select(rule, own);
        formedOn.ifPresent(formed -> select(rule, predecessorSums).forEach((year, sum) -> {
            if (LocalDate.of(year, 12, 31).isBefore(formed)) {
                figures.putIfAbsent(year, sum);
            }
        }));
        return figures;
    }

    private static NavigableMap<Integer, Reading> select(YearValue rule, Collection<Reading> readings) {
        NavigableMap<Integer, Reading> figures = new TreeMap<>();
        Comparator<Reading> preference = Comparator.comparing((Reading reading) -> reading.period().start());
        readings.stream()
                .filter(reading -> standsForItsYear(rule, reading.period()))
                .sorted(preference)   // earliest start first: the year itself, then its fourth quarter, then December
                .forEach(reading -> figures.putIfAbsent(reading.year(), reading));
        return figures;
    }

    private static boolean standsForItsYear(YearValue rule, Period period) {
        if (period.granularity() == Granularity.YEAR) {
            return true;
        }
        return rule == YearValue.YEAR_END && period.end().equals(LocalDate.of(period.year(), 12, 31));
    }

    /** Convenience for callers holding a list. */
    public static NavigableMap<Integer, Reading> of(YearValue rule, List<Reading> own) {
        return of(rule, own, List.of(), Optional.empty());
    }
}
