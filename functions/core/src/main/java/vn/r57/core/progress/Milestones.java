package vn.r57.core.progress;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.r57.core.catalog.Direction;
import vn.r57.core.catalog.Indicator;

/**
 * A milestone (a committee set up, a plan issued: 1 done, 0 not yet) has no growth: it is done by its target year,
 * done late, not done yet while its year runs, or overdue.
 */
public final class Milestones {

    private Milestones() {}

    /**
     * @param readings the unit's own actual values, of any period length
     * @param asOfYear the year the data speaks for (the year of its latest receipt), never the clock: after the
     *     target year a milestone not done is overdue
     */
    public static Assessment against(Indicator indicator, Target target, Collection<Reading> readings, int asOfYear) {
        Optional<Target> assessed = Optional.of(target);
        if (indicator.direction() == Direction.NONE) {
            return Assessment.unable(Reason.NO_DIRECTION, assessed, Optional.empty(), Optional.empty());
        }
        int sense = indicator.direction() == Direction.UP ? 1 : -1;
        Comparator<Reading> byEnd = Comparator.comparing((Reading reading) -> reading.period().end())
                .thenComparing(reading -> reading.period().start(), Comparator.reverseOrder());
        Optional<Reading> latest = readings.stream().max(byEnd);
        Optional<Reading> done = readings.stream()
                .filter(reading -> sense * reading.value().compareTo(target.value()) >= 0)
                .min(byEnd);
        Status status;
        if (done.isPresent()) {
            status = done.get().period().end().getYear() <= target.year() ? Status.TARGET_ACHIEVED : Status.ACHIEVED_LATE;
        } else {
            status = asOfYear > target.year() ? Status.OVERDUE : Status.NOT_YET_DUE;
        }
        return new Assessment(status, Optional.empty(), assessed, done, latest, false, false, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }
}
