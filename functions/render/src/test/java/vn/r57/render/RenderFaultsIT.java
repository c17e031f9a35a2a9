package vn.r57.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import vn.r57.core.Hashes;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.history.Revision;
import vn.r57.core.snapshot.Observation;
import vn.r57.core.snapshot.Submission;
import vn.r57.emulators.Emulators;
import vn.r57.emulators.FaultProxy;
import vn.r57.render.sink.DirectorySink;
import vn.r57.render.sink.PageSink;
import vn.r57.render.sink.S3Clients;
import vn.r57.render.sink.S3Sink;
import vn.r57.store.DynamoRevisionSource;
import vn.r57.store.DynamoSubmissionStore;
import vn.r57.store.Tables;

/**
 * A render run that stops half-way (killed at any write, or S3 cut off under it through a TCP proxy) leaves a
 * published site in which every link points to an object that exists, and the next ordinary run converges to exactly
 * the bytes of a clean full rebuild.
 */
@ExtendWith(Emulators.class)
class RenderFaultsIT {

    private static final Pattern ABSOLUTE = Pattern.compile(Pattern.quote(SmallDataSet.SITE_URL) + "/([^\"\\s<>)]*)");
    private static final Pattern PAGE_LINK = Pattern.compile("(?:href|src)=\"(/[^\"#?]*)");
    private static final Pattern PACKAGE_PATH = Pattern.compile("\"(?:path|jsonSchema)\"\\s*:\\s*\"([^\"]+)\"");
    private static int trials;
    private static int linksChecked;
    private static long bytesCompared;

    private final DynamoDbClient dynamo;
    private final S3Client s3;

    @TempDir
    Path folders;

    RenderFaultsIT(DynamoDbClient dynamo, S3Client s3) {
        this.dynamo = dynamo;
        this.s3 = s3;
    }

    /** A fresh table and bucket: the first part of the data rendered and published, the rest stored since. */
    private record World(String table, String bucket) {}

