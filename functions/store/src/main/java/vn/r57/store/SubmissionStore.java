package vn.r57.store;

import java.time.Instant;
import java.util.Optional;
import vn.r57.core.history.StoredSnapshot;
import vn.r57.core.snapshot.Submission;

/** Stores validated snapshots, each value as the next revision of its series, atomically and at most once per key. */
public interface SubmissionStore {

    /**
     * @param keyId the department key that sent it (idempotency keys are scoped to it)
     * @param idempotencyKey the client's {@code Idempotency-Key}, already checked for syntax
     * @param bodyHash SHA-256 of the exact request body: the same key with another body is a conflict
     * @throws StoreUnavailableException when the table cannot be reached or stays contended; nothing was written
     */
    Outcome store(String keyId, Optional<String> idempotencyKey, String bodyHash, Submission submission, Instant receivedAt);

    /** The stored snapshot with that id, exactly as it was first answered. */
    Optional<SnapshotDocument> find(String snapshotId);

    /** What happened to a submission. */
    sealed interface Outcome {

        /** Newly written; {@code json} is the response body, also kept for replays and {@code GET}. */
        record Stored(StoredSnapshot snapshot, String json) implements Outcome {}

        /** The idempotency key was used before with the same body: the first answer, byte for byte. */
        record Replayed(SnapshotDocument document) implements Outcome {}

        /** The idempotency key was used before with a different body. Nothing was written. */
        record Conflict() implements Outcome {}
    }
}
