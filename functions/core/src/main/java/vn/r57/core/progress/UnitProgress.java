package vn.r57.core.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.ValueType;

/**
 * Every progress statement for one unit and one indicator: one per target that counts (the national target first,
 * then the unit's own targets by year), or, when there is no target at all, the trend.
 */
public final class UnitProgress {

    private UnitProgress() {}

    /**
     * @param actuals the unit's own current actual values, any period length
     * @param predecessorSums for a unit formed on {@code formedOn}, its predecessors' exact computed sums
     * @param ownTargets the unit's own current target values
     * @param asOfYear the year the data speaks for (see {@link Milestones})
     */
    public static List<Assessment> assess(
            Indicator indicator,
            Collection<Reading> actuals,
            Collection<Reading> predecessorSums,
            Optional<LocalDate> formedOn,
            Collection<Target> ownTargets,
            int asOfYear) {
        List<Target> targets = targets(indicator, ownTargets);
        List<Assessment> result = new ArrayList<>();
        if (indicator.valueType() == ValueType.MILESTONE) {
            for (Target target : targets) {
                result.add(Milestones.against(indicator, target, actuals, asOfYear));
            }
            return result;
        }
        NavigableMap<Integer, Reading> figures = YearFigures.of(indicator.yearValue(), actuals, predecessorSums, formedOn);
        if (targets.isEmpty()) {
            ProgressMeasure.trend(indicator, figures).ifPresent(result::add);
        }
        for (Target target : targets) {
            result.add(ProgressMeasure.against(indicator, target, figures));
        }
        return result;
    }

    private static List<Target> targets(Indicator indicator, Collection<Target> ownTargets) {
        List<Target> targets = new ArrayList<>();
        indicator.nationalTarget().ifPresent(national ->
                targets.add(Target.national(national.value(), national.year(), national.note())));
        ownTargets.stream()
                .sorted(Comparator.comparing((Target target) -> target.period().orElseThrow()))
                .forEach(targets::add);
        return targets;
    }
}
