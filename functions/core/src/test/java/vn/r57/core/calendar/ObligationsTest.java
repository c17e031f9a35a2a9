package vn.r57.core.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.period.Period;

/**
 * The timeliness of a report at its edges, with the catalog's own rules: on-time-admin-processing is monthly (due 15
 * days after the month), online-public-services-usage quarterly (20 days), digital-economy-share yearly (90 days) and
 * action-plan-issued a milestone owed once for 2025 (31 days). Times are written in Vietnam's offset (+07:00).
 */
class ObligationsTest {

    private static final Catalog CATALOG = Catalog.load();
    private static final String MONTHLY = "on-time-admin-processing";
    private static final String QUARTERLY = "online-public-services-usage";
    private static final String YEARLY = "digital-economy-share";
    private static final String ONCE = "action-plan-issued";

    private final Map<String, List<Instant>> received = new HashMap<>();

    @Test
    void aQuarterIsDueTwentyDaysAfterItEnds() {
        Obligation q1 = status("thanh-hoa", QUARTERLY, "2026-Q1", "2026-12-01T00:00+07:00");

        assertEquals(LocalDate.of(2026, 4, 20), q1.dueDate());
        assertEquals(Timeliness.MISSING, q1.status());
    }

    @Test
    void theLastSecondOfTheDueDateIsOnTime() {
        receive("thanh-hoa", QUARTERLY, "2026-Q1", "2026-04-20T23:59:59+07:00");

        Obligation q1 = status("thanh-hoa", QUARTERLY, "2026-Q1", "2026-12-01T00:00+07:00");

        assertEquals(Timeliness.ON_TIME, q1.status());
        assertEquals(0, q1.daysLate());
        assertEquals(Optional.of(at("2026-04-20T23:59:59+07:00")), q1.firstReceived());
    }

    @Test
    void theFirstSecondAfterTheDueDateIsOneDayLate() {
        receive("thanh-hoa", QUARTERLY, "2026-Q1", "2026-04-21T00:00:00+07:00");

        Obligation q1 = status("thanh-hoa", QUARTERLY, "2026-Q1", "2026-12-01T00:00+07:00");

        assertEquals(Timeliness.LATE, q1.status());
        assertEquals(1, q1.daysLate());
    }

    @Test
    void theDueDateIsVietnamsDayNotUtcs() {
        // 17:00 UTC on 20 April is already 00:00 on 21 April in Vietnam: late.
        receive("thanh-hoa", QUARTERLY, "2026-Q1", "2026-04-20T17:00:00Z");
        receive("ha-noi", QUARTERLY, "2026-Q1", "2026-04-20T16:59:59Z");

        assertEquals(Timeliness.LATE, status("thanh-hoa", QUARTERLY, "2026-Q1", "2026-12-01T00:00+07:00").status());
        assertEquals(Timeliness.ON_TIME, status("ha-noi", QUARTERLY, "2026-Q1", "2026-12-01T00:00+07:00").status());
    }

    @Test
    void daysLateCountsCalendarDaysInVietnam() {
        receive("thanh-hoa", YEARLY, "2025", "2026-05-01T08:00+07:00");

        Obligation year = status("thanh-hoa", YEARLY, "2025", "2026-12-01T00:00+07:00");

        assertEquals(LocalDate.of(2026, 3, 31), year.dueDate());
        assertEquals(Timeliness.LATE, year.status());
        assertEquals(31, year.daysLate());
    }

    @Test
    void aCorrectionAfterTheDueDateLeavesAnOnTimeReportOnTimeAndMarksItRevised() {
        receive("thanh-hoa", QUARTERLY, "2026-Q1", "2026-04-10T09:00+07:00");
        receive("thanh-hoa", QUARTERLY, "2026-Q1", "2026-06-01T09:00+07:00");

        Obligation q1 = status("thanh-hoa", QUARTERLY, "2026-Q1", "2026-12-01T00:00+07:00");

        assertEquals(Timeliness.ON_TIME, q1.status());
        assertTrue(q1.revised());
        assertEquals(Optional.of(at("2026-04-10T09:00+07:00")), q1.firstReceived());
    }

    @Test
    void aLateReportCorrectedLaterIsLateByItsFirstReceiptAndRevised() {
        receive("thanh-hoa", QUARTERLY, "2026-Q1", "2026-06-01T09:00+07:00");
        receive("thanh-hoa", QUARTERLY, "2026-Q1", "2026-04-30T09:00+07:00");

        Obligation q1 = status("thanh-hoa", QUARTERLY, "2026-Q1", "2026-12-01T00:00+07:00");

        assertEquals(Timeliness.LATE, q1.status());
        assertEquals(10, q1.daysLate());
        assertTrue(q1.revised());
    }

