package vn.r57.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AxisTest {

    private static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static List<String> ticks(Axis axis) {
        return axis.ticks().stream().map(BigDecimal::toPlainString).toList();
    }

    @Test
    void aPercentageNearOneHundredGetsQuarterSteps() {
        Axis axis = Axis.covering(decimals("99.51", "80"));

        assertEquals(List.of("0", "25", "50", "75", "100"), ticks(axis));
    }

    @Test
    void countsInTheThousandsGetRoundSteps() {
        Axis axis = Axis.covering(decimals("7500", "9800"));

        assertEquals(List.of("0", "2500", "5000", "7500", "10000"), ticks(axis));
    }

    @Test
    void smallDecimalsStayExact() {
        Axis axis = Axis.covering(decimals("0.0734", "0.05"));

        assertEquals(List.of("0", "0.02", "0.04", "0.06", "0.08"), ticks(axis));
    }

    @Test
    void negativeValuesExtendTheAxisBelowZero() {
        Axis axis = Axis.covering(decimals("-3", "12"));

        assertEquals(List.of("-5", "0", "5", "10", "15"), ticks(axis));
    }

    @Test
    void allZeroStillGivesAnAxis() {
        Axis axis = Axis.covering(decimals("0", "0.00"));

        assertEquals(List.of("0", "0.25", "0.5", "0.75", "1"), ticks(axis));
    }
}
