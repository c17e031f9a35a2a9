package vn.r57.bench.render;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import software.amazon.awssdk.services.s3.S3Client;
import vn.r57.bench.Results;
import vn.r57.bench.SampleValues;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Source;
import vn.r57.emulators.EmulatorClients;
import vn.r57.render.OutputSets;
import vn.r57.render.RenderReport;
import vn.r57.render.Renderer;
import vn.r57.render.sink.S3Sink;
import vn.r57.revisions.RevisionFile;
import vn.r57.revisions.RevisionLines;

/**
 * Incremental render against s3proxy: a full render of the national data set into the bucket, then one new snapshot
 * (a province resubmits its latest month: 18 corrected values, received after the last render) and a second,
 * incremental run; then a snapshot of a single value and a third run, which shows what one value costs at least.
 * Reports the objects PUT by each run and the incremental runs' times.
 *
 * <p>Arguments: work folder, revision file, site URL.
 */
public final class IncrementalRender {

    static final String PROVINCE = "thanh-hoa";
    static final String PERIOD = "2026-06";

    private IncrementalRender() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        List<Revision> revisions = new ArrayList<>(RevisionLines.read(Path.of(args[1])));
        String siteUrl = args[2];
        Properties services = new Properties();
        try (var in = Files.newBufferedReader(work.resolve("services.properties"))) {
            services.load(in);
        }
        Catalog catalog = Catalog.load();
        try (S3Client s3 = EmulatorClients.s3(URI.create(services.getProperty("s3.endpoint")))) {
            String bucket = services.getProperty("bucket");
            CountingSink first = new CountingSink(new S3Sink(s3, bucket));
            long fullStarted = System.nanoTime();
            RenderReport full = new Renderer(catalog, new RevisionFile(revisions), OutputSets.all(siteUrl, false), first,
                    atNewest(revisions)).render(true);
            long fullMillis = (System.nanoTime() - fullStarted) / 1_000_000;

            Instant received = full.dataVersion().orElseThrow().plusSeconds(3_600);
            revisions.addAll(resubmission(catalog.indicators(), revisions, received));
            Run eighteen = incremental(catalog, revisions, siteUrl, s3, bucket);
            revisions.addAll(resubmission(catalog.indicators().subList(0, 1), revisions, received.plusSeconds(3_600)));
            Run one = incremental(catalog, revisions, siteUrl, s3, bucket);

            System.out.println(String.format(Locale.ROOT,
                    "full render to s3proxy: %d PUTs in %d ms; after one 18-value snapshot: %d PUTs %s (%d rendered, full=%s) in %d ms;"
                            + " after one 1-value snapshot: %d PUTs %s in %d ms",
                    first.total(), fullMillis, eighteen.sink().total(), eighteen.sink().puts(), eighteen.report().rendered(),
                    eighteen.report().full(), eighteen.millis(), one.sink().total(), one.sink().puts(), one.millis()));
            Results.value(work, "incremental.puts", Integer.toString(eighteen.sink().total()));
            Results.value(work, "incremental.kinds", eighteen.sink().puts().toString());
            Results.value(work, "incremental.rendered", Integer.toString(eighteen.report().rendered()));
            Results.value(work, "incremental.ms", Long.toString(eighteen.millis()));
            Results.value(work, "incremental.one.puts", Integer.toString(one.sink().total()));
            Results.value(work, "incremental.one.kinds", one.sink().puts().toString());
            Results.value(work, "incremental.one.ms", Long.toString(one.millis()));
            Results.value(work, "incremental.full.puts", Integer.toString(first.total()));
            Results.value(work, "incremental.full.ms", Long.toString(fullMillis));
        }
    }

    private record Run(CountingSink sink, RenderReport report, long millis) {}

    private static Run incremental(Catalog catalog, List<Revision> revisions, String siteUrl, S3Client s3, String bucket) {
        CountingSink sink = new CountingSink(new S3Sink(s3, bucket));
        long started = System.nanoTime();
        RenderReport report = new Renderer(catalog, new RevisionFile(revisions), OutputSets.all(siteUrl, false), sink,
                atNewest(revisions)).render(false);
        return new Run(sink, report, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * A render that runs as the newest revision arrives: the data set's receipt times are not today's, and a cut at the
     * real time would put the resubmission before the previous cut's look-back.
     */
    private static Clock atNewest(List<Revision> revisions) {
        return Clock.fixed(revisions.stream().map(Revision::receivedAt).max(Instant::compareTo).orElseThrow(), ZoneOffset.UTC);
    }

    /** The province's latest month sent again with the actuals of {@code indicators} corrected: revision n+1 of each. */
    private static List<Revision> resubmission(List<Indicator> indicators, List<Revision> revisions, Instant received) {
        Period period = Period.parse(PERIOD).orElseThrow();
        List<Revision> added = new ArrayList<>();
        for (Indicator indicator : indicators) {
            int latest = revisions.stream()
                    .filter(r -> r.province().equals(PROVINCE) && r.indicator().equals(indicator.id())
                            && r.kind() == Kind.ACTUAL && r.period().equals(period))
                    .mapToInt(Revision::number).max().orElse(0);
            added.add(new Revision(PROVINCE, indicator.id(), Kind.ACTUAL, period, latest + 1,
                    new BigDecimal(SampleValues.value(indicator, received.getEpochSecond() + indicator.id().hashCode())), Optional.empty(),
                    Optional.of("resubmitted"), new Source("Báo cáo bổ sung tháng 6/2026", Optional.empty()), received,
                    "bench-resubmission"));
        }
        return added;
    }
}
