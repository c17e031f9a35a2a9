package vn.r57.render.page;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Qualifier;
import vn.r57.core.snapshot.Source;
import vn.r57.render.OutputSets;
import vn.r57.render.RenderReport;
import vn.r57.render.Renderer;
import vn.r57.render.SmallDataSet;
import vn.r57.render.model.RenderModel;
import vn.r57.render.sink.DirectorySink;
import vn.r57.revisions.RevisionFile;
import vn.r57.store.RevisionSource;

/**
 * A data set shaped like the demo: the render tests' small data set (corrections, a merged province with its former
 * units, a target) plus every figure quoted in the seed articles (qualifiers, months, targets, a former unit reporting
 * in 2025), each seed figure arriving a day after the previous one, later figures for the same series as corrections.
 */
public final class DemoLikeDataSet {

    public static final String HOSTILE_NOTE = "<script>alert(1)</script>";

    private DemoLikeDataSet() {}

    public static List<Revision> revisions() {
        List<Revision> revisions = new ArrayList<>(SmallDataSet.revisions());
        Map<String, Integer> numbers = new HashMap<>();
        revisions.forEach(r -> numbers.merge(key(r.province(), r.indicator(), r.kind(), r.period()), r.number(), Math::max));
        Instant received = Instant.parse("2025-11-14T02:00:00Z");
        int row = 0;
        for (Map<String, String> fact : ArticleSources.facts()) {
            Period period = Period.parse(fact.get("period")).orElseThrow();
            Kind kind = Kind.fromWireName(fact.get("kind")).orElseThrow();
            String key = key(fact.get("province_id"), fact.get("indicator_id"), kind, period);
            int number = numbers.merge(key, 1, Integer::sum);
            String url = fact.get("source_url");
            revisions.add(new Revision(fact.get("province_id"), fact.get("indicator_id"), kind, period, number,
                    new BigDecimal(fact.get("value")), Qualifier.fromWireName(fact.get("qualifier")), Optional.empty(),
                    new Source("Bài báo " + java.net.URI.create(url).getHost(), Optional.of(url)),
                    received.plusSeconds(86_400L * row), "seed-" + row));
            row++;
        }
        // A quarter, a trailing zero, and text a hostile or careless reporter could send.
        revisions.add(new Revision("ha-noi", "e-signature-document-rate", Kind.ACTUAL, Period.quarter(2025, 1), 1,
                new BigDecimal("97.50"), Optional.empty(), Optional.of(HOSTILE_NOTE),
                new Source("Sở KH&CN <Hà Nội>", Optional.of("https://hanoi.gov.vn/bc?q=1&lang=vi")),
                Instant.parse("2025-04-10T03:00:00Z"), "hn-q1"));
        return revisions;
    }

    public static RenderModel model() {
        return RenderModel.build(Catalog.load(), revisions());
    }

    /** A full render of the data set into {@code folder}, open data and portal, as the CLI does it. */
    public static RenderReport renderInto(Path folder) {
        RevisionSource source = new RevisionFile(revisions());
        return new Renderer(Catalog.load(), source, OutputSets.all(SmallDataSet.SITE_URL, true), new DirectorySink(folder))
                .render(true);
    }

    private static String key(String province, String indicator, Kind kind, Period period) {
        return province + "/" + indicator + "/" + kind.wireName() + "/" + period;
    }
}
