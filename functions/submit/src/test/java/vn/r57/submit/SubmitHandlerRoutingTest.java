package vn.r57.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.r57.core.catalog.Catalog;
import vn.r57.store.DynamoDbClients;
import vn.r57.store.DynamoKeyStore;
import vn.r57.store.DynamoRevisionSource;
import vn.r57.store.DynamoSubmissionStore;

/**
 * Answers decided before any store is read. The stores point at a port where nothing listens: a request that
 * reached them would come back as a 503, not as the answer asserted here.
 */
class SubmitHandlerRoutingTest {

    private final List<String> log = new ArrayList<>();
    private final SubmitHandler handler;

    SubmitHandlerRoutingTest() {
        DynamoDbClient nowhere = DynamoDbClients.builder()
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .region(Region.AP_SOUTHEAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
        handler = new SubmitHandler(new DynamoSubmissionStore(nowhere, "r57"), new DynamoKeyStore(nowhere, "r57", Catalog.load()),
                new DynamoRevisionSource(nowhere, "r57"), Clock.fixed(Instant.parse("2025-11-20T03:00:00Z"), ZoneOffset.UTC), log::add);
    }

    private static APIGatewayV2HTTPEvent event(String method, String path) {
        APIGatewayV2HTTPEvent event = Events.load("get-snapshot.json");
        event.setRouteKey("$default");
        event.setRawPath(path);
        event.setPathParameters(null);
        event.getRequestContext().setRouteKey("$default");
        event.getRequestContext().getHttp().setMethod(method);
        event.getRequestContext().getHttp().setPath(path);
        return event;
    }

    @Test
    void anUnknownPathIsNotFound() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event("GET", "/v1/indicators"), null);

