package vn.r57.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import vn.r57.render.OutputSets;
import vn.r57.render.output.Output;
import vn.r57.render.site.SiteAssets;

/** Exact fragments of rendered pages: escaping, qualifiers, number formats, the 2025 lineage. */
class PagesTest {

    private static final String NBSP = "\u00a0";

    @Test
    void aHostileNoteAndSourceAreEscapedAndNeverRunAsScript() {
        String html = RenderedPages.get("vi/provinces/ha-noi/index.html");

        assertTrue(html.contains("""
                <td class="num">97,50\u00a0%</td>
                <td>&lt;script&gt;alert(1)&lt;/script&gt;</td>
                <td><a href="https://hanoi.gov.vn/bc?q=1&amp;lang=vi" rel="external">Sở KH&amp;CN &lt;Hà Nội&gt;</a></td>
                """), html);
        assertFalse(html.contains("<script"), "no script element");
    }

    @Test
    void aQualifiedValueIsWrittenShortWithTheWordsForScreenReaders() {
        String vi = RenderedPages.get("vi/provinces/thanh-hoa/index.html");
        String en = RenderedPages.get("en/provinces/thanh-hoa/index.html");

        assertTrue(vi.contains("<p class=\"stat\"><span class=\"stat-value\"><span aria-hidden=\"true\">&gt; 80" + NBSP
                + "%</span><span class=\"visually-hidden\">trên 80" + NBSP + "%</span></span> <span class=\"stat-label\">"
                + "Năm 2025</span></p>\n<p>\n<span class=\"badge badge-qualified\">trên</span>\n</p>\n"), vi);
        assertTrue(en.contains("<p class=\"stat\"><span class=\"stat-value\"><span aria-hidden=\"true\">&gt; 80%</span>"
                + "<span class=\"visually-hidden\">above 80%</span></span> <span class=\"stat-label\">2025</span></p>\n"),
                en);
        assertTrue(vi.contains("<span aria-hidden=\"true\">≈ 9.800</span><span class=\"visually-hidden\">khoảng 9.800"
                + "</span>"), vi);
        assertTrue(en.contains("<span class=\"stat-value\">15.6% (estimate)</span>"), en);
    }

    @Test
    void numbersAreWrittenPerLanguageExactlyAsSubmittedTrailingZerosKept() {
        String vi = RenderedPages.get("vi/provinces/thanh-hoa/index.html");
        String en = RenderedPages.get("en/provinces/thanh-hoa/index.html");

        assertTrue(vi.contains("<td class=\"num\">99,510" + NBSP + "% <span class=\"badge badge-revised\">Đã điều chỉnh"
                + "</span></td>"), vi);
        assertTrue(en.contains("<td class=\"num\">99.510% <span class=\"badge badge-revised\">Revised</span></td>"), en);
        assertTrue(vi.contains("<td>Lần 1</td>\n<td class=\"num\">99,5" + NBSP + "%</td>"), vi);

        String tuyenQuangVi = RenderedPages.get("vi/provinces/tuyen-quang/index.html");
        String tuyenQuangEn = RenderedPages.get("en/provinces/tuyen-quang/index.html");
        assertTrue(tuyenQuangVi.contains("""
                <tr><th scope="row">Năm 2024</th>
                <td class="num">1.350</td>
                <td class="num">1.200</td>
                <td class="num">2.550 <span class="badge">tính toán</span></td>
                </tr>
                """), tuyenQuangVi);
        assertTrue(tuyenQuangEn.contains("""
                <tr><th scope="row">2024</th>
                <td class="num">1,350</td>
                <td class="num">1,200</td>
                <td class="num">2,550 <span class="badge">computed</span></td>
                </tr>
                """), tuyenQuangEn);
    }

    @Test
    void aMergedProvinceSaysWhatItWasFormedFromAndLinksTheFormerUnits() {
        String html = RenderedPages.get("vi/provinces/tuyen-quang/index.html");

        assertTrue(html.contains("""
                <section class="notice lineage" aria-labelledby="lineage-heading">
                <h2 id="lineage-heading">Thay đổi địa giới năm 2025</h2>
                <p>Tuyên Quang được thành lập ngày 01/07/2025 trên cơ sở hợp nhất Tuyên Quang (trước 2025) và Hà Giang.</p>
                <p>Số liệu trước ngày 01/07/2025 do các đơn vị cũ (Tuyên Quang (trước 2025) và Hà Giang) báo cáo riêng; \
                chúng không được đưa vào chuỗi số liệu của đơn vị mới.</p>
                <ul>
                <li>Đơn vị cũ: <a href="/vi/provinces/tuyen-quang-pre2025/">Tuyên Quang (trước 2025)</a></li>
                <li>Đơn vị cũ: <a href="/vi/provinces/ha-giang/">Hà Giang</a></li>
                </ul>
                <p><a href="#harmonised-heading">Xem số liệu của các đơn vị cũ đặt cạnh nhau</a></p>
                </section>
                """), html);
    }

    @Test
    void aFormerUnitSaysWhereItWentAndLinksTheHarmonisedView() {
        String html = RenderedPages.get("en/provinces/ha-giang/index.html");

        assertTrue(html.contains("""
                <h2 id="lineage-heading">2025 boundary changes</h2>
                <p>Ha Giang became part of Tuyen Quang on 1 Jul 2025.</p>
                <p><a href="/en/provinces/tuyen-quang/">Go to Tuyen Quang</a> · \
                <a href="/en/provinces/tuyen-quang/#harmonised-heading">See the former units' figures side by side</a></p>
                </section>
                """), html);
    }

