package vn.r57.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteTest {

    private static HttpRequest request(String routeKey, String method, String path, Map<String, String> pathParameters) {
        return new HttpRequest("r1", method, path, Optional.ofNullable(routeKey), pathParameters, Map.of(), Optional.empty(), false);
    }

    @Test
    void aMatchedRouteKeyDecides() {
        assertEquals(new Route.Submit(), Route.of(request("POST /v1/snapshots", "POST", "/v1/snapshots", Map.of())));
        assertEquals(new Route.GetSnapshot("abc"),
                Route.of(request("GET /v1/snapshots/{id}", "GET", "/v1/snapshots/abc", Map.of("id", "abc"))));
        assertEquals(new Route.Obligations(), Route.of(request("GET /v1/obligations", "GET", "/v1/obligations", Map.of())));
    }

    @Test
    void withTheDefaultRouteTheObligationsAreAGetOnly() {
        assertEquals(new Route.Obligations(), Route.of(request("$default", "GET", "/v1/obligations", Map.of())));
        assertEquals(new Route.Obligations(), Route.of(request("$default", "GET", "/v1/obligations/", Map.of())));
        assertEquals(new Route.MethodNotAllowed("GET"), Route.of(request("$default", "POST", "/v1/obligations", Map.of())));
        assertEquals(new Route.NotFound(), Route.of(request("$default", "GET", "/v1/obligations/2025", Map.of())));
    }

    @Test
    void withTheDefaultRouteMethodAndPathDecide() {
        assertEquals(new Route.Submit(), Route.of(request("$default", "POST", "/v1/snapshots", Map.of())));
        assertEquals(new Route.GetSnapshot("abc"), Route.of(request("$default", "GET", "/v1/snapshots/abc", Map.of())));
        assertEquals(new Route.Submit(), Route.of(request(null, "POST", "/v1/snapshots", Map.of())));
    }

    @Test
    void aKnownPathWithAnotherMethodIsNotAllowed() {
        assertEquals(new Route.MethodNotAllowed("POST"), Route.of(request("$default", "GET", "/v1/snapshots", Map.of())));
        assertEquals(new Route.MethodNotAllowed("POST"), Route.of(request("$default", "PUT", "/v1/snapshots", Map.of())));
        assertEquals(new Route.MethodNotAllowed("GET"), Route.of(request("$default", "DELETE", "/v1/snapshots/abc", Map.of())));
    }

    @Test
    void anyOtherPathIsNotFound() {
        assertEquals(new Route.NotFound(), Route.of(request("$default", "GET", "/", Map.of())));
        assertEquals(new Route.NotFound(), Route.of(request("$default", "GET", "/v1/snapshots/abc/values", Map.of())));
        assertEquals(new Route.NotFound(), Route.of(request("$default", "POST", "/v2/snapshots", Map.of())));
        assertEquals(new Route.NotFound(), Route.of(request("ANY /{proxy+}", "GET", "/v1/snapshot", Map.of("proxy", "v1/snapshot"))));
    }
}
