package vn.r57.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import vn.r57.emulators.Emulators;

@ExtendWith(Emulators.class)
class TablesIT {

    @Test
    void theTableHasStringKeysTheChangesIndexAndTimeToLive(DynamoDbClient client) {
        String table = StoreFixture.newTable(client);

        TableDescription description = client.describeTable(d -> d.tableName(table)).table();
        GlobalSecondaryIndexDescription index = description.globalSecondaryIndexes().get(0);
        TimeToLiveDescription ttl = client.describeTimeToLive(d -> d.tableName(table)).timeToLiveDescription();

        assertEquals(List.of("pk HASH", "sk RANGE"),
                description.keySchema().stream().map(k -> k.attributeName() + " " + k.keyTypeAsString()).toList());
        assertEquals(List.of("gsi1pk S", "gsi1sk S", "pk S", "sk S"), description.attributeDefinitions().stream()
                .map(a -> a.attributeName() + " " + a.attributeTypeAsString()).sorted().toList());
        assertEquals("changes", index.indexName());
        assertEquals(List.of("gsi1pk HASH", "gsi1sk RANGE"),
                index.keySchema().stream().map(k -> k.attributeName() + " " + k.keyTypeAsString()).toList());
        assertEquals("ALL", index.projection().projectionTypeAsString());
        assertEquals("expiresAt", ttl.attributeName());
    }
}
