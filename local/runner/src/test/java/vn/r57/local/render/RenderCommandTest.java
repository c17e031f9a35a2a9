package vn.r57.local.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.r57.local.Console;

/** {@code portal render} renders the render tests' small data set into a folder, without AWS. */
class RenderCommandTest {

    /** The render module's test data set and the files it renders to, used here as they are there. */
    private static final Path SMALL = Path.of("../../functions/render/src/test/resources/vn/r57/render/small").toAbsolutePath().normalize();
    private static final String REVISIONS = SMALL.resolve("revisions.jsonl").toString();
    private static final String SITE_URL = "https://r57.example.vn";

    @TempDir
    Path out;

    @Test
    void rendersAJsonLinesFileIntoAFolderAndReportsOnStandardOutput() throws IOException {
        Console console = Console.portal("render", "--out", out.toString(), "--revisions", REVISIONS, "--site-url", SITE_URL);

        // 513 = the render module's SmallDataSet.PUBLISHED_OBJECTS: 117 open data files and 396 portal objects.
        assertEquals(new Console(0, "render: {full=true, changedValues=0, rendered=513, written=513, deleted=0,"
                + " deletesRefused=0, dataVersion=2025-08-05T02:30:00.000Z, cut=2025-11-20T03:00:00.000Z}\n", ""), console);
        assertEquals(Files.readString(SMALL.resolve("expected/observations.csv")), Files.readString(out.resolve("data/v1/observations.csv")));
    }

    @Test
    void theSiteUrlComesFromTheEnvironmentWhenNotGiven() throws IOException {
        Console console = Console.portal(Map.of("SITE_URL", SITE_URL), "render", "--out", out.toString(), "--revisions", REVISIONS);

        assertEquals(0, console.status(), console.err());
        assertEquals(Files.readString(SMALL.resolve("expected/feed.atom")), Files.readString(out.resolve("data/v1/feed.atom")));
    }

    @Test
    void aSecondRenderRewritesNothing() {
        Console.portal("render", "--out", out.toString(), "--revisions", REVISIONS, "--site-url", SITE_URL);

        assertEquals(new Console(0, "render: {full=false, changedValues=0, rendered=0, written=0, deleted=0,"
                + " deletesRefused=0, dataVersion=2025-08-05T02:30:00.000Z, cut=2025-11-20T03:00:00.000Z}\n", ""),
                Console.portal("render", "--out", out.toString(), "--revisions", REVISIONS, "--site-url", SITE_URL));
    }

    @Test
    void aFixedAsOfIsTheCutAndTheInstantTheStatusesHoldFor() throws IOException {
        Console console = Console.portal("render", "--out", out.toString(), "--revisions", REVISIONS, "--site-url", SITE_URL,
                "--as-of", "2025-08-05T03:00:00Z");

        assertEquals(new Console(0, "render: {full=true, changedValues=0, rendered=513, written=513, deleted=0,"
                + " deletesRefused=0, dataVersion=2025-08-05T02:30:00.000Z, cut=2025-08-05T03:00:00.000Z}\n", ""), console);
        assertEquals(Files.readString(SMALL.resolve("expected/reporting-status.csv")),
                Files.readString(out.resolve("data/v1/reporting-status.csv")));
    }

    @Test
    void wrongUsageIsNamedInOneLineWithExitStatus2() {
        String dir = out.toString();
        Map<String, String> site = Map.of("SITE_URL", "https://x.vn");

        assertEquals(refused("Missing required option: '--out=DIR'"), Console.portal(site, "render", "--revisions", REVISIONS));
        assertEquals(refused("Missing required argument (specify one of these): (--revisions=FILE.jsonl | --table=NAME)"),
                Console.portal(site, "render", "--out", dir));
        assertEquals(refused("--revisions=FILE.jsonl, --table=NAME are mutually exclusive (specify only one)"),
                Console.portal(site, "render", "--out", dir, "--revisions", REVISIONS, "--table", "t"));
        assertEquals(refused("Missing required option: '--site-url=URL' (or the environment variable SITE_URL)"),
                Console.portal("render", "--out", dir, "--revisions", REVISIONS));
        assertEquals(refused("Invalid value for option '--site-url': the site URL must not end with a slash: https://x.vn/"),
                Console.portal("render", "--out", dir, "--revisions", REVISIONS, "--site-url", "https://x.vn/"));
        assertEquals(refused("Invalid value for the environment variable SITE_URL: the site URL must be an http(s) address: x.vn"),
                Console.portal(Map.of("SITE_URL", "x.vn"), "render", "--out", dir, "--revisions", REVISIONS));
        assertEquals(refused("Unknown option: '--fast'"),
                Console.portal("render", "--out", dir, "--revisions", REVISIONS, "--site-url", SITE_URL, "--fast"));
        assertEquals(refused("Missing required parameter for option '--table' (NAME)"), Console.portal("render", "--table"));
        assertEquals(refused("Invalid value for option '--as-of': '2026-12-06' is not an instant such as 2026-12-06T03:00:00Z"),
                Console.portal(site, "render", "--out", dir, "--revisions", REVISIONS, "--as-of", "2026-12-06"));
    }

    /** What the command answers to a mistake: nothing on standard output, the mistake and the synopsis on error. */
    private static Console refused(String mistake) {
        return new Console(2, "", "error: " + mistake + "\n" + USAGE);
    }

    @Test
    void aMalformedRevisionNamesItsLine() throws IOException {
        Path revisions = out.resolve("bad.jsonl");
        Files.writeString(revisions, "# one good line would be here\n{\"province\":\"ha-noi\"}\n");

        assertEquals(new Console(2, "", "error: " + revisions + " line 2: missing \"source\"\n"),
                Console.portal("render", "--out", out.resolve("site").toString(), "--revisions", revisions.toString(),
                        "--site-url", SITE_URL));
    }

    private static final String USAGE = """
            Usage: portal render [-h] --out=DIR [--site-url=URL] [--full] [--allow-deletes] [--demo]
                                 [--as-of=INSTANT] (--revisions=FILE.jsonl | --table=NAME)
            See 'portal render --help'.
            """;
}
