package vn.r57.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.r57.core.progress.Fixtures.milestone;
import static vn.r57.core.progress.Fixtures.readings;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.r57.core.period.Period;

/** A milestone (1 done, 0 not yet) is done by its target year, done late, not yet due, or overdue. */
class MilestonesTest {

    private static final Target BY_2025 = Target.national(BigDecimal.ONE, 2025, "Official Letter 01-CV/BCĐTW");

    @Test
    void doneInAMonthOfTheTargetYearIsAchievedAndSaysWhen() {
        Assessment a = Milestones.against(milestone(), BY_2025, readings("2025-03", "0", "2025-06", "1"), 2026);

        assertEquals(Status.TARGET_ACHIEVED, a.status());
        assertEquals(Optional.of(Period.month(2025, 6)), a.base().map(Reading::period));
        assertEquals(Optional.of(Period.month(2025, 6)), a.current().map(Reading::period));
    }

    @Test
    void notDoneWhileTheTargetYearRunsIsNotYetDueAndAfterItOverdue() {
        assertEquals(Status.NOT_YET_DUE, Milestones.against(milestone(), BY_2025, readings("2025-Q1", "0"), 2025).status());
        assertEquals(Status.OVERDUE, Milestones.against(milestone(), BY_2025, readings("2025-Q1", "0"), 2026).status());
        assertEquals(Status.OVERDUE, Milestones.against(milestone(), BY_2025, readings(), 2026).status());
    }

    @Test
    void doneAfterTheTargetYearIsAchievedLate() {
        Assessment a = Milestones.against(milestone(), BY_2025, readings("2025", "0", "2026-02", "1"), 2026);

        assertEquals(Status.ACHIEVED_LATE, a.status());
        assertEquals(Optional.of(Period.month(2026, 2)), a.base().map(Reading::period));
    }

    @Test
    void theYearlyFigureOfTheTargetYearCountsAsInTime() {
        assertEquals(Status.TARGET_ACHIEVED, Milestones.against(milestone(), BY_2025, readings("2025", "1"), 2027).status());
    }
}
