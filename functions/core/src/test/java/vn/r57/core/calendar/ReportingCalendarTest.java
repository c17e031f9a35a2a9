package vn.r57.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.period.Period;

class ReportingCalendarTest {

    private static final Catalog CATALOG = Catalog.load();

    @Test
    void theAsOfDayIsVietnams() {
        assertEquals(LocalDate.of(2026, 12, 7), ReportingCalendar.day(Instant.parse("2026-12-06T17:00:00Z")));
        assertEquals(LocalDate.of(2026, 12, 6), ReportingCalendar.day(Instant.parse("2026-12-06T16:59:59Z")));
    }

    @Test
    void aMilestoneIsNotOwedBeforeItsYearStarts() {
        assertEquals(List.of(), ReportingCalendar.periods(CATALOG.indicator("action-plan-issued").orElseThrow(),
                LocalDate.of(2024, 12, 31)));
        assertEquals(List.of(Period.year(2025)), ReportingCalendar.periods(
                CATALOG.indicator("action-plan-issued").orElseThrow(), LocalDate.of(2025, 1, 1)));
    }

    @Test
    void quartersAndMonthsRollOverTheYear() {
        assertEquals(Period.quarter(2026, 1), ReportingCalendar.next(Period.quarter(2025, 4)));
        assertEquals(Period.month(2026, 1), ReportingCalendar.next(Period.month(2025, 12)));
        assertEquals(Period.year(2026), ReportingCalendar.next(Period.year(2025)));
    }

    @Test
    void theKeyChangesWhenADueDatePassesAndNotOnOtherDays() {
        // November 2026's monthly report is due on 15 December.
        List<String> tenth = ReportingCalendar.key(CATALOG, LocalDate.of(2026, 12, 10));
        List<String> fifteenth = ReportingCalendar.key(CATALOG, LocalDate.of(2026, 12, 15));
        List<String> sixteenth = ReportingCalendar.key(CATALOG, LocalDate.of(2026, 12, 16));

        assertEquals(tenth, fifteenth);
        assertNotEquals(fifteenth, sixteenth);
        assertEquals(true, fifteenth.contains("2026-11 2026-12-15 reporting"));
        assertEquals(true, sixteenth.contains("2026-11 2026-12-15 due"));
        assertEquals(true, sixteenth.contains("2026-12 2027-01-15 open"));
    }
}
