package vn.r57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.r57.submit.HttpRequest;
import vn.r57.submit.Route;

/**
 * The HTTP API routes in template.yaml are the routes the submit handler serves, no more and no fewer, plus the
 * {@code $default} route that brings every other request to the handler for its problem+json 404 or 405.
 */
class RoutesTest {

    private final Template template = Template.load();

    @Test
    void theTemplateDeclaresExactlyTheRoutesTheSubmitHandlerServesAndTheDefaultRoute() {
        Set<String> expected = new TreeSet<>(Route.KEYS);
        expected.add(Route.DEFAULT_KEY);
        assertEquals(expected, new TreeSet<>(routeKeys("SubmitFunction")));
    }

    @Test
    void onTheDefaultRouteTheHandlerAnswersEveryOtherRequestItself() {
        assertEquals(new Route.NotFound(), Route.of(HttpRequest.from(request("$default", "GET", "/v2/snapshots"))));
        assertEquals(new Route.NotFound(), Route.of(HttpRequest.from(request("$default", "POST", "/V1/snapshots"))));
        assertEquals(new Route.MethodNotAllowed("POST"),
                Route.of(HttpRequest.from(request("$default", "DELETE", "/v1/snapshots"))));
        assertEquals(new Route.MethodNotAllowed("GET"),
                Route.of(HttpRequest.from(request("$default", "PUT", "/v1/snapshots/abc"))));
    }

    @Test
    void noOtherFunctionIsReachableOverHttp() {
        for (String id : template.functions().keySet()) {
            if (!id.equals("SubmitFunction")) {
                assertEquals(List.of(), routeKeys(id), id);
            }
        }
        assertEquals(Set.of("Api"), template.resourcesOfType("AWS::Serverless::HttpApi").keySet());
        assertEquals(Set.of(), template.resourcesOfType("AWS::Serverless::Api").keySet());
        assertFalse(template.resource("Api").path("Properties").has("DefinitionBody"), "routes come from the function's events only");
    }

    @Test
    void everyRouteIsOnTheOneApiWithPayloadFormat2() {
        httpApiEvents("SubmitFunction").forEach(event -> {
            assertEquals("{\"Ref\":\"Api\"}", event.path("ApiId").toString(), event.toString());
            assertEquals("2.0", event.path("PayloadFormatVersion").asText(), event.toString());
        });
    }

    @Test
    void aRequestOnEveryTemplateRouteReachesAnOperationWithOrWithoutTheRouteKey() {
        for (String routeKey : Route.KEYS) {
            Route matched = Route.of(HttpRequest.from(request(routeKey, true)));
            Route byPath = Route.of(HttpRequest.from(request(routeKey, false)));

            assertFalse(matched instanceof Route.NotFound || matched instanceof Route.MethodNotAllowed, routeKey + " → " + matched);
            assertEquals(matched, byPath, routeKey + ": API Gateway's route key and the path agree");
        }
    }

    @Test
    void theRoutesAreTheDocumentedContract() {
        assertEquals(List.of("POST /v1/snapshots", "GET /v1/snapshots/{id}", "GET /v1/obligations", "$default"),
                routeKeys("SubmitFunction"));
    }

    private List<String> routeKeys(String functionId) {
        List<String> keys = new ArrayList<>();
        for (JsonNode event : httpApiEvents(functionId)) {
            // SAM makes an HttpApi event without Path and Method the API's $default route.
            keys.add(event.has("Path") || event.has("Method")
                    ? event.path("Method").asText() + " " + event.path("Path").asText()
                    : Route.DEFAULT_KEY);
        }
        return keys;
    }

    private List<JsonNode> httpApiEvents(String functionId) {
        List<JsonNode> events = new ArrayList<>();
        template.resource(functionId).path("Properties").path("Events").forEach(event -> {
            if (event.path("Type").asText().equals("HttpApi")) {
                events.add(event.path("Properties"));
            }
        });
        return events;
    }

    /**
     * What API Gateway hands the function for that route; without the key, what a catch-all {@code $default} route
     * would send, leaving the handler to route on method and path. (The local runner sends the route key, as AWS does.)
     */
    private static APIGatewayV2HTTPEvent request(String routeKey, boolean withRouteKey) {
        String method = routeKey.substring(0, routeKey.indexOf(' '));
        String path = routeKey.substring(routeKey.indexOf(' ') + 1).replace("{id}", "snapshotid00000000000001");
        return request(withRouteKey ? routeKey : "$default", method, path, withRouteKey);
    }

    private static APIGatewayV2HTTPEvent request(String routeKey, String method, String path) {
        return request(routeKey, method, path, false);
    }

    private static APIGatewayV2HTTPEvent request(String routeKey, String method, String path, boolean withRouteKey) {
        return APIGatewayV2HTTPEvent.builder()
                .withRouteKey(routeKey)
                .withRawPath(path)
                .withPathParameters(withRouteKey && routeKey.contains("{id}") ? Map.of("id", "snapshotid00000000000001") : null)
                .withHeaders(Map.of())
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId("routes-test")
                        .withStage("$default")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path).build())
                        .build())
                .build();
    }
}
