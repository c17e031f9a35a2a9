package vn.r57.core.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.r57.core.snapshot.Validate.assertProblems;
import static vn.r57.core.snapshot.Validate.body;
import static vn.r57.core.snapshot.Validate.valid;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.r57.core.format.Dates;
import vn.r57.core.period.Period;

/**
 * Actual values belong to a period that has started (in Vietnam) and to a unit that existed during it;
 * targets may name any period, and any unit.
 */
class PeriodAndUnitRulesTest {

    private static final String BINH_DINH_Q4_DETAIL = "binh-dinh did not exist during 2025-Q4; it existed until 2025-06-30"
            + " and was merged into gia-lai (report later periods as gia-lai); actual values must fall within the unit's existence";
    private static final String GIA_LAI_2024_DETAIL = "gia-lai did not exist during 2024; it exists from 2025-07-01"
            + " (report earlier periods as its predecessors: gia-lai-pre2025, binh-dinh); actual values must fall within the unit's existence";

    @ParameterizedTest(name = "{0} may report an actual for {1}")
    @CsvSource({
        "binh-dinh, 2024", "binh-dinh, 2025-Q1", "binh-dinh, 2025-06", "binh-dinh, 2025",
        "gia-lai-pre2025, 2025-Q2",
        "gia-lai, 2025", "gia-lai, 2025-Q3", "gia-lai, 2025-07", "gia-lai, 2025-10",
        "thanh-hoa, 2000", "thanh-hoa, 2024-12", "thanh-hoa, 2025-Q4",
    })
    void anActualFitsAUnitThatExistedDuringThePeriod(String province, String period) {
        Submission submission = valid(body(snapshot(province, period, "actual")));

        assertEquals(Period.parse(period).orElseThrow(), submission.period());
        assertEquals(province, submission.province());
    }

    @Test
    void binhDinhCannotReportTheFourthQuarterOf2025() {
        assertProblems(List.of(new Problem("/period", Codes.PROVINCE_NOT_IN_PERIOD, BINH_DINH_Q4_DETAIL)),
                body(snapshot("binh-dinh", "2025-Q4", "actual")));
    }

    @Test
    void giaLaiCannotReport2024() {
        assertProblems(List.of(new Problem("/period", Codes.PROVINCE_NOT_IN_PERIOD, GIA_LAI_2024_DETAIL)),
                body(snapshot("gia-lai", "2024", "actual")));
    }

    @ParameterizedTest(name = "{0} may set a target for {1}")
    @CsvSource({"gia-lai, 2030", "binh-dinh, 2030", "thanh-hoa, 2030", "gia-lai, 2024", "binh-dinh, 2025-Q4", "thanh-hoa, 2100"})
    void aTargetMayLieInTheFutureForAnyUnit(String province, String period) {
        assertEquals(Period.parse(period).orElseThrow(), valid(body(snapshot(province, period, "target"))).period());
    }

    @Test
    void anActualForAPeriodThatHasNotStartedIsRefused() {
        assertProblems(List.of(new Problem("/period", Codes.PERIOD_NOT_STARTED,
                        "period 2026 has not started yet (today is 2025-10-15 in Vietnam); only values of kind \"target\" may be sent for it")),
                body(snapshot("gia-lai", "2026", "actual")));
    }

    @Test
    void oneActualAmongTargetsTiesTheWholeSnapshotToTime() {
        assertProblems(List.of(new Problem("/period", Codes.PERIOD_NOT_STARTED,
                        "period 2030 has not started yet (today is 2025-10-15 in Vietnam); only values of kind \"target\" may be sent for it")),
                body("""
                    {"province": "thanh-hoa", "period": "2030", "source": {"title": "t"}, "values": [
                      {"indicator": "digital-economy-share", "value": 30, "kind": "target"},
                      {"indicator": "online-public-services-share", "value": 100}
                    ]}
                    """));
    }

    @Test
    void aFutureActualForADissolvedUnitBreaksBothTimeRules() {
        assertProblems(List.of(
                new Problem("/period", Codes.PERIOD_NOT_STARTED,
                        "period 2026-Q1 has not started yet (today is 2025-10-15 in Vietnam); only values of kind \"target\" may be sent for it"),
                new Problem("/period", Codes.PROVINCE_NOT_IN_PERIOD, "binh-dinh did not exist during 2026-Q1; it existed until 2025-06-30"
                        + " and was merged into gia-lai (report later periods as gia-lai); actual values must fall within the unit's existence")),
                body(snapshot("binh-dinh", "2026-Q1", "actual")));
    }

    @Test
    void anActualWithAnotherMistakeStillGetsTheTimeRules() {
        assertProblems(List.of(
                new Problem("/values/0/value", Codes.OUT_OF_RANGE, "101 is outside the range of online-public-services-share (0 to 100)"),
                new Problem("/period", Codes.PROVINCE_NOT_IN_PERIOD, GIA_LAI_2024_DETAIL)),
                body("""
                    {"province": "gia-lai", "period": "2024", "source": {"title": "t"}, "values": [
                      {"indicator": "online-public-services-share", "value": 101}
                    ]}
                    """));
    }

    @Test
    void aPeriodStartsOnItsFirstDayInVietnamEvenWhileItIsStillTheDayBeforeInUtc() {
        // 2025-09-30T17:30Z is 00:30 on 1 October in Hanoi: the fourth quarter has begun there, not yet in UTC.
        Instant halfPastMidnightInHanoi = Instant.parse("2025-09-30T17:30:00Z");
        Clock clock = Clock.fixed(halfPastMidnightInHanoi, ZoneOffset.UTC);
        LocalDate todayInVietnam = Dates.today(clock);

        assertEquals(LocalDate.of(2025, 10, 1), todayInVietnam);
        assertEquals(LocalDate.of(2025, 9, 30), LocalDate.now(clock));
        assertEquals(Period.quarter(2025, 4),
                valid(body(snapshot("gia-lai", "2025-Q4", "actual"), todayInVietnam, Validate.EVERY_UNIT)).period());
        assertProblems(List.of(new Problem("/period", Codes.PERIOD_NOT_STARTED,
                        "period 2025-Q4 has not started yet (today is 2025-09-30 in Vietnam); only values of kind \"target\" may be sent for it")),
                body(snapshot("gia-lai", "2025-Q4", "actual"), LocalDate.now(clock), Validate.EVERY_UNIT));
    }

    @Test
    void oneMillisecondBeforeMidnightInHanoiTheNewMonthHasNotStarted() {
        Clock lastMillisecondOfSeptember = Clock.fixed(Instant.parse("2025-09-30T16:59:59.999Z"), ZoneOffset.UTC);

        assertProblems(List.of(new Problem("/period", Codes.PERIOD_NOT_STARTED,
                        "period 2025-10 has not started yet (today is 2025-09-30 in Vietnam); only values of kind \"target\" may be sent for it")),
                body(snapshot("gia-lai", "2025-10", "actual"), Dates.today(lastMillisecondOfSeptember), Validate.EVERY_UNIT));
    }

    private static String snapshot(String province, String period, String kind) {
        return """
            {"province": "%s", "period": "%s", "source": {"title": "Báo cáo"},
             "values": [{"indicator": "online-public-services-share", "value": 80, "kind": "%s"}]}
            """.formatted(province, period, kind);
    }
}
