package vn.r57.render.model;

import java.util.List;
import java.util.Optional;
import vn.r57.core.period.Period;

/**
 * Whether a unit has an actual value on record for one indicator and one period of the reporting calendar.
 * {@code predecessors} is filled for a unit formed on 1 July 2025: how each unit it was formed from stands for the same
 * period (only predecessors that existed during the period); it is empty otherwise.
 */
public record ReportingStatus(
        String province,
        String indicator,
        Period period,
        Status status,
        Optional<Point> point,
        List<ReportingStatus> predecessors) {

    public ReportingStatus {
        predecessors = List.copyOf(predecessors);
    }

    public enum Status {
        /** One value on record, never corrected. */
        REPORTED("reported"),
        /** A value on record that was corrected at least once; the history has the earlier values. */
        REVISED("revised"),
        /** The unit existed during the period and nothing is on record. */
        MISSING("missing"),
        /** The unit did not exist yet during the period; see {@code predecessors}. */
        NOT_ESTABLISHED("not-established");

        private final String wireName;

        Status(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        public boolean hasValue() {
            return this == REPORTED || this == REVISED;
        }
    }
}
