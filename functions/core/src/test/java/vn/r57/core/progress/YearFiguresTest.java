package vn.r57.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.r57.core.progress.Fixtures.readings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.r57.core.catalog.YearValue;
import vn.r57.core.period.Period;

/** Which period stands for a year, by the catalog's {@code year_value} rule. */
class YearFiguresTest {

    @Test
    void aYearlyPeriodAlwaysStandsForItsYear() {
        assertEquals(Map.of(2025, "2025 = 60"),
                shown(YearFigures.of(YearValue.YEAR_END, readings("2025-Q4", "61", "2025", "60", "2025-12", "62"))));
        assertEquals(Map.of(2025, "2025 = 60"),
                shown(YearFigures.of(YearValue.YEARLY_ONLY, readings("2025-Q4", "61", "2025", "60"))));
    }

    @Test
    void forALevelTheLastQuarterOrDecemberStandsForAYearWithoutAYearlyFigure() {
        assertEquals(Map.of(2024, "2024-Q4 = 41", 2025, "2025-12 = 52"),
                shown(YearFigures.of(YearValue.YEAR_END,
                        readings("2024-Q3", "40", "2024-Q4", "41", "2024-12", "42", "2025-11", "51", "2025-12", "52"))));
    }

    @Test
    void aYearWhoseLastPeriodIsMissingHasNoFigure() {
        assertEquals(Map.of(), shown(YearFigures.of(YearValue.YEAR_END, readings("2026-Q1", "10", "2026-Q3", "12"))));
    }

    @Test
    void forAFlowOnlyYearlyPeriodsCount() {
        // A quarter's spending is not the year's: three quarters and a December alone give no 2025 figure.
        assertEquals(Map.of(2024, "2024 = 250"),
                shown(YearFigures.of(YearValue.YEARLY_ONLY,
                        readings("2024", "250", "2025-Q1", "60", "2025-Q4", "70", "2025-12", "30"))));
    }

    @Test
    void aUnitFormedOnFirstJuly2025TakesItsPredecessorsSumForYearsBeforeIt() {
        List<Reading> sums = List.of(
                new Reading(Period.year(2024), new java.math.BigDecimal("1200"), List.of("ha-giang", "tuyen-quang-pre2025")),
                new Reading(Period.year(2025), new java.math.BigDecimal("700"), List.of("ha-giang", "tuyen-quang-pre2025")));

        var figures = YearFigures.of(YearValue.YEAR_END, readings("2025", "1300", "2026", "1452"), sums,
                Optional.of(LocalDate.of(2025, 7, 1)));

        assertEquals(Map.of(2024, "2024 = 1200 (sum of ha-giang, tuyen-quang-pre2025)", 2025, "2025 = 1300",
                        2026, "2026 = 1452"), shown(figures));
    }

    @Test
    void withoutAFormationDatePredecessorSumsAreNeverUsed() {
        List<Reading> sums = List.of(new Reading(Period.year(2024), new java.math.BigDecimal("1200"), List.of("a", "b")));

        assertEquals(Map.of(2026, "2026 = 1452"),
                shown(YearFigures.of(YearValue.YEAR_END, readings("2026", "1452"), sums, Optional.empty())));
    }

    private static Map<Integer, String> shown(Map<Integer, Reading> figures) {
        return figures.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> {
            Reading r = entry.getValue();
            return r.period() + " = " + r.value().toPlainString()
                    + (r.isComputedSum() ? " (sum of " + String.join(", ", r.sumOf()) + ")" : "");
        }));
    }
}
