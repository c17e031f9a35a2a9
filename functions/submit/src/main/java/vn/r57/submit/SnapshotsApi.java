package vn.r57.submit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.r57.core.Hashes;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.format.Dates;
import vn.r57.core.history.SnapshotJson;
import vn.r57.core.history.StoredSnapshot;
import vn.r57.core.history.StoredValue;
import vn.r57.core.keys.ApiKey;
import vn.r57.core.snapshot.Limits;
import vn.r57.core.snapshot.Submission;
import vn.r57.core.snapshot.SubmissionValidator;
import vn.r57.core.snapshot.Validation;
import vn.r57.store.SnapshotDocument;
import vn.r57.store.SnapshotIds;
import vn.r57.store.SubmissionStore;

/**
 * The two operations, checks in the documented order: who is calling (401), what was sent (415, 413, 400), whether
 * it is valid (422) and theirs to send (403), then the store (201, replay, 409). A refused request writes nothing.
 */
final class SnapshotsApi {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** Well-formed but never stored: priming must not draw from the random generator that makes real ids. */
    static final String PRIMING_SNAPSHOT_ID = "primingprimingprimingprimi";

    private final SubmissionStore submissions;
    private final Authentication authentication;
    private final Catalog catalog;
    private final SubmissionValidator validator;
    private final Clock clock;

    SnapshotsApi(SubmissionStore submissions, Authentication authentication, Catalog catalog, Clock clock) {
        this.submissions = submissions;
        this.authentication = authentication;
        this.catalog = catalog;
        this.validator = new SubmissionValidator(catalog);
        this.clock = clock;
    }

    /** What happened, for the log line: the response and, when known, who sent it and what was stored. */
    record Handled(HttpResponse response, Optional<ApiKey> key, Optional<String> province, Optional<String> snapshotId, int values) {

        static Handled refused(HttpResponse response, Optional<ApiKey> key) {
            return new Handled(response, key, Optional.empty(), Optional.empty(), 0);
        }
    }

    Handled submit(HttpRequest request) {
        Authentication.Result auth = authentication.authenticate(request);
        if (auth instanceof Authentication.Refused refused) {
            return Handled.refused(refused.response(), Optional.empty());
        }
        ApiKey key = ((Authentication.Authenticated) auth).key();
        Optional<ApiKey> caller = Optional.of(key);

        Optional<String> mediaTypeRefusal = ContentTypes.refusal(request.header(ContentTypes.HEADER));
        if (mediaTypeRefusal.isPresent()) {
            return Handled.refused(Problems.response(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    ApiError.header(ContentTypes.HEADER, "unsupported-media-type", mediaTypeRefusal.get())), caller);
        }
        byte[] body;
        try {
            body = RequestBodies.bytes(request);
        } catch (IllegalArgumentException e) {
            return Handled.refused(Problems.response(ProblemType.BAD_REQUEST,
                    ApiError.body("", "bad-encoding", "the body is marked base64-encoded but is not valid base64")), caller);
        }
        if (body.length > Limits.MAX_BODY_BYTES) {
            return Handled.refused(Problems.response(ProblemType.BODY_TOO_LARGE, ApiError.body("", "body-too-large",
                    "the body is " + body.length + " bytes; at most " + Limits.MAX_BODY_BYTES + " bytes (256 KiB) are accepted: split the snapshot")), caller);
        }
        Optional<String> idempotencyKey = request.header(IdempotencyKeys.HEADER);
        Optional<String> keyRefusal = idempotencyKey.flatMap(IdempotencyKeys::refusal);
        if (keyRefusal.isPresent()) {
            return Handled.refused(Problems.response(ProblemType.BAD_REQUEST,
                    ApiError.header(IdempotencyKeys.HEADER, "bad-idempotency-key", keyRefusal.get())), caller);
        }

        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(now, Dates.VIETNAM);
        Validation validation = validator.validate(body, today, catalog.writableWith(key.province()));
        Optional<HttpResponse> refusal = refusal(validation);
        if (refusal.isPresent()) {
            return Handled.refused(refusal.get(), caller);
        }
        Validation.Valid valid = (Validation.Valid) validation;

        SubmissionStore.Outcome outcome =
                submissions.store(key.id(), idempotencyKey, Hashes.sha256(body), valid.submission(), now);
        if (outcome instanceof SubmissionStore.Outcome.Stored stored) {
            return new Handled(created(stored.snapshot().id(), stored.json(), Map.of()), caller,
                    Optional.of(stored.snapshot().province()), Optional.of(stored.snapshot().id()), stored.snapshot().values().size());
        }
        if (outcome instanceof SubmissionStore.Outcome.Replayed replayed) {
            SnapshotDocument document = replayed.document();
            return new Handled(created(document.id(), document.json(), Map.of(REPLAYED_HEADER, "true")), caller,
                    Optional.of(document.province()), Optional.of(document.id()), 0);
        }
        return Handled.refused(Problems.response(ProblemType.IDEMPOTENCY_CONFLICT, ApiError.header(IdempotencyKeys.HEADER,
                "idempotency-conflict", "this Idempotency-Key was used in the last 24 hours with a different body; "
                        + "use a new key for a new snapshot, or resend the first body unchanged")), caller);
    }

