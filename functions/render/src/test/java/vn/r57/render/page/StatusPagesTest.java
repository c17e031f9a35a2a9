package vn.r57.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Source;
import vn.r57.render.OutputSets;
import vn.r57.render.SmallDataSet;
import vn.r57.render.model.RenderModel;
import vn.r57.render.output.Output;

/**
 * The reporting status pages as of 5 August 2025 (10:00 in Vietnam), for the small data set plus three yearly reports
 * of 2024: Thanh Hóa's late by two days and corrected, Hà Nội's on time.
 */
class StatusPagesTest {

    private static final List<Output> OUTPUTS = OutputSets.all(SmallDataSet.SITE_URL, false).stream()
            .flatMap(set -> set.outputs(model()).stream())
            .toList();

    private static RenderModel model() {
        List<Revision> revisions = new ArrayList<>(SmallDataSet.revisions());
        revisions.add(actual("thanh-hoa", 1, "2025-04-01T17:00:00Z"));
        revisions.add(actual("thanh-hoa", 2, "2025-05-01T03:00:00Z"));
        revisions.add(actual("ha-noi", 1, "2025-03-31T16:59:59Z"));
        return RenderModel.build(Catalog.load(), revisions, Instant.parse("2025-08-05T03:00:00Z"));
    }

    private static Revision actual(String province, int number, String receivedAt) {
        return new Revision(province, "digital-economy-share", Kind.ACTUAL, Period.year(2024), number,
                new BigDecimal("10"), Optional.empty(), Optional.empty(), new Source("Báo cáo", Optional.empty()),
                Instant.parse(receivedAt), province + "-" + number);
    }

    private static String page(String key) {
        return OUTPUTS.stream().filter(output -> output.path().equals(key)).findFirst()
                .map(output -> new String(output.content().get(), StandardCharsets.UTF_8)).orElseThrow();
    }

    @Test
    void theStatusPageStatesItsDayAndOpensEachFrequencyOnItsLatestDuePeriodWithCountsAndTheOpenOnes() {
        String html = page("en/status/index.html");

        assertTrue(html.contains("<p class=\"muted small\"><time datetime=\"2025-08-05\">Statuses as of 5 Aug 2025 (Vietnam time)."
                + " They change when a due date passes, even without new data.</time></p>"), html);
        // 8 yearly indicators for 2024: 11 units unchanged in 2025 and the 52 that merged into the other 23.
        assertTrue(html.contains("""
                <h2 id="frequency-yearly">Yearly reports</h2>
                <p><a href="#grid-yearly-2024">Latest period due: 2024, due 31 Mar 2025</a></p>
                <ul class="plain status-counts">
                <li><span class="status status-on-time">On time</span>: 2</li>
                <li><span class="status status-late">Late</span>: 1</li>
                <li><span class="status status-missing">Missing</span>: 501</li>
                </ul>
                <h3>Still open for reporting</h3>
                <ul>
                <li>2025: period running, due 31 Mar 2026</li>
                </ul>"""), html);
        assertTrue(html.contains("<li>Jul 2025: period ended, due 15 Aug 2025</li>"), html);
        assertTrue(html.contains("""
                <h2 id="frequency-once">Milestones (reported once)</h2>
                <p>No period is due yet.</p>"""), html);
    }

    @Test
    void aGridCellIsASymbolForTheEyeAndWordsForScreenReadersWithDaysLateAndTheRevisedFlag() {
        String html = page("en/status/index.html");

        assertTrue(html.contains("""
                <tr><th scope="row"><a href="/en/status/thanh-hoa/">Thanh Hoa</a></th>
                <td class="status-cell cell-late"><span aria-hidden="true">!✎</span><span class="visually-hidden">\
                <span class="status status-late">Late</span> <span class="small">(2 days late)</span> \
                <span class="status status-revised small">Revised</span></span></td>
                <td class="status-cell cell-missing"><span aria-hidden="true">✕</span><span class="visually-hidden">\
                <span class="status status-missing">Missing</span></span></td>"""), html);
    }

    @Test
    void aUnitsPageListsWhatItStillOwesAndEveryReportWithItsDueDateInVietnamese() {
        String html = page("vi/status/thanh-hoa/index.html");

        assertTrue(html.contains("<h1>Thanh Hóa: báo cáo phải nộp và hạn nộp</h1>\n"
                + "<p class=\"lede\">1 đúng hạn, 1 trễ hạn, 27 chưa nộp, 18 chưa đến hạn</p>"), html);
        assertTrue(html.contains("<tr><th scope=\"row\">Năm 2024</th><td><time datetime=\"2025-03-31\">31/03/2025</time></td>"
                + "<td><span class=\"status status-late\">Nộp trễ hạn</span> <span class=\"small\">(trễ 2 ngày)</span> "
                + "<span class=\"status status-revised small\">Đã điều chỉnh</span></td>"
                + "<td><time datetime=\"2025-04-02\">02/04/2025</time></td></tr>"), html);
        // Missing first, oldest due date first.
        int january = html.indexOf("<td>Tháng 1/2025</td><td><time datetime=\"2025-02-15\">15/02/2025</time></td>"
                + "<td><span class=\"status status-missing\">Chưa nộp, quá hạn</span></td></tr>");
        int notYetDue = html.indexOf("<span class=\"status status-not-yet-due\">Chưa đến hạn</span>");
        assertTrue(january > 0 && january < notYetDue, html);
    }

    @Test
    void aMergedUnitsPageNamesThePredecessorThatOwedAPeriod() {
        String html = page("en/status/tuyen-quang/index.html");

        assertTrue(html.contains("<tr><th scope=\"row\"><a href=\"/en/indicators/on-time-admin-processing/\">"
                + "Administrative dossiers processed on time</a> <span class=\"small\">(for Ha Giang)</span></th>"
                + "<td>Jan 2025</td>"), html);
        assertTrue(html.contains("<tr><th scope=\"row\">2024</th><td><time datetime=\"2025-03-31\">31 Mar 2025</time></td>"
                + "<td><span class=\"status status-not-established\">Not yet formed</span> <span class=\"small\">"
                + "(Tuyen Quang (before 2025): Missing and Ha Giang: On time)</span></td><td></td></tr>"), html);
    }

    @Test
    void onlyCurrentUnitsHaveAPageOfWhatTheyOwe() {
        assertEquals(2 * 34, OUTPUTS.stream().filter(output -> output.path().matches("(vi|en)/status/[a-z0-9-]+/index.html")).count());
    }
}
