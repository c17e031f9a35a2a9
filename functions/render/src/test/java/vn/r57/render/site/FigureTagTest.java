package vn.r57.render.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.r57.core.Lang;
import vn.r57.render.svg.LineChart;
import vn.r57.render.svg.Svg;
import vn.r57.render.svg.TileMap;

class FigureTagTest {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final PageMeta PAGE = PageMeta.of(
            new Site("https://r57.example.vn", false, "/assets/site.css", "/assets/icon.svg"), Lang.VI,
            "/vi/provinces/hue/", "/en/provinces/hue/", Section.OVERVIEW, "Huế", "Số liệu của Huế.");
    private static final Content TABLE = output -> output.writeContent("<table><caption>Số liệu</caption></table>");

    private static String render(Svg svg) {
        StringOutput output = new StringOutput();
        ENGINE.render("tag/figure.jte", Map.of("page", PAGE, "svg", svg, "caption", "Nguồn: <Sở KH&CN>",
                "downloadHref", "/charts/hue/online.svg", "dataTable", TABLE), output);
        return output.toString();
    }

    @Test
    void aChartIsInlinedAsIsInAKeyboardScrollableRegionWithItsDownloadAndDataTable() {
        Svg chart = LineChart.render(new LineChart.Spec("hue-online", Lang.VI, "Tỷ lệ", "Mô tả.", "%",
                List.of(LineChart.Point.actual("2025", new BigDecimal("99.51"))), Optional.empty()));

        String html = render(chart);

        // The caption comes first: HTML allows figcaption only as the first or the last child of figure.
        assertTrue(html.startsWith("<figure class=\"chart\">\n"
                + "<figcaption id=\"hue-online-caption\">Nguồn: &lt;Sở KH&amp;CN&gt;</figcaption>\n"
                + "<div class=\"figure-scroll\" role=\"region\""
                + " tabindex=\"0\" aria-labelledby=\"hue-online-caption\">\n" + chart.markup() + "\n</div>\n"), html);
        assertTrue(html.endsWith("""
                <p class="chart-links"><a href="/charts/hue/online.svg" type="image/svg+xml" download>Tải biểu đồ\
                 (SVG)</a></p>
                <details class="chart-data">
                <summary>Xem bảng số liệu</summary>
                <table><caption>Số liệu</caption></table>
                </details>
                </figure>"""), html);
    }

    @Test
    void aMapScalesDownInsteadOfScrollingSoItIsNoExtraTabStop() {
        Svg map = TileMap.render(new TileMap.Spec("online-map", Lang.VI, "Bản đồ", "Mô tả.", List.of(), Map.of()));

        String html = render(map);

        assertTrue(html.startsWith("<figure class=\"map\">\n<figcaption id=\"online-map-caption\">Nguồn: &lt;Sở KH&amp;CN&gt;</figcaption>\n<div class=\"figure-scroll\">\n<svg "), html);
    }
}