        assertEquals(404, response.getStatusCode());
        assertEquals("application/problem+json", response.getHeaders().get("Content-Type"));
        assertEquals("{\"type\":\"https://r57.example/problems/not-found\",\"title\":\"There is nothing here\",\"status\":404,"
                + "\"detail\":\"there is no resource at this path; the API has POST /v1/snapshots, GET /v1/snapshots/{id} and GET /v1/obligations\","
                + "\"errors\":[{\"code\":\"not-found\",\"detail\":\"there is no resource at this path; the API has POST /v1/snapshots, GET /v1/snapshots/{id} and GET /v1/obligations\"}]}",
                response.getBody());
    }

    @Test
    void anotherMethodOnAKnownPathIsNotAllowedAndSaysWhichIs() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event("DELETE", "/v1/snapshots/abc"), null);

        assertEquals(405, response.getStatusCode());
        assertEquals("GET", response.getHeaders().get("Allow"));
        assertEquals("{\"type\":\"https://r57.example/problems/method-not-allowed\",\"title\":\"This method is not allowed here\",\"status\":405,"
                + "\"detail\":\"DELETE is not allowed here; use GET\",\"errors\":[{\"code\":\"method-not-allowed\",\"detail\":\"DELETE is not allowed here; use GET\"}]}",
                response.getBody());
    }

    /** Every path but the operations' is 404, whatever the version, the case or a trailing segment. */
    @ParameterizedTest
    @CsvSource({
            "POST, /v2/snapshots", "GET, /v2/snapshots/abc", "POST, /V1/snapshots", "POST, /v1/Snapshots",
            "GET, /V1/SNAPSHOTS/abc", "GET, /v1/snapshots/abc/values", "POST, /v1/snapshots/abc/def", "GET, /v1",
            "GET, /v1/", "GET, /", "PUT, /v1/snapshot", "DELETE, /v10/snapshots", "GET, /v1/snapshots//abc"})
    void anyOtherPathIsNotFoundAsProblemJson(String method, String path) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event(method, path), null);

        assertEquals(404, response.getStatusCode(), method + " " + path);
        assertEquals(Map.of("Content-Type", "application/problem+json", "Cache-Control", "no-store"), response.getHeaders());
        assertEquals("{\"type\":\"https://r57.example/problems/not-found\",\"title\":\"There is nothing here\",\"status\":404,"
                + "\"detail\":\"there is no resource at this path; the API has POST /v1/snapshots, GET /v1/snapshots/{id} and GET /v1/obligations\","
                + "\"errors\":[{\"code\":\"not-found\",\"detail\":\"there is no resource at this path; the API has POST /v1/snapshots, GET /v1/snapshots/{id} and GET /v1/obligations\"}]}",
                response.getBody());
    }

    /** A path of an operation with any other method is 405 naming the method it has, in the body and in Allow. */
    @ParameterizedTest
    @CsvSource({
            "GET, /v1/snapshots, POST", "DELETE, /v1/snapshots, POST", "PUT, /v1/snapshots, POST",
            "PATCH, /v1/snapshots, POST", "HEAD, /v1/snapshots, POST", "OPTIONS, /v1/snapshots, POST",
            "TRACE, /v1/snapshots, POST", "GET, /v1/snapshots/, POST", "POST, /v1/snapshots/abc, GET",
            "PUT, /v1/snapshots/abc, GET", "PATCH, /v1/snapshots/abc, GET", "DELETE, /v1/snapshots/abc, GET",
            "POST, /v1/obligations, GET", "DELETE, /v1/obligations/, GET"})
    void anotherMethodOnAnOperationsPathIsNotAllowedAsProblemJson(String method, String path, String allow) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event(method, path), null);

        assertEquals(405, response.getStatusCode(), method + " " + path);
        assertEquals(Map.of("Content-Type", "application/problem+json", "Cache-Control", "no-store", "Allow", allow),
                response.getHeaders());
        assertEquals("{\"type\":\"https://r57.example/problems/method-not-allowed\",\"title\":\"This method is not allowed here\","
                + "\"status\":405,\"detail\":\"" + method + " is not allowed here; use " + allow + "\",\"errors\":[{\"code\":"
                + "\"method-not-allowed\",\"detail\":\"" + method + " is not allowed here; use " + allow + "\"}]}",
                response.getBody());
    }

    @Test
    void aSubmissionWithoutATokenIsUnauthorised() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(Events.load("submit-unauthorised.json"), null);

        assertEquals(401, response.getStatusCode());
        assertEquals("Bearer realm=\"r57\"", response.getHeaders().get("WWW-Authenticate"));
        assertEquals("{\"type\":\"https://r57.example/problems/unauthorized\",\"title\":\"A valid API token is required\",\"status\":401,"
                + "\"detail\":\"send your key as \\\"Authorization: Bearer r57_...\\\"\","
                + "\"errors\":[{\"header\":\"Authorization\",\"code\":\"missing-token\",\"detail\":\"send your key as \\\"Authorization: Bearer r57_...\\\"\"}]}",
                response.getBody());
    }

    @Test
    void theSampleEventsPlaceholderTokenIsRefusedAsMalformed() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(Events.load("submit-good.json"), null);

        assertEquals(401, response.getStatusCode());
        assertEquals("Bearer realm=\"r57\", error=\"invalid_token\"", response.getHeaders().get("WWW-Authenticate"));
        assertEquals("{\"type\":\"https://r57.example/problems/unauthorized\",\"title\":\"A valid API token is required\",\"status\":401,"
                + "\"detail\":\"this is not an r57 token; tokens look like r57_<12 characters>_<43 characters>\","
                + "\"errors\":[{\"header\":\"Authorization\",\"code\":\"malformed-token\",\"detail\":\"this is not an r57 token; tokens look like r57_<12 characters>_<43 characters>\"}]}",
                response.getBody());
    }

    @Test
    void anAuthorizationSchemeOtherThanBearerIsMalformed() {
        APIGatewayV2HTTPEvent event = Events.load("submit-good.json");
        event.getHeaders().put("authorization", "Basic dXNlcjpwYXNz");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertEquals(401, response.getStatusCode());
        assertEquals("Bearer realm=\"r57\", error=\"invalid_request\"", response.getHeaders().get("WWW-Authenticate"));
    }

    @Test
    void eachRequestLogsOneJsonLineWithoutTheTokenOrTheBody() {
        APIGatewayV2HTTPEvent event = Events.load("submit-good.json");
        event.getHeaders().put("authorization", "Bearer not-a-token-secret-value");

        handler.handleRequest(event, null);

        assertEquals(1, log.size());
        String line = log.get(0).replaceFirst("\"millis\":\\d+", "\"millis\":0");
        assertEquals("{\"level\":\"WARN\",\"event\":\"request\",\"requestId\":\"U2h0aGFuaDIwMjU=\",\"method\":\"POST\","
                + "\"route\":\"Submit\",\"status\":401,\"errors\":[\"malformed-token\"],\"millis\":0}", line);
        assertFalse(log.get(0).contains("not-a-token-secret-value"));
    }

    @Test
    void headerNamesMatchInAnyCaseAndANamedStageIsNotPartOfThePath() {
        APIGatewayV2HTTPEvent event = event("GET", "/prod/v1/snapshots");
        event.getRequestContext().setStage("prod");
        event.setHeaders(Map.of("Authorization", "Bearer x"));

        HttpRequest request = HttpRequest.from(event);

        assertEquals("/v1/snapshots", request.path());
        assertEquals(java.util.Optional.of("Bearer x"), request.header("authorization"));
        assertEquals(new Route.MethodNotAllowed("POST"), Route.of(request));
    }
}
