package vn.r57.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import vn.r57.core.Hashes;
import vn.r57.core.keys.Tokens;
import vn.r57.core.snapshot.Codes;
import vn.r57.emulators.Emulators;
import vn.r57.store.DynamoDbClients;
import vn.r57.store.DynamoSubmissionStore;
import vn.r57.store.DynamoRevisionSource;

/** openapi.yaml says exactly what the handler does: its routes, statuses, media types, headers and bodies. */
@ExtendWith(Emulators.class)
class OpenApiContractIT {

    private static int checkedResponses;

    private final OpenApi spec = new OpenApi();
    private final DynamoDbClient client;
    private final Api api;
    private final String token;

    OpenApiContractIT(DynamoDbClient client) {
        this.client = client;
        api = new Api(client);
        token = api.token("thanh-hoa");
    }

    @Test
    void theSpecIsOpenApi31AndDescribesExactlyTheRoutesOfTheTemplate() {
        assertEquals("3.1.0", spec.document.path("openapi").asText());
        Set<String> described = new TreeSet<>();
        spec.document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> described.add(method.toUpperCase() + " " + path.getKey())));
        JsonNode template = OpenApi.read(OpenApi.YAML, Path.of("../../template.yaml"));
        Set<String> routes = new TreeSet<>();
        template.path("Resources").forEach(resource -> resource.path("Properties").path("Events").forEach(event -> {
            if (event.path("Type").asText().equals("HttpApi")) {
                // Without Path and Method, SAM makes the event the $default route: not an operation, the way every other
                // request reaches the handler for its 404 or 405.
                routes.add(event.path("Properties").has("Path")
                        ? event.path("Properties").path("Method").asText() + " " + event.path("Properties").path("Path").asText()
                        : Route.DEFAULT_KEY);
            }
        }));
        assertEquals(Set.of(Route.SUBMIT_KEY, Route.GET_KEY, Route.OBLIGATIONS_KEY, Route.DEFAULT_KEY), routes);
        routes.remove(Route.DEFAULT_KEY);
        assertEquals(routes, described);
    }

    @Test
    void eachOperationDeclaresEveryStatusTheHandlerAndTheGatewayCanAnswer() {
        assertEquals(List.of("201", "400", "401", "403", "409", "413", "415", "422", "429", "500", "503"),
                statuses(spec.operation("POST", "/v1/snapshots")));
        assertEquals(List.of("200", "401", "404", "429", "500", "503"), statuses(spec.operation("GET", "/v1/snapshots/{id}")));
        assertEquals(List.of("200", "401", "429", "500", "503"), statuses(spec.operation("GET", "/v1/obligations")));
        Set<String> declared = new TreeSet<>(statuses(spec.operation("POST", "/v1/snapshots")));
        declared.addAll(statuses(spec.operation("GET", "/v1/snapshots/{id}")));
        for (ProblemType type : ProblemType.values()) {
            // 405 answers methods the API does not have, which an OpenAPI document has no place for.
            if (type != ProblemType.METHOD_NOT_ALLOWED) {
                assertTrue(declared.contains(Integer.toString(type.status())), type + " is not declared");
            }
        }
    }

    @Test
    void everyValidationCodeIsADeclaredErrorCode() throws IllegalAccessException {
        Set<String> declared = new TreeSet<>();
        spec.schema("ErrorCode").path("enum").forEach(code -> declared.add(code.asText()));
        for (Field field : Codes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                String code = (String) field.get(null);
                assertTrue(declared.contains(code), code + " is not in ErrorCode");
            }
        }
    }

    @Test
    void theSubmissionSchemaPublishedOnItsOwnIsTheOneInTheSpec() {
        ObjectNode standalone = (ObjectNode) OpenApi.read(OpenApi.JSON, OpenApi.SUBMISSION_SCHEMA);
        assertEquals("https://json-schema.org/draft/2020-12/schema", standalone.remove("$schema").asText());
        assertEquals(standalone, spec.schema("Submission"));
    }

    @Test
    void theObligationsAnswerConformsToTheSpec() throws IOException {
        APIGatewayV2HTTPEvent submitted = Events.withToken(Events.load("submit-good.json"), token);
        assertEquals(201, api.call(submitted).getStatusCode());

        APIGatewayV2HTTPResponse response = api.call(Events.withToken(Events.load("get-obligations.json"), token));

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertConforms("GET", "/v1/obligations", response);
    }

    @Test
    void theRequestExamplesAreValidByTheSchemaAndStored() throws IOException {
        JsonNode examples = spec.operation("POST", "/v1/snapshots").path("requestBody").path("content").path("application/json").path("examples");
        assertEquals(2, examples.size());
        for (Iterator<Map.Entry<String, JsonNode>> it = examples.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> example = it.next();
            JsonNode value = example.getValue().path("value");
            assertEquals(List.of(), spec.violations(spec.schema("Submission"), value), example.getKey());

            APIGatewayV2HTTPEvent event = Events.withToken(Events.load("submit-good.json"), token);
            event.getHeaders().put("idempotency-key", "example-" + example.getKey());
            event.setBody(OpenApi.JSON.writeValueAsString(value));
            APIGatewayV2HTTPResponse response = api.call(event);

            assertEquals(201, response.getStatusCode(), example.getKey() + ": " + response.getBody());
            assertConforms("POST", "/v1/snapshots", response);
        }
    }

    @Test
    void theResponseExamplesAreValidByTheirSchemas() {
        List<String> checked = new ArrayList<>();
        spec.document.path("paths").forEach(path -> path.forEach(operation -> operation.path("responses").fields().forEachRemaining(entry ->
                spec.resolve(entry.getValue()).path("content").forEach(media -> media.path("examples").fields().forEachRemaining(example -> {
                    assertEquals(List.of(), spec.violations(media.path("schema"), example.getValue().path("value")));
                    checked.add(entry.getKey() + " " + example.getKey());
                })))));
        assertEquals(List.of("422 twoProblems"), checked);
    }

    @Test
    void everyAnswerOfTheHandlerConformsToTheSpec() throws IOException {
        // Success, replay, read back, conflict.
        APIGatewayV2HTTPResponse created = api.call(Events.withToken(Events.load("submit-good.json"), token));
        assertConforms("POST", "/v1/snapshots", created);
        assertConforms("POST", "/v1/snapshots", api.call(Events.withToken(Events.load("submit-good.json"), token)));
        APIGatewayV2HTTPEvent get = Events.withToken(Events.load("get-snapshot.json"), token);
        get.setRawPath("/v1/snapshots/" + Api.snapshotId(created));
        get.setPathParameters(Map.of("id", Api.snapshotId(created)));
        assertConforms("GET", "/v1/snapshots/{id}", api.call(get));
        APIGatewayV2HTTPEvent conflict = Events.withToken(Events.load("submit-good.json"), token);
        conflict.setBody(conflict.getBody().replace("99.51", "99.52"));
        assertConforms("POST", "/v1/snapshots", api.call(conflict));

        // Every refusal of the bad-request corpus that reaches one of the two operations.
        Map<String, String> tokens = Map.of("thanh-hoa", token, "tuyen-quang", api.token("tuyen-quang"), "ha-noi", api.token("ha-noi"),
                "revoked", token);
        List<CorpusRequest> corpus;
        try (Stream<Path> files = Files.list(BadRequestCorpusIT.CORPUS)) {
            corpus = files.sorted().map(CorpusRequest::read).toList();
        }
        for (CorpusRequest request : corpus) {
            APIGatewayV2HTTPEvent event = request.event(text -> fill(text, tokens, Api.snapshotId(created)));
            if (event.getRouteKey().equals("$default")) {
                continue;
            }
            assertConforms(request.method(), event.getRouteKey().substring(request.method().length() + 1), api.call(event));
        }

        // The table unreachable: 503 with Retry-After.
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DynamoDbClient unreachable = DynamoDbClients.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + closedPort))
                .region(Region.AP_SOUTHEAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
        SubmitHandler cutOff = new SubmitHandler(new DynamoSubmissionStore(unreachable, api.table), api.keys,
                new DynamoRevisionSource(unreachable, api.table), Clock.fixed(Api.NOW, ZoneOffset.UTC), line -> {});
        assertConforms("POST", "/v1/snapshots", cutOff.handleRequest(Events.withToken(Events.load("submit-good.json"), token), null));

        // A broken table (an idempotency record naming a snapshot that is not there): 500.
        Map<String, AttributeValue> broken = new HashMap<>();
        broken.put("pk", AttributeValue.fromS("IDEM#" + Tokens.keyId(token).orElseThrow() + "#" + Hashes.sha256("broken")));
        broken.put("sk", AttributeValue.fromS("IDEM"));
        broken.put("bodyHash", AttributeValue.fromS("x"));
        broken.put("snapshotId", AttributeValue.fromS("aaaaaaaaaaaaaaaaaaaaaaaaaa"));
        broken.put("expiresAt", AttributeValue.fromN(Long.toString(Api.NOW.getEpochSecond() + 3600)));
        client.putItem(put -> put.tableName(api.table).item(broken));
        APIGatewayV2HTTPEvent resend = Events.withToken(Events.load("submit-good.json"), token);
        resend.getHeaders().put("idempotency-key", "broken");
        resend.setBody(resend.getBody().replace("99.51", "99.53"));
        APIGatewayV2HTTPResponse internal = api.call(resend);
        assertEquals(409, internal.getStatusCode(), "a different body hash is a conflict before the snapshot is looked up");
        broken.put("bodyHash", AttributeValue.fromS(Hashes.sha256(resend.getBody().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        client.putItem(put -> put.tableName(api.table).item(broken));
        internal = api.call(resend);
        assertEquals(500, internal.getStatusCode(), internal.getBody());
        assertConforms("POST", "/v1/snapshots", internal);
    }

    private static String fill(String text, Map<String, String> tokens, String snapshot) {
        String filled = text.replace("{snapshot:seeded}", snapshot);
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            filled = filled.replace("{token:" + token.getKey() + "}", token.getValue())
                    .replace("{forged:" + token.getKey() + "}", token.getValue().substring(0, 17) + "A".repeat(43))
                    .replace("{swapped:" + token.getKey() + "}", token.getValue().substring(0, 17) + "B".repeat(43));
        }
        return filled;
    }

    /** The status is declared, the media type and body match its schema, and every required header is there and valid. */
    private void assertConforms(String method, String path, APIGatewayV2HTTPResponse response) throws IOException {
        String where = method + " " + path + " " + response.getStatusCode();
        JsonNode declared = spec.response(spec.operation(method, path), response.getStatusCode())
                .orElseThrow(() -> new AssertionError(where + " is not declared: " + response.getBody()));
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(response.getHeaders());
        List<String> mediaTypes = new ArrayList<>();
        declared.path("content").fieldNames().forEachRemaining(mediaTypes::add);
        assertEquals(mediaTypes, List.of(headers.get("Content-Type")), where);
        JsonNode body = OpenApi.JSON.readTree(response.getBody());
        assertEquals(List.of(), spec.violations(declared.path("content").path(mediaTypes.get(0)).path("schema"), body), where + " " + response.getBody());
        declared.path("headers").fields().forEachRemaining(header -> {
            JsonNode definition = spec.resolve(header.getValue());
            String value = headers.get(header.getKey());
            if (definition.path("required").asBoolean(false)) {
                assertTrue(value != null, where + " lacks " + header.getKey());
            }
            if (value != null) {
                assertEquals(List.of(), spec.violations(definition.path("schema"), com.fasterxml.jackson.databind.node.TextNode.valueOf(value)), where + " " + header.getKey());
            }
        });
        checkedResponses++;
    }

    private static List<String> statuses(JsonNode operation) {
        List<String> statuses = new ArrayList<>();
        operation.path("responses").fieldNames().forEachRemaining(statuses::add);
        return statuses;
    }

    @AfterAll
    static void report() {
        System.out.println("[reliability] OpenAPI conformance: " + checkedResponses + " handler responses checked against openapi.yaml");
    }
}
