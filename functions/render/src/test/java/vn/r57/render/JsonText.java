package vn.r57.render;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Parts of a rendered JSON file, printed the way the renderer prints (so expected text reads like the file). */
public final class JsonText {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

    private JsonText() {}

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node at a JSON pointer ({@code /licence}), printed. */
    public static String at(String json, String pointer) {
        JsonNode node = parse(json).at(pointer);
        if (node.isMissingNode()) {
            throw new AssertionError("nothing at " + pointer);
        }
        return print(node);
    }

    /** The element of the array at {@code pointer} whose {@code id} (or {@code name}) is {@code id}, printed. */
    public static String element(String json, String pointer, String id) {
        for (JsonNode element : parse(json).at(pointer)) {
            if (id.equals(element.path("id").asText(null)) || id.equals(element.path("name").asText(null))) {
                return print(element);
            }
        }
        throw new AssertionError("no element " + id + " in " + pointer);
    }

    public static String print(JsonNode node) {
        try {
            return MAPPER.writer(new DefaultPrettyPrinter()
                            .withSeparators(Separators.createDefaultInstance()
                                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                                    .withObjectEmptySeparator("")
                                    .withArrayEmptySeparator(""))
                            .withObjectIndenter(INDENTER)
                            .withArrayIndenter(INDENTER))
                    .writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
