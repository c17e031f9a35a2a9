package vn.r57.store;

import static vn.r57.store.RevisionItems.s;
import static vn.r57.store.TableDesign.*;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import vn.r57.core.history.Instants;
import vn.r57.core.history.Revision;

/**
 * A province's history is one partition read with a Query; changes since a time are a range of the {@code CHANGES}
 * partition of the index, which is in time order because its sort key starts with the receipt time.
 */
public final class DynamoRevisionSource implements RevisionSource {

    private final DynamoDbClient client;
    private final String table;

    public DynamoRevisionSource(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public List<Revision> revisions(String province) {
        return Failures.call("reading revisions", () -> client.queryPaginator(query -> query
                        .tableName(table)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :rev)")
                        .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK))
                        .expressionAttributeValues(Map.of(":pk", s(provincePk(province)), ":rev", s(revisionPrefix())))
                        .consistentRead(true))
                .items().stream().map(RevisionItems::revision).toList());
    }

    @Override
    public List<Revision> receivedSince(Instant since) {
        return Failures.call("reading changes", () -> client.queryPaginator(query -> query
                        .tableName(table)
                        .indexName(CHANGES_INDEX)
                        .keyConditionExpression("#gsi1pk = :changes AND #gsi1sk >= :since")
                        .expressionAttributeNames(Map.of("#gsi1pk", GSI1PK, "#gsi1sk", GSI1SK))
                        .expressionAttributeValues(Map.of(":changes", s(CHANGES_PARTITION), ":since", s(Instants.format(since)))))
                .items().stream().map(RevisionItems::revision).toList());
    }

    @Override
    public Optional<Instant> latestChange() {
        List<Map<String, AttributeValue>> latest = Failures.call("reading the latest change", () -> client.query(query -> query
                .tableName(table)
                .indexName(CHANGES_INDEX)
                .keyConditionExpression("#gsi1pk = :changes")
                .expressionAttributeNames(Map.of("#gsi1pk", GSI1PK, "#receivedAt", RECEIVED_AT))
                .expressionAttributeValues(Map.of(":changes", s(CHANGES_PARTITION)))
                .projectionExpression("#receivedAt")
                .scanIndexForward(false)
                .limit(1))).items();
        return latest.isEmpty() ? Optional.empty() : Optional.of(Instants.parse(RevisionItems.text(latest.get(0), RECEIVED_AT)));
    }
}
