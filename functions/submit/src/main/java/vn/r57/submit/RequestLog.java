package vn.r57.submit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * One JSON line per request, for CloudWatch Logs Insights. It names the key by id, never the token, and never
 * copies the body: what was stored is in the table, and a refused body may hold anything.
 */
final class RequestLog {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final Consumer<String> sink;

    RequestLog(Consumer<String> sink) {
        this.sink = sink;
    }

    void request(HttpRequest request, String route, SnapshotsApi.Handled handled, long millis) {
        HttpResponse response = handled.response();
        line(json -> {
            json.writeStringField("level", response.status() >= 500 ? "ERROR" : response.status() >= 400 ? "WARN" : "INFO");
            json.writeStringField("event", "request");
            json.writeStringField("requestId", request.requestId());
            json.writeStringField("method", request.method());
            json.writeStringField("route", route);
            json.writeNumberField("status", response.status());
            if (handled.key().isPresent()) {
                json.writeStringField("keyId", handled.key().get().id());
                json.writeStringField("keyProvince", handled.key().get().province());
            }
            if (handled.province().isPresent()) {
                json.writeStringField("province", handled.province().get());
            }
            if (handled.snapshotId().isPresent()) {
                json.writeStringField("snapshotId", handled.snapshotId().get());
            }
            if (handled.values() > 0) {
                json.writeNumberField("values", handled.values());
            }
            if (response.headers().containsKey(SnapshotsApi.REPLAYED_HEADER)) {
                json.writeBooleanField("replayed", true);
            }
            if (!response.errorCodes().isEmpty()) {
                json.writeArrayFieldStart("errors");
                for (String code : response.errorCodes()) {
                    json.writeString(code);
                }
                json.writeEndArray();
            }
            json.writeNumberField("millis", millis);
        });
    }

    void failure(HttpRequest request, Throwable failure) {
        line(json -> {
            json.writeStringField("level", "ERROR");
            json.writeStringField("event", "failure");
            json.writeStringField("requestId", request.requestId());
            json.writeStringField("exception", failure.getClass().getName());
            json.writeStringField("message", String.valueOf(failure.getMessage()));
            StackTraceElement[] stack = failure.getStackTrace();
            json.writeArrayFieldStart("at");
            for (int i = 0; i < Math.min(8, stack.length); i++) {
                json.writeString(stack[i].toString());
            }
            json.writeEndArray();
            if (failure.getCause() != null) {
                json.writeStringField("cause", failure.getCause().getClass().getName() + ": " + failure.getCause().getMessage());
            }
        });
    }

    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private void line(Fields fields) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sink.accept(out.toString());
    }
}
