package vn.r57.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.r57.render.OutputSets;
import vn.r57.render.SmallDataSet;
import vn.r57.render.output.Output;
import vn.r57.render.output.Scope;

/** The region pages, the unit page's comparison, the compare page and the regions' sources on the about page. */
class PeerPagesTest {

    private static final Map<String, Output> OUTPUTS = OutputSets.all(SmallDataSet.SITE_URL, false).get(0)
            .outputs(SmallDataSet.model()).stream()
            .collect(Collectors.toMap(Output::path, Function.identity()));

    private static String page(String key) {
        return new String(OUTPUTS.get(key).content().get(), StandardCharsets.UTF_8);
    }

    @Test
    void aRegionPageSummarisesEachIndicatorForItsLatestPeriod() {
        String html = page("en/regions/bac-trung-bo-2025/index.html");

        assertTrue(html.contains("""
                <tr>
                <th scope="row"><a href="#indicator-mobile-base-stations">Mobile base stations</a></th>
                <td>2025</td>
                <td class="num">1 of 5</td>
                <td class="num">2,700</td>
                <td class="num">2,700</td>
                <td class="num">2,700</td>
                </tr>
                """), html);
        assertTrue(html.contains("""
                <tr>
                <td class="num">1</td>
                <th scope="row"><a href="/en/provinces/thanh-hoa/">Thanh Hoa</a></th>
                <td class="num">2,700</td>
                </tr>
                <tr>
                <td class="num"><span class="muted">No data</span></td>
                <th scope="row"><a href="/en/provinces/nghe-an/">Nghe An</a></th>
                <td class="muted">not reported</td>
                </tr>
                """), html);
        assertTrue(html.contains("<p>The list of units in each region has not been checked against the text of the act"
                + " itself, only against a secondary source."), "the caveat");
        assertTrue(html.contains("<svg"), "the current scheme's regions are drawn on the tile map");
        assertTrue(OUTPUTS.containsKey("en/regions/bac-trung-bo-2025/map.svg"));
    }

    @Test
    void aRegionPageOfTheCurrentSchemeCountsItsUnitsPerProgressStatus() {
        String html = page("en/regions/bac-trung-bo-2025/index.html");
        String progress = html.substring(html.indexOf("<section aria-labelledby=\"progress-heading\">"),
                html.indexOf("<section aria-labelledby=\"ranks-heading\">"));

        // Of the region's five current units only Thanh Hoa reported a usage ("above 80 %" in 2025: the national target);
        // the other four have no value to assess. Counted by the progress page's own code, over these five only.
        assertTrue(progress.contains("""
                <caption id="progress-digital-government">Digital government: units of North Central in each status against the national target</caption>
                <thead><tr><th scope="col">Indicator</th><th scope="col">Target</th>
                <th scope="col" class="num"><span class="progress-status progress-target-achieved"><span aria-hidden="true">✓</span> Target achieved</span></th>
                <th scope="col" class="num"><span class="progress-status progress-not-yet-due"><span aria-hidden="true">○</span> Not yet due</span></th>
                <th scope="col" class="num"><span class="progress-status progress-unable-to-assess"><span aria-hidden="true">?</span> Unable to assess</span></th>
                <th scope="col" class="num">Units</th></tr></thead>
                <tbody>
                <tr>
                <th scope="row"><a href="/en/indicators/online-public-services-usage/#progress-heading">Use of online public services by citizens and businesses</a></th>
                <td class="num">80% (2030)</td>
                <td class="num">1</td>
                <td class="num">0</td>
                <td class="num">4</td>
                <td class="num">5</td>
                </tr>
                </tbody>
                """), progress);
        assertTrue(progress.contains("""
                <th scope="row"><a href="/en/indicators/action-plan-issued/#progress-heading">Action programme implementing Resolution 57-NQ/TW issued</a></th>
                <td class="num">1 (2025)</td>
                <td class="num">0</td>
                <td class="num">5</td>
                <td class="num">0</td>
                <td class="num">5</td>
                """), progress);
    }