    @Test
    void periodsReadAsPeopleWriteThem() {
        String vi = RenderedPages.get("vi/provinces/binh-dinh/index.html");
        String en = RenderedPages.get("en/provinces/binh-dinh/index.html");
        String hanoi = RenderedPages.get("en/provinces/ha-noi/index.html");

        assertTrue(vi.contains("<span class=\"stat-label\">Tháng 3/2025</span>"), vi);
        assertTrue(en.contains("<span class=\"stat-label\">Mar 2025</span>"), en);
        assertTrue(hanoi.contains("<th scope=\"row\">Q1 2025</th>"), hanoi);
        assertTrue(RenderedPages.get("vi/provinces/ha-noi/index.html").contains("<th scope=\"row\">Quý 1/2025</th>"));
    }

    @Test
    void everyChartIsAlsoAStandaloneSvgFile() {
        Output chart = RenderedPages.output("vi/provinces/thanh-hoa/on-time-admin-processing.svg");
        String svg = new String(chart.content().get(), StandardCharsets.UTF_8);

        assertEquals(Output.SVG, chart.contentType());
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
        assertTrue(RenderedPages.get("vi/provinces/thanh-hoa/index.html").contains(svg), "the page inlines the same drawing");
        assertTrue(RenderedPages.get("vi/provinces/thanh-hoa/index.html").contains(
                "<a href=\"/vi/provinces/thanh-hoa/on-time-admin-processing.svg\" type=\"image/svg+xml\" download>"));
    }

    @Test
    void theMapShadesByRankWithTheBestDarkestAndSaysNoDataInWords() {
        String map = RenderedPages.get("vi/indicators/mobile-base-stations/map.svg");

        assertTrue(map.contains("<a href=\"/vi/provinces/ha-noi/\" class=\"tile-link\"><title>Hà Nội: 15.000</title>"
                + "<rect class=\"tile q5\""), map);
        assertTrue(map.contains("<title>Thanh Hóa: ≈ 9.800</title><rect class=\"tile q3\""), map);
        assertTrue(map.contains("<title>Tuyên Quang: 2.700,0</title><rect class=\"tile q1\""), map);
        assertTrue(map.contains("<title>Huế: chưa có</title><rect class=\"tile no-data\""), map);
        assertTrue(map.contains(">15.000</text>\n<rect class=\"swatch q3\""), "legend: one line per shade in use");
    }

    @Test
    void aPortalWithoutAnyValueStillRendersEveryPage() {
        vn.r57.render.model.RenderModel empty = vn.r57.render.model.RenderModel.build(
                vn.r57.core.catalog.Catalog.load(), java.util.List.of());
        List<Output> portal = OutputSets.all(vn.r57.render.SmallDataSet.SITE_URL, false).get(0).outputs(empty).stream()
                .filter(output -> !output.path().startsWith("data/"))
                .toList();
        for (Output output : portal) {
            assertTrue(output.content().get().length > 0, output.path());
        }
        assertEquals(2 * (86 + 34 + 18 + 18 + 6 + 1 + 12 + 6 + 1) + 6, portal.size(),
                "no charts yet: every page and map (status pages, regions, 12 region pages, 6 region maps, compare), assets, root files");
        String overview = new String(portal.stream()
                .filter(output -> output.path().equals("en/index.html")).findFirst().orElseThrow().content().get(),
                StandardCharsets.UTF_8);
        assertTrue(overview.contains("<p>No figures have been submitted yet.</p>"), overview);
        assertFalse(overview.contains("demo-banner"), overview);
    }

    @Test
    void theOverviewWithItsStylesheetStaysUnderSixtyKilobytesGzipped() throws IOException {
        int overview = gzipped(RenderedPages.get("vi/index.html").getBytes(StandardCharsets.UTF_8));
        int stylesheet = gzipped(SiteAssets.load().stylesheet().bytes());

        assertTrue(overview + stylesheet <= 60 * 1024, "overview " + overview + " + stylesheet " + stylesheet);
    }

    @Test
    void noPageNeedsInlineScriptOrStyleAndEveryIndexedPageNamesItsCanonicalAndTwin() {
        int pages = 0;
        for (Output output : RenderedPages.all()) {
            if (!output.contentType().equals(Output.HTML)) {
                continue;
            }
            pages++;
            String html = new String(output.content().get(), StandardCharsets.UTF_8);
            String key = output.path();
            // One page loads a script, from a file: the compare page's progressive enhancement.
            String withoutScriptFiles = key.endsWith("compare/index.html")
                    ? html.replaceFirst("<script src=\"/assets/compare\\.[0-9a-f]{12}\\.js\" defer></script>", "")
                    : html;
            assertFalse(withoutScriptFiles.contains("<script"), key);
            assertFalse(html.contains("style="), key);
            assertFalse(html.contains("<style"), key);
            assertFalse(html.matches("(?s).*\\son[a-z]+=.*"), key + ": inline event handler");
            if (!key.endsWith("404.html") && !key.equals("index.html")) {
                assertTrue(html.contains("<link rel=\"canonical\" href=\"https://r57.example.vn/" + key.replace(
                        "index.html", "") + "\">"), key);
                assertTrue(html.contains("<link rel=\"alternate\" hreflang=\"x-default\""), key);
                assertTrue(html.contains("<meta property=\"og:title\""), key);
                assertTrue(html.contains("<meta name=\"description\""), key);
            }
        }
        assertEquals(2 * (86 + 34 + 18 + 6 + 1 + 12 + 1) + 1, pages);
    }

    private static int gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
