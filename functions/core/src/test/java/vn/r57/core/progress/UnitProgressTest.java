package vn.r57.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.r57.core.progress.Fixtures.count;
import static vn.r57.core.progress.Fixtures.milestone;
import static vn.r57.core.progress.Fixtures.rate;
import static vn.r57.core.progress.Fixtures.ratio;
import static vn.r57.core.progress.Fixtures.readings;
import static vn.r57.core.progress.Fixtures.target;
import static vn.r57.core.progress.Fixtures.withNationalTarget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.r57.core.catalog.Direction;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.ValueType;
import vn.r57.core.catalog.YearValue;
import vn.r57.core.period.Period;

/** Every target counts: one statement per target, the national one first, and the trend only without any. */
class UnitProgressTest {

    @Test
    void aUnitsOwnTargetsAreAssessedBesideTheNationalOne() {
        // 50 → 60.5: 10 % a year. National 80 by 2030 needs 8.15 %: on track. The unit's own 88.57805 by 2030
        // needs 10 %: on track; its own 95 by 2027 needs (95/50)^(1/3) − 1 = 23.86 %: limited progress.
        List<Assessment> all = UnitProgress.assess(withNationalTarget("80", 2030),
                readings("2024", "50", "2026", "60.5"), List.of(), Optional.empty(),
                List.of(target("88.57805", 2030), target("95", 2027)), 2026);

        assertEquals(List.of("national 80 2030 on-track 1.227", "unit 95 2027 limited-progress 0.419",
                        "unit 88.57805 2030 on-track 1.000"),
                all.stream().map(a -> a.target().orElseThrow().source().wireName() + " "
                        + a.target().get().value().toPlainString() + " " + a.target().get().year() + " "
                        + a.status().wireName() + " " + ratio(a.ratio())).toList());
        assertEquals("23.86", rate(all.get(1).requiredRate()));
    }

    @Test
    void withoutAnyTargetTheTrendIsTheOnlyStatement() {
        List<Assessment> all = UnitProgress.assess(count(Direction.UP), readings("2024", "100", "2026", "103.0225"),
                List.of(), Optional.empty(), List.of(), 2026);

        assertEquals(1, all.size());
        assertEquals(Status.SUBSTANTIAL_PROGRESS, all.get(0).status());
        assertEquals(Optional.empty(), all.get(0).target());
    }

    @Test
    void aLevelWithoutDirectionOrTargetHasNoStatement() {
        assertEquals(List.of(), UnitProgress.assess(count(Direction.NONE), readings("2024", "1", "2026", "2"),
                List.of(), Optional.empty(), List.of(), 2026));
    }

    @Test
    void aMilestoneIsAssessedAgainstEachOfItsTargetsByDate() {
        List<Assessment> all = UnitProgress.assess(milestone(), readings("2025-09", "1"), List.of(), Optional.empty(),
                List.of(Target.unit(Period.quarter(2025, 2), BigDecimal.ONE)), 2026);

        assertEquals(List.of(Status.TARGET_ACHIEVED, Status.TARGET_ACHIEVED), all.stream().map(Assessment::status).toList());
    }

    @Test
    void aFlowReportedQuarterlyUsesOnlyItsYearlyFigures() {
        Indicator spending = Fixtures.indicator(ValueType.AMOUNT, Optional.of(BigDecimal.ZERO), Optional.empty(),
                Direction.UP, Optional.empty(), YearValue.YEARLY_ONLY);

        List<Assessment> all = UnitProgress.assess(spending,
                readings("2024", "100", "2025-Q4", "30", "2026-Q4", "40", "2026-12", "12"), List.of(), Optional.empty(),
                List.of(target("200", 2030)), 2026);

        assertEquals(Optional.of(Reason.ONE_YEAR_ONLY), all.get(0).reason());
        assertEquals(Optional.of(Period.year(2024)), all.get(0).current().map(Reading::period));
    }

    @Test
    void aLevelReportedQuarterlyUsesItsFourthQuarters() {
        Indicator stations = Fixtures.indicator(ValueType.COUNT, Optional.of(BigDecimal.ZERO), Optional.empty(),
                Direction.UP, Optional.empty(), YearValue.YEAR_END);

        // 2024-Q4 50 → 2026-Q4 60.5: 10 % a year against 10 % required.
        List<Assessment> all = UnitProgress.assess(stations,
                readings("2024-Q3", "45", "2024-Q4", "50", "2026-Q3", "58", "2026-Q4", "60.5", "2027-Q1", "61"),
                List.of(), Optional.empty(), List.of(target("88.57805", 2030)), 2027);

        assertEquals(Status.ON_TRACK, all.get(0).status());
        assertEquals(Optional.of(Period.quarter(2024, 4)), all.get(0).base().map(Reading::period));
        assertEquals(Optional.of(Period.quarter(2026, 4)), all.get(0).current().map(Reading::period));
    }

    @Test
    void aUnitFormedOnFirstJuly2025IsMeasuredFromItsPredecessorsComputed2024Sum() {
        // Tuyên Quang (formed 1 July 2025) reported 1452 for 2026; Hà Giang and Tuyên Quang (before 2025) reported
        // 2024 figures adding up to 1200. From the sum: (1452/1200)^(1/2) − 1 = 10 %; 3000 by 2030 needs
        // (3000/1200)^(1/6) − 1 = 16.50 %: ratio 0.606, acceleration needed.
        List<Reading> sums = List.of(new Reading(Period.year(2024), new BigDecimal("1200"),
                List.of("ha-giang", "tuyen-quang-pre2025")));

        Assessment a = UnitProgress.assess(count(Direction.UP), readings("2026", "1452"), sums,
                Optional.of(LocalDate.of(2025, 7, 1)), List.of(target("3000", 2030)), 2026).get(0);

        assertEquals(Status.ACCELERATION_NEEDED, a.status());
        assertEquals(List.of("ha-giang", "tuyen-quang-pre2025"), a.base().orElseThrow().sumOf());
        assertEquals("10.00", rate(a.observedRate()));
        assertEquals("16.50", rate(a.requiredRate()));
        assertEquals("0.606", ratio(a.ratio()));
        assertEquals("2125.87", Fixtures.level(a.projection()));   // 1452 × 1.1⁴ = 2125.8732
    }

    @Test
    void aMergedUnitWithoutAComputedSumStartsFromItsOwnFirstYear() {
        Assessment a = UnitProgress.assess(count(Direction.UP), readings("2025", "1300", "2026", "1430"), List.of(),
                Optional.of(LocalDate.of(2025, 7, 1)), List.of(target("3000", 2030)), 2026).get(0);

        assertEquals(Optional.of(Period.year(2025)), a.base().map(Reading::period));
        assertEquals(List.of(), a.base().orElseThrow().sumOf());
    }
}
