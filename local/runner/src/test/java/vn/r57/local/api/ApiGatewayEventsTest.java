package vn.r57.local.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The local API builds the payload 2.0 event API Gateway would send for the same request. */
class ApiGatewayEventsTest {

    private static final Instant NOW = Instant.parse("2025-11-20T03:00:00Z");

    @Test
    void aJsonSubmissionBecomesTheEventOfThePostRoute() {
        String body = "{\"province\": \"thanh-hoa\", \"values\": [{\"value\": 99.51}]}";
        ApiRequest request = new ApiRequest("POST", "/v1/snapshots", "", "HTTP/1.1", List.of(
                Map.entry("Host", "127.0.0.1:8080"),
                Map.entry("Authorization", "Bearer r57_abc"),
                Map.entry("Content-Type", "application/json"),
                Map.entry("Idempotency-Key", "thanh-hoa-2025-annual-1"),
                Map.entry("User-Agent", "curl/8.5.0")),
                body.getBytes(StandardCharsets.UTF_8), "127.0.0.1");

        APIGatewayV2HTTPEvent event = ApiGatewayEvents.event(request, ApiRoutes.match("POST", "/v1/snapshots"), "U2h0aGFuaDIwMjU=", NOW);

        assertEquals("2.0", event.getVersion());
        assertEquals("POST /v1/snapshots", event.getRouteKey());
        assertEquals("/v1/snapshots", event.getRawPath());
        assertEquals("", event.getRawQueryString());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", "127.0.0.1:8080");
        headers.put("authorization", "Bearer r57_abc");
        headers.put("content-type", "application/json");
        headers.put("idempotency-key", "thanh-hoa-2025-annual-1");
        headers.put("user-agent", "curl/8.5.0");
        headers.put("x-forwarded-for", "127.0.0.1");
        headers.put("x-forwarded-proto", "http");
        assertEquals(headers, event.getHeaders());
        assertNull(event.getCookies());
        assertNull(event.getQueryStringParameters());
        assertNull(event.getPathParameters());
        assertEquals(body, event.getBody());
        assertFalse(event.getIsBase64Encoded());
        APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
        assertEquals("POST /v1/snapshots", context.getRouteKey());
        assertEquals("$default", context.getStage());
        assertEquals("U2h0aGFuaDIwMjU=", context.getRequestId());
        assertEquals("20/Nov/2025:03:00:00 +0000", context.getTime());
        assertEquals(1763607600000L, context.getTimeEpoch());
        assertEquals("127.0.0.1:8080", context.getDomainName());
        assertEquals("POST", context.getHttp().getMethod());
        assertEquals("/v1/snapshots", context.getHttp().getPath());
        assertEquals("HTTP/1.1", context.getHttp().getProtocol());
        assertEquals("127.0.0.1", context.getHttp().getSourceIp());
        assertEquals("curl/8.5.0", context.getHttp().getUserAgent());
    }

    @Test
    void theGetRouteCarriesItsPathParameterAndTheQueryString() {
        ApiRequest request = new ApiRequest("GET", "/v1/snapshots/abc123", "a=1&b=x%20y&a=2", "HTTP/1.1",
                List.of(Map.entry("Accept", "application/json")), new byte[0], "127.0.0.1");

        APIGatewayV2HTTPEvent event = ApiGatewayEvents.event(request, ApiRoutes.match("GET", "/v1/snapshots/abc123"), "id", NOW);

        assertEquals("GET /v1/snapshots/{id}", event.getRouteKey());
        assertEquals(Map.of("id", "abc123"), event.getPathParameters());
        assertEquals("a=1&b=x%20y&a=2", event.getRawQueryString());
        assertEquals(Map.of("a", "1,2", "b", "x y"), event.getQueryStringParameters());
        assertNull(event.getBody());
        assertFalse(event.getIsBase64Encoded());
    }

    @Test
    void repeatedHeadersAreJoinedWithCommasAndCookiesGoToTheirOwnList() {
        ApiRequest request = new ApiRequest("POST", "/v1/snapshots", "", "HTTP/1.1", List.of(
                Map.entry("Accept", "application/json"),
                Map.entry("ACCEPT", "application/problem+json"),
                Map.entry("Cookie", "a=1; b=2")),
                new byte[0], "127.0.0.1");

        APIGatewayV2HTTPEvent event = ApiGatewayEvents.event(request, ApiRoutes.match("POST", "/v1/snapshots"), "id", NOW);

        assertEquals("application/json,application/problem+json", event.getHeaders().get("accept"));
        assertFalse(event.getHeaders().containsKey("cookie"));
        assertEquals(List.of("a=1", "b=2"), event.getCookies());
    }

    @Test
    void aBodyThatIsNotTextualIsBase64Encoded() {
        byte[] body = {(byte) 0xff, 0x00, 0x41};
        ApiRequest request = new ApiRequest("POST", "/v1/snapshots", "", "HTTP/1.1",
                List.of(Map.entry("Content-Type", "application/octet-stream")), body, "127.0.0.1");

        APIGatewayV2HTTPEvent event = ApiGatewayEvents.event(request, ApiRoutes.match("POST", "/v1/snapshots"), "id", NOW);

        assertEquals("/wBB", event.getBody());
        assertTrue(event.getIsBase64Encoded());
    }

    @Test
    void jsonThatIsNotUtf8IsBase64EncodedSoTheFunctionSeesTheBytesAsSent() {
        byte[] latin1 = "{\"title\": \"Hà\"}".getBytes(StandardCharsets.ISO_8859_1);
        ApiRequest request = new ApiRequest("POST", "/v1/snapshots", "", "HTTP/1.1",
                List.of(Map.entry("Content-Type", "application/json; charset=utf-8")), latin1, "127.0.0.1");

        APIGatewayV2HTTPEvent event = ApiGatewayEvents.event(request, ApiRoutes.match("POST", "/v1/snapshots"), "id", NOW);

        assertEquals("eyJ0aXRsZSI6ICJI4CJ9", event.getBody());
        assertTrue(event.getIsBase64Encoded());
    }

    @Test
    void anOperationsRouteIsMatchedAndEveryOtherRequestGoesToTheDefaultRoute() {
        assertEquals(new ApiRoutes.Match("POST /v1/snapshots", Map.of()), ApiRoutes.match("POST", "/v1/snapshots"));
        assertEquals(new ApiRoutes.Match("GET /v1/snapshots/{id}", Map.of("id", "a")), ApiRoutes.match("GET", "/v1/snapshots/a"));
        for (String[] other : new String[][] {{"GET", "/v1/snapshots"}, {"POST", "/v1/snapshots/"}, {"GET", "/v1/snapshots/"},
                {"GET", "/v1/snapshots/a/b"}, {"DELETE", "/v1/snapshots/a"}, {"POST", "/v2/snapshots"}}) {
            assertEquals(new ApiRoutes.Match("$default", Map.of()), ApiRoutes.match(other[0], other[1]), String.join(" ", other));
        }
    }

    @Test
    void aFirstSegmentNamingAVersionInAnyCaseIsTheApisTheRestTheSites() {
        for (String api : List.of("/v1", "/v1/", "/v1/snapshots", "/V1/snapshots", "/v2/snapshots", "/v10/x/y")) {
            assertTrue(ApiRoutes.isApiPath(api), api);
        }
        for (String site : List.of("/", "/vi/", "/vi/index.html", "/data/v1/catalog.json", "/v", "/version", "/healthz")) {
            assertFalse(ApiRoutes.isApiPath(site), site);
        }
    }
}
