package vn.r57.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.r57.core.catalog.Catalog;
import vn.r57.emulators.Emulators;
import vn.r57.store.DynamoDbClients;
import vn.r57.store.DynamoKeyStore;
import vn.r57.store.DynamoRevisionSource;
import vn.r57.store.DynamoSubmissionStore;

/** The table cannot be reached: a port where nothing listens any more. */
@ExtendWith(Emulators.class)
class StoreUnavailableIT {

    private static final String UNAVAILABLE = "{\"type\":\"https://r57.example/problems/store-unavailable\","
            + "\"title\":\"The store is briefly unavailable\",\"status\":503,"
            + "\"detail\":\"the data store is busy or unreachable; nothing was stored: try again in 2 seconds\","
            + "\"errors\":[{\"code\":\"store-unavailable\",\"detail\":\"the data store is busy or unreachable; nothing was stored: try again in 2 seconds\"}]}";

    private final Api api;
    private final DynamoDbClient unreachable;

    StoreUnavailableIT(DynamoDbClient client) throws IOException {
        api = new Api(client);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        unreachable = DynamoDbClients.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + closedPort))
                .region(Region.AP_SOUTHEAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    @Test
    void whenStoringFailsTheAnswerIs503WithRetryAfterAndNothingIsWritten() {
        String token = api.token("thanh-hoa");
        String before = api.dump();
        List<String> log = new ArrayList<>();
        SubmitHandler handler = new SubmitHandler(new DynamoSubmissionStore(unreachable, api.table), api.keys,
                new DynamoRevisionSource(unreachable, api.table), Clock.fixed(Api.NOW, ZoneOffset.UTC), log::add);

        APIGatewayV2HTTPResponse response = handler.handleRequest(Events.withToken(Events.load("submit-good.json"), token), null);

        assertEquals(503, response.getStatusCode());
        assertEquals("2", response.getHeaders().get("Retry-After"));
        assertEquals("application/problem+json", response.getHeaders().get("Content-Type"));
        assertEquals(UNAVAILABLE, response.getBody());
        assertEquals(before, api.dump());
        assertEquals(2, log.size());
        assertEquals(true, log.get(0).startsWith("{\"level\":\"ERROR\",\"event\":\"failure\",\"requestId\":\"U2h0aGFuaDIwMjU=\","
                + "\"exception\":\"vn.r57.store.StoreUnavailableException\",\"message\":\"reading the latest revisions: the table is unavailable (SdkClientException)\""),
                log.get(0));
        log.forEach(line -> assertFalse(line.contains(token)));
    }

    @Test
    void whenKeysCannotBeReadEitherTheAnswerIsStill503() {
        SubmitHandler handler = new SubmitHandler(new DynamoSubmissionStore(unreachable, api.table),
                new DynamoKeyStore(unreachable, api.table, Catalog.load()),
                new DynamoRevisionSource(unreachable, api.table), Clock.fixed(Api.NOW, ZoneOffset.UTC), line -> {});

        APIGatewayV2HTTPResponse response = handler.handleRequest(
                Events.withToken(Events.load("submit-good.json"), "r57_abcdefghijk2_" + "A".repeat(43)), null);

        assertEquals(503, response.getStatusCode());
        assertEquals("2", response.getHeaders().get("Retry-After"));
        assertEquals(UNAVAILABLE, response.getBody());
    }
}