    Handled get(HttpRequest request, String snapshotId) {
        Authentication.Result auth = authentication.authenticate(request);
        if (auth instanceof Authentication.Refused refused) {
            return Handled.refused(refused.response(), Optional.empty());
        }
        ApiKey key = ((Authentication.Authenticated) auth).key();
        Set<String> writable = catalog.writableWith(key.province());
        // Another province's snapshot answers exactly like a missing one, so ids cannot be probed.
        Optional<SnapshotDocument> document = SnapshotIds.isWellFormed(snapshotId)
                ? submissions.find(snapshotId).filter(found -> writable.contains(found.province()))
                : Optional.empty();
        if (document.isEmpty()) {
            return Handled.refused(notFound("no snapshot with this id is visible to this key"), Optional.of(key));
        }
        return new Handled(HttpResponse.json(200, document.get().json(), Map.of()), Optional.of(key),
                Optional.of(document.get().province()), Optional.of(snapshotId), 0);
    }

    /**
     * What {@link #submit} does between reading the body and the store, and after it, for SnapStart priming: a valid
     * body becomes the 201 it would get (as revision 1 of each series), an invalid one the refusal {@link #submit}
     * gives it. Reads and writes nothing, so it runs before the snapshot without a table or a network.
     */
    List<HttpResponse> prime(byte[] validBody, byte[] invalidBody, String province) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(now, Dates.VIETNAM);
        Set<String> writable = catalog.writableWith(province);
        List<HttpResponse> responses = new ArrayList<>();
        if (validator.validate(validBody, today, writable) instanceof Validation.Valid valid) {
            Submission submission = valid.submission();
            Hashes.sha256(validBody);
            StoredSnapshot snapshot = new StoredSnapshot(PRIMING_SNAPSHOT_ID, submission.province(), submission.period(),
                    submission.source(), now, submission.values().stream().map(value -> new StoredValue(value, 1)).toList());
            responses.add(created(snapshot.id(), new String(SnapshotJson.write(snapshot), StandardCharsets.UTF_8), Map.of()));
        }
        refusal(validator.validate(invalidBody, today, writable)).ifPresent(responses::add);
        return responses;
    }

    /** The answer to a body that did not validate; empty when it is valid. */
    private static Optional<HttpResponse> refusal(Validation validation) {
        if (validation instanceof Validation.Malformed malformed) {
            return Optional.of(Problems.response(ProblemType.BAD_REQUEST, ApiError.body(malformed.problem())));
        }
        if (validation instanceof Validation.Forbidden forbidden) {
            return Optional.of(Problems.response(ProblemType.FORBIDDEN, ApiError.body(forbidden.problem())));
        }
        if (validation instanceof Validation.Invalid invalid) {
            return Optional.of(Problems.response(ProblemType.INVALID_SNAPSHOT,
                    invalid.problems().stream().map(ApiError::body).toList()));
        }
        return Optional.empty();
    }

    static HttpResponse notFound(String detail) {
        return Problems.response(ProblemType.NOT_FOUND, ApiError.request("not-found", detail));
    }

    private static HttpResponse created(String snapshotId, String json, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", "/v1/snapshots/" + snapshotId);
        headers.putAll(extraHeaders);
        return HttpResponse.json(201, json, headers);
    }
}
