package vn.r57.local.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.r57.core.history.Revision;
import vn.r57.store.sqlite.SqliteDatabase;
import vn.r57.store.sqlite.SqliteRevisionSource;

/**
 * The portal jar killed with {@code kill -9} in the middle of a burst of submissions, then started again on its folder:
 * every submission it acknowledged with 201 is there whole and answers as it did, and nothing is there in part.
 */
class CrashIT {

    private static final Pattern ID = Pattern.compile("\\{\"id\":\"([a-z2-7]{26})\"");
    private static final List<String> INDICATORS = List.of("on-time-admin-processing", "e-signature-document-rate", "online-public-services-share");
    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;

    @Test
    void everyAcknowledgedSubmissionSurvivesAKillDuringABurstWholeAndNothingIsLeftHalfStored(@TempDir Path folder) throws Exception {
        String data = folder.toString();
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Map<String, String> idempotencyKeys = new ConcurrentHashMap<>();
        String token;
        try (PortalProcess portal = PortalProcess.run(Map.of(), "--port", "0", "--data", data, "--no-demo")) {
            List<String> created = PortalProcess.command(Map.of(), "keys", "create", "--province", "thanh-hoa", "--data", data);
            assertEquals("0", created.get(0), created.get(2));
            token = created.get(1).strip();
            URI base = portal.baseUri();

            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            AtomicInteger failedWhileRunning = new AtomicInteger();
            AtomicInteger cutOff = new AtomicInteger();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.submit(() -> burst(base, token, writer, acknowledged, idempotencyKeys, failedWhileRunning, cutOff));
            }
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL) {
                Thread.sleep(5);
            }
            portal.kill();
            writers.shutdown();
            assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));
            assertEquals(0, failedWhileRunning.get(), "no submission was refused before the kill");
            assertEquals(WRITERS, cutOff.get(), "every writer was still sending when the portal was killed");
        }

        try (PortalProcess portal = PortalProcess.run(Map.of(), "--port", "0", "--data", data, "--no-demo")) {
            URI base = portal.baseUri();
            for (Map.Entry<String, String> answer : acknowledged.entrySet()) {
                HttpResponse<String> stored = Published.HTTP.send(HttpRequest.newBuilder(base.resolve("/v1/snapshots/" + answer.getKey()))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, stored.statusCode(), stored.body());
                assertEquals(answer.getValue(), stored.body(), "the snapshot answers exactly as when it was acknowledged");
            }
            String anyId = acknowledged.keySet().iterator().next();
            HttpResponse<String> replay = Published.submit(base, token, body(idempotencyKeys.get(anyId)), Optional.of(idempotencyKeys.get(anyId)));
            assertEquals(acknowledged.get(anyId), replay.body(), "an idempotency key outlives the kill");
            assertTrue(portal.stop(30), portal.output());
        }

        List<Revision> history;
        Path file = new DataDirectory(folder).database();
        try (SqliteDatabase database = SqliteDatabase.open(file)) {
            history = new SqliteRevisionSource(database).revisions("thanh-hoa");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file); Statement statement = connection.createStatement();
                ResultSet partial = statement.executeQuery("SELECT count(*) FROM snapshots s"
                        + " WHERE (SELECT count(*) FROM revisions r WHERE r.snapshot_id = s.id) != " + INDICATORS.size())) {
            assertEquals(0, partial.getInt(1), "no snapshot is stored with some of its values missing");
        }
        Map<String, List<Revision>> bySnapshot = history.stream().collect(Collectors.groupingBy(Revision::snapshotId, TreeMap::new, Collectors.toList()));
        assertTrue(bySnapshot.keySet().containsAll(acknowledged.keySet()), "every acknowledged snapshot has its revisions");
        bySnapshot.forEach((id, revisions) -> assertEquals(INDICATORS.size(), revisions.size(), "snapshot " + id + " is whole"));
        for (String indicator : INDICATORS) {
            List<Integer> numbers = history.stream().filter(revision -> revision.indicator().equals(indicator)).map(Revision::number).toList();
            assertEquals(IntStream.rangeClosed(1, bySnapshot.size()).boxed().toList(), numbers, indicator + " is numbered without gaps");
        }
        System.out.println("[reliability] CrashIT: kill -9 after " + acknowledged.size() + " acknowledged snapshots from " + WRITERS
                + " writers; after the restart " + bySnapshot.size() + " snapshots (" + history.size() + " revisions), all whole,"
                + " every acknowledged one answering byte for byte");
    }

    /** One writer's submissions, one after the other, until the portal is gone. */
    private static void burst(URI base, String token, int writer, Map<String, String> acknowledged, Map<String, String> idempotencyKeys,
            AtomicInteger failed, AtomicInteger cutOff) {
        for (int i = 0; ; i++) {
            String key = "crash-" + writer + "-" + i;
            try {
                HttpResponse<String> response = Published.submit(base, token, body(key), Optional.of(key));
                if (response.statusCode() != 201) {
                    failed.incrementAndGet();
                    return;
                }
                Matcher id = ID.matcher(response.body());
                if (!id.lookingAt()) {
                    failed.incrementAndGet();
                    return;
                }
                idempotencyKeys.put(id.group(1), key);
                acknowledged.put(id.group(1), response.body());
            } catch (IOException e) {
                cutOff.incrementAndGet(); // the portal was killed
                return;
            } catch (Exception e) {
                failed.incrementAndGet();
                return;
            }
        }
    }

    /** A snapshot of three values that only this key sends, each value a different exact decimal. */
    private static String body(String key) {
        String[] parts = key.split("-");
        String digits = String.format("%d%03d", Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        List<String> values = new ArrayList<>();
        for (int v = 0; v < INDICATORS.size(); v++) {
            values.add("{\"indicator\": \"" + INDICATORS.get(v) + "\", \"value\": 9" + v + "." + digits + "0}");
        }
        return "{\"province\": \"thanh-hoa\", \"period\": \"2025\", \"source\": {\"title\": \"Báo cáo " + key + "\"}, \"values\": ["
                + String.join(", ", values) + "]}";
    }
}
