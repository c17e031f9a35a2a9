package vn.r57.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One strict JSON document in, plain values out; anything doubtful is malformed (HTTP 400). */
class JsonReaderTest {

    private final JsonReader reader = new JsonReader(8);

    @Test
    void readsObjectsArraysStringsNumbersBooleansAndNullInOrder() throws Exception {
        Object value = read("{\"b\": [1, \"x\", true, false, null], \"a\": {\"n\": 99.510}, \"s\": \"Hà Nội \\u00e9\"}");

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("b", List.of(new JsonNumber("1"), "x", Boolean.TRUE, Boolean.FALSE, JsonNull.INSTANCE));
        expected.put("a", Map.of("n", new JsonNumber("99.510")));
        expected.put("s", "Hà Nội é");
        assertEquals(expected, value);
        assertEquals(List.of("b", "a", "s"), List.copyOf(((Map<?, ?>) value).keySet()));
    }

    @ParameterizedTest(name = "{0} keeps its text")
    @CsvSource({"99.510", "80", "0.00001", "-0", "-12.50", "123456789012345678901234567890", "1e3", "1E-7", "2.5e+2"})
    void numbersKeepTheirExactText(String number) throws Exception {
        assertEquals(List.of(new JsonNumber(number)), read("[" + number + "]"));
    }

    @Test
    void onlyNumbersWithEOrEHaveAnExponent() {
        assertEquals(List.of(true, true, false, false),
                List.of(new JsonNumber("1e3").hasExponent(), new JsonNumber("1E3").hasExponent(),
                        new JsonNumber("1000").hasExponent(), new JsonNumber("-0.001").hasExponent()));
    }

