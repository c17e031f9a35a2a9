package vn.r57.core.progress;

import java.math.BigDecimal;
import java.util.Optional;
import vn.r57.core.period.Period;

/**
 * A value to reach by a year: the catalog's national target, or one of a unit's own targets (a value it submitted
 * with {@code kind: target}).
 *
 * @param period the period the unit's own target was submitted for; empty for a national target
 * @param note the national target's source text; empty for a unit's own target
 */
public record Target(Source source, BigDecimal value, int year, Optional<Period> period, String note) {

    public enum Source {
        NATIONAL("national"),
        UNIT("unit");

        private final String wireName;

        Source(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    public static Target national(BigDecimal value, int year, String note) {
        return new Target(Source.NATIONAL, value, year, Optional.empty(), note);
    }

    /** A unit's own target counts for the year its period falls in (a target for 2030-Q4 is a 2030 target). */
    public static Target unit(Period period, BigDecimal value) {
        return new Target(Source.UNIT, value, period.year(), Optional.of(period), "");
    }
}
