package vn.r57.submit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The request body as bytes: API Gateway passes binary or non-text bodies base64-encoded. */
final class RequestBodies {

    private RequestBodies() {}

    /** @throws IllegalArgumentException when the gateway says base64 but the text is not */
    static byte[] bytes(HttpRequest request) {
        String body = request.body().orElse("");
        return request.base64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    }
}
