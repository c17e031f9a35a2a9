package vn.r57.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.r57.core.Hashes;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Source;
import vn.r57.render.output.Output;
import vn.r57.render.output.OutputSet;
import vn.r57.render.output.Scope;
import vn.r57.render.output.Stage;
import vn.r57.render.sink.DirectorySink;
import vn.r57.revisions.RevisionFile;

class RendererTest {

    private static final int OBJECTS = 5 + 1 + 86 + 18 + 7;

    @TempDir
    Path out;

    @Test
    void theFirstRunWritesEveryObjectInStageOrderAndTheManifestLast() {
        RecordingSink sink = sink();

        RenderReport report = render(SmallDataSet.revisions(), sink, false);

        assertEquals(new RenderReport(true, 0, OBJECTS, OBJECTS, 0, 0, Optional.of(Instant.parse("2025-08-05T02:30:00Z")),
                Optional.of(Instant.parse("2025-08-05T02:30:00Z"))), report);
        assertEquals(OBJECTS + 1, sink.puts.size());
        assertEquals("_render/manifest.json", sink.puts.get(OBJECTS));
        assertEquals("data/v1/schema/common.schema.json", sink.puts.get(0));
        assertTrue(sink.puts.indexOf("data/v1/provinces/an-giang.json") < sink.puts.indexOf("data/v1/catalog.json"));
        assertTrue(sink.puts.indexOf("data/v1/feed.atom") < sink.puts.indexOf("data/v1/datapackage.json"));
    }

    @Test
    void aSecondRunWithoutNewValuesWritesNothing() {
        render(SmallDataSet.revisions(), sink(), false);
        RecordingSink second = sink();

        RenderReport report = render(SmallDataSet.revisions(), second, false);

        assertEquals(List.of(), second.puts);
        assertEquals(0, report.written());
    }

    @Test
    void aRunWithoutNewValuesRendersNothingThoughTheOverlappingReadReturnsTheLatestValueAgain() {
        render(SmallDataSet.revisions(), sink(), false);
        RecordingSink second = sink();

        RenderReport report = render(SmallDataSet.revisions(), second, false);

        assertEquals(new RenderReport(false, 0, 0, 0, 0, 0, Optional.of(Instant.parse("2025-08-05T02:30:00Z")),
                Optional.of(Instant.parse("2025-08-05T02:30:00Z"))), report);
    }

    @Test
    void aLateValueReceivedBeforeTheWatermarkButWithinTheOverlapIsStillPublished() {
        render(SmallDataSet.revisions(), sink(), false);
        RecordingSink next = sink();

        // Stored a moment before the last run's newest value, but visible in the change index only afterwards.
        RenderReport report = render(with(value("ha-noi", "it-park-employees", 2025, 1, "900", "2025-08-05T02:29:00Z")),
                next, false);

        assertEquals(1, report.changedValues());
        assertTrue(next.puts.contains("data/v1/indicators/it-park-employees.json"));
        assertTrue(next.puts.contains("data/v1/provinces/ha-noi.json"));
    }

    @Test
    void aNewValueRewritesOnlyTheFilesItAppearsIn() {
        render(SmallDataSet.revisions(), sink(), false);
        RecordingSink next = sink();

        // Received later the same day in Vietnam: the calendar key stays, the run is incremental.
        RenderReport report = render(with(value("thanh-hoa", "mobile-base-stations", 2025, 2, "2800",
                "2025-08-05T03:00:00Z")), next, false);

        assertEquals(List.of(
                        "data/v1/provinces/thanh-hoa.json",
                        "data/v1/indicators/mobile-base-stations.json",
                        "data/v1/catalog.json",
                        "data/v1/observations.csv",
                        "data/v1/progress.csv",
                        "data/v1/feed.atom",
                        "data/v1/datapackage.json",
                        "_render/manifest.json"),
                next.puts);
        assertEquals(1, report.changedValues());
        assertFalse(report.full());
    }

    @Test
    void aValueOfAPre2025UnitAlsoRewritesTheProvinceItMergedInto() {
        render(SmallDataSet.revisions(), sink(), false);
        RecordingSink next = sink();

        render(with(value("ha-giang", "it-park-employees", 2024, 1, "40", "2025-08-05T03:00:00Z")), next, false);

        assertEquals(List.of(
                        "data/v1/provinces/tuyen-quang.json",
                        "data/v1/provinces/ha-giang.json",
                        "data/v1/indicators/it-park-employees.json",
                        "data/v1/catalog.json",
                        "data/v1/observations.csv",
                        "data/v1/reporting-status.csv",
                        "data/v1/feed.atom",
                        "data/v1/datapackage.json",
                        "_render/manifest.json"),
                next.puts);
    }

