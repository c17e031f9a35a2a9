package vn.r57.store;

import static vn.r57.store.TableDesign.*;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import vn.r57.core.history.Instants;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Observation;
import vn.r57.core.snapshot.Qualifier;
import vn.r57.core.snapshot.Source;

/** A revision as a table item and back. Every field is its own attribute: the sort key is for ordering, not parsing. */
final class RevisionItems {

    private RevisionItems() {}

    static Map<String, AttributeValue> item(
            String keyId, String snapshotId, String province, Period period, Source source, String receivedAt,
            Observation value, int revision, int index) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(PK, s(provincePk(province)));
        item.put(SK, s(revisionSk(value.indicator(), value.kind(), period, revision)));
        item.put(GSI1PK, s(CHANGES_PARTITION));
        item.put(GSI1SK, s(changeSk(receivedAt, snapshotId, index)));
        item.put(PROVINCE, s(province));
        item.put(INDICATOR, s(value.indicator()));
        item.put(KIND, s(value.kind().wireName()));
        item.put(PERIOD, s(period.toString()));
        item.put(REVISION, AttributeValue.fromN(Integer.toString(revision)));
        item.put(VALUE, s(value.value().toPlainString()));
        value.qualifier().ifPresent(q -> item.put(QUALIFIER, s(q.wireName())));
        value.note().ifPresent(note -> item.put(NOTE, s(note)));
        item.put(SOURCE_TITLE, s(source.title()));
        source.url().ifPresent(url -> item.put(SOURCE_URL, s(url)));
        item.put(RECEIVED_AT, s(receivedAt));
        item.put(SNAPSHOT_ID, s(snapshotId));
        item.put(KEY_ID, s(keyId));
        return item;
    }

    static Revision revision(Map<String, AttributeValue> item) {
        String kind = text(item, KIND);
        String period = text(item, PERIOD);
        return new Revision(
                text(item, PROVINCE),
                text(item, INDICATOR),
                Kind.fromWireName(kind).orElseThrow(() -> corrupt(item, KIND, kind)),
                Period.parse(period).orElseThrow(() -> corrupt(item, PERIOD, period)),
                Integer.parseInt(item.get(REVISION).n()),
                new BigDecimal(text(item, VALUE)),
                optional(item, QUALIFIER).map(q -> Qualifier.fromWireName(q).orElseThrow(() -> corrupt(item, QUALIFIER, q))),
                optional(item, NOTE),
                new Source(text(item, SOURCE_TITLE), optional(item, SOURCE_URL)),
                Instants.parse(text(item, RECEIVED_AT)),
                text(item, SNAPSHOT_ID));
    }

    static AttributeValue s(String text) {
        return AttributeValue.fromS(text);
    }

    static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.s() == null) {
            throw new IllegalStateException("item " + item.get(PK) + " / " + item.get(SK) + " has no text attribute " + name);
        }
        return value.s();
    }

    static Optional<String> optional(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? Optional.empty() : Optional.ofNullable(value.s());
    }

    private static IllegalStateException corrupt(Map<String, AttributeValue> item, String name, String value) {
        return new IllegalStateException("item " + item.get(PK).s() + " / " + item.get(SK).s() + ": unreadable " + name + " \"" + value + "\"");
    }
}
