package vn.r57.emulators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;

/** The local runner's mode: data on disk outlives the emulator process that wrote it. */
class PersistentEmulatorsIT {

    @Test
    void dynamoDbLocalFindsItsTablesAgainAfterARestartOnTheSameDirectory(@TempDir Path directory) {
        Map<String, AttributeValue> item = Map.of(
                "pk", AttributeValue.fromS("ha-noi#2025-Q1"), "value", AttributeValue.fromS("80"));
        try (DynamoDbLocal first = RunningEmulators.timed("DynamoDB Local (persistent, empty)", () -> DynamoDbLocal.persistent(directory));
             DynamoDbClient dynamoDb = EmulatorClients.dynamoDb(first.endpoint())) {
            dynamoDb.createTable(table -> table
                    .tableName("persistent-snapshots")
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(AttributeDefinition.builder()
                            .attributeName("pk").attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build()));
            dynamoDb.putItem(put -> put.tableName("persistent-snapshots").item(item));
        }

        try (DynamoDbLocal second = RunningEmulators.timed("DynamoDB Local (persistent, restart)", () -> DynamoDbLocal.persistent(directory));
             DynamoDbClient dynamoDb = EmulatorClients.dynamoDb(second.endpoint())) {
            assertEquals(item, dynamoDb.getItem(get -> get
                    .tableName("persistent-snapshots")
                    .key(Map.of("pk", AttributeValue.fromS("ha-noi#2025-Q1")))
                    .consistentRead(true)).item());
        }
    }

    @Test
    void s3EmulatorFindsItsObjectsAgainAfterARestartOnTheSameDirectory(@TempDir Path directory) {
        String key = "data/v1/tỉnh/hà-nội.csv";
        try (S3Emulator first = RunningEmulators.timed("s3proxy (persistent, empty)", () -> S3Emulator.persistent(directory));
             S3Client s3 = EmulatorClients.s3(first.endpoint())) {
            s3.createBucket(create -> create.bucket("persistent-site"));
            s3.putObject(put -> put.bucket("persistent-site").key(key).contentType("text/csv; charset=utf-8"),
                    RequestBody.fromString("tỉnh\nHà Nội\n", StandardCharsets.UTF_8));
        }

        try (S3Emulator second = RunningEmulators.timed("s3proxy (persistent, restart)", () -> S3Emulator.persistent(directory));
             S3Client s3 = EmulatorClients.s3(second.endpoint())) {
            var read = s3.getObjectAsBytes(get -> get.bucket("persistent-site").key(key));
            assertEquals("tỉnh\nHà Nội\n", read.asUtf8String());
            assertEquals("text/csv; charset=utf-8", read.response().contentType());
        }
    }

    // DynamoDB Local opens its database, and the background jobs that go with it, on the first request.
    @Test
    void closingTheEmulatorsEndsEveryNonDaemonThreadTheyStarted(@TempDir Path directory) {
        Set<Thread> before = liveNonDaemonThreads();

        try (DynamoDbLocal dynamoDb = DynamoDbLocal.persistent(directory.resolve("dynamodb"));
             S3Emulator s3 = S3Emulator.persistent(directory.resolve("s3"));
             DynamoDbClient dynamoDbClient = EmulatorClients.dynamoDb(dynamoDb.endpoint());
             S3Client s3Client = EmulatorClients.s3(s3.endpoint())) {
            dynamoDbClient.listTables();
            s3Client.listBuckets();
        }

        Set<String> leftOver = liveNonDaemonThreads().stream()
                .filter(thread -> !before.contains(thread))
                .map(Thread::getName)
                .collect(Collectors.toSet());
        assertEquals(Set.of(), leftOver);
    }

    private static Set<Thread> liveNonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && !thread.isDaemon())
                .collect(Collectors.toSet());
    }
}
