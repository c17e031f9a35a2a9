package vn.r57.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.format.Dates;
import vn.r57.core.period.Period;

/**
 * The periods a unit owes a report for, as of a day in Vietnam: every period of the indicator's frequency that has
 * started by that day, from the first period after Resolution 57-NQ/TW (22 December 2024). Yearly reports start with
 * 2024 (the baseline year the resolution's targets are measured from), quarterly ones with 2025-Q1 and monthly ones
 * with 2025-01; a milestone reported once is owed for its one year.
 */
public final class ReportingCalendar {

    public static final Period FIRST_YEAR = Period.year(2024);
    public static final Period FIRST_QUARTER = Period.quarter(2025, 1);
    public static final Period FIRST_MONTH = Period.month(2025, 1);

    private ReportingCalendar() {}

    /** The day an instant falls on in Vietnam: the calendar's "as of" day. */
    public static LocalDate day(Instant asOf) {
        return asOf.atZone(Dates.VIETNAM).toLocalDate();
    }

    /** The periods of {@code indicator} started by {@code day}, oldest first. */
    public static List<Period> periods(Indicator indicator, LocalDate day) {
        ReportingRule rule = indicator.reporting();
        List<Period> periods = new ArrayList<>();
        if (rule.frequency() == Frequency.ONCE) {
            Period once = Period.year(rule.onceYear().orElseThrow());
            if (once.hasStartedBy(day)) {
                periods.add(once);
            }
            return periods;
        }
        for (Period period = first(rule.frequency()); period.hasStartedBy(day); period = next(period)) {
            periods.add(period);
        }
        return periods;
    }

    /**
     * What the statuses of every unit depend on besides the received values: each period started by {@code day} with
     * its due date and whether it is open, within its time to report, or due. Equal keys on two days mean equal
     * statuses for the same values; a renderer re-renders the statuses when the key changes.
     */
    public static List<String> key(Catalog catalog, LocalDate day) {
        TreeSet<String> key = new TreeSet<>();
        for (Indicator indicator : catalog.indicators()) {
            ReportingRule rule = indicator.reporting();
            for (Period period : periods(indicator, day)) {
                LocalDate due = rule.dueDate(period);
                String state = !day.isAfter(period.end()) ? "open" : !day.isAfter(due) ? "reporting" : "due";
                key.add(period + " " + due + " " + state);
            }
        }
        return List.copyOf(key);
    }

    static Period first(Frequency frequency) {
        return switch (frequency) {
            case MONTHLY -> FIRST_MONTH;
            case QUARTERLY -> FIRST_QUARTER;
            case YEARLY, ONCE -> FIRST_YEAR;
        };
    }

    static Period next(Period period) {
        return switch (period.granularity()) {
            case YEAR -> Period.year(period.year() + 1);
            case QUARTER -> period.number() == 4
                    ? Period.quarter(period.year() + 1, 1)
                    : Period.quarter(period.year(), period.number() + 1);
            case MONTH -> period.number() == 12
                    ? Period.month(period.year() + 1, 1)
                    : Period.month(period.year(), period.number() + 1);
        };
    }
}
