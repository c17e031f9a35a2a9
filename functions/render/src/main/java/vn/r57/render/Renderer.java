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
 * One render run: fix the cut (the clock's time when the run starts), read every unit's revisions with consistent reads
 * and keep those received up to the cut, find what changed since the previous run's cut, rebuild the model, render the
 * objects a change touches, PUT those whose bytes differ, then write the manifest with the cut as its watermark. A
 * revision received after the cut waits for the next run, so the files of one run show the state after a prefix of the
 * submissions, never one that mixes moments (see docs/render-model.md, "The cut"). Objects go out in {@link vn.r57.render.output.Stage}
 * order and the manifest last, so a run that stops half-way leaves no link to a missing object, and the next run
 * (starting from the old watermark) converges. Outputs are rendered and digested on several threads, a stage at a time,
 * but written from the calling thread in that same order.
 */
public final class Renderer {

    /**
     * Bump when the bytes of any output change for the same data (a new field, a fixed bug): a manifest of another
     * format makes the next run a full rebuild. Also bump it when the manifest's digest changes (2: SHA-512/256 instead
     * of SHA-256): otherwise an incremental run would rewrite every object it touches as changed and leave the old
     * digests of the others in the manifest. 3: the feed is written by a template, which leaves {@code "} in text as it
     * is instead of {@code &quot;}. 4: catalog.json lists the region
     * schemes, every page's navigation leads to the regions and unit pages compare with their region. 5: progress
     * statuses against every target (JSON progress blocks, progress.csv, the progress page, statuses on unit and
     * indicator pages, required paths on charts), and every page's navigation leads to the progress page too.
     * 6: reporting statuses by frequency with due dates, the status pages and reporting-status.csv, joined with 5.
     * 7: a region page of the current scheme counts its units per progress status, one of the former scheme says why
     * not.
     */
    public static final int FORMAT = 7;

    /**
     * How far before the previous cut a run looks for values it has not published. A revision whose receipt time is
     * before a cut can become visible after that run read its unit: its submission was still running (at most the
     * submit function's timeout, 10 s) or another instance's clock was behind (skew). Must exceed that timeout plus the
     * clock skew; deploy/check's {@code RenderOverlapTest} holds it above the template's timeout plus
     * {@link #ASSUMED_CLOCK_SKEW}. Values seen twice are recognised by the manifest's {@code recent} keys.
     */
    public static final Duration OVERLAP = Duration.ofMinutes(2);

    /**
     * How far apart the clocks of two Lambda instances are assumed to be at most (they follow the Amazon Time Sync
     * Service; this is generous). A larger skew is the one way a received value can be left behind until a full rebuild.
     */
    public static final Duration ASSUMED_CLOCK_SKEW = Duration.ofSeconds(30);

    /**
     * A full rebuild that would delete more than this share of the published objects stops before writing anything
     * (a catalog or configuration mistake must not empty the site); {@code allowDeletes} lets an operator insist.
     */
    static final double DELETE_SHARE = 0.10;

    private final Catalog catalog;
    private final RevisionSource source;
    private final List<OutputSet> outputSets;
    private final PageSink sink;
    private final int threads;
    private final Clock clock;

    /** Renders on as many threads as the machine has processors (a Lambda of 1024 MB has one: no pool then). */
    public Renderer(Catalog catalog, RevisionSource source, List<OutputSet> outputSets, PageSink sink) {
        this(catalog, source, outputSets, sink, Clock.systemUTC());
    }

    /** @param clock gives the cut; the same clock as the submit function's receipt times (the system clock) */
    public Renderer(Catalog catalog, RevisionSource source, List<OutputSet> outputSets, PageSink sink, Clock clock) {
        this(catalog, source, outputSets, sink, Runtime.getRuntime().availableProcessors(), clock);
    }

    /** @param threads how many outputs are rendered at once; the writes keep their order whatever the number */
    Renderer(
            Catalog catalog, RevisionSource source, List<OutputSet> outputSets, PageSink sink, int threads, Clock clock) {
        this.catalog = catalog;
        this.source = source;
        this.outputSets = List.copyOf(outputSets);
        this.sink = sink;
        this.threads = threads;
        this.clock = clock;
    }

    public RenderReport render(boolean full) {
        return render(full, false);
    }

    /**
     * @param full render every object (otherwise only those a change since the previous cut touches)
     * @param allowDeletes let a full rebuild delete more than {@link #DELETE_SHARE} of the published objects
     */
    public RenderReport render(boolean full, boolean allowDeletes) {
        Optional<Manifest> previous = sink.read(Manifest.KEY).flatMap(Manifest::parse);
        Optional<Instant> previousCut = previous.flatMap(Manifest::watermark);
        // Never behind the previous cut (another instance's clock may be): a run must not unpublish what one showed.
        Instant now = clock.instant();
        Instant cut = previousCut.filter(now::isBefore).orElse(now);
        // The cut is also the instant the reporting statuses hold for: one clock read per run. Statuses change when a
        // due date passes, with or without new values, so a changed calendar key renders them all, before the early
        // return for "nothing new" below.
        List<String> calendar = ReportingCalendar.key(catalog, ReportingCalendar.day(cut));
        List<Revision> upToCut = revisionsUpTo(cut);
        boolean rebuild = full || previous.isEmpty() || previous.get().format() != FORMAT
                || !calendar.equals(previous.get().calendar());
        Changes changes = new Changes(Set.of(), Set.of());
        int changedValues = 0;
        if (!rebuild) {
            // From the consistent read itself, not the eventually consistent change index: a value the index has not
            // caught up with would otherwise be left behind.
            Instant since = previousCut.map(watermark -> watermark.minus(OVERLAP)).orElse(Instant.EPOCH);
            Set<String> seen = Set.copyOf(previous.get().recent());
            List<Revision> recent = upToCut.stream()
                    .filter(revision -> !revision.receivedAt().isBefore(since))
                    .filter(revision -> !seen.contains(key(revision)))
                    .toList();
            if (recent.isEmpty()) {
                return new RenderReport(false, 0, 0, 0, 0, 0, latest(upToCut), previousCut);
            }
            changedValues = recent.size();
            changes = changesOf(recent);
        }
        RenderModel model = RenderModel.build(catalog, upToCut, cut);
        model.ignored().forEach(revision -> System.err.println("render: not in the catalog, not published: " + revision));

        List<Output> outputs = new ArrayList<>();
        outputSets.forEach(set -> outputs.addAll(set.outputs(model)));
        outputs.sort(Comparator.comparing(Output::stage));

        Map<String, String> objects = new TreeMap<>(previous.map(Manifest::objects).orElse(Map.of()));
        List<String> toDelete = List.of();
        if (rebuild) {
            Set<String> produced = new HashSet<>();
            outputs.forEach(output -> produced.add(output.path()));
            toDelete = objects.keySet().stream().filter(owned -> !produced.contains(owned)).toList();
            if (!allowDeletes && toDelete.size() > DELETE_SHARE * objects.size()) {
                // Before any PUT: the site and the manifest stay exactly as the previous run left them.
                System.err.println("render: deletes refused: this rebuild would delete " + toDelete.size() + " of "
                        + objects.size() + " published objects (more than " + Math.round(DELETE_SHARE * 100)
                        + "%), e.g. " + toDelete.subList(0, Math.min(5, toDelete.size()))
                        + "; nothing was written. Render with allowDeletes if this is intended.");
                return new RenderReport(rebuild, changedValues, 0, 0, 0, toDelete.size(), model.dataVersion(),
                        previousCut);
            }
        }
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
        for (String owned : toDelete) {
            sink.delete(owned);
            objects.remove(owned);
            deleted++;
        }
        Manifest next = new Manifest(FORMAT, Optional.of(cut), recentKeys(upToCut, cut), calendar, objects);
        if (!previous.equals(Optional.of(next))) {
            sink.put(Manifest.KEY, "application/json; charset=utf-8", "no-store", next.toJson());
        }
        return new RenderReport(rebuild, changedValues, rendered, written, deleted, 0, model.dataVersion(),
                Optional.of(cut));
    }

    /**
     * Every unit's revisions (consistent reads, one unit after another) received up to the cut. A unit read later than
     * another may already hold values received after the cut: dropping them is what keeps the run at one moment.
     */
    private List<Revision> revisionsUpTo(Instant cut) {
        List<Revision> kept = new ArrayList<>();
        for (Province province : catalog.provinces()) {
            for (Revision revision : source.revisions(province.id())) {
                if (!revision.receivedAt().isAfter(cut)) {
                    kept.add(revision);
                }
            }
        }
        return kept;
    }

    private static Optional<Instant> latest(List<Revision> revisions) {
        return revisions.stream().map(Revision::receivedAt).max(Comparator.naturalOrder());
    }

    /** The published revisions the next run's overlapping window will see again. */
    private static List<String> recentKeys(List<Revision> published, Instant cut) {
        Instant since = cut.minus(OVERLAP);
        return published.stream()
                .filter(revision -> !revision.receivedAt().isBefore(since))
                .map(Renderer::key)
                .sorted()
                .toList();
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
