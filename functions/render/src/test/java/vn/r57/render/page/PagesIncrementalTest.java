package vn.r57.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.r57.core.Lang;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Source;
import vn.r57.render.OutputSets;
import vn.r57.render.RecordingSink;
import vn.r57.render.RenderReport;
import vn.r57.render.Renderer;
import vn.r57.render.SmallDataSet;
import vn.r57.render.sink.DirectorySink;
import vn.r57.render.sink.PageSink;
import vn.r57.revisions.RevisionFile;

/**
 * One new value rewrites only the pages it appears on: its unit (and the unit that unit merged into), its indicator,
 * the pages of its regions and of the units compared with them, and the pages listing everything.
 */
class PagesIncrementalTest {

    @TempDir
    Path site;

    @Test
    void aValueOfAFormerUnitRewritesItsPagesItsSuccessorsItsIndicatorsAndTheIndexesOnly() {
        List<Revision> revisions = new ArrayList<>(DemoLikeDataSet.revisions());
        render(revisions, new DirectorySink(site));
        revisions.add(new Revision("ha-giang", "it-park-employees", Kind.ACTUAL, Period.year(2024), 1,
                new BigDecimal("40"), Optional.empty(), Optional.empty(), new Source("Báo cáo bổ sung", Optional.empty()),
                aMinuteAfterTheLatest(revisions), "hg-late"));
        RecordingSink next = new RecordingSink(new DirectorySink(site));

        RenderReport report = render(revisions, next);

        // The map of the indicator shows current units only, so a former unit's value leaves it unchanged. The units
        // of Hà Giang's region before July 2025 show that region's figures for the indicator, which now have a value;
        // both regions' pages date their update by it (Tuyên Quang, formed from Hà Giang, is in the 2025 region). Tuyên
        // Quang's page of what it owes lists Hà Giang's reports for the periods before it existed.
        List<String> byLanguage = List.of(
                "provinces/tuyen-quang/index.html",
                "provinces/tuyen-quang-pre2025/index.html",
                "provinces/ha-giang/index.html",
                "provinces/lao-cai-pre2025/index.html",
                "provinces/yen-bai/index.html",
                "provinces/thai-nguyen-pre2025/index.html",
                "provinces/bac-kan/index.html",
                "provinces/phu-tho-pre2025/index.html",
                "provinces/hoa-binh/index.html",
                "provinces/bac-giang/index.html",
                "regions/trung-du-mien-nui-phia-bac/index.html",
                "regions/trung-du-mien-nui-phia-bac-2025/index.html",
                "indicators/it-park-employees/index.html");
        List<String> expected = new ArrayList<>(List.of(
                "vi/provinces/ha-giang/it-park-employees.svg", "en/provinces/ha-giang/it-park-employees.svg"));
        for (String lang : List.of("vi", "en")) {
            expected.add(lang + "/status/tuyen-quang/index.html");
            byLanguage.forEach(page -> expected.add(lang + "/" + page));
        }
        expected.addAll(List.of("vi/index.html", "vi/status/index.html", "vi/data/index.html",
                "en/index.html", "en/status/index.html", "en/data/index.html"));
        assertEquals(expected, portalObjects(next.puts));
        assertEquals(36 + 8, report.written(), "36 pages and drawings, 8 open data files");
    }

    @Test
    void afterAnIncrementalRunTheDataPageListsEveryFileWithItsPublishedSize() throws IOException {
        List<Revision> revisions = new ArrayList<>(DemoLikeDataSet.revisions());
        render(revisions, new DirectorySink(site));
        revisions.add(new Revision("ha-giang", "it-park-employees", Kind.ACTUAL, Period.year(2024), 1,
                new BigDecimal("40"), Optional.empty(), Optional.empty(),
                new Source("Báo cáo bổ sung, một nguồn có tên dài hơn để tệp lớn lên rõ ràng", Optional.empty()),
                aMinuteAfterTheLatest(revisions), "hg-late"));

        render(revisions, new DirectorySink(site));

        // Rendered again: the files of ha-giang, tuyen-quang and the indicator, and the indexes; the rest untouched.
        Formats en = new Formats(Lang.EN, Catalog.load());
        Map<String, String> published = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site.resolve("data/v1"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String href = "/" + site.relativize(file).toString().replace('\\', '/');
                if (!href.startsWith("/data/v1/schema/")) {
                    published.put(href, en.size(Files.size(file)));
                }
            }
        }
        Map<String, String> listed = new TreeMap<>();
        Matcher row = LISTED_FILE.matcher(Files.readString(site.resolve("en/data/index.html")));
        while (row.find()) {
            listed.put(row.group(1), row.group(2));
        }
        assertEquals(published, listed);
        assertEquals(8 + 18 + 86, listed.size(),
                "four CSV (observations, progress, regions, reporting status), catalog, package, feed, OpenAPI; the indicators; the units");
    }

    private static final Pattern LISTED_FILE =
            Pattern.compile("<code class=\"small\">([^<]+)</code></th>\n<td>[^<]+</td>\n<td class=\"num\">([^<]+)</td>");

    /** The portal's objects among the keys written: neither the open data files nor the manifest. */
    private static List<String> portalObjects(List<String> written) {
        return written.stream().filter(key -> !key.startsWith("data/") && !key.startsWith("_render/")).toList();
    }

    /** Received the same day in Vietnam as the data set's last value: the calendar key stays, the run is incremental. */
    private static Instant aMinuteAfterTheLatest(List<Revision> revisions) {
        return revisions.stream().map(Revision::receivedAt).max(Instant::compareTo).orElseThrow().plusSeconds(60);
    }

    private static RenderReport render(List<Revision> revisions, PageSink sink) {
        RevisionFile source = new RevisionFile(revisions);
        return new Renderer(Catalog.load(), source, OutputSets.all(SmallDataSet.SITE_URL, true), sink,
                new vn.r57.render.LatestReceipt(source)).render(false);
    }
}
