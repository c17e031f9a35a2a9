package vn.r57.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.history.Revision;
import vn.r57.core.snapshot.Observation;
import vn.r57.core.snapshot.Submission;
import vn.r57.emulators.EmulatorClients;
import vn.r57.emulators.EmulatorEndpoints;
import vn.r57.emulators.Emulators;
import vn.r57.emulators.LocalStackS3;
import vn.r57.render.sink.DirectorySink;
import vn.r57.store.DynamoRevisionSource;
import vn.r57.store.DynamoSubmissionStore;
import vn.r57.core.Hashes;
import vn.r57.store.SubmissionStore;
import vn.r57.store.Tables;

/**
 * The render function's Lambda artifact, unchanged and configured only as AWS configures it (environment variables,
 * the standard {@code AWS_ENDPOINT_URL_S3} / {@code AWS_ENDPOINT_URL_DYNAMODB}), publishes to LocalStack's own S3
 * implementation, reading the table from moto: the render does not depend on s3proxy's way of doing S3. Skipped where
 * LocalStack is not installed, failed under {@code CI=true} (see {@link LocalStackS3#startForTest()}).
 */
@ExtendWith(Emulators.class)
class LocalStackRenderIT {

    private static final Path JAR = Path.of("target/r57-render.jar");
    private static final String TABLE = "localstack-render-it";
    private static final String BUCKET = "localstack-render-it";

    private final Map<String, String> snapshotNames = new LinkedHashMap<>();

    @TempDir
    Path folder;

    @Test
    void theShadedRenderFunctionPublishesEveryObjectToLocalStackS3(DynamoDbClient dynamo, EmulatorEndpoints endpoints)
            throws Exception {
        assertTrue(Files.isRegularFile(JAR), "package the module first: " + JAR.toAbsolutePath());
        Tables.create(dynamo, TABLE);
        store(dynamo, SmallDataSet.revisions());
        try (LocalStackS3 localStack = LocalStackS3.startForTest();
             S3Client s3 = EmulatorClients.s3(localStack.endpoint())) {
            s3.createBucket(create -> create.bucket(BUCKET));

            String output = renderInAnotherJvm(Map.of(
                    "AWS_ENDPOINT_URL_S3", localStack.endpoint().toString(),
                    "AWS_ENDPOINT_URL_DYNAMODB", endpoints.dynamoEndpoint().toString()));

            assertTrue(output.contains("render: {"), output);
            // Every object, byte for byte, is what the same full render writes to a folder.
            new Renderer(Catalog.load(), new DynamoRevisionSource(dynamo, TABLE), OutputSets.all(SmallDataSet.SITE_URL, false),
                    new DirectorySink(folder)).render(true);
            Map<String, String> published = new TreeMap<>();
            for (S3Object object : s3.listObjectsV2Paginator(list -> list.bucket(BUCKET)).contents()) {
                published.put(object.key(), Hashes.sha256(
                        s3.getObjectAsBytes(get -> get.bucket(BUCKET).key(object.key())).asByteArray()));
            }
            // The manifests differ only in their watermark: each run's cut is the clock's time when it starts.
            Map<String, String> rendered = Folders.hashes(folder);
            rendered.remove(Manifest.KEY);
            published.remove(Manifest.KEY);
            assertEquals(rendered, published);
            assertEquals(withoutWatermark(Files.readAllBytes(folder.resolve(Manifest.KEY))),
                    withoutWatermark(s3.getObjectAsBytes(get -> get.bucket(BUCKET).key(Manifest.KEY)).asByteArray()));
            // The files without reporting statuses, as the fixture has them. The unit and indicator files hold statuses
            // as of the function's clock (today), the fixture's those of 2025-08-05: the comparison above with a render in
            // this JVM covers them, and RenderIT compares them with the fixture at a fixed cut.
            for (String file : List.of("observations.csv", "feed.atom")) {
                assertEquals(SmallDataSet.resource("expected/" + file),
                        withFixtureSnapshotNames(object(s3, "data/v1/" + file)), file);
            }
            // Unlike s3proxy, LocalStack answers the content type exactly as it was stored, as S3 does.
            assertEquals("application/json; charset=utf-8 | public, max-age=300", headers(s3, "data/v1/catalog.json"));
            assertEquals("text/csv; charset=utf-8; header=present | public, max-age=300",
                    headers(s3, "data/v1/observations.csv"));
            assertEquals("text/html; charset=utf-8 | public, max-age=300", headers(s3, "vi/provinces/thanh-hoa/index.html"));
            assertEquals("application/json; charset=utf-8 | no-store", headers(s3, "_render/manifest.json"));
        }
    }

    private static Manifest withoutWatermark(byte[] json) {
        Manifest manifest = Manifest.parse(json).orElseThrow();
        assertTrue(manifest.watermark().isPresent(), "a manifest names its cut");
        return new Manifest(manifest.format(), Optional.empty(), manifest.recent(), manifest.calendar(), manifest.objects());
    }

    /** The shaded jar alone on the class path (and the one-line main), no AWS setting but those given. */
    private static String renderInAnotherJvm(Map<String, String> endpoints) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", JAR + File.pathSeparator + "target/test-classes",
                RenderFunctionMain.class.getName());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("AWS_"));
        environment.putAll(Map.of(
                "TABLE_NAME", TABLE,
                "BUCKET_NAME", BUCKET,
                "SITE_URL", SmallDataSet.SITE_URL,
                "AWS_REGION", EmulatorClients.REGION.id(),
                "AWS_ACCESS_KEY_ID", "emulator",
                "AWS_SECRET_ACCESS_KEY", "emulator",
                "AWS_CONFIG_FILE", "/nonexistent/aws-config",
                "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/aws-credentials"));
        environment.putAll(endpoints);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    /** The small data set as the snapshots it came in, oldest first, through the store module. */
    private void store(DynamoDbClient dynamo, List<Revision> revisions) {
        Map<String, List<Revision>> snapshots = new LinkedHashMap<>();
        revisions.stream()
                .sorted(java.util.Comparator.comparing(Revision::receivedAt))
                .forEach(r -> snapshots.computeIfAbsent(r.snapshotId() + "@" + r.period(), k -> new ArrayList<>()).add(r));
        DynamoSubmissionStore store = new DynamoSubmissionStore(dynamo, TABLE);
        for (List<Revision> values : snapshots.values()) {
            Revision first = values.get(0);
            Submission submission = new Submission(first.province(), first.period(), first.source(), values.stream()
                    .map(r -> new Observation(r.indicator(), r.kind(), r.value(), r.qualifier(), r.note()))
                    .toList());
            SubmissionStore.Outcome outcome = store.store("localstack-render-it", Optional.empty(), "-", submission,
                    first.receivedAt());
            snapshotNames.put(((SubmissionStore.Outcome.Stored) outcome).snapshot().id(), first.snapshotId());
        }
    }

    private String withFixtureSnapshotNames(String text) {
        for (Map.Entry<String, String> name : snapshotNames.entrySet()) {
            text = text.replace(name.getKey(), name.getValue());
        }
        return text;
    }

    private static String object(S3Client s3, String key) {
        return s3.getObjectAsBytes(get -> get.bucket(BUCKET).key(key)).asString(StandardCharsets.UTF_8);
    }

    private static String headers(S3Client s3, String key) {
        HeadObjectResponse head = s3.headObject(request -> request.bucket(BUCKET).key(key));
        return head.contentType() + " | " + head.cacheControl();
    }
}
