package vn.r57.local.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The function's payload 2.0 response reaches the client as API Gateway would send it. */
class ApiResponseTest {

    @Test
    void statusHeadersAndATextBodyPassUnchanged() {
        ApiResponse response = ApiResponse.from(APIGatewayV2HTTPResponse.builder()
                .withStatusCode(201)
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withBody("{\"value\":99.51,\"title\":\"Thanh Hóa\"}")
                .build());

        assertEquals(201, response.status());
        assertEquals(List.of(Map.entry("Content-Type", "application/json")), response.headers());
        assertEquals("{\"value\":99.51,\"title\":\"Thanh Hóa\"}", new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aBase64BodyIsDecodedAndCookiesBecomeSetCookieHeaders() {
        ApiResponse response = ApiResponse.from(APIGatewayV2HTTPResponse.builder()
                .withStatusCode(200)
                .withMultiValueHeaders(Map.of("Vary", List.of("Accept", "Origin")))
                .withCookies(List.of("a=1; Path=/"))
                .withBody("/wBB")
                .withIsBase64Encoded(true)
                .build());

        assertEquals(List.of(Map.entry("Vary", "Accept"), Map.entry("Vary", "Origin"), Map.entry("Set-Cookie", "a=1; Path=/")), response.headers());
        assertArrayEquals(new byte[] {(byte) 0xff, 0x00, 0x41}, response.body());
    }

}
