package vn.r57.store;

import static vn.r57.store.RevisionItems.s;
import static vn.r57.store.TableDesign.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import vn.r57.core.Hashes;
import vn.r57.core.history.Instants;
import vn.r57.core.history.SnapshotJson;
import vn.r57.core.history.StoredSnapshot;
import vn.r57.core.history.StoredValue;
import vn.r57.core.snapshot.Observation;
import vn.r57.core.snapshot.Submission;

/**
 * Reads in one consistent BatchGetItem the {@link LatestRevisions} of the snapshot's province and period and the
 * idempotency record, then writes the snapshot in one TransactWriteItems: each value as revision latest+1 of its
 * series (conditional on that revision not existing yet), the snapshot document, the latest revisions (conditional on
 * their version being the one read) and the idempotency record. Because all of it commits or none does, an
 * idempotency record never exists without its snapshot, and no "in progress" state is needed.
 * Two writers of the same province and period: one transaction fails its condition and is retried with fresh numbers,
 * a bounded number of times.
 */
public final class DynamoSubmissionStore implements SubmissionStore {

    static final int MAX_ATTEMPTS = 10;
    static final Duration IDEMPOTENCY_WINDOW = Duration.ofHours(24);
    private static final Duration CONTENDED_RETRY_AFTER = Duration.ofSeconds(1);
    private static final String CONDITION_FAILED = "ConditionalCheckFailed";

    private final DynamoDbClient client;
    private final String table;

