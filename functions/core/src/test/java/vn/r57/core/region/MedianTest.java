package vn.r57.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The median of exact decimals is exact: no rounding, no change of written precision in the middle value. */
class MedianTest {

    private static List<BigDecimal> d(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void noValuesHaveNoMedian() {
        assertEquals(Optional.empty(), Median.of(List.of()));
    }

    @Test
    void oneValueIsItsOwnMedianAsWritten() {
        assertEquals("99.510", Median.of(d("99.510")).orElseThrow().toPlainString());
    }

    @Test
    void anOddCountGivesTheMiddleValueWhateverTheInputOrder() {
        assertEquals("62.5", Median.of(d("80", "12.25", "62.5")).orElseThrow().toPlainString());
    }

    @Test
    void anEvenCountGivesTheExactMeanOfTheTwoMiddleValues() {
        assertEquals("1.5", Median.of(d("2", "1")).orElseThrow().toPlainString());
        assertEquals("99.515", Median.of(d("99.51", "99.52", "0", "100")).orElseThrow().toPlainString());
    }

    @Test
    void theMeanOfTwoMiddleValuesKeepsTheLongerWrittenPrecision() {
        assertEquals("99.520", Median.of(d("99.510", "99.53")).orElseThrow().toPlainString());
    }

    @Test
    void halvingAnOddLastDigitAddsOneExactDigitNeverRounding() {
        assertEquals("0.0000000000000000000005", Median.of(d("0", "0.000000000000000000001")).orElseThrow().toPlainString());
        assertEquals("12345678901234567890.5", Median.of(d("12345678901234567890", "12345678901234567891")).orElseThrow().toPlainString());
    }

    @Test
    void equalValuesWrittenDifferentlySortAsEqualNumbers() {
        assertEquals(0, new BigDecimal("80").compareTo(Median.of(d("80.0", "80", "79", "81")).orElseThrow()));
        assertEquals("80.0", Median.of(d("80.0", "80", "79", "81")).orElseThrow().toPlainString());
    }

    @Test
    void negativeValuesAreOrderedByValue() {
        assertEquals("-1.5", Median.of(d("-3", "-2", "-1", "5")).orElseThrow().toPlainString());
    }
}
