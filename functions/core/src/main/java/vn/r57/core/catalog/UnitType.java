package vn.r57.core.catalog;

/** A province or a centrally-run city; both are first-level administrative units. */
public enum UnitType {
    PROVINCE("province"),
    CITY("city");

    private final String wireName;

    UnitType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    static UnitType fromWireName(String name) {
        for (UnitType type : values()) {
            if (type.wireName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown unit type: " + name);
    }
}
