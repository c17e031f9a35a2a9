package vn.r57.core.snapshot;

/** The documented limits of a submission; each is part of the public contract. */
public final class Limits {

    private Limits() {}

    /** Largest request body, checked before parsing. */
    public static final int MAX_BODY_BYTES = 256 * 1024;
    /** A snapshot is written in one DynamoDB transaction (at most 100 items: one per value plus bookkeeping). */
    public static final int MAX_VALUES = 90;
    /** An honest snapshot nests three levels deep; anything much deeper is an attack or a mistake. */
    public static final int MAX_NESTING_DEPTH = 8;
    public static final int MAX_SIGNIFICANT_DIGITS = 24;
    public static final int MAX_FRACTION_DIGITS = 10;
    public static final int MAX_NOTE_LENGTH = 500;
    public static final int MAX_TITLE_LENGTH = 300;
    public static final int MAX_URL_LENGTH = 2000;
    public static final int MAX_ID_LENGTH = 64;
}
