package vn.r57.core.snapshot;

import java.util.Optional;

/** How a reported figure should be read: "over 80 %", "at least 3 %", "almost 9,800", "an estimate". */
public enum Qualifier {
    ABOVE("above"),
    AT_LEAST("at-least"),
    APPROXIMATELY("approximately"),
    ESTIMATE("estimate");

    private final String wireName;

    Qualifier(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Qualifier> fromWireName(String name) {
        for (Qualifier qualifier : values()) {
            if (qualifier.wireName.equals(name)) {
                return Optional.of(qualifier);
            }
        }
        return Optional.empty();
    }
}
