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

    @Test
    void aSubmittedFigureIsPublishedExactlyAfterARenderAndSurvivesARestart(@TempDir Path folder) throws Exception {
        String token;
        try (LocalRunner runner = InProcessPortal.start(folder, Optional.empty())) {
            URI base = runner.baseUri();
            assertEquals(new DemoLoader.Loaded(7, 17), runner.startup().loadedNow(), "a new folder gets the demo data");
            assertTrue(runner.startup().demo());
            assertEquals(Optional.of("99.51"), Published.currentValue(base, "thanh-hoa", "on-time-admin-processing", "2025"));
            assertTrue(Published.get(base, "/vi/provinces/thanh-hoa/").body().contains("<span class=\"stat-value\">99,51\u00a0%"));
            assertEquals(200, Published.get(base, "/healthz").statusCode());

            token = InProcessPortal.keys("create", "--province", "thanh-hoa", "--data", folder.toString());
            HttpResponse<String> submitted = Published.submit(base, token, """
                    {"province": "thanh-hoa", "period": "2025", "source": {"title": "Báo cáo tháng 11"},
                     "values": [{"indicator": "on-time-admin-processing", "value": 99.620}]}
                    """, Optional.empty());
            assertEquals(201, submitted.statusCode(), submitted.body());
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
