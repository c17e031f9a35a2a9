package vn.r57.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Source;
import vn.r57.render.data.Links;
import vn.r57.render.data.OpenData;
import vn.r57.render.sink.DirectorySink;
import vn.r57.revisions.RevisionFile;
import vn.r57.store.RevisionSource;

/**
 * The cut: a run publishes the revisions received up to the clock's time when it starts, and none after, however long
 * its read takes; the next run publishes what arrived meanwhile, including a value whose receipt time is older than one
 * the long run saw.
 */
class RendererCutTest {

    private static final Instant CUT = Instant.parse("2025-08-05T03:00:00Z");
    /** Hà Nội is the first unit of the catalog (read first), An Giang the last current one (read last). */
    private static final String EARLY = "ha-noi";
    private static final String LATE = "an-giang";

    @TempDir
    Path out;

    @Test
    void aValueReceivedAfterTheCutIsNotPublishedThoughTheUnitIsReadAfterItArrived() {
        GrowingSource source = new GrowingSource(SmallDataSet.revisions());
        source.afterReading(EARLY, () -> source.add(value(LATE, "4242", CUT.plusSeconds(1))));

        render(source, CUT);

        assertFalse(observations().contains("4242"), observations());
        assertEquals(CUT, manifest().watermark().orElseThrow());
        RenderReport next = render(source, CUT.plusSeconds(60));
        assertEquals(1, next.changedValues());
        assertTrue(observations().contains("4242"));
    }

    @Test
    void aValueReceivedDuringALongRenderWithAnOlderReceiptTimeThanOneItSawIsPublishedByTheNextIncrementalRun() {
        GrowingSource source = new GrowingSource(SmallDataSet.revisions());
        render(source, CUT);
        // The next run reads its first unit, then 30 s later a value for that unit arrives, then 3 minutes later one for
        // the last unit, which the run reads after both: a run without a cut publishes the second and takes its time
        // as the watermark, and its next run's overlap (2 minutes) starts after the first value's receipt.
        Instant start = CUT.plus(Renderer.OVERLAP);
        source.add(value("da-nang", "1111", start.minusSeconds(20)));
        source.afterReading(EARLY, () -> {
            source.add(value(EARLY, "3131", start.plusSeconds(30)));
            source.add(value(LATE, "7171", start.plusSeconds(180)));
        });

        RenderReport longRun = render(source, start);
        assertEquals(1, longRun.changedValues(), "only the value received before the cut");
        assertTrue(observations().contains("1111"));
        assertFalse(observations().contains("3131"));
        assertFalse(observations().contains("7171"));

        RenderReport next = render(source, start.plusSeconds(240));

        assertFalse(next.full());
        assertEquals(2, next.changedValues());
        assertTrue(observations().contains("3131"), observations());
        assertTrue(observations().contains("7171"), observations());
    }

    @Test
    void aValueStillBeingStoredAtTheCutButReceivedBeforeItIsPublishedByTheNextRun() {
        GrowingSource source = new GrowingSource(SmallDataSet.revisions());
        render(source, CUT);
        Instant start = CUT.plusSeconds(600);
        // Received 9 s before the cut (the submit function's timeout is 10 s), visible only after the unit was read.
        source.afterReading(EARLY, () -> source.add(value(EARLY, "5151", start.minusSeconds(9))));

        render(source, start);
        assertFalse(observations().contains("5151"));
        RenderReport next = render(source, start.plusSeconds(300));

        assertEquals(1, next.changedValues());
        assertTrue(observations().contains("5151"));
    }

    @Test
    void aClockBehindThePreviousCutDoesNotUnpublishWhatThatRunShowed() {
        GrowingSource source = new GrowingSource(SmallDataSet.revisions());
        source.add(value(EARLY, "6161", CUT.minusSeconds(1)));
        render(source, CUT);

        RenderReport behind = render(source, CUT.minusSeconds(30));

        assertEquals(Optional.of(CUT), behind.cut());
        assertTrue(observations().contains("6161"));
    }

    private RenderReport render(RevisionSource source, Instant now) {
        return new Renderer(Catalog.load(), source, List.of(new OpenData(SmallDataSet.SITE_URL)), new DirectorySink(out),
                Clock.fixed(now, ZoneOffset.UTC)).render(false);
    }

    private String observations() {
        return new String(new DirectorySink(out).read(Links.OBSERVATIONS).orElseThrow(), StandardCharsets.UTF_8);
    }

    private Manifest manifest() {
        return Manifest.parse(new DirectorySink(out).read(Manifest.KEY).orElseThrow()).orElseThrow();
    }

    private static Revision value(String province, String value, Instant receivedAt) {
        return new Revision(province, "it-park-employees", Kind.ACTUAL, Period.year(2025), 1, new BigDecimal(value),
                Optional.empty(), Optional.empty(), new Source("Báo cáo", Optional.empty()), receivedAt,
                province + "-" + value);
    }

    /** A store that receives values while a run reads it: after the run reads a given unit, the hook adds some. */
    private static final class GrowingSource implements RevisionSource {

        private final List<Revision> stored;
        private final Map<String, Runnable> hooks = new HashMap<>();

        GrowingSource(List<Revision> stored) {
            this.stored = new ArrayList<>(stored);
        }

        void add(Revision revision) {
            stored.add(revision);
        }

        void afterReading(String province, Runnable hook) {
            hooks.put(province, hook);
        }

        @Override
        public List<Revision> revisions(String province) {
            List<Revision> read = new RevisionFile(stored).revisions(province);
            Optional.ofNullable(hooks.remove(province)).ifPresent(Runnable::run);
            return read;
        }

        @Override
        public List<Revision> receivedSince(Instant since) {
            return new RevisionFile(stored).receivedSince(since);
        }

        @Override
        public Optional<Instant> latestChange() {
            return new RevisionFile(stored).latestChange();
        }
    }
}