    public DynamoSubmissionStore(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public Outcome store(String keyId, Optional<String> idempotencyKey, String bodyHash, Submission submission, Instant receivedAt) {
        Optional<Map<String, AttributeValue>> idempotencyRecordKey =
                idempotencyKey.map(key -> key(idempotencyPk(keyId, Hashes.sha256(key)), IDEMPOTENCY_SK));
        Map<String, AttributeValue> latestKey = LatestRevisions.keyOf(submission.province(), submission.period());
        Map<Map<String, AttributeValue>, Map<String, AttributeValue>> read = batchRead(latestKey, idempotencyRecordKey);
        if (idempotencyRecordKey.isPresent()) {
            Optional<Outcome> earlier = earlierAnswer(read.get(idempotencyRecordKey.get()), bodyHash, receivedAt);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        LatestRevisions latest = LatestRevisions.of(latestKey, read.get(latestKey));
        for (int attempt = 1; ; attempt++) {
            StoredSnapshot snapshot = nextSnapshot(submission, receivedAt, latest);
            String json = new String(SnapshotJson.write(snapshot), StandardCharsets.UTF_8);
            List<TransactWriteItem> items = writes(keyId, snapshot, json, latest, idempotencyRecordKey, bodyHash);
            try {
                Failures.run("storing a snapshot", () -> client.transactWriteItems(write -> write.transactItems(items)));
                return new Outcome.Stored(snapshot, json);
            } catch (TransactionCanceledException e) {
                List<CancellationReason> reasons = e.cancellationReasons();
                if (idempotencyRecordKey.isPresent() && CONDITION_FAILED.equals(reasons.get(items.size() - 1).code())) {
                    Map<String, AttributeValue> record = consistentGet("reading an idempotency record", idempotencyRecordKey.get());
                    Optional<Outcome> earlier = earlierAnswer(record, bodyHash, receivedAt);
                    if (earlier.isPresent()) {
                        return earlier.get();
                    }
                }
                rejectUnexpected(reasons);
                if (attempt == MAX_ATTEMPTS) {
                    throw new StoreUnavailableException("storing a snapshot: still contended after " + MAX_ATTEMPTS
                            + " attempts (" + codes(reasons) + ")", CONTENDED_RETRY_AFTER, e);
                }
                boolean latestWasCurrent = !CONDITION_FAILED.equals(reasons.get(snapshot.values().size() + 1).code());
                pause(attempt);
                latest = LatestRevisions.of(latestKey, consistentGet("reading the latest revisions", latestKey));
                if (latestWasCurrent) {
                    latest = withRevisionsOnRecord(submission, latest, reasons);
                }
            }
        }
    }

    @Override
    public Optional<SnapshotDocument> find(String snapshotId) {
        Map<String, AttributeValue> item = consistentGet("reading a snapshot", key(snapshotPk(snapshotId), SNAPSHOT_SK));
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SnapshotDocument(snapshotId, RevisionItems.text(item, PROVINCE), RevisionItems.text(item, JSON)));
    }

    /** The answer already given for an idempotency key, unless its record is absent or has expired. */
    private Optional<Outcome> earlierAnswer(Map<String, AttributeValue> record, String bodyHash, Instant now) {
        if (record == null || record.isEmpty() || Long.parseLong(record.get(EXPIRES_AT).n()) <= now.getEpochSecond()) {
            // Time to live deletes lazily (within days): an expired record still in the table counts as gone.
            return Optional.empty();
        }
        if (!RevisionItems.text(record, BODY_HASH).equals(bodyHash)) {
            return Optional.of(new Outcome.Conflict());
        }
        String snapshotId = RevisionItems.text(record, SNAPSHOT_ID);
        SnapshotDocument document = find(snapshotId).orElseThrow(() -> new IllegalStateException(
                "idempotency record " + RevisionItems.text(record, PK) + " names snapshot " + snapshotId + ", which does not exist"));
        return Optional.of(new Outcome.Replayed(document));
    }

    private Map<String, AttributeValue> consistentGet(String what, Map<String, AttributeValue> key) {
        return Failures.call(what, () -> client.getItem(get -> get
                .tableName(table)
                .key(key)
                .consistentRead(true))).item();
    }

    /** The latest revisions and, if there is one, the idempotency record, by key, in one consistent BatchGetItem. */
    private Map<Map<String, AttributeValue>, Map<String, AttributeValue>> batchRead(
            Map<String, AttributeValue> latestKey, Optional<Map<String, AttributeValue>> idempotencyRecordKey) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        keys.add(latestKey);
        idempotencyRecordKey.ifPresent(keys::add);
        KeysAndAttributes request = KeysAndAttributes.builder().keys(keys).consistentRead(true).build();
        BatchGetItemResponse response = Failures.call("reading the latest revisions",
                () -> client.batchGetItem(batch -> batch.requestItems(Map.of(table, request))));
        Map<Map<String, AttributeValue>, Map<String, AttributeValue>> found = new HashMap<>();
        for (Map<String, AttributeValue> item : response.responses().getOrDefault(table, List.of())) {
            found.put(key(item.get(PK).s(), item.get(SK).s()), item);
        }
        KeysAndAttributes unprocessed = response.unprocessedKeys().get(table);
        if (unprocessed != null) {
            // What DynamoDB had no capacity to read in the batch (rare: two small items) is read one by one.
            for (Map<String, AttributeValue> key : unprocessed.keys()) {
                found.put(key, consistentGet("reading the latest revisions", key));
            }
        }
        return found;
    }

    private static StoredSnapshot nextSnapshot(Submission submission, Instant receivedAt, LatestRevisions latest) {
        List<StoredValue> values = new ArrayList<>();
        for (Observation value : submission.values()) {
            values.add(new StoredValue(value, latest.current(value) + 1));
        }
        return new StoredSnapshot(
                SnapshotIds.generate(), submission.province(), submission.period(), submission.source(), receivedAt, values);
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(PK, s(pk), SK, s(sk));
    }

    /**
     * A revision was taken although the latest revisions were current: revisions written before the latest-revision
     * items existed (tables from before them), which the item does not know. The series whose revision was taken
     * are looked up one by one; the next write records them, so this happens once per series.
     */
    private LatestRevisions withRevisionsOnRecord(Submission submission, LatestRevisions latest, List<CancellationReason> reasons) {
        for (int i = 0; i < submission.values().size(); i++) {
            if (CONDITION_FAILED.equals(reasons.get(i).code())) {
                Observation value = submission.values().get(i);
                latest = latest.atLeast(value, revisionOnRecord(submission, value));
            }
        }
        return latest;
    }

