package vn.r57.render.data;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A JSON object under construction; absent optional members are left out rather than written as null. */
final class Tree {

    private final Map<String, Object> members = new HashMap<>();

    static Tree object() {
        return new Tree();
    }

    Tree put(String name, Object value) {
        if (members.put(name, value) != null) {
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
        return Map.copyOf(members);
    }
}
