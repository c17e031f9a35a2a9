package vn.r57.core.progress;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import vn.r57.core.calendar.Frequency;
import vn.r57.core.calendar.ReportingRule;
import vn.r57.core.catalog.Direction;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.NationalTarget;
import vn.r57.core.catalog.ValueType;
import vn.r57.core.catalog.YearValue;
import vn.r57.core.period.Period;

/** Small indicators and series for the progress specifications. */
final class Fixtures {

    private Fixtures() {}

    static Indicator count(Direction direction) {
        return indicator(ValueType.COUNT, Optional.of(BigDecimal.ZERO), Optional.empty(), direction, Optional.empty(),
                YearValue.YEAR_END);
    }

    static Indicator percent(Direction direction) {
        return indicator(ValueType.PERCENT, Optional.of(BigDecimal.ZERO), Optional.of(new BigDecimal("100")), direction,
                Optional.empty(), YearValue.YEAR_END);
    }

    static Indicator withNationalTarget(String value, int year) {
        return indicator(ValueType.PERCENT, Optional.of(BigDecimal.ZERO), Optional.of(new BigDecimal("100")), Direction.UP,
                Optional.of(new NationalTarget(new BigDecimal(value), year, "Resolution 57-NQ/TW")), YearValue.YEARLY_ONLY);
    }

    static Indicator milestone() {
        return indicator(ValueType.MILESTONE, Optional.of(BigDecimal.ZERO), Optional.of(BigDecimal.ONE), Direction.UP,
                Optional.of(new NationalTarget(BigDecimal.ONE, 2025, "Official Letter 01-CV/BCĐTW")), YearValue.YEAR_END);
    }

    static Indicator indicator(ValueType type, Optional<BigDecimal> min, Optional<BigDecimal> max, Direction direction,
            Optional<NationalTarget> target, YearValue yearValue) {
        return new Indicator("test-indicator", "governance", "Chỉ số thử", "Test indicator", "", type, min, max,
                direction, target, yearValue, ReportingRule.every(Frequency.YEARLY, 90));
    }

    static Target target(String value, int year) {
        return Target.unit(Period.year(year), new BigDecimal(value));
    }

    static Reading reading(String period, String value) {
        return Reading.own(Period.parse(period).orElseThrow(), new BigDecimal(value));
    }

    /** Yearly figures from pairs: "2024", "50", "2026", "60.5". */
    static NavigableMap<Integer, Reading> years(String... pairs) {
        return YearFigures.of(YearValue.YEAR_END, readings(pairs));
    }

    static List<Reading> readings(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException(Arrays.toString(pairs));
        }
        return java.util.stream.IntStream.range(0, pairs.length / 2)
                .mapToObj(i -> reading(pairs[2 * i], pairs[2 * i + 1]))
                .toList();
    }

    static String rate(Optional<BigDecimal> rate) {
        return rate.map(Published::ratePercent).map(BigDecimal::toPlainString).orElse("none");
    }

    static String ratio(Optional<BigDecimal> ratio) {
        return ratio.map(Published::ratio).map(BigDecimal::toPlainString).orElse("none");
    }

    static String level(Optional<BigDecimal> value) {
        return value.map(Published::level).map(BigDecimal::toPlainString).orElse("none");
    }
}
