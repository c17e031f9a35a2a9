package vn.r57.core.progress;

/** Where one unit stands against one target (or, without a target, how fast it moves the right way). */
public enum Status {
    /** The current figure is at or past the target in the indicator's direction (a milestone: done in time). */
    TARGET_ACHIEVED("target-achieved"),
    /** A milestone done, but after its target year. */
    ACHIEVED_LATE("achieved-late"),
    /** Observed growth is at least 95 % of the growth the target requires. */
    ON_TRACK("on-track"),
    /** Growing the right way at 60 % to 95 % of the required rate. */
    ACCELERATION_NEEDED("acceleration-needed"),
    /** Growing the right way at under 60 % of the required rate (or, without a target, under the lowest threshold). */
    LIMITED_PROGRESS("limited-progress"),
    /** Moving away from the target (or, without a target, the wrong way). */
    DETERIORATION("deterioration"),
    /** No target: growing the right way at 1.5 % a year or more (less near a natural limit). */
    SUBSTANTIAL_PROGRESS("substantial-progress"),
    /** No target: growing the right way at 0.5 % to 1.5 % a year (less near a natural limit). */
    MODERATE_PROGRESS("moderate-progress"),
    /** The figure of the target year (or a later one) is in and falls short of the target. */
    NOT_ACHIEVED("not-achieved"),
    /** A milestone not done yet, with its target year not over. */
    NOT_YET_DUE("not-yet-due"),
    /** A milestone not done, and its target year is over. */
    OVERDUE("overdue"),
    /** The data cannot support a status; {@link Reason} says why. */
    UNABLE_TO_ASSESS("unable-to-assess");

    private final String wireName;

    Status(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
