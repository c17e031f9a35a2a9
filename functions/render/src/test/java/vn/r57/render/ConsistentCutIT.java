package vn.r57.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.r57.core.calendar.ReportingCalendar;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.format.Dates;
import vn.r57.core.catalog.Province;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Observation;
import vn.r57.core.snapshot.Source;
import vn.r57.core.snapshot.Submission;
import vn.r57.emulators.Emulators;
import vn.r57.render.data.Links;
import vn.r57.render.data.OpenData;
import vn.r57.render.model.RenderModel;
import vn.r57.render.output.Output;
import vn.r57.render.sink.DirectorySink;
import vn.r57.store.DynamoRevisionSource;
import vn.r57.store.DynamoSubmissionStore;
import vn.r57.store.SubmissionStore;
import vn.r57.store.Tables;

/**
 * Sequential submissions (each stored before the next is sent, as a department waiting for its 201 does) to units the
 * renderer reads first, in the middle and last, while renders run back to back on another thread: every render
 * publishes the state after some prefix of the submissions, never a later value of one unit beside an earlier state of
 * another. Receipt times come from the system clock, as in the submit function, and so does the renderer's cut.
 */
@ExtendWith(Emulators.class)
class ConsistentCutIT {

    /** At least this many submissions, and as many more as it takes for this many renders to run meanwhile. */
    private static final int SUBMISSIONS = 36;
    private static final int RENDERS = 10;
    private static final String INDICATOR = "mobile-base-stations";

    private final DynamoDbClient dynamo;
    private final String table = "cut-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final Catalog catalog = Catalog.load();

    @TempDir
    Path folder;

    ConsistentCutIT(DynamoDbClient dynamo) {
        this.dynamo = dynamo;
    }

    @Test
    void everyRenderPublishesTheStateAfterAPrefixOfTheSubmissionsAndTheNextIncrementalRenderPublishesAll()
            throws Exception {
        Tables.create(dynamo, table);
        List<String> current = catalog.provinces().stream().filter(Province::isCurrent).map(Province::id).toList();
        List<String> units = List.of(current.get(0), current.get(current.size() / 2), current.get(current.size() - 1));
        List<String> files = files(units);

        AtomicBoolean submitting = new AtomicBoolean(true);
        List<Map<String, byte[]>> published = java.util.Collections.synchronizedList(new ArrayList<>());
        List<LocalDate> statusDays = java.util.Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> renders = CompletableFuture.runAsync(() -> {
            while (submitting.get()) {
                RenderReport report = renderer().render(false);
                published.add(read(files));
                statusDays.add(ReportingCalendar.day(report.cut().orElseThrow()));
            }
        });
        List<String> snapshotIds = new ArrayList<>();
        SubmissionStore store = new DynamoSubmissionStore(dynamo, table);
        for (int i = 0; i < SUBMISSIONS || published.size() < RENDERS && i < 2_000; i++) {
            // Early-read unit, then late-read unit, then the middle one: a render reading unit by unit without a cut
            // sees the late unit's newer value beside the early unit's older one.
            String unit = units.get(i % 3 == 0 ? 0 : i % 3 == 1 ? 2 : 1);
            Submission submission = new Submission(unit, Period.year(2025), new Source("Báo cáo " + i, Optional.empty()),
                    List.of(new Observation(INDICATOR, Kind.ACTUAL, new BigDecimal(1000 + i), Optional.empty(),
                            Optional.empty())));
            // What the submit function does: the receipt time from the clock, then one transaction; the 201 follows.
            SubmissionStore.Outcome outcome = store.store("cut-it", Optional.empty(), "-", submission,
                    Clock.systemUTC().instant());
            snapshotIds.add(((SubmissionStore.Outcome.Stored) outcome).snapshot().id());
        }
        submitting.set(false);
        renders.get(2, TimeUnit.MINUTES);

        RenderReport last = renderer().render(false);
        Map<String, byte[]> finalState = read(files);

        Map<String, List<Revision>> bySnapshot = new HashMap<>();
        for (String unit : units) {
            new DynamoRevisionSource(dynamo, table).revisions(unit)
                    .forEach(revision -> bySnapshot.computeIfAbsent(revision.snapshotId(), id -> new ArrayList<>()).add(revision));
        }
        // The files hold reporting statuses as of each render's cut, which shows as its day in Vietnam: the prefixes are
        // rendered as of that day (its last moment, after every receipt of that day).
        Map<LocalDate, List<Map<String, String>>> prefixesByDay = new HashMap<>();
        java.util.function.Function<LocalDate, List<Map<String, String>>> prefixesOf = day ->
                prefixesByDay.computeIfAbsent(day, d -> {
                    Instant asOf = d.plusDays(1).atStartOfDay(Dates.VIETNAM).toInstant().minusMillis(1);
                    List<Map<String, String>> prefixes = new ArrayList<>();
                    List<Revision> prefix = new ArrayList<>();
                    prefixes.add(expected(prefix, files, asOf));
                    for (String id : snapshotIds) {
                        prefix.addAll(bySnapshot.get(id));
                        prefixes.add(expected(prefix, files, asOf));
                    }
                    return prefixes;
                });

        int submissions = snapshotIds.size();
        assertTrue(published.size() >= RENDERS, "renders ran while submitting: " + published.size());
        int previous = 0;
        for (int run = 0; run < published.size(); run++) {
            int matched = prefixesOf.apply(statusDays.get(run)).indexOf(texts(published.get(run)));
            assertTrue(matched >= 0, "render " + run + " of " + published.size() + " published a state after no prefix");
            assertTrue(matched >= previous, "render " + run + " went back from prefix " + previous + " to " + matched);
            previous = matched;
        }
        assertFalse(last.full());
        assertEquals(prefixesOf.apply(ReportingCalendar.day(last.cut().orElseThrow())).get(submissions), texts(finalState),
                "one incremental render after the last 201");
        System.out.println("[reliability] ConsistentCutIT: " + submissions + " sequential submissions, "
                + published.size() + " renders meanwhile, each a prefix");
    }

    private Renderer renderer() {
        return new Renderer(catalog, new DynamoRevisionSource(dynamo, table),
                List.of(new OpenData(SmallDataSet.SITE_URL)), new DirectorySink(folder));
    }

    private static List<String> files(List<String> units) {
        List<String> files = new ArrayList<>(List.of(Links.OBSERVATIONS));
        units.forEach(unit -> files.add(Links.province(unit)));
        return files;
    }

    private Map<String, byte[]> read(List<String> files) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        DirectorySink sink = new DirectorySink(folder);
        files.forEach(file -> bytes.put(file, sink.read(file).orElse(new byte[0])));
        return bytes;
    }

    /** The files as a render of exactly these revisions writes them. */
    private Map<String, String> expected(List<Revision> revisions, List<String> files, Instant asOf) {
        RenderModel model = RenderModel.build(catalog, revisions, asOf);
        Set<String> wanted = Set.copyOf(files);
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach(file -> bytes.put(file, null));
        for (Output output : new OpenData(SmallDataSet.SITE_URL).outputs(model)) {
            if (wanted.contains(output.path())) {
                bytes.put(output.path(), output.content().get());
            }
        }
        return texts(bytes);
    }

    private static Map<String, String> texts(Map<String, byte[]> files) {
        Map<String, String> texts = new LinkedHashMap<>();
        files.forEach((file, bytes) -> texts.put(file, new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
        return texts;
    }
}