    @Test
    void aRegionPageOfTheFormerSchemeSaysProgressIsAssessedForCurrentUnitsOnly() {
        String html = page("vi/regions/bac-trung-bo-duyen-hai-mien-trung/index.html");

        assertTrue(html.contains("""
                <h2 id="progress-heading">Tiến độ của các tỉnh, thành phố trong vùng</h2>
                <p>Tiến độ so với mục tiêu quốc gia chỉ được đánh giá cho 34 tỉnh, thành phố hiện nay, nên được đếm ở trang\
                 của các vùng từ ngày 1/7/2025, không ở trang này. Với mọi đơn vị: <a href="/vi/progress/">Các tỉnh, thành\
                 có đúng lộ trình đến năm 2030?</a></p>
                </section>
                """), html);
        assertTrue(!html.contains("class=\"progress-summary\""), html);
    }

    @Test
    void aRegionOfTheFormerSchemeIsListedNotDrawn() {
        String html = page("vi/regions/bac-trung-bo-duyen-hai-mien-trung/index.html");

        assertTrue(html.contains("<p>Bản đồ thể hiện 34 tỉnh, thành phố hiện nay, nên các vùng trước ngày 1/7/2025 được"
                + " liệt kê thay vì vẽ.</p>"), html);
        assertTrue(html.contains("<li><a href=\"/vi/provinces/binh-dinh/\">Bình Định</a> <span class=\"small muted\">"),
                html);
        assertTrue(!OUTPUTS.containsKey("vi/regions/bac-trung-bo-duyen-hai-mien-trung/map.svg"));
    }

    @Test
    void aRegionPageDependsOnItsUnitsAndTheUnitsTheyWereFormedFrom() {
        Scope scope = OUTPUTS.get("vi/regions/bac-trung-bo-2025/index.html").scope();

        assertEquals(java.util.Set.of("thanh-hoa", "nghe-an", "ha-tinh", "quang-tri", "quang-tri-pre2025",
                "quang-binh", "hue"), scope.provinces());
    }

    @Test
    void aUnitPageComparesEachLatestValueWithItsRegionAndTheNationForTheSamePeriod() {
        String html = page("en/provinces/thanh-hoa/index.html");

        assertTrue(html.contains("""
                <tr>
                <th scope="row"><a href="/en/indicators/on-time-admin-processing/">Administrative dossiers processed on time</a></th>
                <td>2024</td>
                <td class="num">99.510%</td>
                <td class="num">99.510% <span class="small muted">(1 of 14, North Central and Central Coast)</span></td>
                <td class="num">99.510% <span class="small muted">(1 of 63)</span></td>
                <td class="num">1 of 1</td>
                </tr>
                """), html);
        assertTrue(html.contains("<a href=\"/en/compare/?units=thanh-hoa,nghe-an,ha-tinh,quang-tri,hue\">"), html);
        assertTrue(OUTPUTS.get("en/provinces/thanh-hoa/index.html").scope().onAnyChange(),
                "the nation's median depends on every unit");
    }

    @Test
    void theComparePageSetsEachRegionsUnitsSideBySideWithoutScriptAndLoadsItsScriptFromAFile() {
        String html = page("vi/compare/index.html");

        assertTrue(html.contains("""
                <caption id="table-bac-trung-bo-2025-digital-infrastructure">Hạ tầng số: các tỉnh, thành phố của Bắc Trung Bộ cạnh nhau</caption>"""),
                html);
        assertTrue(html.contains("<td class=\"num\">2.700 <span class=\"small muted\">(2025)</span></td>"), html);
        assertTrue(html.contains("<form id=\"compare-form\" class=\"compare-form\" method=\"get\" action=\"/vi/compare/\" hidden"),
                "the picker needs the script, so it stays hidden without it");
        assertTrue(html.matches("(?s).*<script src=\"/assets/compare\\.[0-9a-f]{12}\\.js\" defer></script>.*"), html);
    }

    @Test
    void theAboutPageCitesEachSchemesSourceAndTheCaveat() {
        String html = page("en/about/index.html");

        assertTrue(html.contains("<dt>Legal basis</dt><dd>Nghị quyết 81/2023/QH15"), html);
        assertTrue(html.contains("<code class=\"small\">http://tintuc.thuvienphapluat.com/"), html);
        assertTrue(html.contains("<p class=\"notice\">Caveat: neither list of units could be read in the text of the act"
                + " itself."), html);
    }

    @Test
    void theSitemapListsTheRegionsAndComparePages() {
        String sitemap = page("sitemap.xml");

        for (String path : List.of("vi/regions/", "en/regions/dong-nam-bo-2025/", "vi/regions/tay-nguyen/", "en/compare/")) {
            assertTrue(sitemap.contains("<loc>https://r57.example.vn/" + path + "</loc>"), path);
        }
    }
}
