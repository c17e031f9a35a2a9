package vn.r57.render.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.r57.core.Lang;
import vn.r57.render.svg.TileMap.Bucket;
import vn.r57.render.svg.TileMap.LegendEntry;
import vn.r57.render.svg.TileMap.Spec;
import vn.r57.render.svg.TileMap.Tile;

class TileMapTest {

    private static final List<LegendEntry> LEGEND = List.of(new LegendEntry(Bucket.Q5, "90 % trở lên"));

    private static String draw(Spec spec) {
        return TileMap.render(spec).markup();
    }

    private static Spec map(Lang lang, Map<String, Tile> tiles) {
        return new Spec("m", lang, "Bản đồ", "Mô tả.", LEGEND, tiles);
    }

    private static Map<String, Tile> everyProvinceWithData() {
        Map<String, Tile> tiles = new HashMap<>();
        for (TileGrid.Cell cell : TileGrid.cells()) {
            tiles.put(cell.provinceId(), Tile.of(Bucket.Q3, "75", "/vi/provinces/" + cell.provinceId() + "/"));
        }
        return tiles;
    }

    @Test
    void aTileWithDataLinksToItsProvinceAndSaysItsNameAndValue() throws Exception {
        String svg = draw(map(Lang.VI, Map.of("ha-noi", Tile.of(Bucket.Q5, "99,51 %", "/vi/provinces/ha-noi/"))));

        assertTrue(svg.contains("<a href=\"/vi/provinces/ha-noi/\" class=\"tile-link\"><title>Hà Nội: 99,51 %</title>"
                + "<rect class=\"tile q5\" x=\"180\" y=\"144\" width=\"80\" height=\"48\" rx=\"3\" fill=\"#123f6e\""
                + " stroke=\"#6b7785\" stroke-width=\"1\"/><text class=\"tile-name\" x=\"220\" y=\"163\""
                + " text-anchor=\"middle\" font-size=\"11\" fill=\"#ffffff\">Hà Nội</text><text class=\"tile-value\""
                + " x=\"220\" y=\"181\" text-anchor=\"middle\" font-size=\"12.5\" font-weight=\"700\" fill=\"#ffffff\">"
                + "99,51 %</text></a>\n"), svg);
        WellFormed.parse(svg);
    }

    @Test
    void aProvinceWithoutDataIsHatchedAndSaysSoInWords() {
        String svg = draw(map(Lang.VI, Map.of("hue", Tile.noData("/vi/provinces/hue/"))));

        assertTrue(svg.contains("<a href=\"/vi/provinces/hue/\" class=\"tile-link\"><title>Huế: chưa có</title>"
                + "<rect class=\"tile no-data\" x=\"264\" y=\"404\" width=\"80\" height=\"48\" rx=\"3\""
                + " fill=\"url(#m-no-data)\" stroke=\"#6b7785\" stroke-width=\"1\"/>"), svg);
        // Cà Mau was not given at all: still drawn, as no data, but not a link.
        assertTrue(svg.contains("<g class=\"tile-group\"><title>Cà Mau: chưa có</title><rect class=\"tile no-data\""
                + " x=\"12\" y=\"768\" width=\"80\" height=\"48\" rx=\"3\" fill=\"url(#m-no-data)\" stroke=\"#6b7785\""
                + " stroke-width=\"1\"/><text class=\"tile-name\" x=\"52\" y=\"787\" text-anchor=\"middle\""
                + " font-size=\"11\" fill=\"#1a1f26\">Cà Mau</text><text class=\"tile-value\" x=\"52\" y=\"805\""
                + " text-anchor=\"middle\" font-size=\"12.5\" font-weight=\"700\" fill=\"#1a1f26\">chưa có</text></g>\n"),
                svg);
        assertTrue(svg.contains("<pattern id=\"m-no-data\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\">"), svg);
    }

