package vn.r57.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.r57.core.catalog.Catalog;
import vn.r57.render.data.OpenData;
import vn.r57.render.output.Output;
import vn.r57.render.output.OutputSet;
import vn.r57.render.output.Scope;
import vn.r57.render.output.Stage;
import vn.r57.render.sink.DirectorySink;
import vn.r57.revisions.RevisionFile;

/**
 * A full rebuild deletes what it no longer produces, but never more than a tenth of the published objects unless told
 * to: a catalog or configuration mistake must not empty the site in one run.
 */
class DeleteBoundTest {

    /** The open data files of the small data set (117) plus this many that a later configuration no longer makes. */
    private static final int RETIRED = 14;

    @TempDir
    Path out;

    @Test
    void aRebuildThatWouldDeleteMoreThanATenthStopsBeforeWritingAndLeavesTheSiteAsItWas() {
        renderer(List.of(new OpenData(SmallDataSet.SITE_URL), retired())).render(true);
        Map<String, String> before = Folders.hashes(out);
        RecordingSink sink = new RecordingSink(new DirectorySink(out));
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        RenderReport report;
        try {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            report = renderer(List.of(new OpenData(SmallDataSet.SITE_URL)), sink).render(true);
        } finally {
            System.setErr(err);
        }

        assertEquals(List.of(), sink.puts);
        assertEquals(List.of(), sink.deletes);
        assertEquals(before, Folders.hashes(out));
        assertEquals(RETIRED, report.deletesRefused());
        assertEquals(0, report.deleted());
        assertEquals("render: deletes refused: this rebuild would delete 14 of 131 published objects (more than 10%), "
                + "e.g. [retired/0.json, retired/1.json, retired/10.json, retired/11.json, retired/12.json]; nothing was "
                + "written. Render with allowDeletes if this is intended.\n", log.toString(StandardCharsets.UTF_8));
    }

    @Test
    void allowDeletesLetsTheSameRebuildDeleteThem() {
        renderer(List.of(new OpenData(SmallDataSet.SITE_URL), retired())).render(true);
        RecordingSink sink = new RecordingSink(new DirectorySink(out));

        RenderReport report = renderer(List.of(new OpenData(SmallDataSet.SITE_URL)), sink).render(true, true);

        assertEquals(RETIRED, report.deleted());
        assertEquals(0, report.deletesRefused());
        assertEquals(RETIRED, sink.deletes.size());
        assertEquals(List.of(Manifest.KEY), sink.puts);
    }

    @Test
    void deletingATenthOrLessNeedsNoPermission() {
        List<OutputSet> sets = new ArrayList<>(List.of(new OpenData(SmallDataSet.SITE_URL), retired()));
        renderer(sets).render(true);
        byte[] manifest = new DirectorySink(out).read(Manifest.KEY).orElseThrow();
        int published = Manifest.parse(manifest).orElseThrow().objects().size();
        OutputSet fewer = model -> retired().outputs(model).subList(0, RETIRED - published / 10);

        RenderReport report = renderer(List.of(new OpenData(SmallDataSet.SITE_URL), fewer)).render(true);

        assertEquals(published / 10, report.deleted());
    }

    private Renderer renderer(List<OutputSet> sets) {
        return renderer(sets, new RecordingSink(new DirectorySink(out)));
    }

    private static Renderer renderer(List<OutputSet> sets, RecordingSink sink) {
        RevisionFile source = new RevisionFile(SmallDataSet.revisions());
        return new Renderer(Catalog.load(), source, sets, sink, new LatestReceipt(source));
    }

    private static OutputSet retired() {
        return model -> {
            List<Output> outputs = new ArrayList<>();
            for (int i = 0; i < RETIRED; i++) {
                outputs.add(new Output("retired/" + i + ".json", Output.JSON, Output.CACHE_CHANGING, Stage.INDEX,
                        Scope.everyChange(), () -> "{}\n".getBytes(StandardCharsets.UTF_8)));
            }
            return outputs;
        };
    }
}
