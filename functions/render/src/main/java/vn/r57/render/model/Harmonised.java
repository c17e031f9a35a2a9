package vn.r57.render.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;

/**
 * A merged province's predecessors side by side for one indicator and kind: per period, each predecessor's current
 * value with the unit it belongs to, and a sum only where a sum means something (see {@link SumStatus}).
 */
public record Harmonised(Indicator indicator, Kind kind, List<Row> rows) {

    public Harmonised {
        rows = List.copyOf(rows);
    }

    /**
     * @param values the current value of each predecessor that reported the period, in the catalog's predecessor order
     * @param missing predecessors without a value for the period
     * @param sum the computed total, present only when {@code sumStatus} is {@link SumStatus#COMPUTED}
     */
    public record Row(
            Period period, List<Revision> values, List<String> missing, SumStatus sumStatus, Optional<BigDecimal> sum) {

        public Row {
            values = List.copyOf(values);
            missing = List.copyOf(missing);
        }
    }

    public enum SumStatus {
        /** Every predecessor reported an unqualified count or amount: {@code sum} is their exact total. */
        COMPUTED("computed"),
        /** Percentages, rates and milestones are never added or averaged across units. */
        NOT_ADDITIVE("not-additive"),
        /** At least one predecessor did not report the period: a partial total would look like a fall. */
        INCOMPLETE("incomplete"),
        /** At least one input is "above", "at least", "approximately" or an estimate: no exact total exists. */
        QUALIFIED_INPUT("qualified-input");

        private final String wireName;

        SumStatus(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }
}