    @Test
    void anOpenPeriodIsNotYetDueAndSaysSo() {
        Obligation q4 = status("thanh-hoa", QUARTERLY, "2026-Q4", "2026-12-06T10:00+07:00");

        assertEquals(Timeliness.NOT_YET_DUE, q4.status());
        assertTrue(q4.open());
        assertEquals(LocalDate.of(2027, 1, 20), q4.dueDate());
    }

    @Test
    void aClosedPeriodWithinItsTimeToReportIsNotYetDueUntilTheEndOfItsDueDate() {
        Obligation lastSecond = status("thanh-hoa", MONTHLY, "2026-11", "2026-12-15T23:59:59+07:00");
        Obligation nextDay = status("thanh-hoa", MONTHLY, "2026-11", "2026-12-16T00:00:00+07:00");

        assertEquals(Timeliness.NOT_YET_DUE, lastSecond.status());
        assertFalse(lastSecond.open());
        assertEquals(Timeliness.MISSING, nextDay.status());
    }

    @Test
    void aPeriodThatClosesWhileARenderRunsCountsOnlyWhatWasReceivedByTheRendersInstant() {
        Instant cut = at("2026-12-15T23:59:59+07:00");
        receive("thanh-hoa", MONTHLY, "2026-11", "2026-12-16T00:00:05+07:00");

        Obligation atTheCut = new Obligations(CATALOG, this::receipts, cut)
                .of(CATALOG.province("thanh-hoa").orElseThrow(), CATALOG.indicator(MONTHLY).orElseThrow(), Period.parse("2026-11").orElseThrow());
        Obligation after = status("thanh-hoa", MONTHLY, "2026-11", "2026-12-16T00:00:10+07:00");

        assertEquals(Timeliness.NOT_YET_DUE, atTheCut.status());
        assertEquals(Optional.empty(), atTheCut.firstReceived());
        assertEquals(Timeliness.LATE, after.status());
        assertEquals(1, after.daysLate());
    }

    @Test
    void aCorrectionReceivedAfterTheInstantDoesNotMakeTheReportRevisedYet() {
        receive("thanh-hoa", QUARTERLY, "2026-Q1", "2026-04-10T09:00+07:00");
        receive("thanh-hoa", QUARTERLY, "2026-Q1", "2026-06-01T09:00+07:00");

        assertFalse(status("thanh-hoa", QUARTERLY, "2026-Q1", "2026-05-01T00:00+07:00").revised());
    }

    @Test
    void aMergedUnitOwesTheThirdQuarterOf2025AndItsPredecessorsOwedTheSecond() {
        receive("ha-giang", QUARTERLY, "2025-Q2", "2025-07-05T10:00+07:00");
        receive("tuyen-quang", QUARTERLY, "2025-Q3", "2025-10-25T10:00+07:00");

        Obligation q2 = status("tuyen-quang", QUARTERLY, "2025-Q2", "2026-12-01T00:00+07:00");
        Obligation q3 = status("tuyen-quang", QUARTERLY, "2025-Q3", "2026-12-01T00:00+07:00");

        assertEquals(Timeliness.NOT_ESTABLISHED, q2.status());
        assertEquals(List.of("tuyen-quang-pre2025 missing", "ha-giang on-time"),
                q2.predecessors().stream().map(p -> p.unit() + " " + p.status().wireName()).toList());
        assertEquals(Timeliness.LATE, q3.status());
        assertEquals(5, q3.daysLate());
        assertEquals(List.of(), q3.predecessors());
    }

    @Test
    void aMergedUnitOwesJuly2025AndItsPredecessorsOwedJune() {
        assertEquals(Timeliness.NOT_ESTABLISHED, status("tuyen-quang", MONTHLY, "2025-06", "2026-12-01T00:00+07:00").status());
        assertEquals(Timeliness.MISSING, status("tuyen-quang", MONTHLY, "2025-07", "2026-12-01T00:00+07:00").status());
    }

    @Test
    void aMergedUnitOwesTheYear2025ItEndedAndNotTheYear2024() {
        Obligation y2024 = status("tuyen-quang", YEARLY, "2024", "2026-12-01T00:00+07:00");
        Obligation y2025 = status("tuyen-quang", YEARLY, "2025", "2026-12-01T00:00+07:00");

        assertEquals(Timeliness.NOT_ESTABLISHED, y2024.status());
        assertEquals(List.of("tuyen-quang-pre2025", "ha-giang"), y2024.predecessors().stream().map(Obligation::unit).toList());
        assertEquals(Timeliness.MISSING, y2025.status());
        assertEquals(List.of(), y2025.predecessors());
    }