    private World world() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        World world = new World("faults-" + run, "faults-" + run);
        Tables.create(dynamo, world.table());
        s3.createBucket(create -> create.bucket(world.bucket()));
        List<Revision> revisions = SmallDataSet.revisions();
        submit(world, revisions.subList(0, 6));
        render(world, new S3Sink(s3, world.bucket()), false);
        submit(world, revisions.subList(6, revisions.size()));
        return world;
    }

    /** How many objects the interrupted run writes when nothing interrupts it. */
    private int writesOfTheRun() {
        World probe = world();
        RecordingSink unbroken = new RecordingSink(new S3Sink(s3, probe.bucket()));
        render(probe, unbroken, false);
        int writes = unbroken.puts.size();
        assertTrue(writes > 10, writes + " writes");
        return writes;
    }

    @Test
    void aRunKilledAtAnyWriteLeavesNoBrokenLinkAndTheNextRunConverges() throws IOException {
        int writes = writesOfTheRun();

        // Before the first write, inside each stage, and before the manifest (the last write).
        Set<Integer> killPoints = new TreeSet<>(List.of(0, writes / 3, 2 * writes / 3, writes - 1));
        for (int killedAfter : killPoints) {
            World world = world();
            assertThrows(IllegalStateException.class, () -> render(world, new RecordingSink(new S3Sink(s3, world.bucket()), killedAfter), false));
            assertEveryLinkResolves(world);
            render(world, new S3Sink(s3, world.bucket()), false);
            assertSameAsCleanRebuild(world, "killed after " + killedAfter + " of " + writes + " writes");
        }
    }

    @Test
    void aRunWhoseS3ConnectionIsCutLeavesNoBrokenLinkAndTheNextRunConverges() throws IOException {
        URI s3Endpoint = s3.serviceClientConfiguration().endpointOverride().orElseThrow();
        // The run reads the manifest, then writes: cut before anything, and half-way through the writes.
        int writes = writesOfTheRun();
        for (int passed : List.of(0, writes / 2)) {
            World world = world();
            try (FaultProxy proxy = new FaultProxy(s3Endpoint)) {
                S3Client cut = S3Clients.builder()
                        .endpointOverride(proxy.endpoint())
                        .region(s3.serviceClientConfiguration().region())
                        .credentialsProvider(s3.serviceClientConfiguration().credentialsProvider())
                        .build();
                proxy.inject(FaultProxy.Mode.RESET, head -> true, passed, Integer.MAX_VALUE);
                assertThrows(SdkException.class, () -> render(world, new S3Sink(cut, world.bucket()), false));
                assertTrue(proxy.faults.get() >= 1);
            }
            assertEveryLinkResolves(world);
            render(world, new S3Sink(s3, world.bucket()), false);
            assertSameAsCleanRebuild(world, "S3 cut off after " + passed + " requests");
        }
    }

    private void assertEveryLinkResolves(World world) {
        Set<String> keys = new TreeSet<>(keys(world));
        Map<String, List<String>> broken = new TreeMap<>();
        for (String key : keys) {
            if (key.startsWith("_render/")) {
                continue;
            }
            String text = s3.getObjectAsBytes(get -> get.bucket(world.bucket()).key(key)).asString(StandardCharsets.UTF_8);
            List<String> targets = new ArrayList<>();
            Matcher absolute = ABSOLUTE.matcher(text);
            while (absolute.find()) {
                targets.add(absolute.group(1));
            }
            if (key.endsWith(".html") || key.endsWith(".svg")) {
                Matcher page = PAGE_LINK.matcher(text);
                while (page.find()) {
                    targets.add(page.group(1).substring(1));
                }
            }
            if (key.equals("data/v1/datapackage.json")) {
                Matcher relative = PACKAGE_PATH.matcher(text);
                while (relative.find()) {
                    // Absolute paths (the licence, the sources' address) are links, checked above when they are ours.
                    if (!relative.group(1).startsWith("https://") && !relative.group(1).startsWith("http://")) {
                        targets.add("data/v1/" + relative.group(1));
                    }
                }
            }
            for (String link : targets) {
                if (link.equals("data/v1/schema/") || link.equals("data/v1/")) {
                    continue; // the open data's and the schemas' folders, cited in the catalog, are addresses, no objects
                }
                // A page address ("/vi/" and the like) is its folder's index.html, as CloudFront and the runner serve it.
                String target = link.isEmpty() || link.endsWith("/") ? link + "index.html" : link;
                linksChecked++;
                if (!keys.contains(target)) {
                    broken.computeIfAbsent(key, k -> new ArrayList<>()).add(target);
                }
            }
        }
        assertEquals(Map.of(), broken);
    }

    private void assertSameAsCleanRebuild(World world, String what) throws IOException {
        Path clean = Files.createDirectory(folders.resolve(world.table()));
        render(world, new DirectorySink(clean), true);
        Map<String, String> published = new TreeMap<>();
        for (String key : keys(world)) {
            byte[] bytes = s3.getObjectAsBytes(get -> get.bucket(world.bucket()).key(key)).asByteArray();
            published.put(key, Hashes.sha256(bytes));
            bytesCompared += bytes.length;
        }
        assertEquals(Folders.hashes(clean), published, what);
        trials++;
    }

    private void render(World world, PageSink sink, boolean full) {
        DynamoRevisionSource source = new DynamoRevisionSource(dynamo, world.table());
        new Renderer(Catalog.load(), source, OutputSets.all(SmallDataSet.SITE_URL, false), sink, new LatestReceipt(source))
                .render(full);
    }

    private List<String> keys(World world) {
        return s3.listObjectsV2Paginator(list -> list.bucket(world.bucket())).contents().stream().map(S3Object::key).toList();
    }

    private void submit(World world, List<Revision> revisions) {
        Map<String, List<Revision>> snapshots = new LinkedHashMap<>();
        revisions.stream()
                .sorted(Comparator.comparing(Revision::receivedAt))
                .forEach(r -> snapshots.computeIfAbsent(r.snapshotId() + "@" + r.period(), k -> new ArrayList<>()).add(r));
        for (List<Revision> values : snapshots.values()) {
            Revision first = values.get(0);
            Instant receivedAt = first.receivedAt();
            new DynamoSubmissionStore(dynamo, world.table()).store("faults-it", Optional.empty(), "-",
                    new Submission(first.province(), first.period(), first.source(), values.stream()
                            .map(r -> new Observation(r.indicator(), r.kind(), r.value(), r.qualifier(), r.note()))
                            .toList()),
                    receivedAt);
        }
    }

    @AfterAll
    static void report() {
        System.out.println("[reliability] render faults: " + trials + " interrupted runs recovered, " + linksChecked
                + " links checked, " + bytesCompared + " published bytes compared with clean rebuilds");
    }
}
