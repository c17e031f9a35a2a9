package vn.r57.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.r57.core.Lang;
import vn.r57.render.svg.LineChart.Point;
import vn.r57.render.svg.LineChart.Spec;
import vn.r57.render.svg.LineChart.TargetLine;

class LineChartTest {

    private static final String FONT =
            "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

    private static String draw(Spec spec) {
        return LineChart.render(spec).markup();
    }

    private static Spec onlineServices(Lang lang, List<Point> points, Optional<TargetLine> target) {
        return new Spec("online", lang, "Tỷ lệ dịch vụ công trực tuyến", "Từ 50 % năm 2024 lên 99,51 % năm 2025.",
                "%", points, target);
    }

    @Test
    void aStandaloneDocumentThatNamesItselfForAssistiveTechnology() throws Exception {
        String svg = draw(onlineServices(Lang.VI,
                List.of(Point.actual("2024", new BigDecimal("50")), Point.actual("2025", new BigDecimal("99.51"))),
                Optional.empty()));

        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 318\" width=\"640\""
                + " height=\"318\" role=\"img\" aria-labelledby=\"online-title online-desc\" class=\"chart line-chart\""
                + " font-family=\"" + FONT + "\">\n"
                + "<title id=\"online-title\">Tỷ lệ dịch vụ công trực tuyến</title>\n"
                + "<desc id=\"online-desc\">Từ 50 % năm 2024 lên 99,51 % năm 2025.</desc>\n"), svg);
        assertTrue(svg.endsWith("</svg>\n"), svg);
        assertEquals("svg", WellFormed.parse(svg).getDocumentElement().getLocalName());
    }

    @Test
    void theRequiredPathIsShortDashedThroughTheBaseTheYearsBetweenAndTheTargetPointAndANoteSaysWhatItIs() {
        Spec spec = new Spec("online", Lang.EN, "Online public services", "Description.", "%",
                List.of(Point.actual("2024", new BigDecimal("50")), Point.actual("2025", new BigDecimal("55")),
                        new Point("2030", new BigDecimal("80"), false, false, true)),
                Optional.empty(),
                Optional.of(new LineChart.RequiredPath(List.of(
                        new LineChart.RequiredPath.Vertex(0, new BigDecimal("50")),
                        new LineChart.RequiredPath.Vertex(1, new BigDecimal("54.07")),
                        new LineChart.RequiredPath.Vertex(2, new BigDecimal("80"))), "Path to 80% by 2030")));

        String svg = draw(spec);

        // Axis 0..80 over 200 px from y=278 upwards: 50 -> 153, 54.07 -> 142.825 (142.8), 80 -> 78; x 96, 340, 584.
        assertTrue(svg.contains("<path class=\"required-path\" d=\"M96 153 L340 142.8 L584 78\" fill=\"none\""
                + " stroke=\"#c8102e\" stroke-width=\"2\" stroke-dasharray=\"2 5\" stroke-linecap=\"round\"/>\n"), svg);
        assertTrue(svg.contains("<tspan x=\"16\" dy=\"18\">Path to 80% by 2030</tspan>"), svg);
        assertTrue(svg.indexOf("required-path") < svg.indexOf("series-line"), "the unit's own line is drawn over the path");
    }

    @Test
    void aPathVertexOffTheChartIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Spec("x", Lang.EN, "T", "D", "",
                List.of(Point.actual("2024", BigDecimal.ONE)), Optional.empty(),
                Optional.of(new LineChart.RequiredPath(List.of(
                        new LineChart.RequiredPath.Vertex(0, BigDecimal.ONE),
                        new LineChart.RequiredPath.Vertex(1, BigDecimal.TEN)), "note"))));
    }

    @Test
    void positionsComeFromTheExactValuesAndOnlyTheCoordinatesAreRounded() {
        String svg = draw(onlineServices(Lang.VI,
                List.of(Point.actual("2024", new BigDecimal("50")), Point.actual("2025", new BigDecimal("99.51"))),
                Optional.empty()));

        // Axis 0..100 over 200 px from y=278 upwards: 50 -> 178, 99.51 -> 78.98, drawn at 79.
        assertTrue(svg.contains("<path class=\"series-line\" d=\"M96 178 L584 79\" fill=\"none\" stroke=\"#1f5fa8\""
                + " stroke-width=\"2.5\" stroke-linejoin=\"round\"/>\n"), svg);
        assertTrue(svg.contains("<g class=\"point\"><title>2025: 99,51</title><circle cx=\"584\" cy=\"79\" r=\"5\""
                + " fill=\"#1f5fa8\" stroke=\"#ffffff\" stroke-width=\"1.5\"/><text x=\"584\" y=\"79\" dy=\"-11\""
                + " text-anchor=\"middle\" font-size=\"13.5\" font-weight=\"600\" fill=\"#1a1f26\">99,51</text></g>\n"),
                svg);
        assertTrue(svg.contains("<text x=\"56\" y=\"178\" dy=\"4\" text-anchor=\"end\">50</text>"), svg);
    }

    @Test
    void numbersAreWrittenTheWayEachLanguageWritesThem() {
        List<Point> trained = List.of(
                Point.actual("2024", new BigDecimal("7500")), Point.actual("2025", new BigDecimal("9800.50")));

        String vi = draw(new Spec("trained", Lang.VI, "Lao động được đào tạo", "Mô tả.", "người",
                trained, Optional.empty()));
        String en = draw(new Spec("trained", Lang.EN, "Workers trained", "Description.", "persons",
                trained, Optional.empty()));

        assertTrue(vi.contains(">9.800,50</text></g>"), vi);
        assertTrue(vi.contains("text-anchor=\"end\">10.000</text>"), vi);
        assertTrue(vi.contains(">Đơn vị: người</text>"), vi);
        assertTrue(en.contains(">9,800.50</text></g>"), en);
        assertTrue(en.contains("text-anchor=\"end\">10,000</text>"), en);
        assertTrue(en.contains(">Unit: persons</text>"), en);
    }

    @Test
    void aTargetLineIsDashedAndLabelledInWords() {
        String svg = draw(onlineServices(Lang.VI,
                List.of(Point.actual("2024", new BigDecimal("50")), Point.actual("2025", new BigDecimal("99.51"))),
                Optional.of(new TargetLine(new BigDecimal("80"), "Mục tiêu quốc gia 2030: trên 80 %"))));

        assertTrue(svg.contains("<g class=\"target-line\"><line x1=\"64\" x2=\"616\" y1=\"118\" y2=\"118\""
                + " stroke=\"#c8102e\" stroke-width=\"2\" stroke-dasharray=\"8 5\"/><text class=\"target-label\""
                + " x=\"70\" y=\"118\" dy=\"-7\" font-size=\"13.5\" font-weight=\"600\""
                + " fill=\"#c8102e\">Mục tiêu quốc gia 2030: trên 80 %</text></g>\n"), svg);
    }

    @Test
    void estimatesAndQualifiedValuesAreHollowAndExplainedUnderTheChart() {
        String svg = draw(onlineServices(Lang.VI,
                List.of(Point.actual("2024", new BigDecimal("50")),
                        new Point("2025", new BigDecimal("99.51"), false, true, false)),
                Optional.empty()));

        assertTrue(svg.contains("<g class=\"point point-hollow\"><title>2025: 99,51</title><circle cx=\"584\""
                + " cy=\"79\" r=\"4.5\" fill=\"#ffffff\" stroke=\"#1f5fa8\" stroke-width=\"2\"/>"), svg);
        assertTrue(svg.contains("<text class=\"chart-notes\" x=\"16\" y=\"328\" font-size=\"13\" fill=\"#4a5562\">"
                + "<tspan x=\"16\">Điểm rỗng: giá trị ước tính hoặc kèm điều kiện (trên, ít nhất, khoảng)</tspan>"
                + "</text>\n"), svg);
    }

    @Test
    void withoutEstimatesOrTargetsThereIsNoNote() {
        String svg = draw(onlineServices(Lang.EN,
                List.of(Point.actual("2024", new BigDecimal("50")), Point.actual("2025", new BigDecimal("60"))),
                Optional.empty()));

        assertFalse(svg.contains("chart-notes"), svg);
    }

    @Test
    void aTargetValueIsADiamondReachedByADashedLine() {
        String svg = draw(onlineServices(Lang.EN,
                List.of(Point.actual("2024", new BigDecimal("60")),
                        new Point("2030", new BigDecimal("100"), false, false, true)),
                Optional.empty()));

        assertTrue(svg.contains("<path class=\"series-line-target\" d=\"M96 158 L584 78\" fill=\"none\""
                + " stroke=\"#1f5fa8\" stroke-width=\"2\" stroke-dasharray=\"4 4\"/>\n"), svg);
        assertFalse(svg.contains("class=\"series-line\""), "no solid line with a single actual value");
        assertTrue(svg.contains("<g class=\"point point-target\"><title>2030: 100</title><path"
                + " d=\"M584 72 L590 78 L584 84 L578 78 Z\" fill=\"#ffffff\" stroke=\"#c8102e\" stroke-width=\"2\"/>"),
                svg);
        assertTrue(svg.contains("<tspan x=\"16\">Diamond: target value</tspan>"), svg);
    }

    @Test
    void hostileTextIsEscapedEverywhereItAppears() throws Exception {
        String svg = draw(new Spec("hostile", Lang.EN, "Share <script>alert(\"x\")</script> & co\u0007",
                "Desc </desc><script>", "<b>%</b>",
                List.of(Point.actual("2025</text><script>", new BigDecimal("1"))),
                Optional.of(new TargetLine(new BigDecimal("2"), "Target <img src=x onerror=alert(1)>"))));

        assertTrue(svg.contains(
                "<title id=\"hostile-title\">Share &lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; co</title>"), svg);
        assertTrue(svg.contains("<desc id=\"hostile-desc\">Desc &lt;/desc&gt;&lt;script&gt;</desc>"), svg);
        assertTrue(svg.contains(">Target &lt;img src=x onerror=alert(1)&gt;</text>"), svg);
        assertTrue(svg.contains(">2025&lt;/text&gt;&lt;script&gt;</text>"), svg);
        assertTrue(svg.contains(">Unit: &lt;b&gt;%&lt;/b&gt;</text>"), svg);
        assertFalse(svg.contains("<script"), svg);
        WellFormed.parse(svg);
    }

    @Test
    void theSameSeriesAlwaysGivesTheSameBytes() {
        Spec spec = onlineServices(Lang.VI,
                List.of(Point.actual("2021", new BigDecimal("33.3")), Point.actual("2022", new BigDecimal("66.67")),
                        Point.actual("2023", new BigDecimal("71")), Point.actual("2024", new BigDecimal("75"))),
                Optional.of(new TargetLine(new BigDecimal("80"), "Mục tiêu")));

        // Axis 0..80. Thirds of the width are not exact decimals, and 194.75 rounds half to even: both must come out
        // the same way every time.
        assertTrue(draw(spec).contains("d=\"M96 194.8 L258.7 111.3 L421.3 100.5 L584 90.5\""));
        assertEquals(draw(spec), draw(spec));
    }

    @Test
    void aChartIdMustBeASlugBecauseItPrefixesIdsInTheHostPage() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new Spec(
                "Bad id\"", Lang.VI, "T", "D", "%", List.of(Point.actual("2025", BigDecimal.ONE)), Optional.empty()));

        assertEquals("Chart id must be a lowercase slug (letters, digits, hyphens; starting with a letter): Bad id\"",
                error.getMessage());
    }

    @Test
    void aChartNeedsAtLeastOneValue() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new Spec("empty", Lang.VI, "T", "D", "%", List.of(), Optional.empty()));

        assertEquals("A line chart needs at least one point: empty", error.getMessage());
    }
}