    private int revisionOnRecord(Submission submission, Observation value) {
        QueryResponse latest = Failures.call("reading the latest revision", () -> client.query(query -> query
                .tableName(table)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :series)")
                .expressionAttributeNames(Map.of("#pk", PK, "#sk", SK, "#revision", REVISION))
                .expressionAttributeValues(Map.of(
                        ":pk", s(provincePk(submission.province())),
                        ":series", s(seriesPrefix(value.indicator(), value.kind(), submission.period()))))
                .projectionExpression("#revision")
                .scanIndexForward(false)
                .limit(1)
                .consistentRead(true)));
        return latest.items().isEmpty() ? 0 : Integer.parseInt(latest.items().get(0).get(REVISION).n());
    }

    /** In this order, which the cancellation reasons follow: the revisions, the snapshot, the latest revisions, the record. */
    private List<TransactWriteItem> writes(String keyId, StoredSnapshot snapshot, String json, LatestRevisions latest,
            Optional<Map<String, AttributeValue>> idempotencyRecordKey, String bodyHash) {
        String receivedAt = Instants.format(snapshot.receivedAt());
        List<TransactWriteItem> items = new ArrayList<>();
        for (int i = 0; i < snapshot.values().size(); i++) {
            StoredValue value = snapshot.values().get(i);
            items.add(putIfAbsent(RevisionItems.item(keyId, snapshot.id(), snapshot.province(), snapshot.period(),
                    snapshot.source(), receivedAt, value.observation(), value.revision(), i)));
        }
        Map<String, AttributeValue> document = new HashMap<>();
        document.put(PK, s(snapshotPk(snapshot.id())));
        document.put(SK, s(SNAPSHOT_SK));
        document.put(PROVINCE, s(snapshot.province()));
        document.put(PERIOD, s(snapshot.period().toString()));
        document.put(KEY_ID, s(keyId));
        document.put(RECEIVED_AT, s(receivedAt));
        document.put(JSON, s(json));
        items.add(putIfAbsent(document));
        items.add(latest.next(table, snapshot));
        idempotencyRecordKey.ifPresent(key -> items.add(idempotencyRecord(key, bodyHash, snapshot)));
        return items;
    }

    private TransactWriteItem putIfAbsent(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder()
                .tableName(table)
                .item(item)
                .conditionExpression("attribute_not_exists(#pk)")
                .expressionAttributeNames(Map.of("#pk", PK))
                .build()).build();
    }

    private TransactWriteItem idempotencyRecord(Map<String, AttributeValue> key, String bodyHash, StoredSnapshot snapshot) {
        long now = snapshot.receivedAt().getEpochSecond();
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.put(BODY_HASH, s(bodyHash));
        item.put(SNAPSHOT_ID, s(snapshot.id()));
        item.put(EXPIRES_AT, AttributeValue.fromN(Long.toString(now + IDEMPOTENCY_WINDOW.toSeconds())));
        return TransactWriteItem.builder().put(Put.builder()
                .tableName(table)
                .item(item)
                .conditionExpression("attribute_not_exists(#pk) OR #expiresAt <= :now")
                .expressionAttributeNames(Map.of("#pk", PK, "#expiresAt", EXPIRES_AT))
                .expressionAttributeValues(Map.of(":now", AttributeValue.fromN(Long.toString(now))))
                .build()).build();
    }

    /** Lost races and throttling are retried; anything else means the request itself is wrong. */
    private static void rejectUnexpected(List<CancellationReason> reasons) {
        for (CancellationReason reason : reasons) {
            String code = reason.code();
            boolean retryable = code == null || code.equals("None") || code.equals(CONDITION_FAILED)
                    || code.equals("TransactionConflict") || code.equals("ThrottlingError")
                    || code.equals("ProvisionedThroughputExceeded");
            if (!retryable) {
                throw new IllegalStateException("storing a snapshot was refused: " + code + ": " + reason.message());
            }
        }
    }

    private static String codes(List<CancellationReason> reasons) {
        return String.join(", ", reasons.stream().map(CancellationReason::code).distinct().toList());
    }

    /** Full jitter: spreads retrying writers apart so that they stop colliding. */
    private static void pause(int attempt) {
        long ceilingMillis = Math.min(250, 10L << attempt);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, ceilingMillis + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("storing a snapshot: interrupted", CONTENDED_RETRY_AFTER, e);
        }
    }
}
