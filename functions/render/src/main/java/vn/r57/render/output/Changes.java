package vn.r57.render.output;

import java.util.Set;

/** The units and indicators that received values since the last run. */
public record Changes(Set<String> provinces, Set<String> indicators) {

    public Changes {
        provinces = Set.copyOf(provinces);
        indicators = Set.copyOf(indicators);
    }

    public boolean isEmpty() {
        return provinces.isEmpty() && indicators.isEmpty();
    }
}
