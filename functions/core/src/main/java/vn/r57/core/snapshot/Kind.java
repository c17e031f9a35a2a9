package vn.r57.core.snapshot;

import java.util.Optional;

/** Whether a value is what happened ({@code actual}) or what a province aims for ({@code target}). */
public enum Kind {
    ACTUAL("actual"),
    TARGET("target");

    private final String wireName;

    Kind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Kind> fromWireName(String name) {
        for (Kind kind : values()) {
            if (kind.wireName.equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
