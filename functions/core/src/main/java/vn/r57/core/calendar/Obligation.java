package vn.r57.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.r57.core.period.Period;

/**
 * One report a unit owes (or, for a unit formed on 1 July 2025, that its predecessors owed), and where it stands as of
 * an instant.
 *
 * @param dueDate the last day, in Vietnam, on which the report is on time
 * @param open true while the period itself has not ended (as of the instant); false once it has
 * @param firstReceived when the first actual value for the period was received; empty when none is on record
 * @param daysLate for a late report, the days from the due date to the day it was received (1 = the day after)
 * @param revised the value on record was corrected at least once after its first receipt
 * @param predecessors for {@link Timeliness#NOT_ESTABLISHED}, each unit that owed the period instead, with its own
 *     obligation; empty otherwise
 */
public record Obligation(
        String unit,
        String indicator,
        Period period,
        LocalDate dueDate,
        boolean open,
        Timeliness status,
        Optional<Instant> firstReceived,
        int daysLate,
        boolean revised,
        List<Obligation> predecessors) {

    public Obligation {
        predecessors = List.copyOf(predecessors);
    }

    /** Something is still to do: the report is missing or not yet due (here or, if not established, for a predecessor). */
    public boolean isOutstanding() {
        return status == Timeliness.MISSING || status == Timeliness.NOT_YET_DUE
                || predecessors.stream().anyMatch(Obligation::isOutstanding);
    }
}