    @Test
    void theLegendExplainsNoDataOnlyWhenATileHasNone() {
        String some = draw(map(Lang.VI, Map.of()));
        String all = draw(map(Lang.VI, everyProvinceWithData()));

        assertTrue(some.contains("<rect class=\"swatch q5\" x=\"264\" y=\"270\" width=\"16\" height=\"16\" rx=\"2\""
                + " fill=\"#123f6e\" stroke=\"#6b7785\" stroke-width=\"1\"/><text x=\"286\" y=\"282\">90 % trở lên</text>\n"
                + "<rect class=\"swatch no-data\" x=\"264\" y=\"292\" width=\"16\" height=\"16\" rx=\"2\""
                + " fill=\"url(#m-no-data)\" stroke=\"#6b7785\" stroke-width=\"1\"/><text x=\"286\" y=\"304\">"
                + "Chưa có số liệu</text>\n"), some);
        assertFalse(all.contains("Chưa có số liệu"), all);
        assertFalse(all.contains("class=\"tile no-data\""), all);
    }

    @Test
    void englishTilesUseEnglishNames() {
        String svg = draw(map(Lang.EN, Map.of("ho-chi-minh", Tile.of(Bucket.Q1, "12.5%", "/en/provinces/ho-chi-minh/"))));

        assertTrue(svg.contains("<title>Ho Chi Minh City: 12.5%</title>"), svg);
        assertTrue(svg.contains(">HCMC</text>"), svg);
        assertTrue(svg.contains("<title>Ca Mau: no data</title>"), svg);
    }

    @Test
    void keyboardOrderFollowsTheCountryFromNorthToSouth() {
        String svg = draw(map(Lang.VI, everyProvinceWithData()));
        List<String> order = new ArrayList<>();
        Matcher link = Pattern.compile("<a href=\"/vi/provinces/([a-z-]+)/\"").matcher(svg);
        while (link.find()) {
            order.add(link.group(1));
        }

        assertEquals(TileGrid.cells().stream().map(TileGrid.Cell::provinceId).toList(), order);
    }

    @Test
    void hostileTextAndLinksAreEscaped() throws Exception {
        String svg = draw(new Spec("m", Lang.EN, "<script>x</script>", "a & b",
                List.of(new LegendEntry(Bucket.Q1, "<i>low</i>")),
                Map.of("hue", Tile.of(Bucket.Q1, "<b>1</b>", "/en/?a=1&b=\"2\""))));

        assertTrue(svg.contains("<title id=\"m-title\">&lt;script&gt;x&lt;/script&gt;</title>"), svg);
        assertTrue(svg.contains("<a href=\"/en/?a=1&amp;b=&quot;2&quot;\" class=\"tile-link\"><title>Hue: &lt;b&gt;1&lt;/b&gt;</title>"), svg);
        assertTrue(svg.contains(">&lt;i&gt;low&lt;/i&gt;</text>"), svg);
        assertFalse(svg.contains("<script"), svg);
        WellFormed.parse(svg);
    }

    @Test
    void onlyCurrentProvincesHaveTiles() {
        IllegalArgumentException former = assertThrows(IllegalArgumentException.class,
                () -> map(Lang.VI, Map.of("ha-giang", Tile.noData("/vi/provinces/ha-giang/"))));

        assertEquals("No tile for 'ha-giang': not a current province", former.getMessage());
    }

    @Test
    void aTileHasAValueTextExactlyWhenItHasData() {
        assertThrows(IllegalArgumentException.class,
                () -> new Tile(Bucket.NO_DATA, Optional.of("0"), Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new Tile(Bucket.Q1, Optional.empty(), Optional.empty()));
    }

    @Test
    void everyBucketsInkReachesAaContrastOnItsFill() {
        for (Bucket bucket : Bucket.values()) {
            // No data is white with light hatching: the ink must read against both.
            List<String> backgrounds = bucket.fill().map(List::of).orElse(List.of(Palette.PAPER, Palette.HATCH));
            for (String background : backgrounds) {
                double ratio = Contrast.ratio(bucket.ink(), background);
                assertTrue(ratio >= 4.5, bucket + " ink on " + background + " is only " + ratio + ":1");
            }
        }
    }
}
