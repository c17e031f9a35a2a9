package vn.r57.store;

import static vn.r57.store.RevisionItems.s;
import static vn.r57.store.TableDesign.*;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import vn.r57.core.history.StoredSnapshot;
import vn.r57.core.history.StoredValue;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Observation;

/**
 * The latest revision number of each series of one province and period, as one item. A snapshot has one province and
 * one period, so this one item, read in the same batch as the idempotency record, gives every value its next number:
 * a correction needs no Query per value. Every snapshot rewrites it on condition that its version is the one read,
 * which orders two writers of the same province and period; the revision items keep their own
 * {@code attribute_not_exists} condition as well.
 *
 * @param version 0 when the item does not exist yet
 */
record LatestRevisions(Map<String, AttributeValue> key, long version, Map<String, Integer> revisions) {

    LatestRevisions {
        revisions = Map.copyOf(revisions);
    }

    static Map<String, AttributeValue> keyOf(String province, Period period) {
        return Map.of(PK, s(latestPk(province, period)), SK, s(LATEST_SK));
    }

    /** What {@code item} says; an absent item means no series of that province and period has a revision. */
    static LatestRevisions of(Map<String, AttributeValue> key, Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return new LatestRevisions(key, 0, Map.of());
        }
        Map<String, Integer> revisions = new HashMap<>();
        item.get(REVISIONS).m().forEach((series, number) -> revisions.put(series, Integer.parseInt(number.n())));
        return new LatestRevisions(key, Long.parseLong(item.get(VERSION).n()), revisions);
    }

    int current(Observation value) {
        return revisions.getOrDefault(seriesName(value.indicator(), value.kind()), 0);
    }

    /** The same, except that {@code value}'s series is known to have reached {@code revision} (if that is higher). */
    LatestRevisions atLeast(Observation value, int revision) {
        Map<String, Integer> raised = new HashMap<>(revisions);
        raised.merge(seriesName(value.indicator(), value.kind()), revision, Math::max);
        return new LatestRevisions(key, version, raised);
    }

    /** The write that records {@code snapshot}'s revisions, valid only if nobody wrote this item since it was read. */
    TransactWriteItem next(String table, StoredSnapshot snapshot) {
        Map<String, AttributeValue> numbers = new HashMap<>();
        revisions.forEach((series, number) -> numbers.put(series, number(number)));
        for (StoredValue value : snapshot.values()) {
            numbers.put(seriesName(value.observation().indicator(), value.observation().kind()), number(value.revision()));
        }
        Map<String, AttributeValue> item = new HashMap<>(key);
        item.put(REVISIONS, AttributeValue.fromM(numbers));
        item.put(VERSION, number(version + 1));
        Put.Builder put = Put.builder().tableName(table).item(item);
        if (version == 0) {
            put.conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", PK));
        } else {
            put.conditionExpression("#version = :read")
                    .expressionAttributeNames(Map.of("#version", VERSION))
                    .expressionAttributeValues(Map.of(":read", number(version)));
        }
        return TransactWriteItem.builder().put(put.build()).build();
    }

    private static AttributeValue number(long number) {
        return AttributeValue.fromN(Long.toString(number));
    }
}