    @Test
    void aRunWhoseDayCrossesADueDateTurnsNotYetDueIntoMissingWithoutANewValue() {
        // July 2025's monthly report is due on 15 August; the 16th starts at 17:00 UTC on the 15th.
        render(SmallDataSet.revisions(), sink(), false, Instant.parse("2025-08-15T16:59:59Z"));
        String before = new String(read("data/v1/reporting-status.csv"), StandardCharsets.UTF_8);
        RecordingSink next = sink();

        RenderReport report = render(SmallDataSet.revisions(), next, false, Instant.parse("2025-08-15T17:00:00Z"));

        String after = new String(read("data/v1/reporting-status.csv"), StandardCharsets.UTF_8);
        assertTrue(report.full(), "a new calendar state renders every status output");
        assertEquals(0, report.changedValues());
        assertTrue(before.contains("\r\nthanh-hoa,Thanh Hóa,Thanh Hoa,,on-time-admin-processing,monthly,2025-07,2025-08-15,"
                + "not-yet-due,,,false,,2025-08-15\r\n"), before);
        assertTrue(after.contains("\r\nthanh-hoa,Thanh Hóa,Thanh Hoa,,on-time-admin-processing,monthly,2025-07,2025-08-15,"
                + "missing,,,false,,2025-08-16\r\n"), after);
        assertTrue(next.puts.contains("data/v1/provinces/thanh-hoa.json"));
        assertFalse(next.puts.contains("data/v1/provinces/ha-giang.json"), "a dissolved unit owes nothing any more");
    }

    @Test
    void aRunOnAnotherDayWithoutANewDueDateWritesNothing() {
        render(SmallDataSet.revisions(), sink(), false, Instant.parse("2025-08-06T03:00:00Z"));
        RecordingSink next = sink();

        RenderReport report = render(SmallDataSet.revisions(), next, false, Instant.parse("2025-08-14T03:00:00Z"));

        assertFalse(report.full());
        assertEquals(List.of(), next.puts);
    }

    @Test
    void incrementalRunsEndWithTheSameBytesAsOneFullRebuild() {
        List<Revision> revisions = new ArrayList<>(SmallDataSet.revisions());
        render(revisions.subList(0, 5), sink(), false);
        render(revisions.subList(0, 9), sink(), false);
        render(revisions, sink(), false);
        Path fresh = out.resolve("../full-" + out.getFileName());

        render(revisions, new RecordingSink(new DirectorySink(fresh)), true);

        assertEquals(Folders.hashes(fresh), Folders.hashes(out));
    }

    @Test
    void aRunThatStopsHalfWayLeavesTheOldManifestAndTheNextRunConverges() {
        render(SmallDataSet.revisions().subList(0, 5), sink(), false);
        byte[] manifestBefore = read("_render/manifest.json");

        RecordingSink crashing = new RecordingSink(new DirectorySink(out), 3);
        assertThrows(IllegalStateException.class, () -> render(SmallDataSet.revisions(), crashing, false));
        assertEquals(new String(manifestBefore, StandardCharsets.UTF_8), new String(read("_render/manifest.json"),
                StandardCharsets.UTF_8));
        render(SmallDataSet.revisions(), sink(), false);

        Path fresh = out.resolve("../full-" + out.getFileName());
        render(SmallDataSet.revisions(), new RecordingSink(new DirectorySink(fresh)), true);
        assertEquals(Folders.hashes(fresh), Folders.hashes(out));
    }

    @Test
    void aFullRebuildDeletesObjectsItNoLongerProducesButNeverObjectsItDoesNotOwn() throws Exception {
        OutputSet retired = model -> List.of(new Output("data/v1/retired.json", Output.JSON, Output.CACHE_CHANGING,
                Stage.INDEX, Scope.everyChange(), () -> "{}\n".getBytes(StandardCharsets.UTF_8)));
        RevisionFile source = new RevisionFile(SmallDataSet.revisions());
        new Renderer(Catalog.load(), source, List.of(new vn.r57.render.data.OpenData(SmallDataSet.SITE_URL), retired),
                sink(), new LatestReceipt(source)).render(false);
        Files.writeString(out.resolve("index.html"), "someone else's");
        RecordingSink next = sink();

        RenderReport report = render(SmallDataSet.revisions(), next, true);

        assertEquals(List.of("data/v1/retired.json"), next.deletes);
        assertEquals(1, report.deleted());
        assertEquals(List.of("_render/manifest.json"), next.puts);
        assertEquals("someone else's", Files.readString(out.resolve("index.html")));
    }

