package vn.r57.submit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.core.warmup.SdkWarmUp;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.r57.core.json.JsonReader;
import vn.r57.core.json.MalformedJsonException;

/**
 * SnapStart priming: just before Lambda snapshots an initialised execution environment, run the request path once so
 * the first request after a restore finds its classes loaded and its hot code compiled. Lambda calls
 * {@link #beforeCheckpoint} while publishing a version; outside Lambda nothing calls it.
 *
 * <p>It validates the body of {@code events/submit-good.json} and writes the 201 that body would get, validates the
 * body of {@code events/submit-invalid.json} and writes its 422 (the catalog, the JSON reader, Jackson's generator,
 * the validator), then lets the AWS SDK warm its DynamoDB client ({@link SdkWarmUp}: an operation on a canned
 * in-memory response, no credentials, no call to DynamoDB, so no IAM action; plus one unsigned GET to the regional
 * STS endpoint for the HTTP, DNS and TLS code, whose failure it ignores). Nothing is stored, and no random number
 * is drawn: every environment restored from the snapshot would share it.
 */
final class SnapStartPriming implements Resource {

    private static final String VALID_BODY = "priming/submit-good.json";
    private static final String INVALID_BODY = "priming/submit-invalid.json";

    private final SnapshotsApi api;
    private final Consumer<String> log;

    SnapStartPriming(SnapshotsApi api, Consumer<String> log) {
        this.api = api;
        this.log = log;
    }

    /** Registers with the JVM's checkpoint coordination; the handler keeps this object, so it stays registered. */
    SnapStartPriming register() {
        Core.getGlobalContext().register(this);
        return this;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: the DynamoDB client opens its connections on first use, after the restore.
    }

    /** What the sample requests would have been answered; a failure is logged, never thrown, to keep the deploy going. */
    List<Integer> prime() {
        try {
            byte[] valid = sampleBody(VALID_BODY);
            byte[] invalid = sampleBody(INVALID_BODY);
            String province = (String) ((Map<?, ?>) new JsonReader(16).read(valid)).get("province");
            List<Integer> statuses = api.prime(valid, invalid, province).stream().map(HttpResponse::status).toList();
            SdkWarmUp.warmUp(DynamoDbClient.class);
            log.accept("{\"message\":\"snapstart priming\",\"statuses\":" + statuses + "}");
            return statuses;
        } catch (RuntimeException | MalformedJsonException e) {
            // A first request a little slower is better than a version that cannot be published.
            log.accept("{\"message\":\"snapstart priming failed\",\"error\":\"" + e.getClass().getName() + "\"}");
            return List.of();
        }
    }

    /** The body of a bundled sample event, as API Gateway would pass it (a JSON string in the event). */
    private static byte[] sampleBody(String resource) throws MalformedJsonException {
        try (InputStream in = SnapStartPriming.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Map<?, ?> event = (Map<?, ?>) new JsonReader(16).read(in.readAllBytes());
            return ((String) event.get("body")).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
