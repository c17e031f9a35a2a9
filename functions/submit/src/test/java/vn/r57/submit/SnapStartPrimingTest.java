package vn.r57.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
 * The SnapStart hook runs the two sample requests through everything but the store. It gets real stores whose
 * DynamoDB endpoint is a closed port: a priming step that reached for the table would fail, and the hook would say so.
 */
class SnapStartPrimingTest {

    private static final Instant PUBLISHED = Instant.parse("2025-11-20T03:00:00Z");

    private final List<String> log = new ArrayList<>();
    private final SubmitHandler handler = handlerWithoutAReachableTable(log);

    @Test
    void beforeTheSnapshotTheHookAnswersBothSampleRequestsWithoutTheTable() throws Exception {
        handler.priming().beforeCheckpoint(null);

        assertEquals(List.of("{\"message\":\"snapstart priming\",\"statuses\":[201, 422]}"), log);
    }

    @Test
    void theAnswersAreTheOnesTheSampleRequestsGetFromTheDeployedFunction() {
        SnapshotsApi api = new SnapshotsApi(null, null, Catalog.load(), Clock.fixed(PUBLISHED, ZoneOffset.UTC));
        byte[] good = Events.load("submit-good.json").getBody().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] invalid = Events.load("submit-invalid.json").getBody().getBytes(java.nio.charset.StandardCharsets.UTF_8);

        List<HttpResponse> answers = api.prime(good, invalid, "thanh-hoa");

        assertEquals(201, answers.get(0).status());
        assertEquals(SubmitApiIT.goodSnapshotJson(SnapshotsApi.PRIMING_SNAPSHOT_ID), answers.get(0).body());
        assertEquals(422, answers.get(1).status());
        assertEquals(List.of("bad-url", "unknown-indicator", "unknown-qualifier", "out-of-range", "not-whole-number", "wrong-type"),
                answers.get(1).errorCodes());
        assertEquals(2, answers.size());
    }

    @Test
    void theHookNeverStopsAVersionFromBeingPublished() {
        SnapStartPriming broken = new SnapStartPriming(
                new SnapshotsApi(null, null, Catalog.load(), null), log::add);

        assertEquals(List.of(), broken.prime());
        assertEquals(List.of("{\"message\":\"snapstart priming failed\",\"error\":\"java.lang.NullPointerException\"}"), log);
    }

    private static SubmitHandler handlerWithoutAReachableTable(List<String> log) {
        DynamoDbClient unreachable = DynamoDbClients.builder()
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .region(Region.AP_SOUTHEAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming")))
                .build();
        return new SubmitHandler(new DynamoSubmissionStore(unreachable, "r57"),
                new DynamoKeyStore(unreachable, "r57", Catalog.load()),
                new DynamoRevisionSource(unreachable, "r57"), Clock.fixed(PUBLISHED, ZoneOffset.UTC), log::add);
    }
}
