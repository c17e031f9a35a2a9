package vn.r57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import vn.r57.core.catalog.Catalog;
import vn.r57.emulators.EmulatorClients;
import vn.r57.emulators.EmulatorEndpoints;
import vn.r57.emulators.Emulators;
import vn.r57.render.OutputSets;
import vn.r57.render.RenderHandler;
import vn.r57.render.Renderer;
import vn.r57.render.sink.S3Clients;
import vn.r57.render.sink.S3Sink;
import vn.r57.store.DynamoDbClients;
import vn.r57.store.DynamoKeyStore;
import vn.r57.store.DynamoRevisionSource;
import vn.r57.store.DynamoSubmissionStore;
import vn.r57.store.Tables;
import vn.r57.submit.SubmitHandler;

/**
 * The roles in template.yaml grant what the functions call, and nothing they do not: each handler runs every sample
 * event against DynamoDB Local and s3proxy through clients that record each call as the IAM permission it needs.
 * A new call the template does not allow fails here instead of as AccessDenied in production.
 */
@ExtendWith(Emulators.class)
class StoreCallsIT {

    private static final StaticCredentialsProvider EMULATOR_CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("emulator", "emulator"));

    private final Template template = Template.load();
    private final EmulatorEndpoints endpoints;
    private final String table = "deploy-check-" + UUID.randomUUID();
    private final String bucket = "deploy-check-" + UUID.randomUUID();
    private final CallRecorder recorder = new CallRecorder(table, bucket);

    StoreCallsIT(EmulatorEndpoints endpoints, DynamoDbClient admin, S3Client adminS3) {
        this.endpoints = endpoints;
        Tables.create(admin, table);
        adminS3.createBucket(create -> create.bucket(bucket));
    }

    @Test
    void theSubmitRoleAllowsExactlyTheTableCallsOfEverySampleRequest() {
        // The keys command creates keys with the operator's credentials, not the function's.
        String token = new DynamoKeyStore(EmulatorClients.dynamoDb(endpoints.dynamoEndpoint()), table, Catalog.load())
                .create("thanh-hoa", "deploy check", Instant.now()).secret();
        DynamoDbClient dynamo = recordingDynamoDb();
        SubmitHandler handler = new SubmitHandler(new DynamoSubmissionStore(dynamo, table),
                new DynamoKeyStore(dynamo, table, Catalog.load()), new DynamoRevisionSource(dynamo, table),
                Clock.systemUTC(), line -> {});

        List<Integer> statuses = new ArrayList<>();
        String location = "";
        for (String name : List.of("submit-good.json", "submit-good.json", "submit-correction.json",
                "submit-invalid.json", "submit-unauthorised.json")) {
            var response = handler.handleRequest(apiEvent(name, token, ""), null);
            statuses.add(response.getStatusCode());
            if (name.equals("submit-good.json")) {
                location = response.getHeaders().get("Location");
            }
        }
        String id = location.substring(location.lastIndexOf('/') + 1);
        statuses.add(handler.handleRequest(apiEvent("get-snapshot.json", token, id), null).getStatusCode());
        statuses.add(handler.handleRequest(apiEvent("get-obligations.json", token, ""), null).getStatusCode());

        assertEquals(List.of(201, 201, 201, 422, 401, 200, 200), statuses, "every sample request was answered as documented");
        assertEquals(Set.of(), difference(recorder.permissions(), Grants.of(template, "SubmitRole", "dynamodb:")),
                "every table call is allowed");
        // Query also reads the revisions of a series written before latest-revision items existed (DynamoSubmissionStoreIT).
        assertEquals(Set.of(), difference(Grants.of(template, "SubmitRole", "dynamodb:"), recorder.permissions()),
                "every grant is used");
    }

    @Test
    void theRenderRoleAllowsTheTableAndBucketCallsOfAScheduledRunAndAFullRebuild() throws IOException {
        String token = new DynamoKeyStore(EmulatorClients.dynamoDb(endpoints.dynamoEndpoint()), table, Catalog.load())
                .create("thanh-hoa", "deploy check", Instant.now()).secret();
        DynamoDbClient plain = EmulatorClients.dynamoDb(endpoints.dynamoEndpoint());
        new SubmitHandler(new DynamoSubmissionStore(plain, table), new DynamoKeyStore(plain, table, Catalog.load()),
                new DynamoRevisionSource(plain, table), Clock.systemUTC(), line -> {}).handleRequest(apiEvent("submit-good.json", token, ""), null);
        RenderHandler handler = new RenderHandler(new Renderer(Catalog.load(), new DynamoRevisionSource(recordingDynamoDb(), table),
                OutputSets.all("https://d111111abcdef8.cloudfront.net", false), new S3Sink(recordingS3(), bucket)));

        handler.handleRequest(mapEvent("render-scheduled.json"), null);
        handler.handleRequest(mapEvent("render-scheduled.json"), null);
        handler.handleRequest(mapEvent("render-full.json"), null);

        assertEquals(Grants.of(template, "RenderRole", "dynamodb:"), only("dynamodb:", recorder.permissions()));
        Set<String> grantedButNotCalled = new TreeSet<>(Grants.of(template, "RenderRole", "s3:"));
        grantedButNotCalled.removeAll(recorder.permissions());
        assertEquals(Set.of(), difference(only("s3:", recorder.permissions()), Grants.of(template, "RenderRole", "s3:")),
                "every bucket call is allowed");
        // DeleteObject: only when a new version stops producing a page; ListBucket: turns a missing key's 403 into 404.
        assertEquals(Set.of("s3:DeleteObject on SiteBucket/*", "s3:ListBucket on SiteBucket"), grantedButNotCalled);
    }

    private DynamoDbClient recordingDynamoDb() {
        return DynamoDbClients.builder()
                .endpointOverride(endpoints.dynamoEndpoint())
                .region(EmulatorClients.REGION)
                .credentialsProvider(EMULATOR_CREDENTIALS)
                .overrideConfiguration(config -> config.addExecutionInterceptor(recorder))
                .build();
    }

    private S3Client recordingS3() {
        return S3Clients.builder()
                .endpointOverride(endpoints.s3Endpoint())
                .region(EmulatorClients.REGION)
                .credentialsProvider(EMULATOR_CREDENTIALS)
                .overrideConfiguration(config -> config.addExecutionInterceptor(recorder))
                .build();
    }

    private static APIGatewayV2HTTPEvent apiEvent(String name, String token, String snapshotId) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent(Repository.file("events/" + name).toString());
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.computeIfPresent("authorization", (header, value) -> "Bearer " + token);
        event.setHeaders(headers);
        if (event.getPathParameters() != null && event.getPathParameters().containsKey("id")) {
            event.setPathParameters(Map.of("id", snapshotId));
            event.setRawPath("/v1/snapshots/" + snapshotId);
        }
        return event;
    }

    /** As the Lambda Java runtime hands a non-API event to a handler of Map: the JSON bound to a map. */
    private static Map<String, Object> mapEvent(String name) throws IOException {
        return new ObjectMapper().readValue(Repository.file("events/" + name).toFile(), new TypeReference<>() {});
    }

    private static Set<String> only(String prefix, Set<String> permissions) {
        Set<String> matching = new TreeSet<>(permissions);
        matching.removeIf(permission -> !permission.startsWith(prefix));
        return matching;
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }
}
