package vn.r57.local.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.r57.local.demo.DemoLoader;

/**
 * The whole local system over real HTTP: a department's key from the keys command, a submission to the API, a
 * render asked for, the published files, and all of it still there after a restart on the same folder.
 */
class LocalRunnerIT {

    /** As in AWS, where the HTTP API's $default route brings these to the function: its 404 and 405, not the site's. */
    private static void assertApiAnswersProblemJsonForAnyOtherRequest(URI base) throws Exception {
        String notFound = "{\"type\":\"https://r57.example/problems/not-found\",\"title\":\"There is nothing here\",\"status\":404,"
                + "\"detail\":\"there is no resource at this path; the API has POST /v1/snapshots, GET /v1/snapshots/{id} and GET /v1/obligations\","
                + "\"errors\":[{\"code\":\"not-found\",\"detail\":\"there is no resource at this path; the API has POST /v1/snapshots, GET /v1/snapshots/{id} and GET /v1/obligations\"}]}";
        for (String[] request : new String[][] {{"POST", "/v2/snapshots"}, {"GET", "/V1/snapshots/abc"}, {"PUT", "/v1/snapshots/abc/def"}}) {
            HttpResponse<String> response = send(base, request[0], request[1]);
            assertEquals(404, response.statusCode(), String.join(" ", request));
            assertEquals(Optional.of("application/problem+json"), response.headers().firstValue("Content-Type"));
            assertEquals(notFound, response.body());
        }
        for (String[] request : new String[][] {{"GET", "/v1/snapshots", "POST"}, {"DELETE", "/v1/snapshots", "POST"},
                {"PATCH", "/v1/snapshots/abc", "GET"}, {"POST", "/v1/obligations", "GET"}}) {
            HttpResponse<String> response = send(base, request[0], request[1]);
            assertEquals(405, response.statusCode(), String.join(" ", request));
            assertEquals(Optional.of(request[2]), response.headers().firstValue("Allow"));
            assertEquals("{\"type\":\"https://r57.example/problems/method-not-allowed\",\"title\":\"This method is not allowed here\","
                    + "\"status\":405,\"detail\":\"" + request[0] + " is not allowed here; use " + request[2] + "\",\"errors\":[{"
                    + "\"code\":\"method-not-allowed\",\"detail\":\"" + request[0] + " is not allowed here; use " + request[2] + "\"}]}",
                    response.body());
        }
    }

    private static HttpResponse<String> send(URI base, String method, String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(base.resolve(path))
                .method(method, java.net.http.HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSubmittedFigureIsPublishedExactlyAfterARenderAndSurvivesARestart(@TempDir Path folder) throws Exception {
        String token;
        try (LocalRunner runner = InProcessPortal.start(folder, Optional.empty())) {
            URI base = runner.baseUri();
            assertEquals(new DemoLoader.Loaded(7, 17), runner.startup().loadedNow(), "a new folder gets the demo data");
            assertTrue(runner.startup().demo());
            assertEquals(Optional.of("99.51"), Published.currentValue(base, "thanh-hoa", "on-time-admin-processing", "2025"));
            assertTrue(Published.get(base, "/vi/provinces/thanh-hoa/").body().contains("<span class=\"stat-value\">99,51\u00a0%"));
            HttpResponse<String> health = Published.get(base, "/healthz");
            assertEquals(200, health.statusCode(), "ready: the demo data is loaded and the first render published");
            assertEquals("{\"status\":\"ok\"}\n", health.body());
            assertApiAnswersProblemJsonForAnyOtherRequest(base);

            token = InProcessPortal.keys("create", "--province", "thanh-hoa", "--data", folder.toString());
            HttpResponse<String> submitted = Published.submit(base, token, """
                    {"province": "thanh-hoa", "period": "2025", "source": {"title": "Báo cáo tháng 11"},
                     "values": [{"indicator": "on-time-admin-processing", "value": 99.620}]}
                    """, Optional.empty());
            assertEquals(201, submitted.statusCode(), submitted.body());
            HttpResponse<String> owed = Published.obligations(base, token);
            assertEquals(200, owed.statusCode(), owed.body());
            assertEquals(Optional.of("application/json"), owed.headers().firstValue("Content-Type"));
            assertTrue(owed.body().startsWith("{\"province\":\"thanh-hoa\",\"asOf\":\""), owed.body());
            assertEquals(Optional.of("late"), Published.obligationStatus(owed.body(), "thanh-hoa", "digital-economy-share", "2024"),
                    "read from the store: the demo data's 2024 figure, received after its due date (2025-03-31)");
            assertEquals(Optional.of("missing"), Published.obligationStatus(owed.body(), "thanh-hoa", "rd-spending-share", "2024"));
            assertEquals(Optional.of("99.51"), Published.currentValue(base, "thanh-hoa", "on-time-admin-processing", "2025"),
                    "published only by the next render");

            HttpResponse<String> render = Published.renderNow(base);
            assertEquals(200, render.statusCode());
            assertTrue(render.body().startsWith("{\"full\":false,\"changedValues\":1,"), render.body());

            assertEquals(Optional.of("99.620"), Published.currentValue(base, "thanh-hoa", "on-time-admin-processing", "2025"));
            HttpResponse<String> file = Published.get(base, "/data/v1/provinces/thanh-hoa.json");
            assertEquals(Optional.of("application/json; charset=utf-8"), file.headers().firstValue("Content-Type"));
            HttpResponse<String> page = Published.get(base, "/vi/provinces/thanh-hoa/");
            assertEquals(200, page.statusCode());
            assertEquals(Optional.of("text/html; charset=utf-8"), page.headers().firstValue("Content-Type"));
            assertTrue(page.body().contains("<span class=\"stat-value\">99,620\u00a0%"), "the Vietnamese page: decimal comma, every digit, a no-break space before %");
            assertTrue(page.body().contains("<div class=\"demo-banner\" role=\"note\">"), "demonstration data is announced");
            assertTrue(Published.get(base, "/en/provinces/thanh-hoa/").body().contains("<span class=\"stat-value\">99.620%"));
        }
        assertFalse(Files.exists(new DataDirectory(folder).runningFile()), "a stopped portal says so");

        try (LocalRunner runner = InProcessPortal.start(folder, Optional.empty())) {
            URI base = runner.baseUri();
            assertEquals(new DemoLoader.Loaded(0, 0), runner.startup().loadedNow(), "the demo data is loaded once");
            assertTrue(runner.startup().demo(), "and still announced");
            assertEquals(Optional.of("99.620"), Published.currentValue(base, "thanh-hoa", "on-time-admin-processing", "2025"));
            assertTrue(Published.get(base, "/vi/provinces/thanh-hoa/").body().contains("<span class=\"stat-value\">99,620\u00a0%"));
            String keyId = token.substring(4, 16);
            assertTrue(InProcessPortal.keys("list", "--data", folder.toString()).contains(keyId + "  thanh-hoa             active"));
        }
    }
}
