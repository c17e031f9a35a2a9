package vn.r57.core.catalog;

/**
 * How one year's figure of an indicator is found when a unit reports quarterly or monthly (catalog column
 * {@code year_value}). Progress is measured year on year, so each year needs exactly one figure and the rule must
 * never mix a part of a year with a whole year silently.
 */
public enum YearValue {
    /**
     * A flow over the year (spending, dossiers processed, a share of the year's budget): only a yearly period is the
     * year's figure, because a quarter's spending is not the year's.
     */
    YEARLY_ONLY("yearly-only"),
    /**
     * A level at a moment (a share of villages covered, a count of stations): the yearly period when there is one,
     * otherwise the period that ends on 31 December (a fourth quarter before a December, the longer period first).
     */
    YEAR_END("year-end");

    private final String wireName;

    YearValue(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    static YearValue fromWireName(String name) {
        for (YearValue rule : values()) {
            if (rule.wireName.equals(name)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown year value rule: " + name);
    }
}
