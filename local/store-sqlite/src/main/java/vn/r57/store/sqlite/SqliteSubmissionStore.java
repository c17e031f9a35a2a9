package vn.r57.store.sqlite;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.r57.core.history.Instants;
import vn.r57.core.history.SnapshotJson;
import vn.r57.core.history.StoredSnapshot;
import vn.r57.core.history.StoredValue;
import vn.r57.core.snapshot.Observation;
import vn.r57.core.snapshot.Submission;
import vn.r57.core.Hashes;
import vn.r57.store.SnapshotDocument;
import vn.r57.store.SnapshotIds;
import vn.r57.store.SubmissionStore;

/**
 * A snapshot in one transaction: the idempotency record is read, each value numbered latest+1 of its series, then
 * the snapshot, its revisions and the idempotency record are written. Writers take turns ({@code BEGIN IMMEDIATE}),
 * so numbers have no gaps and no repeats, and the primary key of a revision would refuse a repeat anyway. The answer
 * is {@link SnapshotJson}'s, the same code the DynamoDB adapter answers with.
 */
public final class SqliteSubmissionStore implements SubmissionStore {

    /** As long as the DynamoDB adapter remembers a key (its records' time to live). */
    static final Duration IDEMPOTENCY_WINDOW = Duration.ofHours(24);

    private final SqliteDatabase database;

    public SqliteSubmissionStore(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public Outcome store(String keyId, Optional<String> idempotencyKey, String bodyHash, Submission submission, Instant receivedAt) {
        Optional<String> keyHash = idempotencyKey.map(Hashes::sha256);
        return database.write("storing a snapshot", connection -> {
            if (keyHash.isPresent()) {
                Optional<Outcome> earlier = earlierAnswer(connection, keyId, keyHash.get(), bodyHash, receivedAt);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            List<StoredValue> values = new ArrayList<>();
            for (Observation value : submission.values()) {
                values.add(new StoredValue(value, latestRevision(connection, submission, value) + 1));
            }
            StoredSnapshot snapshot = new StoredSnapshot(SnapshotIds.generate(), submission.province(), submission.period(),
                    submission.source(), receivedAt, values);
            String json = new String(SnapshotJson.write(snapshot), StandardCharsets.UTF_8);
            insertSnapshot(connection, keyId, snapshot, json);
            insertRevisions(connection, keyId, snapshot);
            if (keyHash.isPresent()) {
                remember(connection, keyId, keyHash.get(), bodyHash, snapshot);
            }
            return new Outcome.Stored(snapshot, json);
        });
    }

    @Override
    public Optional<SnapshotDocument> find(String snapshotId) {
        return database.read("reading a snapshot", connection -> find(connection, snapshotId));
    }

    private static Optional<SnapshotDocument> find(Connection connection, String snapshotId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT province, json FROM snapshots WHERE id = ?")) {
            select.setString(1, snapshotId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new SnapshotDocument(snapshotId, row.getString(1), row.getString(2))) : Optional.empty();
            }
        }
    }

    /** The answer already given for an idempotency key of this API key, unless there is none or it has expired. */
    private static Optional<Outcome> earlierAnswer(Connection connection, String keyId, String keyHash, String bodyHash, Instant now)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT body_hash, snapshot_id FROM idempotency_records WHERE key_id = ? AND key_hash = ? AND expires_at > ?")) {
            select.setString(1, keyId);
            select.setString(2, keyHash);
            select.setLong(3, now.getEpochSecond());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                if (!row.getString(1).equals(bodyHash)) {
                    return Optional.of(new Outcome.Conflict());
                }
                String snapshotId = row.getString(2);
                return Optional.of(new Outcome.Replayed(find(connection, snapshotId).orElseThrow(() -> new IllegalStateException(
                        "the idempotency record of key " + keyId + " names snapshot " + snapshotId + ", which does not exist"))));
            }
        }
    }

    private static int latestRevision(Connection connection, Submission submission, Observation value) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT coalesce(max(revision), 0) FROM revisions"
                + " WHERE province = ? AND indicator = ? AND kind = ? AND period = ?")) {
            select.setString(1, submission.province());
            select.setString(2, value.indicator());
            select.setString(3, value.kind().wireName());
            select.setString(4, submission.period().toString());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static void insertSnapshot(Connection connection, String keyId, StoredSnapshot snapshot, String json) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO snapshots (id, province, period, key_id, received_at, json) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, snapshot.id());
            insert.setString(2, snapshot.province());
            insert.setString(3, snapshot.period().toString());
            insert.setString(4, keyId);
            insert.setString(5, Instants.format(snapshot.receivedAt()));
            insert.setString(6, json);
            insert.executeUpdate();
        }
    }

    private static void insertRevisions(Connection connection, String keyId, StoredSnapshot snapshot) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO revisions (province, indicator, kind, period,"
                + " revision, value, qualifier, note, source_title, source_url, received_at, snapshot_id, value_index, key_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            String receivedAt = Instants.format(snapshot.receivedAt());
            for (int i = 0; i < snapshot.values().size(); i++) {
                StoredValue stored = snapshot.values().get(i);
                Observation value = stored.observation();
                insert.setString(1, snapshot.province());
                insert.setString(2, value.indicator());
                insert.setString(3, value.kind().wireName());
                insert.setString(4, snapshot.period().toString());
                insert.setInt(5, stored.revision());
                insert.setString(6, value.value().toPlainString());
                insert.setString(7, value.qualifier().map(q -> q.wireName()).orElse(null));
                insert.setString(8, value.note().orElse(null));
                insert.setString(9, snapshot.source().title());
                insert.setString(10, snapshot.source().url().orElse(null));
                insert.setString(11, receivedAt);
                insert.setString(12, snapshot.id());
                insert.setInt(13, i);
                insert.setString(14, keyId);
                insert.executeUpdate();
            }
        }
    }

    /** A record that expired is replaced, as the DynamoDB adapter's conditional put replaces one time to live has not deleted yet. */
    private static void remember(Connection connection, String keyId, String keyHash, String bodyHash, StoredSnapshot snapshot)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO idempotency_records"
                + " (key_id, key_hash, body_hash, snapshot_id, expires_at) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (key_id, key_hash) DO UPDATE SET body_hash = excluded.body_hash,"
                + " snapshot_id = excluded.snapshot_id, expires_at = excluded.expires_at")) {
            upsert.setString(1, keyId);
            upsert.setString(2, keyHash);
            upsert.setString(3, bodyHash);
            upsert.setString(4, snapshot.id());
            upsert.setLong(5, snapshot.receivedAt().getEpochSecond() + IDEMPOTENCY_WINDOW.toSeconds());
            upsert.executeUpdate();
        }
    }
}
