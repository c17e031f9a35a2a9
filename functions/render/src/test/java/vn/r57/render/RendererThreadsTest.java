package vn.r57.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import vn.r57.render.sink.PageSink;
import vn.r57.revisions.RevisionFile;

/** Rendering on several threads changes how long a run takes, and nothing else: same objects, bytes and write order. */
class RendererThreadsTest {

    /** More outputs per stage than four threads keep ahead, so that rendering runs ahead of writing within a stage. */
    private static final int PER_STAGE = 4 * OrderedRendering.AHEAD_PER_THREAD + 5;

    @TempDir
    Path folder;

    @Test
    void aFullRunOnFourThreadsWritesTheSameObjectsWithTheSameBytesInTheSameOrderAsOnOne() {
        RecordingSink one = sink("one");
        RecordingSink four = sink("four");

        RenderReport oneReport = site(SmallDataSet.revisions(), one, 1).render(true);
        RenderReport fourReport = site(SmallDataSet.revisions(), four, 4).render(true);

        assertEquals(SmallDataSet.PUBLISHED_OBJECTS + 1, four.puts.size());
        assertEquals(one.puts, four.puts);
        assertEquals(Folders.hashes(folder.resolve("one")), Folders.hashes(folder.resolve("four")));
        assertEquals(oneReport, fourReport);
    }

    @Test
    void anIncrementalRunOnFourThreadsWritesWhatItWritesOnOne() {
        site(SmallDataSet.revisions(), sink("one"), 1).render(true);
        site(SmallDataSet.revisions(), sink("four"), 1).render(true);
        List<Revision> more = new ArrayList<>(SmallDataSet.revisions());
        more.add(new Revision("thanh-hoa", "mobile-base-stations", Kind.ACTUAL, Period.year(2025), 2,
                new BigDecimal("2800"), Optional.empty(), Optional.empty(), new Source("Báo cáo bổ sung", Optional.empty()),
                // The same day in Vietnam as the data set's last value: the calendar key stays, the run is incremental.
                Instant.parse("2025-08-05T03:00:00Z"), "thanh-hoa-late"));
        RecordingSink one = sink("one");
        RecordingSink four = sink("four");

        RenderReport oneReport = site(more, one, 1).render(false);
        RenderReport fourReport = site(more, four, 4).render(false);

        assertFalse(fourReport.full());
        assertEquals(one.puts, four.puts);
        assertEquals(Folders.hashes(folder.resolve("one")), Folders.hashes(folder.resolve("four")));
        assertEquals(oneReport, fourReport);
    }

    @Test
    void nothingOfAStageIsRenderedBeforeEveryObjectOfTheStagesBeforeItIsWritten() {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        OutputSet logged = model -> {
            List<Output> outputs = new ArrayList<>();
            for (Stage stage : Stage.values()) {
                for (int i = 0; i < PER_STAGE; i++) {
                    String path = stage + "/" + i;
                    outputs.add(text(path, stage, () -> {
                        events.add("render " + path);
                        return path;
                    }));
                }
            }
            return outputs;
        };
        DirectorySink target = new DirectorySink(folder);
        PageSink sink = new PageSink() {
            @Override
            public Optional<byte[]> read(String key) {
                return target.read(key);
            }

            @Override
            public void put(String key, String contentType, String cacheControl, byte[] bytes) {
                events.add("put " + key);
                target.put(key, contentType, cacheControl, bytes);
            }

            @Override
            public void delete(String key) {
                target.delete(key);
            }
        };

        renderer(List.of(logged), sink, 4).render(true);

        List<String> puts = events.stream().filter(event -> event.startsWith("put ")).toList();
        List<String> expectedPuts = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            for (int i = 0; i < PER_STAGE; i++) {
                expectedPuts.add("put " + stage + "/" + i);
            }
        }
        expectedPuts.add("put " + Manifest.KEY);
        assertEquals(expectedPuts, puts);
        for (Stage stage : List.of(Stage.DETAIL, Stage.INDEX)) {
            int firstRender = events.indexOf("render " + stage + "/0");
            Stage before = Stage.values()[stage.ordinal() - 1];
            int lastPutBefore = events.indexOf("put " + before + "/" + (PER_STAGE - 1));
            assertTrue(lastPutBefore < firstRender, stage + " rendered before " + before + " was written");
        }
    }

    @Test
    void anOutputThatFailsOnAnotherThreadFailsTheRunWithItsOwnExceptionAfterTheOutputsBeforeItAndLeavesNoManifest() {
        OutputSet oneBroken = model -> {
            List<Output> outputs = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String path = "asset/" + i;
                outputs.add(text(path, Stage.ASSET, () -> {
                    if (path.equals("asset/50")) {
                        throw new IllegalStateException("cannot render " + path);
                    }
                    return path;
                }));
            }
            return outputs;
        };
        RecordingSink sink = sink("broken");

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> renderer(List.of(oneBroken), sink, 4).render(true));

        assertEquals("cannot render asset/50", failure.getMessage());
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            expected.add("asset/" + i);
        }
        assertEquals(expected, sink.puts);
        assertFalse(Files.exists(folder.resolve("broken").resolve(Manifest.KEY)));
    }

    private RecordingSink sink(String name) {
        return new RecordingSink(new DirectorySink(folder.resolve(name)));
    }

    private static Renderer site(List<Revision> revisions, PageSink sink, int threads) {
        RevisionFile source = new RevisionFile(revisions);
        return new Renderer(Catalog.load(), source, OutputSets.all(SmallDataSet.SITE_URL, false), sink, threads,
                new LatestReceipt(source));
    }

    private static Renderer renderer(List<OutputSet> sets, PageSink sink, int threads) {
        RevisionFile source = new RevisionFile(SmallDataSet.revisions());
        return new Renderer(Catalog.load(), source, sets, sink, threads, new LatestReceipt(source));
    }

    private static Output text(String path, Stage stage, Supplier<String> text) {
        return new Output(path, Output.JSON, Output.CACHE_CHANGING, stage, Scope.everyChange(),
                () -> text.get().getBytes(StandardCharsets.UTF_8));
    }
}
