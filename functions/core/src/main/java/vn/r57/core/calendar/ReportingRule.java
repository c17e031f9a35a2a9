package vn.r57.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import vn.r57.core.format.Dates;
import vn.r57.core.period.Period;

/**
 * When an indicator is reported: its frequency and its due rule, "the report of a period is due {@code dueDays} days
 * after the period's last day". A report is on time when it is received by the end of its due date in Vietnam's time
 * zone (before 00:00 Asia/Ho_Chi_Minh of the day after).
 *
 * @param onceYear for {@link Frequency#ONCE}, the year the milestone is reported for; empty otherwise
 */
public record ReportingRule(Frequency frequency, int dueDays, Optional<Integer> onceYear) {

    public ReportingRule {
        if (dueDays < 0 || dueDays > 366) {
            throw new IllegalArgumentException("due days after the period must be 0 to 366, not " + dueDays);
        }
        if ((frequency == Frequency.ONCE) != onceYear.isPresent()) {
            throw new IllegalArgumentException("a year is needed for, and only for, a milestone reported once");
        }
    }

    public static ReportingRule every(Frequency frequency, int dueDays) {
        return new ReportingRule(frequency, dueDays, Optional.empty());
    }

    public static ReportingRule once(int year, int dueDays) {
        return new ReportingRule(Frequency.ONCE, dueDays, Optional.of(year));
    }

    /** The last day on which the report of {@code period} is on time. */
    public LocalDate dueDate(Period period) {
        return period.end().plusDays(dueDays);
    }

    /** The first instant at which the report of {@code period} is late: 00:00 in Vietnam the day after its due date. */
    public Instant deadline(Period period) {
        return dueDate(period).plusDays(1).atStartOfDay(Dates.VIETNAM).toInstant();
    }
}
