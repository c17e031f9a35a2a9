package vn.r57.core.progress;

/** Why a status could not be given. */
public enum Reason {
    /** The indicator is a level without a direction (more is neither better nor worse). */
    NO_DIRECTION("no-direction"),
    /** No figure for the base year (2024) or any later year. */
    NO_BASE("no-base"),
    /** Only one year has a figure: a rate of growth needs two. */
    ONE_YEAR_ONLY("one-year-only"),
    /** The base and the current figure (or the target) have opposite signs: no growth rate exists between them. */
    OPPOSITE_SIGNS("opposite-signs"),
    /** The target's year is not after the base year: no required growth rate exists. */
    TARGET_YEAR_NOT_AFTER_BASE("target-year-not-after-base");

    private final String wireName;

    Reason(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
