package vn.r57.submit;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import vn.r57.core.catalog.Catalog;
import vn.r57.store.DynamoKeyStore;
import vn.r57.store.DynamoRevisionSource;
import vn.r57.store.DynamoSubmissionStore;
import vn.r57.store.KeyStore;
import vn.r57.store.RevisionSource;
import vn.r57.store.SubmissionStore;
import vn.r57.store.Tables;

/** The submit function on a fresh table of DynamoDB Local, with its clock set by the test. */
final class Api {

    static final Instant NOW = Instant.parse("2025-11-20T03:00:00Z");

    final DynamoDbClient client;
    final String table;
    final KeyStore keys;
    final SubmissionStore submissions;
    final RevisionSource revisions;
    final List<String> log = Collections.synchronizedList(new ArrayList<>());

    Api(DynamoDbClient client) {
        this.client = client;
        this.table = "submit-it-" + UUID.randomUUID();
        Tables.create(client, table);
        this.keys = new DynamoKeyStore(client, table, Catalog.load());
        this.submissions = new DynamoSubmissionStore(client, table);
        this.revisions = new DynamoRevisionSource(client, table);
    }

    /** A token for a new key of {@code province}, as the keys command would print it. */
    String token(String province) {
        return keys.create(province, "integration test key for " + province, NOW).secret();
    }

    APIGatewayV2HTTPResponse call(APIGatewayV2HTTPEvent event) {
        return call(event, NOW);
    }

    APIGatewayV2HTTPResponse call(APIGatewayV2HTTPEvent event, Instant at) {
        return new SubmitHandler(submissions, keys, revisions, Clock.fixed(at, ZoneOffset.UTC), log::add)
                .handleRequest(event, null);
    }

    /** Every item of the table in key order, attribute names sorted: equal dumps mean nothing changed. */
    String dump() {
        return client.scanPaginator(scan -> scan.tableName(table).consistentRead(true)).items().stream()
                .map(item -> new TreeMap<String, AttributeValue>(item).toString())
                .sorted()
                .collect(Collectors.joining("\n"));
    }

    long count(String pkPrefix) {
        return client.scanPaginator(scan -> scan.tableName(table).consistentRead(true)).items().stream()
                .filter(item -> item.get("pk").s().startsWith(pkPrefix))
                .count();
    }

    static String snapshotId(APIGatewayV2HTTPResponse created) {
        String location = created.getHeaders().get("Location");
        return location.substring("/v1/snapshots/".length());
    }

    static Map<String, String> headersOf(APIGatewayV2HTTPResponse response) {
        return new TreeMap<>(response.getHeaders());
    }
}
