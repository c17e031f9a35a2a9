package vn.r57.core.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import vn.r57.core.snapshot.Observation;

/**
 * The public JSON form of a stored snapshot (the 201 body and {@code GET /v1/snapshots/{id}}). Numbers are written
 * from their exact decimal text, so {@code 99.510} comes back as {@code 99.510}.
 */
public final class SnapshotJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private SnapshotJson() {}

    public static byte[] write(StoredSnapshot snapshot) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 160 * snapshot.values().size());
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("id", snapshot.id());
            json.writeStringField("province", snapshot.province());
            json.writeStringField("period", snapshot.period().toString());
            json.writeStringField("receivedAt", Instants.format(snapshot.receivedAt()));
            json.writeObjectFieldStart("source");
            json.writeStringField("title", snapshot.source().title());
            if (snapshot.source().url().isPresent()) {
                json.writeStringField("url", snapshot.source().url().get());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("values");
            for (StoredValue stored : snapshot.values()) {
                Observation value = stored.observation();
                json.writeStartObject();
                json.writeStringField("indicator", value.indicator());
                json.writeStringField("kind", value.kind().wireName());
                json.writeFieldName("value");
                json.writeNumber(value.value().toPlainString());
                if (value.qualifier().isPresent()) {
                    json.writeStringField("qualifier", value.qualifier().get().wireName());
                }
                if (value.note().isPresent()) {
                    json.writeStringField("note", value.note().get());
                }
                json.writeNumberField("revision", stored.revision());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
