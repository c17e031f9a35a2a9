package vn.r57.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static vn.r57.store.StoreFixture.actual;
import static vn.r57.store.StoreFixture.thanhHoa2025;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import vn.r57.core.Hashes;
import vn.r57.core.history.StoredValue;
import vn.r57.emulators.Emulators;

/**
 * The DynamoDB adapter's own design: the calls per request and the items it writes. What every store does is
 * {@link SubmissionStoreContract}, run here by {@link DynamoStoresIT}.
 */
@ExtendWith(Emulators.class)
class DynamoSubmissionStoreIT {

    private static final Instant RECEIVED = Instant.parse("2025-11-20T03:00:00Z");
    private static final String KEY = "abcdefghijk2";

    private final DynamoDbClient client;
    private final String table;
    private final SubmissionStore store;

    DynamoSubmissionStoreIT(DynamoDbClient client) {
        this.client = client;
        this.table = StoreFixture.newTable(client);
        this.store = new DynamoSubmissionStore(client, table);
    }

    @Test
    void aFirstReportAndACorrectionAreEachOneReadAndOneWrite() {
        List<String> calls = new ArrayList<>();
        SubmissionStore recorded = new DynamoSubmissionStore(recording(calls), table);

        recorded.store(KEY, Optional.empty(), "hash-1",
                thanhHoa2025(actual("online-public-services-share", "80"), actual("on-time-admin-processing", "99.51")), RECEIVED);
        assertEquals(List.of("BatchGetItem", "TransactWriteItems"), calls);

        calls.clear();
        recorded.store(KEY, Optional.of("retry-1"), "hash-2",
                thanhHoa2025(actual("on-time-admin-processing", "99.60"), actual("mobile-base-stations", "10400")), RECEIVED.plusSeconds(60));
        assertEquals(List.of("BatchGetItem", "TransactWriteItems"), calls);
    }

    @Test
    void oneItemPerProvinceAndPeriodKeepsTheLatestRevisionOfEachSeries() {
        store.store(KEY, Optional.empty(), "hash-1",
                thanhHoa2025(actual("online-public-services-share", "80"), actual("on-time-admin-processing", "99.51")), RECEIVED);
        store.store(KEY, Optional.empty(), "hash-2", thanhHoa2025(actual("on-time-admin-processing", "99.60")), RECEIVED.plusSeconds(60));

        Map<String, AttributeValue> latest = client.getItem(get -> get.tableName(table).key(Map.of(
                "pk", AttributeValue.fromS("LATEST#thanh-hoa#2025"), "sk", AttributeValue.fromS("LATEST")))).item();

        assertEquals(Map.of(
                "pk", AttributeValue.fromS("LATEST#thanh-hoa#2025"),
                "sk", AttributeValue.fromS("LATEST"),
                "revisions", AttributeValue.fromM(Map.of(
                        "online-public-services-share#actual", AttributeValue.fromN("1"),
                        "on-time-admin-processing#actual", AttributeValue.fromN("2"))),
                "version", AttributeValue.fromN("2")), latest);
    }

    @Test
    void revisionsWrittenBeforeTheLatestRevisionItemsExistedAreFoundAndCounted() {
        // Given a table written before latest-revision items existed: revisions 1 and 2 of one series, no LATEST item.
        for (int revision = 1; revision <= 2; revision++) {
            Map<String, AttributeValue> item = RevisionItems.item(KEY, "olderSnapshot", "thanh-hoa", thanhHoa2025().period(),
                    StoreFixture.SOURCE, "2025-11-01T00:00:00.000Z", actual("on-time-admin-processing", "99.50"), revision, 0);
            client.putItem(put -> put.tableName(table).item(item));
        }

        SubmissionStore.Outcome.Stored correction = assertInstanceOf(SubmissionStore.Outcome.Stored.class,
                store.store(KEY, Optional.empty(), "hash-1",
                        thanhHoa2025(actual("on-time-admin-processing", "99.51"), actual("base-stations-5g", "168")), RECEIVED));
        SubmissionStore.Outcome.Stored next = assertInstanceOf(SubmissionStore.Outcome.Stored.class,
                store.store(KEY, Optional.empty(), "hash-2", thanhHoa2025(actual("on-time-admin-processing", "99.52")),
                        RECEIVED.plusSeconds(60)));

        assertEquals(List.of(3, 1), correction.snapshot().values().stream().map(StoredValue::revision).toList());
        assertEquals(List.of(4), next.snapshot().values().stream().map(StoredValue::revision).toList());
    }

    /** A client of the same emulator that notes the name of each call it makes. */
    private DynamoDbClient recording(List<String> calls) {
        var configuration = client.serviceClientConfiguration();
        return DynamoDbClient.builder()
                .endpointOverride(configuration.endpointOverride().orElseThrow())
                .region(configuration.region())
                .credentialsProvider(configuration.credentialsProvider())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                        calls.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
                    }
                }))
                .build();
    }

    @Test
    void anIdempotencyRecordCarriesItsSnapshotAndATimeToLiveOf24Hours() {
        SubmissionStore.Outcome.Stored first = assertInstanceOf(SubmissionStore.Outcome.Stored.class,
                store.store(KEY, Optional.of("run-42"), "hash-1", thanhHoa2025(actual("base-stations-5g", "168")), RECEIVED));

        Map<String, AttributeValue> record = client.getItem(get -> get.tableName(table).key(Map.of(
                "pk", AttributeValue.fromS("IDEM#" + KEY + "#" + Hashes.sha256("run-42")), "sk", AttributeValue.fromS("IDEM")))).item();

        assertEquals(Long.toString(RECEIVED.plus(Duration.ofHours(24)).getEpochSecond()), record.get("expiresAt").n());
        assertEquals(first.snapshot().id(), record.get("snapshotId").s());
        assertEquals("hash-1", record.get("bodyHash").s());
    }

    @Test
    void aConflictWritesNoItemOfAnyKind() {
        store.store(KEY, Optional.of("run-42"), "hash-1", thanhHoa2025(actual("base-stations-5g", "168")), RECEIVED);

        store.store(KEY, Optional.of("run-42"), "hash-2", thanhHoa2025(actual("base-stations-5g", "169")), RECEIVED.plusSeconds(30));

        assertEquals(1, count("SNAP#"));
        assertEquals(1, count("PROV#"));
        assertEquals(1, count("LATEST#"));
        assertEquals(1, count("IDEM#"));
    }

    private long count(String pkPrefix) {
        return client.scanPaginator(scan -> scan.tableName(table)).items().stream()
                .filter(item -> item.get("pk").s().startsWith(pkPrefix))
                .count();
    }
}
