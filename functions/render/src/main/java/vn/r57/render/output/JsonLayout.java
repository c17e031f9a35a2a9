package vn.r57.render.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/**
 * The layout of every JSON file: two spaces per level, {@code \n} line ends, {@code "key": value}, and {@code {}} and
 * {@code []} when empty. The same bytes as Jackson's {@code DefaultPrettyPrinter} configured so, but each line break
 * and indentation is one copy of ready-made UTF-8 bytes, where the default printer passes them through chars on every
 * line (a visible share of a full render's CPU, whose JSON files hold hundreds of thousands of lines).
 * One instance per document: it counts the nesting.
 */
final class JsonLayout implements PrettyPrinter {

    private static final SerializableString[] BREAKS = new SerializableString[32];
    private static final SerializableString FIELD_VALUE = prepared(": ");

    static {
        for (int level = 0; level < BREAKS.length; level++) {
            BREAKS[level] = prepared("\n" + "  ".repeat(level));
        }
    }

    private int nesting;

    @Override
    public void writeRootValueSeparator(JsonGenerator json) throws IOException {
        json.writeRaw(' ');
    }

    @Override
    public void writeStartObject(JsonGenerator json) throws IOException {
        json.writeRaw('{');
        nesting++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator json) throws IOException {
        lineBreak(json);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator json) throws IOException {
        json.writeRaw(FIELD_VALUE);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator json) throws IOException {
        json.writeRaw(',');
        lineBreak(json);
    }

    @Override
    public void writeEndObject(JsonGenerator json, int entries) throws IOException {
        nesting--;
        if (entries > 0) {
            lineBreak(json);
        }
        json.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator json) throws IOException {
        nesting++;
        json.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator json) throws IOException {
        lineBreak(json);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
        json.writeRaw(',');
        lineBreak(json);
    }

    @Override
    public void writeEndArray(JsonGenerator json, int values) throws IOException {
        nesting--;
        if (values > 0) {
            lineBreak(json);
        }
        json.writeRaw(']');
    }

    private void lineBreak(JsonGenerator json) throws IOException {
        json.writeRaw(nesting < BREAKS.length ? BREAKS[nesting] : new SerializedString("\n" + "  ".repeat(nesting)));
    }

    private static SerializableString prepared(String text) {
        SerializedString prepared = new SerializedString(text);
        prepared.asUnquotedUTF8();
        return prepared;
    }
}
