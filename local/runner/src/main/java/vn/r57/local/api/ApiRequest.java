package vn.r57.local.api;

import java.util.List;
import java.util.Map;

/**
 * An HTTP request as it reached the local server, before API Gateway's rules turn it into an event.
 *
 * @param rawPath the path as sent, still percent-encoded
 * @param rawQuery the query string as sent, without {@code ?}; empty when there is none
 * @param headers every header line in arrival order; names in any case, a name may repeat
 */
public record ApiRequest(
        String method,
        String rawPath,
        String rawQuery,
        String protocol,
        List<Map.Entry<String, String>> headers,
        byte[] body,
        String sourceIp) {

    public ApiRequest {
        headers = List.copyOf(headers);
        body = body.clone();
    }
}
