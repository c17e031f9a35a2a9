package vn.r57.render.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.r57.core.calendar.Obligation;
import vn.r57.core.calendar.Timeliness;
import vn.r57.core.period.Period;

/**
 * Where one report a current unit owes stands as of the model's instant ({@link Obligation}), with the value on record
 * for it. {@code predecessors} is filled for a period the unit was not established in (a unit formed on 1 July 2025):
 * how each unit that owed the period instead stands; it is empty otherwise.
 */
public record ReportingStatus(Obligation obligation, Optional<Point> point, List<ReportingStatus> predecessors) {

    public ReportingStatus {
        predecessors = List.copyOf(predecessors);
    }

    public String province() {
        return obligation.unit();
    }

    public String indicator() {
        return obligation.indicator();
    }

    public Period period() {
        return obligation.period();
    }

    public Timeliness status() {
        return obligation.status();
    }

    public LocalDate dueDate() {
        return obligation.dueDate();
    }

    public Optional<Instant> firstReceived() {
        return obligation.firstReceived();
    }

    public int daysLate() {
        return obligation.daysLate();
    }

    /** Corrected at least once after its first receipt: a flag beside the timeliness, not a timeliness. */
    public boolean revised() {
        return obligation.revised();
    }

    /** The period itself has not ended yet. */
    public boolean open() {
        return obligation.open();
    }
}
