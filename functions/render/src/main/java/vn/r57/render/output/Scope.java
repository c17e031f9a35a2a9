package vn.r57.render.output;

import java.util.Set;

/**
 * Which received values can change an object: values of the listed units or indicators, or ({@code onAnyChange}) any
 * value at all. The renderer re-renders an object only when a change falls in its scope.
 */
public record Scope(Set<String> provinces, Set<String> indicators, boolean onAnyChange) {

    public Scope {
        provinces = Set.copyOf(provinces);
        indicators = Set.copyOf(indicators);
    }

    /** An object that depends on nothing received (a schema, a stylesheet): rendered on a full rebuild only. */
    public static Scope none() {
        return new Scope(Set.of(), Set.of(), false);
    }

    public static Scope everyChange() {
        return new Scope(Set.of(), Set.of(), true);
    }

    public static Scope provinces(Set<String> ids) {
        return new Scope(ids, Set.of(), false);
    }

    public static Scope indicator(String id) {
        return new Scope(Set.of(), Set.of(id), false);
    }

    public boolean touchedBy(Changes changes) {
        if (changes.isEmpty()) {
            return false;
        }
        return onAnyChange
                || provinces.stream().anyMatch(changes.provinces()::contains)
                || indicators.stream().anyMatch(changes.indicators()::contains);
    }
}
