package vn.r57.submit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Error responses as {@code application/problem+json} (RFC 9457) with the extension member {@code errors}: every
 * problem found, not just the first, each with a JSON {@code pointer} into the body or the {@code header} it is about.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final JsonFactory FACTORY = new JsonFactory();

    private Problems() {}

    public static HttpResponse response(ProblemType type, List<ApiError> errors) {
        return response(type, errors, Map.of());
    }

    public static HttpResponse response(ProblemType type, List<ApiError> errors, Map<String, String> extraHeaders) {
        String detail = errors.size() == 1
                ? errors.get(0).detail()
                : errors.size() + " problems were found; each is listed in \"errors\"";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", MEDIA_TYPE);
        headers.put("Cache-Control", "no-store");
        headers.putAll(extraHeaders);
        return new HttpResponse(type.status(), headers, json(type, detail, errors), errors.stream().map(ApiError::code).toList());
    }

    public static HttpResponse response(ProblemType type, ApiError error, Map<String, String> extraHeaders) {
        return response(type, List.of(error), extraHeaders);
    }

    public static HttpResponse response(ProblemType type, ApiError error) {
        return response(type, List.of(error), Map.of());
    }

    private static String json(ProblemType type, String detail, List<ApiError> errors) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("type", type.uri());
            json.writeStringField("title", type.title());
            json.writeNumberField("status", type.status());
            json.writeStringField("detail", detail);
            json.writeArrayFieldStart("errors");
            for (ApiError error : errors) {
                json.writeStartObject();
                if (error.pointer().isPresent()) {
                    json.writeStringField("pointer", error.pointer().get());
                }
                if (error.header().isPresent()) {
                    json.writeStringField("header", error.header().get());
                }
                json.writeStringField("code", error.code());
                json.writeStringField("detail", error.detail());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
