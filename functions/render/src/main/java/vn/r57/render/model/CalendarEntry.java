package vn.r57.render.model;

import java.time.LocalDate;
import java.util.List;
import vn.r57.core.calendar.Frequency;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.period.Period;

/**
 * One period of the reporting calendar as of the model's day: the indicators of one frequency reported for it, and
 * the day their reports are due.
 *
 * @param open the period has not ended yet
 * @param due the due date has passed: every report for it is on time, late or missing
 */
public record CalendarEntry(
        Frequency frequency, Period period, LocalDate dueDate, boolean open, boolean due, List<Indicator> indicators) {

    public CalendarEntry {
        indicators = List.copyOf(indicators);
    }

    /** Closed, not yet due: the time departments have to send the period's reports. */
    public boolean reporting() {
        return !open && !due;
    }
}
