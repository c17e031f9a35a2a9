package vn.r57.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Creates the table for tests and the local runner. The SAM template declares the same table for AWS; keep the two
 * in step (keys, the {@code changes} index and the time-to-live attribute).
 */
public final class Tables {

    private Tables() {}

    public static void create(DynamoDbClient client, String tableName) {
        client.createTable(table -> table
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        string(TableDesign.PK), string(TableDesign.SK), string(TableDesign.GSI1PK), string(TableDesign.GSI1SK))
                .keySchema(key(TableDesign.PK, KeyType.HASH), key(TableDesign.SK, KeyType.RANGE))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
                        .indexName(TableDesign.CHANGES_INDEX)
                        .keySchema(key(TableDesign.GSI1PK, KeyType.HASH), key(TableDesign.GSI1SK, KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build()));
        client.waiter().waitUntilTableExists(request -> request.tableName(tableName));
        client.updateTimeToLive(ttl -> ttl
                .tableName(tableName)
                .timeToLiveSpecification(spec -> spec.attributeName(TableDesign.EXPIRES_AT).enabled(true)));
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
