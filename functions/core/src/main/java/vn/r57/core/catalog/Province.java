package vn.r57.core.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.r57.core.Lang;
import vn.r57.core.period.Period;

/**
 * A first-level administrative unit, before or after the 1 July 2025 reorganisation.
 * {@code validFrom} is empty for units that existed before records start; {@code validTo} is empty for current units.
 */
public record Province(
        String id,
        String nameVi,
        String nameEn,
        UnitType type,
        Optional<LocalDate> validFrom,
        Optional<LocalDate> validTo,
        Optional<String> successorId,
        List<String> predecessorIds,
        String note) {

    public Province {
        predecessorIds = List.copyOf(predecessorIds);
    }

    public boolean isCurrent() {
        return validTo.isEmpty();
    }

    public boolean isMerged() {
        return !predecessorIds.isEmpty();
    }

    public String name(Lang lang) {
        return lang == Lang.VI ? nameVi : nameEn;
    }

    /** True when the unit existed on at least one day of the period. */
    public boolean existedDuring(Period period) {
        boolean startedBeforeEnd = validFrom.map(from -> !from.isAfter(period.end())).orElse(true);
        boolean endedAfterStart = validTo.map(to -> !to.isBefore(period.start())).orElse(true);
        return startedBeforeEnd && endedAfterStart;
    }
}
