package vn.r57.core.period;

/** How long a reporting period is. */
public enum Granularity {
    YEAR,
    QUARTER,
    MONTH
}
