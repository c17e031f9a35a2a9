package vn.r57.submit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the function answers, before it becomes an API Gateway response; {@code errorCodes} are for the log. */
public record HttpResponse(int status, Map<String, String> headers, String body, List<String> errorCodes) {

    public HttpResponse {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        errorCodes = List.copyOf(errorCodes);
    }

    static HttpResponse json(int status, String json, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Cache-Control", "no-store");
        headers.putAll(extraHeaders);
        return new HttpResponse(status, headers, json, List.of());
    }
}
