package vn.r57.render.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.r57.core.format.Dates;
import vn.r57.core.period.Period;

/**
 * The periods every current unit is expected to report an actual value for: each calendar year from 2024 (the first
 * year after Resolution 57-NQ/TW of 22 December 2024) up to the year of the data version in Vietnam's time zone.
 * Tied to the data, not to the clock, so the same revisions always render the same files.
 */
public final class ReportingCalendar {

    public static final int FIRST_YEAR = 2024;

    private ReportingCalendar() {}

    public static List<Period> periods(Optional<Instant> dataVersion) {
        int lastYear = dataVersion.map(version -> version.atZone(Dates.VIETNAM).getYear()).orElse(FIRST_YEAR);
        List<Period> periods = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= Math.max(FIRST_YEAR, lastYear); year++) {
            periods.add(Period.year(year));
        }
        return List.copyOf(periods);
    }
}
