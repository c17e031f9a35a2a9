package vn.r57.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.r57.core.progress.Fixtures.count;
import static vn.r57.core.progress.Fixtures.level;
import static vn.r57.core.progress.Fixtures.percent;
import static vn.r57.core.progress.Fixtures.rate;
import static vn.r57.core.progress.Fixtures.ratio;
import static vn.r57.core.progress.Fixtures.target;
import static vn.r57.core.progress.Fixtures.years;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.r57.core.catalog.Direction;
import vn.r57.core.period.Period;

/**
 * With a target: observed compound annual growth from the base year against the growth the target requires. The
 * expected numbers are worked by hand (exact roots where the example allows) and rounded as published.
 */
class ProgressMeasureTest {

    @Test
    void growingExactlyAsFastAsRequiredIsOnTrack() {
        // 50 → 60.5 in two years: √1.21 − 1 = 10 % a year; 50 × 1.1⁶ = 88.57805 needs 10 % a year too.
        Assessment a = ProgressMeasure.against(count(Direction.UP), target("88.57805", 2030),
                years("2024", "50", "2026", "60.5"));

        assertEquals(Status.ON_TRACK, a.status());
        assertEquals(Optional.of(new BigDecimal("0.1")), a.observedRate());
        assertEquals(Optional.of(new BigDecimal("0.1")), a.requiredRate());
        assertEquals(Optional.of(BigDecimal.ONE), a.ratio().map(BigDecimal::stripTrailingZeros));
        // 60.5 × 1.1⁴ = 88.57805: exactly the target.
        assertEquals("88.58", level(a.projection()));
        assertEquals(Optional.empty(), a.reason());
    }

    @Test
    void theRequiredPathRunsFromTheBaseToTheTargetOnTheRequiredRate() {
        Assessment a = ProgressMeasure.against(count(Direction.UP), target("88.57805", 2030),
                years("2024", "50", "2026", "60.5"));

        // 50 × 1.1 = 55, × 1.1 = 60.5, 66.55, 73.205 (half-even: 73.20), 80.5255; the last point is the target itself.
        assertEquals(List.of("2024 50", "2025 55.00", "2026 60.50", "2027 66.55", "2028 73.20", "2029 80.53",
                        "2030 88.57805"),
                a.requiredPath().stream()
                        .map(p -> p.year() + " " + (p.year() == 2024 || p.year() == 2030
                                ? p.value().toPlainString() : Published.level(p.value()).toPlainString()))
                        .toList());
    }

    @Test
    void aRatioOfExactlyPointNineFiveIsOnTrackAndJustBelowNeedsAcceleration() {
        // Required: 100 × 1.1⁶ = 177.1561 by 2030 is 10 % a year. Observed: 1.095² = 1.199025 is 9.5 % a year.
        Assessment edge = ProgressMeasure.against(count(Direction.UP), target("177.1561", 2030),
                years("2024", "100", "2026", "119.9025"));
        Assessment below = ProgressMeasure.against(count(Direction.UP), target("177.1561", 2030),
                years("2024", "100", "2026", "119.6836"));   // 1.094²: 9.4 % a year

        assertEquals(Status.ON_TRACK, edge.status());
        assertEquals("0.950", ratio(edge.ratio()));
        assertEquals(Status.ACCELERATION_NEEDED, below.status());
        assertEquals("0.940", ratio(below.ratio()));
    }

    @Test
    void aRatioOfExactlyPointSixNeedsAccelerationAndJustBelowIsLimited() {
        Assessment edge = ProgressMeasure.against(count(Direction.UP), target("177.1561", 2030),
                years("2024", "100", "2026", "112.36"));     // 1.06²: 6 % a year
        Assessment below = ProgressMeasure.against(count(Direction.UP), target("177.1561", 2030),
                years("2024", "100", "2026", "112.1481"));   // 1.059²: 5.9 % a year

        assertEquals(Status.ACCELERATION_NEEDED, edge.status());
        assertEquals("0.600", ratio(edge.ratio()));
        assertEquals(Status.LIMITED_PROGRESS, below.status());
        assertEquals("0.590", ratio(below.ratio()));
    }

    @Test
    void noChangeIsLimitedProgressAndAnyFallIsDeterioration() {
        Assessment flat = ProgressMeasure.against(count(Direction.UP), target("177.1561", 2030),
                years("2024", "100", "2026", "100"));
        Assessment fall = ProgressMeasure.against(count(Direction.UP), target("177.1561", 2030),
                years("2024", "100", "2026", "99.9"));

        assertEquals(Status.LIMITED_PROGRESS, flat.status());
        assertEquals("0.000", ratio(flat.ratio()));
        assertEquals(Status.DETERIORATION, fall.status());
        assertEquals("-0.005", ratio(fall.ratio()));
    }

