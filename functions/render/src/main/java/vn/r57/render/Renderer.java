package vn.r57.render;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.r57.core.calendar.ReportingCalendar;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Province;
import vn.r57.core.history.Revision;
import vn.r57.render.model.RenderModel;
import vn.r57.render.output.Changes;
import vn.r57.render.output.Output;
import vn.r57.render.output.OutputSet;
import vn.r57.render.output.Stage;
import vn.r57.render.sink.PageSink;
import vn.r57.store.RevisionSource;

/**
 * One render run: find what changed since the manifest's watermark, rebuild the model, render the objects a change
 * touches, PUT those whose bytes differ, then write the manifest. Objects go out in {@link vn.r57.render.output.Stage}
 * order and the manifest last, so a run that stops half-way leaves no link to a missing object, and the next run
 * (starting from the old watermark) converges. Outputs are rendered and digested on several threads, a stage at a time,
 * but written from the calling thread in that same order.
 */
public final class Renderer {

    /**
     * Bump when the bytes of any output change for the same data (a new field, a fixed bug): a manifest of another
     * format makes the next run a full rebuild (3: reporting statuses by frequency, with due dates). Also bump it when
     * the manifest's digest changes (2: SHA-512/256 instead of SHA-256): otherwise an incremental run would rewrite
     * every object it touches as changed and leave the old digests of the others in the manifest.
     */
    public static final int FORMAT = 3;

    /**
     * The change index is eventually consistent and receipt times come from the submit function's clock: start this
     * far before the watermark and accept seeing a value twice (re-rendering gives the same bytes, so nothing is PUT).
     */
    static final Duration OVERLAP = Duration.ofMinutes(2);

    private final Catalog catalog;
    private final RevisionSource source;
    private final List<OutputSet> outputSets;
    private final PageSink sink;
    private final int threads;
    private final Clock clock;

    /** Renders on as many threads as the machine has processors (a Lambda of 1024 MB has one: no pool then). */
    public Renderer(Catalog catalog, RevisionSource source, List<OutputSet> outputSets, PageSink sink) {
        this(catalog, source, outputSets, sink, Runtime.getRuntime().availableProcessors());
    }

    /** @param threads how many outputs are rendered at once; the writes keep their order whatever the number */
    Renderer(Catalog catalog, RevisionSource source, List<OutputSet> outputSets, PageSink sink, int threads) {
        this(catalog, source, outputSets, sink, threads, Clock.systemUTC());
    }

    /** @param clock gives the instant the reporting statuses hold for ("as of"), read once per run */
    public Renderer(
            Catalog catalog, RevisionSource source, List<OutputSet> outputSets, PageSink sink, int threads, Clock clock) {
        this.catalog = catalog;
        this.source = source;
        this.outputSets = List.copyOf(outputSets);
        this.sink = sink;
        this.threads = threads;
        this.clock = clock;
    }

    public RenderReport render(boolean full) {
        Instant asOf = clock.instant();
        // Statuses change when a due date passes, with or without new values: a changed calendar key renders them all.
        List<String> calendar = ReportingCalendar.key(catalog, ReportingCalendar.day(asOf));
        Optional<Manifest> previous = sink.read(Manifest.KEY).flatMap(Manifest::parse);
        boolean rebuild = full || previous.isEmpty() || previous.get().format() != FORMAT
                || !calendar.equals(previous.get().calendar());
        Changes changes = new Changes(Set.of(), Set.of());
        int changedValues = 0;
        if (!rebuild) {
            Instant since = previous.get().watermark().map(watermark -> watermark.minus(OVERLAP)).orElse(Instant.EPOCH);
            Set<String> seen = Set.copyOf(previous.get().recent());
            List<Revision> recent = source.receivedSince(since).stream()
                    .filter(revision -> !seen.contains(key(revision)))
                    .toList();
            if (recent.isEmpty()) {
                return new RenderReport(false, 0, 0, 0, 0, previous.get().watermark());
            }
            changedValues = recent.size();
            changes = changesOf(recent);
        }
        RenderModel model = RenderModel.build(catalog, allRevisions(), asOf);
        model.ignored().forEach(revision -> System.err.println("render: not in the catalog, not published: " + revision));

        List<Output> outputs = new ArrayList<>();
        outputSets.forEach(set -> outputs.addAll(set.outputs(model)));
        outputs.sort(Comparator.comparing(Output::stage));

        Map<String, String> objects = new TreeMap<>(previous.map(Manifest::objects).orElse(Map.of()));
        int rendered = 0;
        int written = 0;
        List<Output> due = new ArrayList<>();
        for (Output output : outputs) {
            if (rebuild || output.scope().touchedBy(changes)) {
                due.add(output);
            }
        }
        try (OrderedRendering rendering = new OrderedRendering(threads)) {
            for (Stage stage : Stage.values()) {
                // A stage at a time: nothing of a stage is rendered before the stage before it is written, and the data
                // page (an index) finds the sizes of the unit and indicator files already noted.
                List<Output> ofStage = due.stream().filter(output -> output.stage() == stage).toList();
                for (OrderedRendering.Rendered each : rendering.inOrder(ofStage)) {
                    rendered++;
                    Output output = each.output();
                    if (!each.digest().equals(objects.get(output.path()))) {
                        sink.put(output.path(), output.contentType(), output.cacheControl(), each.bytes());
                        written++;
                    }
                    objects.put(output.path(), each.digest());
                }
            }
        }
        int deleted = 0;
        if (rebuild) {
            Set<String> produced = new HashSet<>();
            outputs.forEach(output -> produced.add(output.path()));
            for (String owned : List.copyOf(objects.keySet())) {
                if (!produced.contains(owned)) {
                    sink.delete(owned);
                    objects.remove(owned);
                    deleted++;
                }
            }
        }
        Manifest next = new Manifest(FORMAT, model.dataVersion(), recentKeys(model), calendar, objects);
        if (!previous.equals(Optional.of(next))) {
            sink.put(Manifest.KEY, "application/json; charset=utf-8", "no-store", next.toJson());
        }
        return new RenderReport(rebuild, changedValues, rendered, written, deleted, model.dataVersion());
    }

    private List<Revision> allRevisions() {
        List<Revision> all = new ArrayList<>();
        for (Province province : catalog.provinces()) {
            all.addAll(source.revisions(province.id()));
        }
        return all;
    }

    /** The revisions the next run's overlapping read will return again, though they are already published. */
    private static List<String> recentKeys(RenderModel model) {
        return model.dataVersion()
                .map(version -> model.revisions().stream()
                        .filter(revision -> !revision.receivedAt().isBefore(version.minus(OVERLAP)))
                        .map(Renderer::key)
                        .sorted()
                        .toList())
                .orElse(List.of());
    }

    /** What identifies a revision: its series, period and number. */
    private static String key(Revision revision) {
        return revision.province() + "/" + revision.indicator() + "/" + revision.kind().wireName() + "/"
                + revision.period() + "/" + revision.number();
    }

    private static Changes changesOf(List<Revision> recent) {
        Set<String> provinces = new HashSet<>();
        Set<String> indicators = new HashSet<>();
        for (Revision revision : recent) {
            provinces.add(revision.province());
            indicators.add(revision.indicator());
        }
        return new Changes(provinces, indicators);
    }
}
