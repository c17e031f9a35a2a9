package vn.r57.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.r57.core.catalog.Catalog;
import vn.r57.render.sink.DirectorySink;
import vn.r57.revisions.RevisionFile;

/** The handler takes the EventBridge schedule and a plain {"full": true}, both from {@code events/}. */
class RenderHandlerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-08-05T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path out;

    @Test
    void theScheduledEventRendersIncrementallyAndFullTrueRebuilds() throws IOException {
        RenderHandler handler = new RenderHandler(new Renderer(Catalog.load(), new RevisionFile(SmallDataSet.revisions()),
                OutputSets.all(SmallDataSet.SITE_URL, false), new DirectorySink(out), CLOCK));

        Map<String, Object> first = handler.handleRequest(event("render-scheduled.json"), null);
        Map<String, Object> second = handler.handleRequest(event("render-scheduled.json"), null);
        Map<String, Object> rebuild = handler.handleRequest(event("render-full.json"), null);

        assertEquals(report(true, SmallDataSet.PUBLISHED_OBJECTS, SmallDataSet.PUBLISHED_OBJECTS), first, "no manifest yet: the first run renders everything");
        assertEquals(report(false, 0, 0), second);
        assertEquals(report(true, SmallDataSet.PUBLISHED_OBJECTS, 0), rebuild, "a rebuild renders everything and finds nothing changed");
    }

    @Test
    void anEmptyOrMissingEventIsAScheduledRun() {
        RenderHandler handler = new RenderHandler(new Renderer(Catalog.load(), new RevisionFile(SmallDataSet.revisions()),
                OutputSets.all(SmallDataSet.SITE_URL, false), new DirectorySink(out), CLOCK));
        handler.handleRequest(Map.of(), null);

        assertEquals(report(false, 0, 0), handler.handleRequest(null, null));
    }

    private static Map<String, Object> report(boolean full, int rendered, int written) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("full", full);
        report.put("changedValues", 0);
        report.put("rendered", rendered);
        report.put("written", written);
        report.put("deleted", 0);
        report.put("deletesRefused", 0);
        report.put("dataVersion", "2025-08-05T02:30:00.000Z");
        report.put("cut", "2025-08-05T03:00:00.000Z");
        return report;
    }

    /** As the Lambda Java runtime hands it over: the event JSON bound to a map. */
    private static Map<String, Object> event(String name) throws IOException {
        return new ObjectMapper().readValue(Path.of("../../events", name).toFile(), new TypeReference<>() {});
    }
}
