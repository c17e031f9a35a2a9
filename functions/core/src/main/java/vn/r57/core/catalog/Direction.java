package vn.r57.core.catalog;

/** Which way is progress: up (more is better), down, or none (a level, not a score). */
public enum Direction {
    UP("up"),
    DOWN("down"),
    NONE("none");

    private final String wireName;

    Direction(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    static Direction fromWireName(String name) {
        for (Direction direction : values()) {
            if (direction.wireName.equals(name)) {
                return direction;
            }
        }
        throw new IllegalArgumentException("unknown direction: " + name);
    }
}
