package vn.r57.core.calendar;

/** Where one report a unit owes stands, as of a given instant. Revised is a separate flag, not a timeliness. */
public enum Timeliness {
    /** The first value was received by the end of the due date. */
    ON_TIME("on-time"),
    /** The first value was received after the due date; {@code daysLate} says by how many days. */
    LATE("late"),
    /** The due date has passed and nothing is on record. */
    MISSING("missing"),
    /** Nothing on record yet, and the period is still open or within its time to report. */
    NOT_YET_DUE("not-yet-due"),
    /** The unit did not exist on the period's last day (formed on 1 July 2025); its predecessors owed the report. */
    NOT_ESTABLISHED("not-established");

    private final String wireName;

    Timeliness(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** A value is on record (on time or late). */
    public boolean hasValue() {
        return this == ON_TIME || this == LATE;
    }
}
