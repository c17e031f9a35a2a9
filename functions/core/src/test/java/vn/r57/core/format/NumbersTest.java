package vn.r57.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.r57.core.Lang;

/** Figures as people read them: grouped and punctuated per language, never rounded. */
class NumbersTest {

    @ParameterizedTest(name = "{0} reads {1} in Vietnamese and {2} in English")
    @CsvSource(delimiter = '|', textBlock = """
        99.51       | 99,51         | 99.51
        99.510      | 99,510        | 99.510
        9800        | 9.800         | 9,800
        1234567.5   | 1.234.567,5   | 1,234,567.5
        0.00001     | 0,00001       | 0.00001
        0           | 0             | 0
        0.0         | 0,0           | 0.0
        999         | 999           | 999
        1000        | 1.000         | 1,000
        123456      | 123.456       | 123,456
        1234567890123456789012.25 | 1.234.567.890.123.456.789.012,25 | 1,234,567,890,123,456,789,012.25
        -1234.5     | −1.234,5      | −1,234.5
        -0.5        | −0,5          | −0.5
        """)
    void formatsExactlyTheDigitsItIsGiven(String value, String vietnamese, String english) {
        assertEquals(vietnamese, Numbers.format(new BigDecimal(value), Lang.VI));
        assertEquals(english, Numbers.format(new BigDecimal(value), Lang.EN));
    }

    @ParameterizedTest(name = "{0} %")
    @CsvSource(delimiter = '|', textBlock = """
        99.51 | 99,51\u00a0% | 99.51%
        80    | 80\u00a0%    | 80%
        0.5   | 0,5\u00a0%   | 0.5%
        """)
    void percentagesUseANoBreakSpaceInVietnameseOnly(String value, String vietnamese, String english) {
        assertEquals(vietnamese, Numbers.percent(new BigDecimal(value), Lang.VI));
        assertEquals(english, Numbers.percent(new BigDecimal(value), Lang.EN));
    }

    @Test
    void theVietnamesePercentSpaceIsUPlus00A0() {
        assertEquals("99,51\u00a0%", Numbers.percent(new BigDecimal("99.51"), Lang.VI));
        assertEquals(0x00A0, Numbers.percent(new BigDecimal("99.51"), Lang.VI).codePointAt(5));
    }
}
