package vn.r57.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;
import vn.r57.core.Hashes;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Observation;
import vn.r57.core.snapshot.Source;
import vn.r57.core.snapshot.Submission;
import vn.r57.emulators.Emulators;
import vn.r57.render.sink.DirectorySink;
import vn.r57.render.sink.S3Sink;
import vn.r57.store.DynamoRevisionSource;
import vn.r57.store.DynamoSubmissionStore;
import vn.r57.store.SubmissionStore;
import vn.r57.store.Tables;

/**
 * The whole way on DynamoDB Local and s3proxy: snapshots stored through the store module, rendered by the renderer
 * from the table into a bucket, read back.
 */
@ExtendWith(Emulators.class)
class RenderIT {


    private final DynamoDbClient dynamo;
    private final S3Client s3;
    private String table;
    private String bucket;
    /** Snapshot ids the store gave, to the names the small data set uses for them. */
    private final Map<String, String> snapshotNames = new LinkedHashMap<>();

    @TempDir
    Path folder;

    RenderIT(DynamoDbClient dynamo, S3Client s3) {
        this.dynamo = dynamo;
        this.s3 = s3;
    }

    @BeforeEach
    void freshTableAndBucket() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        table = "render-it-" + run;
        bucket = "render-it-" + run;
        Tables.create(dynamo, table);
        s3.createBucket(create -> create.bucket(bucket));
    }

    @Test
    void submittedSnapshotsArePublishedWithTheExpectedBytesTypesAndCaching() {
        submit(SmallDataSet.revisions());

        RenderReport report = render(false, new RecordingSink(new S3Sink(s3, bucket)));

        assertEquals(SmallDataSet.PUBLISHED_OBJECTS, report.written());
        for (String file : List.of("observations.csv", "feed.atom", "provinces/thanh-hoa.json",
                "provinces/tuyen-quang.json", "provinces/ha-giang.json", "indicators/mobile-base-stations.json")) {
            assertEquals(SmallDataSet.resource("expected/" + file), withFixtureSnapshotNames(object("data/v1/" + file)),
                    file);
        }
        assertEquals("application/json;charset=utf-8 | public, max-age=300", headers("data/v1/catalog.json"));
        assertEquals("text/csv;charset=utf-8;header=present | public, max-age=300", headers("data/v1/observations.csv"));
        assertEquals("application/atom+xml;charset=utf-8 | public, max-age=300", headers("data/v1/feed.atom"));
        assertEquals("application/schema+json;charset=utf-8 | public, max-age=86400",
                headers("data/v1/schema/province.schema.json"));
        assertEquals("application/json;charset=utf-8 | no-store", headers("_render/manifest.json"));
        assertEquals("text/html;charset=utf-8 | public, max-age=300", headers("vi/provinces/thanh-hoa/index.html"));
        assertEquals("image/svg+xml;charset=utf-8 | public, max-age=300",
                headers("en/provinces/thanh-hoa/mobile-base-stations.svg"));
    }

    @Test
    void everyPublishedJsonFileFollowsItsSchema() {
        submit(SmallDataSet.revisions());
        render(false, new RecordingSink(new S3Sink(s3, bucket)));

        Map<String, List<String>> violations = new TreeMap<>();
        int checked = 0;
        for (String key : keys()) {
            Optional<String> schema = Schemas.schemaFor(key);
            if (schema.isPresent()) {
                checked++;
                List<String> found = Schemas.violations(schema.get(), object(key).getBytes(StandardCharsets.UTF_8));
                if (!found.isEmpty()) {
                    violations.put(key, found);
                }
            }
        }
        assertEquals(1 + 86 + 18, checked);
        assertEquals(Map.of(), violations);
    }

    @Test
    void aSecondRenderWithoutNewSnapshotsPutsNothing() {
        submit(SmallDataSet.revisions());
        render(false, new RecordingSink(new S3Sink(s3, bucket)));
        RecordingSink second = new RecordingSink(new S3Sink(s3, bucket));

        RenderReport report = render(false, second);

        assertEquals(List.of(), second.puts);
        assertEquals(0, report.rendered());
    }

    @Test
    void oneNewSnapshotPutsOnlyTheObjectsItAppearsIn() {
        submit(SmallDataSet.revisions());
        render(false, new RecordingSink(new S3Sink(s3, bucket)));
        RecordingSink next = new RecordingSink(new S3Sink(s3, bucket));

        store(new Submission("thanh-hoa", Period.year(2025), new Source("Báo cáo bổ sung", Optional.empty()),
                List.of(new Observation("mobile-base-stations", Kind.ACTUAL, new BigDecimal("2800"), Optional.empty(),
                        Optional.empty()))), Instant.parse("2025-08-05T03:30:00Z"), "th-4");
        // Received the same day in Vietnam as the data set's last value: the calendar key stays, the run is incremental.
        RenderReport report = render(false, next);

        // Charts first, then the unit's and the indicator's files and pages, then everything that lists all units.
        // The nation's 2025 median of the indicator moves, and every unit of the three 2025 regions with a 2025 value
        // shows it (its own row, or its region's latest figures); their regions' pages list the new value. A yearly
        // value of a quarterly indicator changes no reporting status, so neither status page nor CSV changes.
        List<String> units = List.of("ha-noi", "hue", "lai-chau", "dien-bien", "son-la", "lang-son", "quang-ninh",
                "thanh-hoa", "nghe-an", "ha-tinh", "cao-bang", "tuyen-quang", "lao-cai", "thai-nguyen", "phu-tho",
                "bac-ninh", "hung-yen", "hai-phong", "ninh-binh", "quang-tri");
        List<String> expected = new java.util.ArrayList<>(List.of(
                "vi/provinces/thanh-hoa/mobile-base-stations.svg",
                "vi/indicators/mobile-base-stations/map.svg",
                "en/provinces/thanh-hoa/mobile-base-stations.svg",
                "en/indicators/mobile-base-stations/map.svg",
                "data/v1/provinces/thanh-hoa.json",
                "data/v1/indicators/mobile-base-stations.json"));
        for (String lang : List.of("vi", "en")) {
            units.forEach(unit -> expected.add(lang + "/provinces/" + unit + "/index.html"));
            expected.add(lang + "/regions/bac-trung-bo-duyen-hai-mien-trung/index.html");
            expected.add(lang + "/regions/bac-trung-bo-2025/index.html");
            expected.add(lang + "/indicators/mobile-base-stations/index.html");
        }
        expected.addAll(List.of("data/v1/catalog.json", "data/v1/observations.csv", "data/v1/progress.csv",
                "data/v1/feed.atom", "data/v1/datapackage.json"));
        for (String lang : List.of("vi", "en")) {
            for (String page : List.of("compare", "", "data")) {
                expected.add(lang + "/" + (page.isEmpty() ? "" : page + "/") + "index.html");
            }
        }
        expected.add("_render/manifest.json");
        assertEquals(expected, next.puts);
        assertEquals(expected.size() - 1, report.written());
        assertEquals(1, report.changedValues());
    }

    @Test
    void aFullRebuildGivesTheSameBytesAsTheIncrementalRuns() {
        List<Revision> revisions = SmallDataSet.revisions();
        submit(revisions.subList(0, 6));
        render(false, new RecordingSink(new S3Sink(s3, bucket)));
        submit(revisions.subList(6, revisions.size()));
        render(false, new RecordingSink(new S3Sink(s3, bucket)));

        render(true, new RecordingSink(new DirectorySink(folder)));

        Map<String, String> published = new TreeMap<>();
        for (String key : keys()) {
            published.put(key, Hashes.sha256(s3.getObjectAsBytes(get -> get.bucket(bucket).key(key)).asByteArray()));
        }
        assertEquals(Folders.hashes(folder), published);
    }

    @Test
    void aScheduledRunAfterADueDatePublishesMissingReportsWithoutANewValue() {
        submit(SmallDataSet.revisions());
        render(false, new RecordingSink(new S3Sink(s3, bucket)), Instant.parse("2025-08-15T16:59:59Z"));
        String before = object("data/v1/provinces/thanh-hoa.json");
        RecordingSink next = new RecordingSink(new S3Sink(s3, bucket));

        RenderReport report = render(false, next, Instant.parse("2025-08-15T17:00:00Z"));

        String after = object("data/v1/provinces/thanh-hoa.json");
        assertEquals(0, report.changedValues());
        assertEquals(true, report.full());
        String july = "\"dueDate\": \"2025-08-15\",\n      \"indicator\": \"on-time-admin-processing\",\n"
                + "      \"period\": \"2025-07\",\n      \"revised\": false,\n      \"status\": ";
        assertEquals(true, before.contains(july + "\"not-yet-due\""), before);
        assertEquals(true, after.contains(july + "\"missing\""), after);
        assertEquals(true, after.contains("\"statusAsOf\": \"2025-08-16\""), after);
        assertEquals(true, next.puts.contains("en/status/index.html"));
    }

    private RenderReport render(boolean full, RecordingSink sink) {
        // The cut at the latest receipt: for the small data set, the morning of 2025-08-05 in Vietnam, so that the
        // statuses are those of the expected files.
        DynamoRevisionSource source = new DynamoRevisionSource(dynamo, table);
        return new Renderer(Catalog.load(), source, OutputSets.all(SmallDataSet.SITE_URL, false), sink,
                new LatestReceipt(source)).render(full);
    }

    /** @param now the cut, and the instant the statuses hold for */
    private RenderReport render(boolean full, RecordingSink sink, Instant now) {
        return new Renderer(Catalog.load(), new DynamoRevisionSource(dynamo, table), OutputSets.all(SmallDataSet.SITE_URL, false),
                sink, 1, java.time.Clock.fixed(now, java.time.ZoneOffset.UTC)).render(full);
    }

    /** Stores the revisions as the snapshots they came in (one per snapshot name and period), oldest first. */
    private void submit(List<Revision> revisions) {
        Map<String, List<Revision>> snapshots = new LinkedHashMap<>();
        revisions.stream()
                .sorted(java.util.Comparator.comparing(Revision::receivedAt))
                .forEach(r -> snapshots.computeIfAbsent(r.snapshotId() + "@" + r.period(), k -> new ArrayList<>()).add(r));
        for (List<Revision> values : snapshots.values()) {
            Revision first = values.get(0);
            store(new Submission(first.province(), first.period(), first.source(), values.stream()
                            .map(r -> new Observation(r.indicator(), r.kind(), r.value(), r.qualifier(), r.note()))
                            .toList()),
                    first.receivedAt(), first.snapshotId());
        }
    }

    private void store(Submission submission, Instant receivedAt, String name) {
        SubmissionStore.Outcome outcome = new DynamoSubmissionStore(dynamo, table)
                .store("render-it", Optional.empty(), "-", submission, receivedAt);
        snapshotNames.put(((SubmissionStore.Outcome.Stored) outcome).snapshot().id(), name);
    }

    private String withFixtureSnapshotNames(String text) {
        for (Map.Entry<String, String> name : snapshotNames.entrySet()) {
            text = text.replace(name.getKey(), name.getValue());
        }
        return text;
    }

    private String object(String key) {
        return s3.getObjectAsBytes(get -> get.bucket(bucket).key(key)).asString(StandardCharsets.UTF_8);
    }

    /**
     * Content type and cache control as stored. s3proxy re-serialises media types without the optional space after
     * a semicolon (S3 keeps them as sent), so spaces there are dropped before comparing.
     */
    private String headers(String key) {
        HeadObjectResponse head = s3.headObject(request -> request.bucket(bucket).key(key));
        return head.contentType().replace("; ", ";") + " | " + head.cacheControl();
    }

    private List<String> keys() {
        return s3.listObjectsV2Paginator(list -> list.bucket(bucket)).contents().stream().map(S3Object::key).toList();
    }
}
