package vn.r57.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.r57.core.Lang;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Source;
import vn.r57.render.model.Progress;
import vn.r57.render.model.ProvinceData;
import vn.r57.render.model.RenderModel;

/**
 * A unit growing 10 % a year (50 % in 2024, 55 % in 2025) towards the national 80 % by 2030, which needs 8.15 % a
 * year: on track, in words, on the chart and in the chart's text alternative.
 */
class ProgressOnPagesTest {

    private static final Catalog CATALOG = Catalog.load();
    private static final RenderModel MODEL = RenderModel.build(CATALOG, List.of(
            value("online-public-services-usage", Kind.ACTUAL, Period.year(2024), "50", "2025-01-10T00:00:00Z"),
            value("online-public-services-usage", Kind.ACTUAL, Period.year(2025), "55", "2025-06-10T00:00:00Z"),
            value("online-public-services-usage", Kind.TARGET, Period.year(2028), "75", "2025-06-10T00:00:00Z")));
    private static final ProvinceData HA_NOI = MODEL.province("ha-noi").orElseThrow();
    private static final Indicator USAGE = CATALOG.indicator("online-public-services-usage").orElseThrow();

    @Test
    void eachTargetGetsItsStatusAndAOneLineReasonInBothLanguages() {
        ProgressWords en = new ProgressWords(new Formats(Lang.EN, CATALOG));
        ProgressWords vi = new ProgressWords(new Formats(Lang.VI, CATALOG));
        List<Progress> rows = HA_NOI.progress().stream().filter(p -> p.indicator().equals(USAGE)).toList();

        // 55/50 − 1 = 10 %; (80/50)^(1/6) − 1 = 8.15 %: ratio 1.227; 55 × 1.1⁵ = 88.57805 by 2030. Own 75 by 2028:
        // (75/50)^(1/4) − 1 = 10.67 %: ratio 0.937; 55 × 1.1³ = 73.205, half-even 73.20.
        assertEquals(List.of(
                        "80% by 2030 (national) | On track | needs +8.15%/year, observed +10.00%/year"
                                + " | at this rate: 88.58% in 2030",
                        "75% by 2028 (own target) | Progress, acceleration needed | needs +10.67%/year,"
                                + " observed +10.00%/year | at this rate: 73.20% in 2028"),
                rows.stream().map(p -> en.target(p) + " | " + en.status(p.assessment().status()) + " | "
                        + en.reason(p) + " | " + en.projection(p)).toList());
        assertEquals("80\u00a0% vào năm 2030 (quốc gia) | Đúng lộ trình | cần +8,15\u00a0%/năm, thực tế +10,00\u00a0%/năm",
                vi.target(rows.get(0)) + " | " + vi.status(rows.get(0).assessment().status()) + " | " + vi.reason(rows.get(0)));
    }

    @Test
    void theChartDrawsTheRequiredPathToTheNationalTargetAndItsTextAlternativeSaysEveryStatus() {
        String svg = Charts.lineChart(HA_NOI, USAGE, new Formats(Lang.EN, CATALOG)).orElseThrow().markup();

        assertTrue(svg.contains("<path class=\"required-path\" d=\"M96 "), svg);
        assertTrue(svg.contains("<g class=\"point point-target\"><title>2030: 80</title>"), "the target point: " + svg);
        assertTrue(svg.contains("Short-dashed red line: the path from the base year to 80% by 2030 (national) at the"), svg);
        assertTrue(svg.contains("Against 80% by 2030 (national): On track; needs +8.15%/year, observed +10.00%/year."
                + " Against 75% by 2028 (own target): Progress, acceleration needed; needs +10.67%/year, observed"
                + " +10.00%/year.</desc>"), svg);
    }

    @Test
    void theProvincePageShowsTheStatusInWordsWithASymbolHiddenFromScreenReaders() {
        String html = RenderedPages.get("en/provinces/thanh-hoa/index.html");

        assertTrue(html.contains("""
                <tr>
                <th scope="row"><a href="/en/indicators/online-public-services-usage/">Use of online public services by citizens and businesses</a></th>
                <td>80% by 2030 (national)</td>
                <td><span class="progress-status progress-target-achieved"><span aria-hidden="true">✓</span> Target achieved</span></td>
                <td class="small">80% (2025) reaches it</td>
                <td class="small"></td>
                </tr>
                """), html);
        assertTrue(html.contains("<td>done by the end of 2025 (national)</td>"), html);
    }

    @Test
    void theIndicatorPageListsEveryUnitBestFirstAndByNameWithTheCountPerStatus() {
        String html = RenderedPages.get("en/indicators/online-public-services-usage/index.html");
        String byStatus = html.substring(html.indexOf("id=\"progress-by-status\""), html.indexOf("id=\"progress-by-name\""));
        String byName = html.substring(html.indexOf("id=\"progress-by-name\""),
                html.indexOf("</table>", html.indexOf("id=\"progress-by-name\"")));

        assertTrue(html.contains("<li><span class=\"progress-status progress-target-achieved\"><span aria-hidden=\"true\">✓"
                + "</span> Target achieved</span>: 1</li>"), html);
        assertTrue(html.contains("<a href=\"#progress-by-name\">by unit name</a>"), html);
        assertTrue(byStatus.indexOf("<tbody>\n<tr>\n<th scope=\"row\"><a href=\"/en/provinces/thanh-hoa/#progress-heading\">")
                > 0, "Thanh Hoa, the one unit at the target, comes first: " + byStatus);
        assertTrue(byName.indexOf("<tbody>\n<tr>\n<th scope=\"row\"><a href=\"/en/provinces/an-giang/#progress-heading\">")
                > 0, "An Giang first by name: " + byName);
        assertEquals(34, byName.split("<th scope=\"row\">", -1).length - 1);
    }

    private static Revision value(String indicator, Kind kind, Period period, String value, String received) {
        return new Revision("ha-noi", indicator, kind, period, 1, new BigDecimal(value), Optional.empty(),
                Optional.empty(), new Source("Báo cáo", Optional.empty()), Instant.parse(received), "s-" + period);
    }
}
