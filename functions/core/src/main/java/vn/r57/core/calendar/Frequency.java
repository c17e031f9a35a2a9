package vn.r57.core.calendar;

import vn.r57.core.period.Granularity;

/** How often a unit reports an indicator: the length of the periods it owes. */
public enum Frequency {
    MONTHLY("monthly", Granularity.MONTH),
    QUARTERLY("quarterly", Granularity.QUARTER),
    YEARLY("yearly", Granularity.YEAR),
    /** A milestone reached once (a steering committee set up): one yearly period, the year of its national target. */
    ONCE("once", Granularity.YEAR);

    private final String wireName;
    private final Granularity granularity;

    Frequency(String wireName, Granularity granularity) {
        this.wireName = wireName;
        this.granularity = granularity;
    }

    public String wireName() {
        return wireName;
    }

    /** The length of the periods a report covers. */
    public Granularity granularity() {
        return granularity;
    }

    public static Frequency fromWireName(String name) {
        for (Frequency frequency : values()) {
            if (frequency.wireName.equals(name)) {
                return frequency;
            }
        }
        throw new IllegalArgumentException("unknown frequency: " + name + " (monthly, quarterly, yearly or once)");
    }
}
