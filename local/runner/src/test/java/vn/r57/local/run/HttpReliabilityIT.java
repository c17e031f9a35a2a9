package vn.r57.local.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Racing clients over real HTTP against the local runner (API adapter, submit handler, SQLite store): identical
 * idempotent requests store one snapshot; concurrent corrections of one value get unique, gap-free revisions.
 */
class HttpReliabilityIT {

    private static final Pattern REVISION = Pattern.compile("\"revision\":(\\d+)");
    private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([a-z2-7]{26})\"");
    private static int requestsSent;
    private static int retriesAfter503;

    @TempDir
    Path folder;

    private LocalRunner start() throws Exception {
        return InProcessPortal.start(folder, Optional.of(false));
    }

    @Test
    void thirtyIdenticalRequestsAtOnceWithOneIdempotencyKeyStoreOneSnapshot() throws Exception {
        try (LocalRunner runner = start()) {
            String token = InProcessPortal.keys("create", "--province", "thanh-hoa", "--data", folder.toString());
            String body = snapshot("99.51", "one report");

            List<HttpResponse<String>> responses = race(30, thread -> List.of(post(runner.baseUri(), token, body, Optional.of("thirty-at-once"))));

            Set<String> bodies = new HashSet<>();
            int stored = 0;
            for (List<HttpResponse<String>> one : List.of(responses)) {
                for (HttpResponse<String> response : one) {
                    assertEquals(201, response.statusCode(), response.body());
                    bodies.add(response.body());
                    if (response.headers().firstValue("Idempotent-Replayed").isEmpty()) {
                        stored++;
                    }
                }
            }
            assertEquals(30, responses.size());
            assertEquals(1, bodies.size(), "every client gets the same snapshot");
            assertEquals(1, stored, "one request stored it; the others were answered with it");
            assertEquals(List.of(1), revisions(bodies.iterator().next()));

            HttpResponse<String> next = post(runner.baseUri(), token, snapshot("99.52", "the next report"), Optional.empty());
            assertEquals(List.of(2), revisions(next.body()), "the series had exactly one revision before");
        }
    }

    @Test
    void twoClientsSendingTwentyCorrectionsEachGetRevisionsTwoTo41WithoutGapsOrRepeats() throws Exception {
        try (LocalRunner runner = start()) {
            String token = InProcessPortal.keys("create", "--province", "thanh-hoa", "--data", folder.toString());
            HttpResponse<String> first = post(runner.baseUri(), token, snapshot("99.00", "first"), Optional.empty());
            assertEquals(List.of(1), revisions(first.body()));

            List<HttpResponse<String>> corrections = race(2, client -> {
                List<HttpResponse<String>> mine = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    mine.add(correct(runner.baseUri(), token, String.format("99.%d%02d", client + 1, i)));
                }
                return mine;
            });

            List<Integer> numbers = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (HttpResponse<String> response : corrections) {
                assertEquals(201, response.statusCode(), response.body());
                numbers.addAll(revisions(response.body()));
                Matcher id = ID.matcher(response.body());
                assertTrue(id.find(), response.body());
                ids.add(id.group(1));
            }
            assertEquals(40, numbers.size());
            assertEquals(IntStream.rangeClosed(2, 41).boxed().toList(), new ArrayList<>(new TreeSet<>(numbers)),
                    "40 unique revisions, 2 to 41: " + numbers);
            assertEquals(40, ids.size());
        }
    }

    /** A correction without an Idempotency-Key; a 503 (the store gave up on a long race) is resent after Retry-After. */
    private static HttpResponse<String> correct(URI base, String token, String value) throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> response = post(base, token, snapshot(value, "correction " + value), Optional.empty());
            if (response.statusCode() != 503) {
                return response;
            }
            retriesAfter503++;
            Thread.sleep(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow()) * 1000);
        }
        throw new AssertionError("still 503 after 5 attempts for " + value);
    }

    private static String snapshot(String value, String title) {
        return "{\"province\":\"thanh-hoa\",\"period\":\"2025\",\"source\":{\"title\":\"" + title + "\"},"
                + "\"values\":[{\"indicator\":\"on-time-admin-processing\",\"value\":" + value + "}]}";
    }

    private static synchronized void counted() {
        requestsSent++;
    }

    private static HttpResponse<String> post(URI base, String token, String body, Optional<String> idempotencyKey) throws Exception {
        counted();
        return Published.submit(base, token, body, idempotencyKey);
    }

    private static List<Integer> revisions(String body) {
        List<Integer> numbers = new ArrayList<>();
        Matcher revision = REVISION.matcher(body);
        while (revision.find()) {
            numbers.add(Integer.parseInt(revision.group(1)));
        }
        return numbers;
    }

    private interface Racer {
        List<HttpResponse<String>> run(int thread) throws Exception;
    }

    private static List<HttpResponse<String>> race(int threads, Racer racer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<HttpResponse<String>>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<List<HttpResponse<String>>> task = () -> {
                    start.await();
                    return racer.run(thread);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<HttpResponse<String>> all = new ArrayList<>();
            for (Future<List<HttpResponse<String>>> future : futures) {
                all.addAll(future.get(5, TimeUnit.MINUTES));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    @AfterAll
    static void report() {
        System.out.println("[reliability] HTTP races: " + requestsSent + " requests over HTTP to the local runner, "
                + retriesAfter503 + " resent after a 503");
    }
}
