package vn.r57.core.snapshot;

/** The stable machine codes of {@link Problem}s; documented in the API guide, never renamed. */
public final class Codes {

    private Codes() {}

    public static final String MALFORMED_JSON = "malformed-json";
    public static final String MISSING_FIELD = "missing-field";
    public static final String UNKNOWN_FIELD = "unknown-field";
    public static final String WRONG_TYPE = "wrong-type";
    public static final String EMPTY = "empty";
    public static final String TOO_LONG = "too-long";
    public static final String CONTROL_CHARACTER = "control-character";
    public static final String BAD_URL = "bad-url";
    public static final String UNKNOWN_PROVINCE = "unknown-province";
    public static final String UNKNOWN_INDICATOR = "unknown-indicator";
    public static final String BAD_PERIOD = "bad-period";
    public static final String PERIOD_NOT_STARTED = "period-not-started";
    public static final String PROVINCE_NOT_IN_PERIOD = "province-not-in-period";
    public static final String UNKNOWN_KIND = "unknown-kind";
    public static final String UNKNOWN_QUALIFIER = "unknown-qualifier";
    public static final String EXPONENT_NOT_ALLOWED = "exponent-not-allowed";
    public static final String TOO_MANY_DIGITS = "too-many-digits";
    public static final String OUT_OF_RANGE = "out-of-range";
    public static final String NOT_WHOLE_NUMBER = "not-whole-number";
    public static final String NOT_A_MILESTONE = "not-a-milestone";
    public static final String DUPLICATE_VALUE = "duplicate-value";
    public static final String TOO_MANY_VALUES = "too-many-values";
    public static final String NOT_YOUR_PROVINCE = "not-your-province";
}