    @Test
    void aLeadingByteOrderMarkIsIgnored() throws Exception {
        assertEquals(Map.of("a", new JsonNumber("1")), reader.read(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("{\"a\":1}"))));
    }

    @Test
    void anUnpairedSurrogateEscapeIsReadAsIsForTheValidatorToJudge() throws Exception {
        assertEquals(Map.of("a", "x\ud800"), read("{\"a\":\"x\\ud800\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        empty body                 | ''                 | the body is empty; expected a JSON object
        only white space           | ' \n\t '           | the body is empty; expected a JSON object
        not JSON                   | 'province=gia-lai' | not valid JSON: Unrecognized token 'province': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false') (line 1, column 9)
        unclosed object            | '{"a":1'           | not valid JSON: Unexpected end-of-input: expected close marker for Object (line 1, column 7)
        duplicate member           | '{"a":1,"b":2,"a":3}' | duplicate member "a" (line 1, column 14)
        duplicate nested member    | '{"v":[{"x":1,"x":1}]}' | duplicate member "x" (line 1, column 14)
        second document            | '{} {}'            | unexpected content after the JSON document (line 1, column 4)
        trailing garbage           | '{"a":1} x'        | not valid JSON: Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false') (line 1, column 10)
        trailing bracket           | '{"a":1}]'         | not valid JSON: Unexpected close marker ']': expected '}' (line 1, column 8)
        trailing comma             | '{"a":1,}'         | not valid JSON: Unexpected character ('}' (code 125)): was expecting double-quote to start field name (line 1, column 8)
        NaN                        | '{"a":NaN}'        | not valid JSON: Non-standard token 'NaN' (line 1, column 9)
        Infinity                   | '{"a":Infinity}'   | not valid JSON: Non-standard token 'Infinity' (line 1, column 14)
        minus Infinity             | '{"a":-Infinity}'  | not valid JSON: Non-standard token '-Infinity' (line 1, column 15)
        leading plus               | '{"a":+1}'         | not valid JSON: Unexpected character ('+' (code 43)) in numeric value: JSON spec does not allow numbers to have plus signs (line 1, column 7)
        leading zeros              | '{"a":007}'        | not valid JSON: Invalid numeric value: Leading zeroes not allowed (line 1, column 7)
        leading decimal point      | '{"a":.5}'         | not valid JSON: Unexpected character ('.' (code 46)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false') (line 1, column 6)
        trailing decimal point     | '{"a":1.}'         | not valid JSON: Unexpected character ('}' (code 125)) in numeric value: Decimal point not followed by a digit (line 1, column 7)
        comment                    | '{"a":1 /* x */}'  | not valid JSON: Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (line 1, column 8)
        raw tab in a string        | '{"a":"x\ty"}'     | not valid JSON: Illegal unquoted character ((CTRL-CHAR, code 9)): has to be escaped using backslash to be included in string value (line 1, column 8)
        nine levels                | '[[[[[[[[[1]]]]]]]]]' | nesting deeper than 8 levels (line 1, column 9)
        nine levels of objects     | '{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":{"a":1}}}}}}}}}' | nesting deeper than 8 levels (line 1, column 41)
        """)
    void malformedDocumentsAreRefusedWithWhereAndWhy(String what, String body, String message) {
        MalformedJsonException e = assertThrows(MalformedJsonException.class, () -> read(body.replace("\\t", "\t").replace("\\n", "\n")));

        assertEquals(message, e.getMessage(), what);
    }

    @Test
    void singleQuotesAreNotJson() {
        MalformedJsonException e = assertThrows(MalformedJsonException.class, () -> read("{'a':1}"));

        assertEquals("not valid JSON: Unexpected character (''' (code 39)): was expecting double-quote to start field name (line 1, column 2)",
                e.getMessage());
    }

    @Test
    void aNumberLongerThanTheLimitIsRefusedWhileParsing() {
        MalformedJsonException e = assertThrows(MalformedJsonException.class,
                () -> new JsonReader(8, 1000).read(utf8("{\"value\": 1." + "1".repeat(1000) + "}")));

        assertEquals("not valid JSON: Number value length (1001) exceeds the maximum allowed (1000)", e.getMessage());
    }

    @Test
    void aNumberAtTheLimitIsRead() throws Exception {
        String thousandDigits = "9".repeat(1000);

        assertEquals(List.of(new JsonNumber(thousandDigits)), new JsonReader(8, 1000).read(utf8("[" + thousandDigits + "]")));
    }

    @Test
    void eightLevelsOfNestingAreFine() throws Exception {
        assertEquals(List.of(List.of(List.of(List.of(List.of(List.of(List.of(List.of(new JsonNumber("1"))))))))),
                read("[[[[[[[[1]]]]]]]]"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        truncated two-byte sequence      | 7B 22 61 22 3A 22 C3 22 7D       | the body is not valid UTF-8: invalid byte 0xC3 at byte offset 6
        overlong encoding of NUL         | 7B 22 61 22 3A 22 C0 80 22 7D    | the body is not valid UTF-8: invalid byte 0xC0 at byte offset 6
        encoded surrogate (CESU-8)       | 7B 22 61 22 3A 22 ED A0 80 22 7D | the body is not valid UTF-8: invalid byte 0xED at byte offset 6
        Latin-1 instead of UTF-8         | 7B 22 61 22 3A 22 48 E0 22 7D    | the body is not valid UTF-8: invalid byte 0xE0 at byte offset 7
        stray byte after the document    | 7B 7D FF                         | the body is not valid UTF-8: invalid byte 0xFF at byte offset 2
        UTF-16 with byte order mark      | FF FE 7B 00 7D 00                | the body is not valid UTF-8: invalid byte 0xFF at byte offset 0
        UTF-16 without byte order mark   | 7B 00 7D 00                      | not valid JSON: Illegal character ((CTRL-CHAR, code 0)): only regular white space (\\r, \\n, \\t) is allowed between tokens (line 1, column 3)
        """)
    void bytesThatAreNotStrictUtf8AreRefused(String what, String hex, String message) {
        MalformedJsonException e = assertThrows(MalformedJsonException.class, () -> reader.read(bytes(hex)));

        assertEquals(message.replace("\\\\", "\\"), e.getMessage(), what);
    }

    private Object read(String json) throws MalformedJsonException {
        return reader.read(utf8(json));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String hex) {
        String[] parts = hex.trim().split(" ");
        byte[] out = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
