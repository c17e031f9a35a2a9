package vn.r57.core.json;

/** JSON's {@code null}, distinct from an absent member. */
public enum JsonNull {
    INSTANCE
}