    @Test
    void aUnitOwesAPeriodWhenItExistsOnItsLastDay() {
        var tuyenQuang = CATALOG.province("tuyen-quang").orElseThrow();
        var haGiang = CATALOG.province("ha-giang").orElseThrow();

        assertFalse(Obligations.owes(tuyenQuang, Period.parse("2025-06").orElseThrow()));
        assertTrue(Obligations.owes(tuyenQuang, Period.parse("2025-07").orElseThrow()));
        assertTrue(Obligations.owes(haGiang, Period.parse("2025-Q2").orElseThrow()));
        assertFalse(Obligations.owes(haGiang, Period.parse("2025-Q3").orElseThrow()));
        assertFalse(Obligations.owes(haGiang, Period.parse("2025").orElseThrow()));
    }

    @Test
    void aMilestoneIsOwedOnceForItsYear() {
        receive("thanh-hoa", ONCE, "2025", "2025-03-30T10:00+07:00");

        List<Obligation> all = new Obligations(CATALOG, this::receipts, at("2026-12-06T10:00+07:00"))
                .of(CATALOG.province("thanh-hoa").orElseThrow(), CATALOG.indicator(ONCE).orElseThrow());

        assertEquals(List.of("2025 2026-01-31 on-time"), all.stream()
                .map(o -> o.period() + " " + o.dueDate() + " " + o.status().wireName()).toList());
    }

    @Test
    void onlyTheIndicatorsOwnPeriodLengthCounts() {
        // A yearly value does not report the quarters of that year, nor a month its quarter.
        receive("thanh-hoa", QUARTERLY, "2026", "2026-01-05T10:00+07:00");
        receive("thanh-hoa", QUARTERLY, "2026-01", "2026-02-05T10:00+07:00");

        assertEquals(Timeliness.MISSING, status("thanh-hoa", QUARTERLY, "2026-Q1", "2026-12-01T00:00+07:00").status());
    }

    @Test
    void everyPeriodStartedByTheDayIsListedFromTheFirstAfterTheResolution() {
        Obligations obligations = new Obligations(CATALOG, this::receipts, at("2026-02-01T00:00+07:00"));
        var unit = CATALOG.province("thanh-hoa").orElseThrow();

        assertEquals(List.of("2024", "2025", "2026"), periods(obligations.of(unit, CATALOG.indicator(YEARLY).orElseThrow())));
        assertEquals(List.of("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"),
                periods(obligations.of(unit, CATALOG.indicator(QUARTERLY).orElseThrow())));
        assertEquals(14, obligations.of(unit, CATALOG.indicator(MONTHLY).orElseThrow()).size());
        assertEquals("2026-02", periods(obligations.of(unit, CATALOG.indicator(MONTHLY).orElseThrow())).get(13));
    }

    @Test
    void aUnitsObligationsFollowTheCatalogsIndicatorOrder() {
        List<Obligation> all = new Obligations(CATALOG, this::receipts, at("2026-02-01T00:00+07:00"))
                .of(CATALOG.province("thanh-hoa").orElseThrow());

        assertEquals(CATALOG.indicators().get(0).id(), all.get(0).indicator());
        assertEquals(ONCE, all.get(all.size() - 1).indicator());
    }

    @Test
    void outstandingMeansMissingOrNotYetDueHereOrForAPredecessor() {
        receive("tuyen-quang-pre2025", YEARLY, "2024", "2025-02-01T10:00+07:00");

        Obligation y2024 = status("tuyen-quang", YEARLY, "2024", "2026-12-01T00:00+07:00");

        assertTrue(y2024.isOutstanding(), "ha-giang's 2024 is missing");
        receive("ha-giang", YEARLY, "2024", "2025-09-01T10:00+07:00");
        assertFalse(status("tuyen-quang", YEARLY, "2024", "2026-12-01T00:00+07:00").isOutstanding());
    }

    private Obligation status(String unit, String indicator, String period, String asOf) {
        return new Obligations(CATALOG, this::receipts, at(asOf)).of(
                CATALOG.province(unit).orElseThrow(),
                CATALOG.indicator(indicator).orElseThrow(),
                Period.parse(period).orElseThrow());
    }

    private void receive(String unit, String indicator, String period, String time) {
        received.computeIfAbsent(unit + "/" + indicator + "/" + period, key -> new ArrayList<>()).add(at(time));
    }

    private List<Instant> receipts(String unit, String indicator, Period period) {
        return received.getOrDefault(unit + "/" + indicator + "/" + period, List.of());
    }

    private static List<String> periods(List<Obligation> obligations) {
        return obligations.stream().map(o -> o.period().toString()).toList();
    }

    private static Instant at(String time) {
        return OffsetDateTime.parse(time).toInstant();
    }
}
