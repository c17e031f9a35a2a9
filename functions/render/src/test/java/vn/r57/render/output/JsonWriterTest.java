package vn.r57.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    @Test
    void everyCharacterIsWrittenAsJacksonsGeneratorWroteItBeforeThisWriterReplacedIt() throws IOException {
        // Every UTF-16 code unit, in strings of 64 with a marker, so each one meets the quote, escapes and neighbours.
        List<Object> strings = new ArrayList<>();
        for (int from = 0; from < 0x10000; from += 64) {
            StringBuilder text = new StringBuilder("x");
            for (int c = from; c < from + 64; c++) {
                text.append((char) c);
            }
            strings.add(text.toString());
        }
        strings.add("\ud83d\ude00 paired, \ud800 and \udc00 alone, \ud83d at the end\ud83d");
        strings.add("");
        Map<String, Object> tree = new TreeMap<>();
        tree.put("strings", strings);
        tree.put("key \" \\ \u0001 Đắk Lắk \ud83d\ude00", List.of(Map.of(), List.of(), Map.of("deep", List.of(Map.of(
                "n", 1, "l", Long.MAX_VALUE, "d", new BigDecimal("-0.00100"), "b", false, "t", true)))));

        // Compared byte for byte (ISO-8859-1 maps each byte to one char), so no decoding can hide a difference.
        assertEquals(new String(jackson(tree), StandardCharsets.ISO_8859_1),
                new String(JsonWriter.write(tree), StandardCharsets.ISO_8859_1));
    }

    /** The writer this one replaced: Jackson's generator with its pretty printer configured for the same layout. */
    private static byte[] jackson(Map<String, ?> tree) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
                    .withObjectIndenter(indenter)
                    .withArrayIndenter(indenter));
            jacksonValue(json, tree);
            json.writeRaw('\n');
        }
        return out.toByteArray();
    }

    private static void jacksonValue(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : new TreeMap<>(map).entrySet()) {
                json.writeFieldName((String) entry.getKey());
                jacksonValue(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                jacksonValue(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal.toPlainString());
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else {
            json.writeNumber(value.toString());
        }
    }

    private static String write(Map<String, ?> tree) {
        return new String(JsonWriter.write(tree), StandardCharsets.UTF_8);
    }
}
