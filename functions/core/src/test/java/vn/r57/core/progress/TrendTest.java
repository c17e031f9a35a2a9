package vn.r57.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.r57.core.progress.Fixtures.count;
import static vn.r57.core.progress.Fixtures.percent;
import static vn.r57.core.progress.Fixtures.rate;
import static vn.r57.core.progress.Fixtures.years;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.r57.core.catalog.Direction;

/** Without a target: observed growth in the indicator's direction against 1.5 %, 0.5 % and 0 a year. */
class TrendTest {

    @Test
    void growthOfOnePointFivePercentAYearOrMoreIsSubstantial() {
        // 1.015² = 1.030225: exactly 1.5 % a year; 1.014² = 1.028196: 1.4 %.
        assertEquals(Status.SUBSTANTIAL_PROGRESS, status(count(Direction.UP), "100", "103.0225"));
        assertEquals(Status.MODERATE_PROGRESS, status(count(Direction.UP), "100", "102.8196"));
    }

    @Test
    void growthOfHalfAPercentAYearIsModerateAndBelowIsLimited() {
        // 1.005² = 1.010025; 1.004² = 1.008016.
        assertEquals(Status.MODERATE_PROGRESS, status(count(Direction.UP), "100", "101.0025"));
        assertEquals(Status.LIMITED_PROGRESS, status(count(Direction.UP), "100", "100.8016"));
        assertEquals(Status.LIMITED_PROGRESS, status(count(Direction.UP), "100", "100"));
        assertEquals(Status.DETERIORATION, status(count(Direction.UP), "100", "99.99"));
    }

    @Test
    void forAnIndicatorThatShouldFallAFallIsProgress() {
        assertEquals(Status.SUBSTANTIAL_PROGRESS, status(count(Direction.DOWN), "100", "90"));
        assertEquals(Status.DETERIORATION, status(count(Direction.DOWN), "100", "101"));
    }

    @Test
    void aPercentageNearOneHundredNeedsLessGrowthForTheSameStatus() {
        // 98 → 99: √(99/98) − 1 = 0.51 % a year. Far from a limit that is moderate; near 100 % the thresholds are
        // reduced by 1 − 0.98^4.44 = 0.0858, so 1.5 % becomes 0.13 % and 0.51 % is substantial.
        Assessment bounded = ProgressMeasure.trend(percent(Direction.UP), years("2024", "98", "2026", "99")).orElseThrow();
        Assessment unbounded = ProgressMeasure.trend(count(Direction.UP), years("2024", "98", "2026", "99")).orElseThrow();

        assertEquals(Status.SUBSTANTIAL_PROGRESS, bounded.status());
        assertEquals("0.51", rate(bounded.observedRate()));
        assertEquals(Optional.of(new BigDecimal("0.0858")), bounded.coefficient().map(Published::coefficient));
        assertEquals(Status.MODERATE_PROGRESS, unbounded.status());
        assertEquals(Optional.empty(), unbounded.coefficient());
    }

    @Test
    void aPercentageAlreadyAtOneHundredThatStaysThereIsSubstantial() {
        Assessment a = ProgressMeasure.trend(percent(Direction.UP), years("2024", "100", "2026", "100")).orElseThrow();

        assertEquals(Status.SUBSTANTIAL_PROGRESS, a.status());
        assertEquals(Optional.of(new BigDecimal("0.0000")), a.coefficient().map(Published::coefficient));
    }

    @Test
    void theCoefficientFallsSmoothlyTowardsTheLimitAndMirrorsPastIt() {
        assertEquals("1", ProgressMeasure.coefficient(new BigDecimal("0"), new BigDecimal("100")).toPlainString());
        assertEquals("0.9539", Published.coefficient(ProgressMeasure.coefficient(new BigDecimal("50"), new BigDecimal("100"))).toPlainString());
        assertEquals("0.9539", Published.coefficient(ProgressMeasure.coefficient(new BigDecimal("150"), new BigDecimal("100"))).toPlainString());
        assertEquals("1", ProgressMeasure.coefficient(new BigDecimal("200"), new BigDecimal("100")).toPlainString());
    }

    @Test
    void aZeroBaseWithoutTargetGrowsFromOneThousandth() {
        Assessment a = ProgressMeasure.trend(count(Direction.UP), years("2024", "0", "2026", "4")).orElseThrow();

        assertEquals(Status.SUBSTANTIAL_PROGRESS, a.status());
        assertEquals(true, a.zeroBaseReplaced());
        assertEquals("6224.56", rate(a.observedRate()));   // √4000 − 1 = 62.2456
    }

    @Test
    void negativeBaseAndCurrentAreMeasuredWithTheSignTurned() {
        // −10 → −5 for an indicator that should rise: √0.5 − 1 = −29.29 %, turned: +29.29 %.
        Assessment a = ProgressMeasure.trend(count(Direction.UP), years("2024", "-10", "2026", "-5")).orElseThrow();

        assertEquals(Status.SUBSTANTIAL_PROGRESS, a.status());
        assertEquals("-29.29", rate(a.observedRate()));
    }

    @Test
    void oppositeSignsOneYearOrNoDirectionGiveNoTrend() {
        assertEquals(Optional.of(Reason.OPPOSITE_SIGNS),
                ProgressMeasure.trend(count(Direction.UP), years("2024", "-10", "2026", "5")).orElseThrow().reason());
        assertEquals(Optional.of(Reason.ONE_YEAR_ONLY),
                ProgressMeasure.trend(count(Direction.UP), years("2026", "5")).orElseThrow().reason());
        assertEquals(Optional.empty(), ProgressMeasure.trend(count(Direction.NONE), years("2024", "1", "2026", "5")));
    }

    @Test
    void noFigureSinceTheBaseYearGivesNoTrendAtAll() {
        assertEquals(Optional.empty(), ProgressMeasure.trend(count(Direction.UP), years("2023", "5")));
        assertEquals(Optional.empty(), ProgressMeasure.trend(count(Direction.UP), years()));
    }

    private static Status status(vn.r57.core.catalog.Indicator indicator, String base, String current) {
        return ProgressMeasure.trend(indicator, years("2024", base, "2026", current)).orElseThrow().status();
    }
}
