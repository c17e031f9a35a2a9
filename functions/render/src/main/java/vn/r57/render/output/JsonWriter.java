package vn.r57.render.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes a tree of maps, lists, strings, exact decimals, integers and booleans as UTF-8 JSON: keys sorted, two-space
 * indentation, {@code \n} line ends and a final newline, so equal trees give equal bytes on every machine.
 * A {@link BigDecimal} is written from {@code toPlainString()}: 99.510 stays 99.510 and 1E+3 becomes 1000.
 */
public final class JsonWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonWriter() {}

    public static byte[] write(Map<String, ?> tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(new JsonLayout());
            value(json, tree);
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : sorted(map).entrySet()) {
                json.writeFieldName((String) entry.getKey());
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal.toPlainString());
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(value.toString());
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else {
            throw new IllegalArgumentException("not a JSON value of this writer: " + value);
        }
    }

    /** The map in key order; a map already sorted by the keys' natural order is not copied. */
    private static SortedMap<?, ?> sorted(Map<?, ?> map) {
        if (map instanceof SortedMap<?, ?> sorted && sorted.comparator() == null) {
            return sorted;
        }
        return new TreeMap<>(map);
    }
}