    @Test
    void theNationalOnlineServicesTargetFromFiftyPercentGrowingToFiftyFive() {
        // (55/50)^(1/2) − 1 = 4.88 %; (80/50)^(1/6) − 1 = 8.15 %; 4.88 / 8.15 = 0.599: just under 0.6.
        Assessment a = ProgressMeasure.against(percent(Direction.UP), Target.national(new BigDecimal("80"), 2030, "R57"),
                years("2024", "50", "2026", "55"));

        assertEquals(Status.LIMITED_PROGRESS, a.status());
        assertEquals("4.88", rate(a.observedRate()));
        assertEquals("8.15", rate(a.requiredRate()));
        assertEquals("0.599", ratio(a.ratio()));
        assertEquals("66.55", level(a.projection()));   // 55 × 1.0488⁴
    }

    @Test
    void aTargetAlreadyReachedIsAchievedWhateverTheRate() {
        Assessment reached = ProgressMeasure.against(percent(Direction.UP), target("80", 2030),
                years("2024", "85", "2026", "80"));   // fell, but still at the target

        assertEquals(Status.TARGET_ACHIEVED, reached.status());
        assertEquals("80", reached.current().orElseThrow().value().toPlainString());
    }

    @Test
    void oneYearAtTheTargetIsAchievedButOneYearShortOfItCannotBeAssessed() {
        Assessment reached = ProgressMeasure.against(percent(Direction.UP), target("80", 2030), years("2025", "81"));
        Assessment shortOf = ProgressMeasure.against(percent(Direction.UP), target("80", 2030), years("2025", "70"));

        assertEquals(Status.TARGET_ACHIEVED, reached.status());
        assertEquals(Status.UNABLE_TO_ASSESS, shortOf.status());
        assertEquals(Optional.of(Reason.ONE_YEAR_ONLY), shortOf.reason());
        assertEquals(Optional.of(Period.year(2025)), shortOf.base().map(Reading::period));
    }

    @Test
    void anIndicatorThatShouldFallIsOnTrackWhenItFallsFastEnough() {
        // 40 → 32.4: 0.9² = 0.81, −10 % a year; 40 × 0.9⁶ = 21.25764, −10 % a year required.
        Assessment a = ProgressMeasure.against(count(Direction.DOWN), target("21.25764", 2030),
                years("2024", "40", "2026", "32.4"));
        Assessment rising = ProgressMeasure.against(count(Direction.DOWN), target("21.25764", 2030),
                years("2024", "40", "2026", "48.4"));   // 1.1²: +10 % a year, the wrong way

        assertEquals(Status.ON_TRACK, a.status());
        assertEquals("-10.00", rate(a.observedRate()));
        assertEquals("-10.00", rate(a.requiredRate()));
        assertEquals("1.000", ratio(a.ratio()));
        assertEquals(Status.DETERIORATION, rising.status());
        assertEquals("-1.000", ratio(rising.ratio()));
    }

    @Test
    void aFallingIndicatorAtOrBelowItsTargetIsAchieved() {
        Assessment a = ProgressMeasure.against(count(Direction.DOWN), target("20", 2030), years("2024", "40", "2026", "20"));

        assertEquals(Status.TARGET_ACHIEVED, a.status());
    }

    @Test
    void aZeroBaseGrowsFromOneThousandthAsTheReferenceMethodDoes() {
        // 5G stations: 0 in 2024, 250 in 2026, 1000 by 2030. From 0.001: √250000 − 1 = 499 (49 900 % a year);
        // required (1000/0.001)^(1/6) − 1 = 10 − 1 = 9. Ratio 55.444: on track.
        Assessment a = ProgressMeasure.against(count(Direction.UP), target("1000", 2030),
                years("2024", "0", "2026", "250"));

        assertEquals(Status.ON_TRACK, a.status());
        assertTrue(a.zeroBaseReplaced());
        assertEquals("49900.00", rate(a.observedRate()));
        assertEquals("900.00", rate(a.requiredRate()));
        assertEquals("55.444", ratio(a.ratio()));
        assertEquals("0", a.base().orElseThrow().value().toPlainString());   // the published base stays 0
        assertEquals("0", a.requiredPath().get(0).value().toPlainString());
    }

