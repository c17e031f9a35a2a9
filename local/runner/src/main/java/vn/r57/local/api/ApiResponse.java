package vn.r57.local.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** What API Gateway sends to the client for a function's payload 2.0 response. */
public record ApiResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {

    public static ApiResponse from(APIGatewayV2HTTPResponse response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, value) -> headers.add(Map.entry(name, value)));
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((name, values) -> values.forEach(v -> headers.add(Map.entry(name, v))));
        }
        if (response.getCookies() != null) {
            response.getCookies().forEach(cookie -> headers.add(Map.entry("Set-Cookie", cookie)));
        }
        String body = response.getBody() == null ? "" : response.getBody();
        byte[] bytes = response.getIsBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        return new ApiResponse(response.getStatusCode(), List.copyOf(headers), bytes);
    }

    /** API Gateway's own answer to a payload over its limit: the function is not invoked. */
    public static ApiResponse tooLarge() {
        return new ApiResponse(413, List.of(Map.entry("Content-Type", "application/json")),
                "{\"message\":\"Request Entity Too Large\"}".getBytes(StandardCharsets.UTF_8));
    }

}
