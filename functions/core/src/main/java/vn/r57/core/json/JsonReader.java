package vn.r57.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON document into plain Java values: {@code Map<String, Object>} (member order kept), {@code List<Object>},
 * {@code String}, {@link JsonNumber} (the number's own text), {@code Boolean} and {@link JsonNull}.
 * Duplicate member names, trailing content and nesting beyond the limit are malformed: a parser that silently picked
 * one of two values would store something the sender did not mean.
 */
public final class JsonReader {

    private final JsonFactory factory;
    private final int maxDepth;

    public JsonReader(int maxDepth) {
        this.maxDepth = maxDepth;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth)
                        .maxNumberLength(1000)
                        .maxStringLength(1 << 20)
                        .build())
                .build();
    }

    public Object read(byte[] utf8) throws MalformedJsonException {
        try (JsonParser parser = factory.createParser(utf8)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new MalformedJsonException("the body is empty; expected a JSON object");
            }
            Object value = value(parser, first, 0);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new MalformedJsonException("unexpected content after the JSON document" + at(parser.currentTokenLocation()));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new MalformedJsonException(describe(e));
        } catch (IOException e) {
            throw new MalformedJsonException("the body could not be read: " + e.getMessage());
        }
    }

    private Object value(JsonParser parser, JsonToken token, int depth) throws IOException, MalformedJsonException {
        return switch (token) {
            case START_OBJECT -> object(parser, depth + 1);
            case START_ARRAY -> array(parser, depth + 1);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonNumber(parser.getText());
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> JsonNull.INSTANCE;
            default -> throw new MalformedJsonException("unexpected " + token + at(parser.currentTokenLocation()));
        };
    }

    private Map<String, Object> object(JsonParser parser, int depth) throws IOException, MalformedJsonException {
        checkDepth(parser, depth);
        Map<String, Object> members = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            JsonLocation location = parser.currentTokenLocation();
            Object value = value(parser, parser.nextToken(), depth);
            if (members.containsKey(name)) {
                throw new MalformedJsonException("duplicate member \"" + name + "\"" + at(location));
            }
            members.put(name, value);
        }
        return members;
    }

    private List<Object> array(JsonParser parser, int depth) throws IOException, MalformedJsonException {
        checkDepth(parser, depth);
        List<Object> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            items.add(value(parser, token, depth));
        }
        return items;
    }

    private void checkDepth(JsonParser parser, int depth) throws MalformedJsonException {
        if (depth > maxDepth) {
            throw new MalformedJsonException("nesting deeper than " + maxDepth + " levels" + at(parser.currentTokenLocation()));
        }
    }

    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int newline = message.indexOf('\n');
        String firstLine = newline < 0 ? message : message.substring(0, newline);
        return "not valid JSON: " + firstLine + at(e.getLocation());
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
