package vn.r57.store;

import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;

/**
 * The single-table design in one place: attribute names and how keys are spelled. See docs/data-model.md for the
 * access patterns behind each key. Changing anything here changes stored data: treat it as a migration.
 */
public final class TableDesign {

    private TableDesign() {}

    public static final String PK = "pk";
    public static final String SK = "sk";
    /** The overloaded global secondary index: the change feed ({@code CHANGES}) and the list of keys ({@code KEYS}). */
    public static final String CHANGES_INDEX = "changes";
    public static final String GSI1PK = "gsi1pk";
    public static final String GSI1SK = "gsi1sk";
    /** DynamoDB's time-to-live attribute (a number, epoch seconds); only idempotency records carry it. */
    public static final String EXPIRES_AT = "expiresAt";

    static final String CHANGES_PARTITION = "CHANGES";
    static final String KEYS_PARTITION = "KEYS";

    // Key items
    static final String KEY_SK = "KEY";
    static final String PROVINCE = "province";
    static final String LABEL = "label";
    static final String SECRET_HASH = "secretHash";
    static final String CREATED_AT = "createdAt";
    static final String REVOKED_AT = "revokedAt";

    // Revision items
    static final String INDICATOR = "indicator";
    static final String KIND = "kind";
    static final String PERIOD = "period";
    static final String REVISION = "revision";
    /** The decimal's exact text as a string: DynamoDB's number type would turn 99.510 into 99.51. */
    static final String VALUE = "value";
    static final String QUALIFIER = "qualifier";
    static final String NOTE = "note";
    static final String SOURCE_TITLE = "sourceTitle";
    static final String SOURCE_URL = "sourceUrl";
    static final String RECEIVED_AT = "receivedAt";
    static final String SNAPSHOT_ID = "snapshotId";
    static final String KEY_ID = "keyId";

    // Snapshot items
    static final String SNAPSHOT_SK = "SNAP";
    static final String JSON = "json";

    // Latest-revision items
    static final String LATEST_SK = "LATEST";
    /** A map from {@code <indicator>#<kind>} to the number of that series' latest revision. */
    static final String REVISIONS = "revisions";
    /** Incremented by every snapshot of the province and period: the condition that orders their writers. */
    static final String VERSION = "version";

    // Idempotency items
    static final String IDEMPOTENCY_SK = "IDEM";
    static final String BODY_HASH = "bodyHash";

    static String keyPk(String keyId) {
        return "KEY#" + keyId;
    }

    static String provincePk(String province) {
        return "PROV#" + province;
    }

    static String revisionPrefix() {
        return "REV#";
    }

    /** Every revision of one series sorts together, oldest first; the trailing '#' keeps 2025 apart from 2025-Q1. */
    static String seriesPrefix(String indicator, Kind kind, Period period) {
        return "REV#" + indicator + "#" + kind.wireName() + "#" + period + "#";
    }

    /** Zero-padded so that text order is number order (up to 999,999 corrections of one value). */
    static String revisionSk(String indicator, Kind kind, Period period, int revision) {
        return seriesPrefix(indicator, kind, period) + zeroPadded(revision, 6);
    }

    /** One item per province and period: the latest revision number of every series a snapshot of it can touch. */
    static String latestPk(String province, Period period) {
        return "LATEST#" + province + "#" + period;
    }

    /** A series within its province and period. */
    static String seriesName(String indicator, Kind kind) {
        return indicator + "#" + kind.wireName();
    }

    static String snapshotPk(String snapshotId) {
        return "SNAP#" + snapshotId;
    }

    static String idempotencyPk(String keyId, String idempotencyKeyHash) {
        return "IDEM#" + keyId + "#" + idempotencyKeyHash;
    }

    /** Receipt time first so the index sorts by time; the snapshot id and value index make each entry unique. */
    static String changeSk(String receivedAt, String snapshotId, int index) {
        return receivedAt + "#" + snapshotId + "#" + zeroPadded(index, 2);
    }

    /** Not String.format, which parses its pattern on every call: these keys are built for every value submitted. */
    private static String zeroPadded(int number, int width) {
        String digits = Integer.toString(number);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