    @Test
    void aZeroTargetIsReachedFromOneThousandth() {
        // Down to 0 by 2030 from 8: required (0.001/8)^(1/6) − 1 = −77.64 %; observed √(2/8) − 1 = −50 %.
        Assessment a = ProgressMeasure.against(count(Direction.DOWN), target("0", 2030), years("2024", "8", "2026", "2"));

        assertEquals(Status.ACCELERATION_NEEDED, a.status());
        assertTrue(a.zeroTargetReplaced());
        assertFalse(a.zeroBaseReplaced());
        assertEquals("-50.00", rate(a.observedRate()));
        assertEquals("-77.64", rate(a.requiredRate()));
        assertEquals("0.644", ratio(a.ratio()));
        assertEquals("0.12", level(a.projection()));   // 2 × 0.5⁴ = 0.125, half-even to two decimals
        assertEquals("0", a.requiredPath().get(a.requiredPath().size() - 1).value().toPlainString());
    }

    @Test
    void negativeValuesOfTheSameSignAreMeasuredWithTheSignTurned() {
        // −10 → −2.5 is a rise; the quotient 0.25 gives −50 % a year, turned to +50 % in the direction of progress.
        // Required: −10 → −0.15625 by 2030 is 0.015625 = 0.5⁶: −50 % a year too: ratio 1.
        Assessment a = ProgressMeasure.against(count(Direction.UP), target("-0.15625", 2030),
                years("2024", "-10", "2026", "-2.5"));

        assertEquals(Status.ON_TRACK, a.status());
        assertEquals("1.000", ratio(a.ratio()));
    }

    @Test
    void valuesOfOppositeSignsCannotBeAssessed() {
        Assessment crossing = ProgressMeasure.against(count(Direction.UP), target("10", 2030),
                years("2024", "-10", "2026", "5"));
        Assessment targetAcross = ProgressMeasure.against(count(Direction.DOWN), target("-5", 2030),
                years("2024", "10", "2026", "8"));

        assertEquals(Status.UNABLE_TO_ASSESS, crossing.status());
        assertEquals(Optional.of(Reason.OPPOSITE_SIGNS), crossing.reason());
        assertEquals(Optional.of(Reason.OPPOSITE_SIGNS), targetAcross.reason());
    }

    @Test
    void theBaseIsTwentyTwentyFourOrTheFirstLaterYearAndEarlierYearsDoNotCount() {
        Assessment from2025 = ProgressMeasure.against(count(Direction.UP), target("88.57805", 2031),
                years("2023", "1", "2025", "50", "2027", "60.5"));
        Assessment onlyBefore = ProgressMeasure.against(count(Direction.UP), target("100", 2030),
                years("2022", "40", "2023", "45"));
        Assessment nothing = ProgressMeasure.against(count(Direction.UP), target("100", 2030), years());

        assertEquals(Optional.of(Period.year(2025)), from2025.base().map(Reading::period));
        assertEquals(Optional.of(Period.year(2027)), from2025.current().map(Reading::period));
        assertEquals(Status.ON_TRACK, from2025.status());
        assertEquals(Optional.of(Reason.NO_BASE), onlyBefore.reason());
        assertEquals(Optional.of(Reason.NO_BASE), nothing.reason());
    }

    @Test
    void aTargetYearReachedWithoutTheTargetIsNotAchieved() {
        Assessment a = ProgressMeasure.against(count(Direction.UP), target("200", 2026),
                years("2024", "100", "2026", "150"));

        assertEquals(Status.NOT_ACHIEVED, a.status());
        assertEquals(Optional.empty(), a.projection());
    }

    @Test
    void aTargetDueNoLaterThanTheBaseYearHasNoRequiredRate() {
        Assessment a = ProgressMeasure.against(count(Direction.UP), target("200", 2024),
                years("2024", "100", "2026", "150"));

        assertEquals(Optional.of(Reason.TARGET_YEAR_NOT_AFTER_BASE), a.reason());
    }

    @Test
    void aBaseAlreadyAtTheTargetThatFallsAwayFromItIsDeterioration() {
        Assessment a = ProgressMeasure.against(count(Direction.UP), target("100", 2030),
                years("2024", "100", "2026", "90"));

        assertEquals(Status.DETERIORATION, a.status());
        assertEquals(Optional.empty(), a.ratio());
        assertEquals("0.00", rate(a.requiredRate()));
    }

    @Test
    void aLevelWithoutDirectionGetsNoStatus() {
        Assessment a = ProgressMeasure.against(count(Direction.NONE), target("100", 2030),
                years("2024", "50", "2026", "60"));

        assertEquals(Status.UNABLE_TO_ASSESS, a.status());
        assertEquals(Optional.of(Reason.NO_DIRECTION), a.reason());
    }
}
