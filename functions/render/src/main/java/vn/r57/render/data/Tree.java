package vn.r57.render.data;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A JSON object under construction; absent optional members are left out rather than written as null. Kept in key
 * order, the order {@link vn.r57.render.output.JsonWriter} writes, so that it need not sort a copy.
 */
final class Tree {

    private final TreeMap<String, Object> members = new TreeMap<>();

    static Tree object() {
        return new Tree();
    }

    Tree put(String name, Object value) {
        if (members.put(name, Objects.requireNonNull(value, name)) != null) {
            throw new IllegalStateException("member written twice: " + name);
        }
        return this;
    }

    Tree put(String name, Optional<?> value) {
        value.ifPresent(present -> put(name, present));
        return this;
    }

    Tree putIfNotEmpty(String name, String value) {
        return value.isEmpty() ? this : put(name, value);
    }

    Map<String, Object> build() {
        return Collections.unmodifiableSortedMap(members);
    }
}
