package vn.r57.store;

import static vn.r57.store.RevisionItems.optional;
import static vn.r57.store.RevisionItems.s;
import static vn.r57.store.RevisionItems.text;
import static vn.r57.store.TableDesign.*;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.history.Instants;
import vn.r57.core.keys.ApiKey;
import vn.r57.core.keys.Tokens;

/**
 * Keys live at {@code KEY#<id>} (one consistent read per request) and are listed through the {@code KEYS} partition
 * of the overloaded index, so listing them never scans the revisions.
 */
public final class DynamoKeyStore implements KeyStore {

    private final DynamoDbClient client;
    private final String table;
    private final Catalog catalog;

    public DynamoKeyStore(DynamoDbClient client, String table, Catalog catalog) {
        this.client = client;
        this.table = table;
        this.catalog = catalog;
    }

    @Override
    public Tokens.Token create(String province, String label, Instant now) {
        KeyRequests.check(catalog, province, label);
        String createdAt = Instants.format(now);
        while (true) {
            Tokens.Token token = Tokens.generate();
            Map<String, AttributeValue> item = new HashMap<>();
            item.put(PK, s(keyPk(token.keyId())));
            item.put(SK, s(KEY_SK));
            item.put(GSI1PK, s(KEYS_PARTITION));
            item.put(GSI1SK, s(createdAt + "#" + token.keyId()));
            item.put(PROVINCE, s(province));
            item.put(LABEL, s(label));
            item.put(SECRET_HASH, s(Tokens.hash(token.secret())));
            item.put(CREATED_AT, s(createdAt));
            try {
                Failures.run("creating a key", () -> client.putItem(put -> put
                        .tableName(table)
                        .item(item)
                        .conditionExpression("attribute_not_exists(#pk)")
                        .expressionAttributeNames(Map.of("#pk", PK))));
                return token;
            } catch (ConditionalCheckFailedException e) {
                // 60 random bits of id collided: draw another.
            }
        }
    }

    @Override
    public Optional<ApiKey> find(String keyId) {
        Map<String, AttributeValue> item = Failures.call("reading a key", () -> client.getItem(get -> get
                .tableName(table)
                .key(key(keyId))
                .consistentRead(true))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(apiKey(item));
    }

    @Override
    public List<ApiKey> list() {
        return Failures.call("listing keys", () -> client.queryPaginator(query -> query
                        .tableName(table)
                        .indexName(CHANGES_INDEX)
                        .keyConditionExpression("#gsi1pk = :keys")
                        .expressionAttributeNames(Map.of("#gsi1pk", GSI1PK))
                        .expressionAttributeValues(Map.of(":keys", s(KEYS_PARTITION))))
                .items().stream().map(DynamoKeyStore::apiKey).toList());
    }

    @Override
    public Revocation revoke(String keyId, Instant now) {
        try {
            Failures.run("revoking a key", () -> client.updateItem(update -> update
                    .tableName(table)
                    .key(key(keyId))
                    .updateExpression("SET #revokedAt = :now")
                    .conditionExpression("attribute_exists(#pk) AND attribute_not_exists(#revokedAt)")
                    .expressionAttributeNames(Map.of("#pk", PK, "#revokedAt", REVOKED_AT))
                    .expressionAttributeValues(Map.of(":now", s(Instants.format(now))))));
            return Revocation.REVOKED;
        } catch (ConditionalCheckFailedException e) {
            return find(keyId).isPresent() ? Revocation.ALREADY_REVOKED : Revocation.UNKNOWN_KEY;
        }
    }

    private static Map<String, AttributeValue> key(String keyId) {
        return Map.of(PK, s(keyPk(keyId)), SK, s(KEY_SK));
    }

    private static ApiKey apiKey(Map<String, AttributeValue> item) {
        return new ApiKey(
                text(item, PK).substring("KEY#".length()),
                text(item, PROVINCE),
                text(item, LABEL),
                text(item, SECRET_HASH),
                Instants.parse(text(item, CREATED_AT)),
                optional(item, REVOKED_AT).map(Instants::parse));
    }
}
