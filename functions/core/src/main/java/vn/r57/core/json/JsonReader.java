package vn.r57.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one JSON document into plain Java values: {@code Map<String, Object>} (member order kept), {@code List<Object>},
 * {@code String}, {@link JsonNumber} (the number's own text), {@code Boolean} and {@link JsonNull}.
 * Duplicate member names, trailing content and nesting beyond the limit are malformed: a parser that silently picked
 * one of two values would store something the sender did not mean.
 *
 * <p>The body must be UTF-8 (RFC 8259 section 8.1). It is decoded strictly before parsing because Jackson, given bytes,
 * guesses UTF-16 and UTF-32 and lets overlong sequences and encoded surrogates through. A leading byte order mark is
 * ignored, as RFC 8259 permits, because common Windows tools write one.
 */
public final class JsonReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Jackson's advice to its own users ("enable `JsonReadFeature.X` to allow") means nothing to a department. */
    private static final Pattern JACKSON_ADVICE =
            Pattern.compile(":? *enable `[^`]*` to allow|, from `[^`]*`| *\\(not recognized as one since Feature '[^']*' not enabled for parser\\)");
    private static final Pattern JACKSON_SOURCE = Pattern.compile(" *\\([^()\\[]*\\[Source: [^\\]]*\\]\\)");

    private final JsonFactory factory;
    private final int maxDepth;

    public JsonReader(int maxDepth) {
        this(maxDepth, 1000);
    }

    public JsonReader(int maxDepth, int maxNumberLength) {
        this.maxDepth = maxDepth;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        // One more than ours, so our own check (with a location) speaks first; Jackson's stays as a backstop.
                        .maxNestingDepth(maxDepth + 1)
                        .maxNumberLength(maxNumberLength)
                        .maxStringLength(1 << 20)
                        .build())
                .build();
    }

    public Object read(byte[] utf8) throws MalformedJsonException {
        String text = decode(utf8);
        try (JsonParser parser = factory.createParser(text)) {
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

    private static String decode(byte[] utf8) throws MalformedJsonException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(utf8);
        CharBuffer out = CharBuffer.allocate(utf8.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new MalformedJsonException(String.format(Locale.ROOT,
                    "the body is not valid UTF-8: invalid byte 0x%02X at byte offset %d", utf8[in.position()] & 0xFF, in.position()));
        }
        decoder.flush(out);
        out.flip();
        if (out.hasRemaining() && out.get(0) == BYTE_ORDER_MARK) {
            out.get();
        }
        return out.toString();
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
                throw new MalformedJsonException("duplicate member \"" + encodable(name) + "\"" + at(location));
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

    /**
     * A name may hold an unpaired surrogate (the escape {@code "\\ud800"} is valid JSON) that no UTF-8 encoder can
     * write; echoed into the error response it would come out as '?' or break it. Such halves become U+FFFD.
     */
    private static String encodable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    private void checkDepth(JsonParser parser, int depth) throws MalformedJsonException {
        if (depth > maxDepth) {
            throw new MalformedJsonException("nesting deeper than " + maxDepth + " levels" + at(parser.currentTokenLocation()));
        }
    }

    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int newline = message.indexOf('\n');
        String firstLine = newline < 0 ? message : message.substring(0, newline);
        String plain = JACKSON_SOURCE.matcher(JACKSON_ADVICE.matcher(firstLine).replaceAll("")).replaceAll("");
        return "not valid JSON: " + plain + at(e.getLocation());
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
