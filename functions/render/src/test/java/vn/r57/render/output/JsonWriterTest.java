package vn.r57.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void decimalsAreWrittenExactlyAsTheirPlainDigits() {
        Map<String, Object> tree = Map.of(
                "trailingZero", new BigDecimal("99.510"),
                "exponent", new BigDecimal("1E+3"),
                "small", new BigDecimal("0.000001"),
                "negative", new BigDecimal("-2.50"));

        assertEquals("""
                {
                  "exponent": 1000,
                  "negative": -2.50,
                  "small": 0.000001,
                  "trailingZero": 99.510
                }
                """, write(tree));
    }

    @Test
    void keysAreSortedWhateverTheMapOrderAndEmptyContainersStayOnOneLine() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("zeta", List.of());
        tree.put("alpha", Map.of());
        tree.put("mid", List.of(1, true, "Hà Nội"));

        assertEquals("""
                {
                  "alpha": {},
                  "mid": [
                    1,
                    true,
                    "Hà Nội"
                  ],
                  "zeta": []
                }
                """, write(tree));
    }

    @Test
    void aDoubleIsRefusedSoNoBinaryFractionCanSlipIntoAFile() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> JsonWriter.write(Map.of("value", 99.51)));
        assertEquals("not a JSON value of this writer: 99.51", error.getMessage());
    }

    private static String write(Map<String, ?> tree) {
        return new String(JsonWriter.write(tree), StandardCharsets.UTF_8);
    }
}
