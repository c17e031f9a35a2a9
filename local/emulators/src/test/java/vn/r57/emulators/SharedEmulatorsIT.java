package vn.r57.emulators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;

/** A second test class in the same JVM: it must reach the emulators {@link EmulatorsIT} reached. */
@ExtendWith(Emulators.class)
class SharedEmulatorsIT {

    @BeforeAll
    static void remember(EmulatorEndpoints endpoints) {
        EndpointsSeenByTestClasses.record(SharedEmulatorsIT.class, endpoints);
    }

    @Test
    void everyTestClassOfThisJvmGetsTheSameEmulators(EmulatorEndpoints endpoints) {
        assertEquals(List.of(endpoints), EndpointsSeenByTestClasses.distinct());
    }

    @Test
    void injectedClientsTalkToTheEmulatorsAtTheInjectedEndpoints(
            EmulatorEndpoints endpoints, DynamoDbClient dynamoDb, S3Client s3) {
        s3.createBucket(create -> create.bucket("shared-emulators-it"));
        dynamoDb.createTable(table -> table
                .tableName("shared-emulators-it")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder()
                        .attributeName("pk").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build()));

        try (S3Client ownS3 = EmulatorClients.s3(endpoints.s3Endpoint());
             DynamoDbClient ownDynamoDb = EmulatorClients.dynamoDb(endpoints.dynamoEndpoint())) {
            assertEquals(List.of("shared-emulators-it"), ownS3.listBuckets().buckets().stream()
                    .map(Bucket::name).filter(name -> name.startsWith("shared-")).toList());
            assertEquals("shared-emulators-it",
                    ownDynamoDb.describeTable(describe -> describe.tableName("shared-emulators-it")).table().tableName());
        }
    }
}