    @Test
    void anUnreadableManifestMeansAFullRebuild() throws Exception {
        render(SmallDataSet.revisions(), sink(), false);
        Files.writeString(out.resolve("_render/manifest.json"), "{not json");
        RecordingSink next = sink();

        RenderReport report = render(SmallDataSet.revisions(), next, false);

        assertTrue(report.full());
        assertEquals(OBJECTS + 1, next.puts.size());
    }

    @Test
    void theManifestRecordsFormatWatermarkCalendarAndAHashPerObject() {
        render(SmallDataSet.revisions(), sink(), false);
        String manifest = new String(read("_render/manifest.json"), StandardCharsets.UTF_8);

        assertEquals("7", JsonText.at(manifest, "/format"));
        assertEquals("\"2025-08-05T02:30:00.000Z\"", JsonText.at(manifest, "/watermark"));
        assertEquals("\"2025-07 2025-08-15 reporting\"", JsonText.at(manifest, "/calendar/9"));
        assertEquals("\"2025-08 2025-09-15 open\"", JsonText.at(manifest, "/calendar/10"));
        assertEquals("[\n  \"tuyen-quang/mobile-base-stations/actual/2025/1\"\n]", JsonText.at(manifest, "/recent"));
        assertEquals(OBJECTS, JsonText.parse(manifest).at("/objects").size());
        assertEquals('"' + Hashes.sha512_256(read("data/v1/observations.csv")) + '"',
                JsonText.at(manifest, "/objects/data~1v1~1observations.csv"));
    }

    @Test
    void aManifestOfFormat1WithSha256DigestsMeansAFullRebuildThatRewritesEveryObjectOnce() {
        render(SmallDataSet.revisions(), sink(), false);
        Manifest current = Manifest.parse(read(Manifest.KEY)).orElseThrow();
        Map<String, String> sha256 = new TreeMap<>();
        current.objects().keySet().forEach(key -> sha256.put(key, Hashes.sha256(read(key))));
        new DirectorySink(out).put(Manifest.KEY, Output.JSON, "no-store",
                new Manifest(1, current.watermark(), current.recent(), current.calendar(), sha256).toJson());
        RecordingSink next = sink();

        RenderReport report = render(SmallDataSet.revisions(), next, false);
        RenderReport after = render(SmallDataSet.revisions(), sink(), false);

        assertTrue(report.full());
        assertEquals(OBJECTS + 1, next.puts.size());
        assertEquals(current, Manifest.parse(read(Manifest.KEY)).orElseThrow());
        assertEquals(0, after.written());
    }

    private RecordingSink sink() {
        return new RecordingSink(new DirectorySink(out));
    }

    private byte[] read(String key) {
        return new DirectorySink(out).read(key).orElseThrow();
    }

    /**
     * The renderer's mechanics on the open data files alone: faster, and the expected lists stay readable. What the
     * pages add to an incremental run is specified in {@code vn.r57.render.page.PagesIncrementalTest}.
     */
    private static RenderReport render(List<Revision> revisions, RecordingSink sink, boolean full) {
        RevisionFile source = new RevisionFile(revisions);
        return new Renderer(Catalog.load(), source, List.of(new vn.r57.render.data.OpenData(SmallDataSet.SITE_URL)), sink,
                new LatestReceipt(source)).render(full);
    }

    /** @param now the cut, and the instant the statuses hold for */
    private static RenderReport render(List<Revision> revisions, RecordingSink sink, boolean full, Instant now) {
        return new Renderer(Catalog.load(), new RevisionFile(revisions),
                List.of(new vn.r57.render.data.OpenData(SmallDataSet.SITE_URL)), sink, 1,
                Clock.fixed(now, ZoneOffset.UTC)).render(full);
    }

    private static List<Revision> with(Revision added) {
        List<Revision> revisions = new ArrayList<>(SmallDataSet.revisions());
        revisions.add(added);
        return revisions;
    }

    private static Revision value(String province, String indicator, int year, int number, String value, String at) {
        return new Revision(province, indicator, Kind.ACTUAL, Period.year(year), number, new BigDecimal(value),
                Optional.empty(), Optional.empty(), new Source("Báo cáo bổ sung", Optional.empty()), Instant.parse(at),
                province + "-late");
    }

}
