package vn.r57.render.output;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes a tree of maps, lists, strings, exact decimals, integers and booleans as UTF-8 JSON: keys sorted, two-space
 * indentation, {@code \n} line ends and a final newline, so equal trees give equal bytes on every machine.
 * A {@link BigDecimal} is written from {@code toPlainString()}: 99.510 stays 99.510 and 1E+3 becomes 1000.
 *
 * <p>The bytes are those Jackson 2.18's generator wrote with a pretty printer so configured; this writer replaced it
 * because the JSON files are a large share of a full render. Quote and backslash are escaped, control characters as
 * the short escapes b, t, n, f and r or else as a six-character u-escape; other text is UTF-8, except UTF-16
 * surrogates, which are written as u-escapes (paired or not, as Jackson did); hex digits are upper-case.
 * {@code JsonWriterTest} compares the two writers.
 */
public final class JsonWriter {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[][] LINE_BREAKS = new byte[32][];

    static {
        for (int level = 0; level < LINE_BREAKS.length; level++) {
            LINE_BREAKS[level] = ascii("\n" + "  ".repeat(level));
        }
    }

    private byte[] out = new byte[4096];
    private int size;

    private JsonWriter() {}

    public static byte[] write(Map<String, ?> tree) {
        JsonWriter writer = new JsonWriter();
        writer.value(tree, 0);
        writer.ensure(1);
        writer.out[writer.size++] = '\n';
        return Arrays.copyOf(writer.out, writer.size);
    }

    private void value(Object value, int level) {
        if (value instanceof Map<?, ?> map) {
            object(map, level);
        } else if (value instanceof List<?> list) {
            array(list, level);
        } else if (value instanceof String text) {
            string(text);
        } else if (value instanceof BigDecimal decimal) {
            raw(decimal.toPlainString());
        } else if (value instanceof Integer || value instanceof Long) {
            raw(value.toString());
        } else if (value instanceof Boolean flag) {
            raw(flag ? "true" : "false");
        } else {
            throw new IllegalArgumentException("not a JSON value of this writer: " + value);
        }
    }

    private void object(Map<?, ?> map, int level) {
        if (map.isEmpty()) {
            raw("{}");
            return;
        }
        raw("{");
        boolean first = true;
        for (Map.Entry<?, ?> entry : sorted(map).entrySet()) {
            if (!first) {
                raw(",");
            }
            first = false;
            lineBreak(level + 1);
            string((String) entry.getKey());
            raw(": ");
            value(entry.getValue(), level + 1);
        }
        lineBreak(level);
        raw("}");
    }

    private void array(List<?> list, int level) {
        if (list.isEmpty()) {
            raw("[]");
            return;
        }
        raw("[");
        boolean first = true;
        for (Object item : list) {
            if (!first) {
                raw(",");
            }
            first = false;
            lineBreak(level + 1);
            value(item, level + 1);
        }
        lineBreak(level);
        raw("]");
    }

    /** The map in key order; a map already sorted by the keys' natural order is not copied. */
    private static SortedMap<?, ?> sorted(Map<?, ?> map) {
        if (map instanceof SortedMap<?, ?> sorted && sorted.comparator() == null) {
            return sorted;
        }
        return new TreeMap<>(map);
    }

    private void string(String text) {
        int length = text.length();
        ensure(2 + 6 * length);
        byte[] bytes = out;
        int at = size;
        bytes[at++] = '"';
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    bytes[at++] = (byte) c;
                } else {
                    at = escape(bytes, at, c);
                }
            } else if (c < 0x800) {
                bytes[at++] = (byte) (0xC0 | (c >> 6));
                bytes[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                at = unicodeEscape(bytes, at, c);
            } else {
                bytes[at++] = (byte) (0xE0 | (c >> 12));
                bytes[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                bytes[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        bytes[at++] = '"';
        size = at;
    }

    private static int escape(byte[] bytes, int at, char c) {
        char shortForm = switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 0;
        };
        if (shortForm == 0) {
            return unicodeEscape(bytes, at, c);
        }
        bytes[at++] = '\\';
        bytes[at++] = (byte) shortForm;
        return at;
    }

    private static int unicodeEscape(byte[] bytes, int at, char c) {
        bytes[at++] = '\\';
        bytes[at++] = 'u';
        bytes[at++] = HEX[(c >> 12) & 0xF];
        bytes[at++] = HEX[(c >> 8) & 0xF];
        bytes[at++] = HEX[(c >> 4) & 0xF];
        bytes[at++] = HEX[c & 0xF];
        return at;
    }

    private void lineBreak(int level) {
        raw(level < LINE_BREAKS.length ? LINE_BREAKS[level] : ascii("\n" + "  ".repeat(level)));
    }

    /** ASCII text as it is: numbers, literals, punctuation. */
    private void raw(String ascii) {
        int length = ascii.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            out[size++] = (byte) ascii.charAt(i);
        }
    }

    private void raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, out, size, bytes.length);
        size += bytes.length;
    }

    private void ensure(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
