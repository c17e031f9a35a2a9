package vn.r57.core.catalog;

import java.math.BigDecimal;
import java.util.Optional;
import vn.r57.core.Lang;
import vn.r57.core.calendar.ReportingRule;

/**
 * One measurable indicator of the catalog. {@code unit} is empty for milestones; {@code yearValue} says which
 * period stands for a year when progress is measured. {@code reporting} says how often it is reported and when each
 * report is due.
 */
public record Indicator(
        String id,
        String pillarId,
        String nameVi,
        String nameEn,
        String unit,
        ValueType valueType,
        Optional<BigDecimal> min,
        Optional<BigDecimal> max,
        Direction direction,
        Optional<NationalTarget> nationalTarget,
        YearValue yearValue,
        ReportingRule reporting) {

    public String name(Lang lang) {
        return lang == Lang.VI ? nameVi : nameEn;
    }
}
