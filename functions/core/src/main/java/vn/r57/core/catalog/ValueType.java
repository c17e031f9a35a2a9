package vn.r57.core.catalog;

/** What kind of number an indicator holds; it decides validation and whether values may be summed. */
public enum ValueType {
    PERCENT("percent", false),
    COUNT("count", true),
    RATE("rate", false),
    AMOUNT("amount", true),
    MILESTONE("milestone", false);

    private final String wireName;
    private final boolean additive;

    ValueType(String wireName, boolean additive) {
        this.wireName = wireName;
        this.additive = additive;
    }

    public String wireName() {
        return wireName;
    }

    /** Counts and amounts of merged units add up; shares and rates never do. */
    public boolean isAdditive() {
        return additive;
    }

    static ValueType fromWireName(String name) {
        for (ValueType type : values()) {
            if (type.wireName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown value type: " + name);
    }
}
