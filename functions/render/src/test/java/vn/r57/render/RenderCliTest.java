package vn.r57.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCliTest {

    @TempDir
    Path out;

    @Test
    void rendersAJsonLinesFileIntoAFolderWithoutAws() throws Exception {
        RenderReport report = RenderCli.run(
                List.of("--out", out.toString(), "--revisions", fixture(), "--site-url", SmallDataSet.SITE_URL), Map.of());

        assertEquals(SmallDataSet.PUBLISHED_OBJECTS, report.written());
        assertEquals(SmallDataSet.resource("expected/observations.csv"),
                Files.readString(out.resolve("data/v1/observations.csv")));
    }

    @Test
    void theSiteUrlComesFromTheEnvironmentWhenNotGiven() throws Exception {
        RenderCli.run(List.of("--out", out.toString(), "--revisions", fixture()), Map.of("SITE_URL", SmallDataSet.SITE_URL));

        assertEquals(SmallDataSet.resource("expected/feed.atom"), Files.readString(out.resolve("data/v1/feed.atom")));
    }

    @Test
    void wrongUsageIsExplained() throws Exception {
        assertEquals("--out DIR is required", error(List.of("--revisions", fixture()), Map.of("SITE_URL", "https://x.vn")));
        assertEquals("give exactly one of --revisions FILE.jsonl and --table NAME",
                error(List.of("--out", out.toString()), Map.of("SITE_URL", "https://x.vn")));
        assertEquals("--site-url or SITE_URL is required",
                error(List.of("--out", out.toString(), "--revisions", fixture()), Map.of()));
        assertEquals("the site URL must not end with a slash: https://x.vn/",
                error(List.of("--out", out.toString(), "--revisions", fixture(), "--site-url", "https://x.vn/"), Map.of()));
        assertEquals("unknown option --fast", error(List.of("--fast"), Map.of()));
        assertEquals("--table needs a value", error(List.of("--table"), Map.of()));
        assertEquals("--as-of needs an instant such as 2026-12-06T03:00:00Z, not 2026-12-06", error(List.of("--as-of", "2026-12-06"), Map.of()));
    }

    @Test
    void aFixedAsOfMakesTheStatusesOfThatInstant() throws Exception {
        RenderCli.run(List.of("--out", out.toString(), "--revisions", fixture(), "--site-url", SmallDataSet.SITE_URL,
                "--as-of", "2025-08-05T03:00:00Z"), Map.of());

        assertEquals(SmallDataSet.resource("expected/reporting-status.csv"),
                Files.readString(out.resolve("data/v1/reporting-status.csv")));
    }

    private static String error(List<String> args, Map<String, String> environment) {
        return assertThrows(IllegalArgumentException.class, () -> RenderCli.run(args, environment)).getMessage();
    }

    private static String fixture() throws URISyntaxException {
        return Path.of(RenderCliTest.class.getResource("/vn/r57/render/small/revisions.jsonl").toURI()).toString();
    }
}
