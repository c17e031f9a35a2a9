package vn.r57.core.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reporting periods: YYYY, YYYY-Qn, YYYY-MM, and nothing else. */
class PeriodTest {

    @ParameterizedTest(name = "{0} runs from {1} to {2}")
    @CsvSource({
        "2025,    2025-01-01, 2025-12-31, YEAR,    0",
        "2025-Q1, 2025-01-01, 2025-03-31, QUARTER, 1",
        "2025-Q2, 2025-04-01, 2025-06-30, QUARTER, 2",
        "2025-Q3, 2025-07-01, 2025-09-30, QUARTER, 3",
        "2025-Q4, 2025-10-01, 2025-12-31, QUARTER, 4",
        "2025-01, 2025-01-01, 2025-01-31, MONTH,   1",
        "2024-02, 2024-02-01, 2024-02-29, MONTH,   2",
        "2025-02, 2025-02-01, 2025-02-28, MONTH,   2",
        "2025-06, 2025-06-01, 2025-06-30, MONTH,   6",
        "2025-12, 2025-12-01, 2025-12-31, MONTH,  12",
        "2000,    2000-01-01, 2000-12-31, YEAR,    0",
        "2100-Q4, 2100-10-01, 2100-12-31, QUARTER, 4",
    })
    void aValidPeriodHasItsFirstAndLastDayAndPrintsAsItWasWritten(
            String text, LocalDate start, LocalDate end, Granularity granularity, int number) {
        Period period = Period.parse(text).orElseThrow();

        assertEquals(start, period.start());
        assertEquals(end, period.end());
        assertEquals(granularity, period.granularity());
        assertEquals(number, period.number());
        assertEquals(text, period.toString());
    }

    @ParameterizedTest(name = "\"{0}\" is not a period")
    @ValueSource(strings = {
        "2025-Q5", "2025-Q0", "2025-13", "2025-00", "2025-1", "25", "2025Q1", " 2025", "2025 ", "2025-q1", "2025-Q1 ",
        "1999", "2101", "0000", "9999", "2025-Q", "2025-", "2025-001", "2025/01", "2025-W01", "2025-H1", "2025-01-01",
        "Q1-2025", "", "２０２５", "\u0662\u0660\u0662\u0665", "+2025", "-2025", "2025\n",
    })
    void anythingElseIsRejected(String text) {
        assertEquals(Optional.empty(), Period.parse(text));
    }

    @Test
    void factoryMethodsEqualParsedPeriods() {
        assertEquals(Period.parse("2025").orElseThrow(), Period.year(2025));
        assertEquals(Period.parse("2025-Q3").orElseThrow(), Period.quarter(2025, 3));
        assertEquals(Period.parse("2025-07").orElseThrow(), Period.month(2025, 7));
    }

    @Test
    void invalidComponentsAreRefusedByTheConstructor() {
        assertEquals("year out of range: 1999",
                assertThrows(IllegalArgumentException.class, () -> Period.year(1999)).getMessage());
        assertEquals("year out of range: 2101",
                assertThrows(IllegalArgumentException.class, () -> Period.month(2101, 1)).getMessage());
        assertEquals("bad QUARTER number: 5",
                assertThrows(IllegalArgumentException.class, () -> Period.quarter(2025, 5)).getMessage());
        assertEquals("bad MONTH number: 0",
                assertThrows(IllegalArgumentException.class, () -> Period.month(2025, 0)).getMessage());
        assertEquals("bad YEAR number: 1",
                assertThrows(IllegalArgumentException.class, () -> new Period(2025, Granularity.YEAR, 1)).getMessage());
    }

    @Test
    void periodsSortByStartThenLongestFirst() {
        List<Period> periods = new ArrayList<>();
        for (String text : List.of("2025-07", "2025-Q3", "2024", "2025-01", "2025", "2025-Q1", "2024-12", "2025-02")) {
            periods.add(Period.parse(text).orElseThrow());
        }

        Collections.sort(periods);

        assertEquals(List.of("2024", "2024-12", "2025", "2025-Q1", "2025-01", "2025-02", "2025-Q3", "2025-07"),
                periods.stream().map(Period::toString).toList());
    }

    @Test
    void aPeriodContainsThePeriodsAndDaysWithinIt() {
        Period year = Period.year(2025);
        Period q3 = Period.quarter(2025, 3);

        assertTrue(year.contains(q3));
        assertTrue(year.contains(Period.month(2025, 12)));
        assertTrue(q3.contains(Period.month(2025, 9)));
        assertTrue(q3.contains(q3));
        assertFalse(q3.contains(year));
        assertFalse(q3.contains(Period.month(2025, 10)));
        assertFalse(year.contains(Period.month(2024, 12)));
        assertTrue(q3.contains(LocalDate.of(2025, 7, 1)));
        assertTrue(q3.contains(LocalDate.of(2025, 9, 30)));
        assertFalse(q3.contains(LocalDate.of(2025, 6, 30)));
        assertFalse(q3.contains(LocalDate.of(2025, 10, 1)));
    }

    @Test
    void aPeriodHasStartedOnItsFirstDayNotTheDayBefore() {
        Period q4 = Period.quarter(2025, 4);

        assertFalse(q4.hasStartedBy(LocalDate.of(2025, 9, 30)));
        assertTrue(q4.hasStartedBy(LocalDate.of(2025, 10, 1)));
        assertTrue(q4.hasStartedBy(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void printingIgnoresTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            // Arabic (Egypt) formats numbers with Arabic-Indic digits by default.
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));

            assertEquals("2025-07", Period.month(2025, 7).toString());
        } finally {
            Locale.setDefault(before);
        }
    }
}
