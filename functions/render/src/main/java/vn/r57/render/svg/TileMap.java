package vn.r57.render.svg;

import vn.r57.render.output.Xml;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import vn.r57.core.Lang;
import vn.r57.core.catalog.Catalog;
import vn.r57.render.site.Messages;

/**
 * The 34 provinces and cities as equal tiles on a grid shaped like the country, each coloured by its bucket and
 * carrying its short name and value in words, so the map reads without colour. Tiles are links to the province
 * pages, in reading order. A province without data is hatched and says so. The same input always gives the same
 * bytes.
 */
public final class TileMap {

    /**
     * How a tile is shaded: five steps from lowest to highest, or no data. Dark ink on light fills, white ink on dark
     * fills; every pair reaches 4.5:1 contrast (checked by a test).
     */
    public enum Bucket {
        Q1("q1", "#e8f0f8", Palette.INK),
        Q2("q2", "#bcd3ea", Palette.INK),
        Q3("q3", "#7fa9d6", Palette.INK),
        Q4("q4", "#2f6fb5", Palette.PAPER),
        Q5("q5", "#123f6e", Palette.PAPER),
        NO_DATA("no-data", null, Palette.INK);

        private final String cssClass;
        private final String fill;
        private final String ink;

        Bucket(String cssClass, String fill, String ink) {
            this.cssClass = cssClass;
            this.fill = fill;
            this.ink = ink;
        }

        public String cssClass() {
            return cssClass;
        }

        /** The fill colour; empty for no data, which is drawn with a hatching pattern. */
        public Optional<String> fill() {
            return Optional.ofNullable(fill);
        }

        public String ink() {
            return ink;
        }
    }

    /**
     * One province's tile.
     *
     * @param valueText the value as people read it ("99,51 %"); short, it has to fit on the tile; empty for no data
     * @param href where the tile leads, usually the province page; empty for a tile that is not a link
     */
    public record Tile(Bucket bucket, Optional<String> valueText, Optional<String> href) {

        public Tile {
            Objects.requireNonNull(bucket, "bucket");
            if ((bucket == Bucket.NO_DATA) != valueText.isEmpty()) {
                throw new IllegalArgumentException("A tile has a value text exactly when it has data: " + bucket);
            }
            Objects.requireNonNull(href, "href");
        }

        public static Tile of(Bucket bucket, String valueText, String href) {
            return new Tile(bucket, Optional.of(valueText), Optional.of(href));
        }

        public static Tile noData(String href) {
            return new Tile(Bucket.NO_DATA, Optional.empty(), Optional.of(href));
        }
    }

    /** One line of the legend; the "no data" line is added by the map itself when a tile needs it. */
    public record LegendEntry(Bucket bucket, String label) {

        public LegendEntry {
            if (bucket == Bucket.NO_DATA) {
                throw new IllegalArgumentException("The no-data legend entry is added by the map itself");
            }
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * What to draw. Provinces missing from {@code tiles} are drawn as no data, without a link.
     *
     * @param id slug that prefixes the SVG's ids, unique within a page
     * @param tiles by province id; ids must be current provinces
     */
    public record Spec(
            String id,
            Lang lang,
            String title,
            String description,
            List<LegendEntry> legend,
            Map<String, Tile> tiles) {

        public Spec {
            SvgIds.requireSlug(id);
            Objects.requireNonNull(lang, "lang");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(description, "description");
            legend = List.copyOf(legend);
            tiles = Map.copyOf(tiles);
            // Sorted, so that with several unknown ids the error always names the same one.
            for (String provinceId : new TreeSet<>(tiles.keySet())) {
                if (TileGrid.cells().stream().noneMatch(cell -> cell.provinceId().equals(provinceId))) {
                    throw new IllegalArgumentException("No tile for '" + provinceId + "': not a current province");
                }
            }
        }
    }

    static final int MARGIN = 12;
    static final int PITCH_X = 84;
    static final int PITCH_Y = 52;
    static final int TILE_WIDTH = 80;
    static final int TILE_HEIGHT = 48;
    /** The legend sits in the sea east of the north-central coast, where the grid has no tiles. */
    static final int LEGEND_COL = 3;
    static final int LEGEND_ROW = 4;
    static final int LEGEND_ROWS = 3;
    /** The schematic note sits in the sea east of the Mekong delta. */
    static final int NOTE_COL = 3;
    static final int NOTE_ROW = 13;
    static final int NOTE_ROWS = 2;

    private static final Tile NOT_GIVEN = new Tile(Bucket.NO_DATA, Optional.empty(), Optional.empty());
    private static final int TITLE_FIRST_BASELINE = 24;
    private static final int TITLE_LINE_HEIGHT = 20;
    private static final int TITLE_MAX_CHARS = 46;
    private static final int NOTE_MAX_CHARS = 29;
    private static final int NOTE_LINE_HEIGHT = 15;

    private TileMap() {}

    public static Svg render(Spec spec) {
        Messages msg = Messages.of(spec.lang());
        Catalog catalog = Catalog.load();
        String id = spec.id();
        List<String> titleLines = Lines.wrap(spec.title(), TITLE_MAX_CHARS);
        int gridTop = TITLE_FIRST_BASELINE + TITLE_LINE_HEIGHT * (titleLines.size() - 1) + 16;
        int width = 2 * MARGIN + TileGrid.columns() * PITCH_X - (PITCH_X - TILE_WIDTH);
        int height = gridTop + TileGrid.rows() * PITCH_Y - (PITCH_Y - TILE_HEIGHT) + MARGIN;
        String noData = id + "-no-data";

        StringBuilder svg = new StringBuilder(16384);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"group\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" class=\"chart tile-map\" font-family=\"").append(Palette.FONT_FAMILY).append("\">\n");
        svg.append("<title id=\"").append(id).append("-title\">").append(Xml.text(spec.title())).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(Xml.text(spec.description())).append(' ')
                .append(Xml.text(msg.text("map.schematic"))).append("</desc>\n");
        svg.append("<defs><pattern id=\"").append(noData)
                .append("\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"8\" height=\"8\" fill=\"").append(Palette.PAPER).append("\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"").append(Palette.HATCH)
                .append("\" stroke-width=\"2\"/></pattern></defs>\n");
        svg.append("<rect width=\"").append(width).append("\" height=\"").append(height).append("\" fill=\"")
                .append(Palette.PAPER).append("\"/>\n");

        svg.append("<text class=\"chart-title\" x=\"").append(MARGIN).append("\" y=\"").append(TITLE_FIRST_BASELINE)
                .append("\" font-size=\"15\" font-weight=\"700\" fill=\"").append(Palette.INK).append("\">");
        Lines.appendTspans(svg, titleLines, MARGIN, TITLE_LINE_HEIGHT);
        svg.append("</text>\n");

        boolean anyNoData = false;
        for (TileGrid.Cell cell : TileGrid.cells()) {
            Tile tile = spec.tiles().getOrDefault(cell.provinceId(), NOT_GIVEN);
            anyNoData |= tile.bucket() == Bucket.NO_DATA;
            String name = catalog.province(cell.provinceId()).orElseThrow().name(spec.lang());
            String valueText = tile.valueText().orElse(msg.text("map.noData.tile"));
            int x = MARGIN + cell.col() * PITCH_X;
            int y = gridTop + cell.row() * PITCH_Y;
            int centre = x + TILE_WIDTH / 2;
            if (tile.href().isPresent()) {
                svg.append("<a href=\"").append(Xml.attr(tile.href().get())).append("\" class=\"tile-link\">");
            } else {
                svg.append("<g class=\"tile-group\">");
            }
            svg.append("<title>").append(Xml.text(msg.text("map.tile.title", name, valueText))).append("</title>");
            svg.append("<rect class=\"tile ").append(tile.bucket().cssClass()).append("\" x=\"").append(x)
                    .append("\" y=\"").append(y).append("\" width=\"").append(TILE_WIDTH).append("\" height=\"")
                    .append(TILE_HEIGHT).append("\" rx=\"3\" fill=\"").append(fill(tile.bucket(), noData))
                    .append("\" stroke=\"").append(Palette.AXIS).append("\" stroke-width=\"1\"/>");
            svg.append("<text class=\"tile-name\" x=\"").append(centre).append("\" y=\"").append(y + 19)
                    .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"").append(tile.bucket().ink())
                    .append("\">").append(Xml.text(cell.label(spec.lang()))).append("</text>");
            svg.append("<text class=\"tile-value\" x=\"").append(centre).append("\" y=\"").append(y + 37)
                    .append("\" text-anchor=\"middle\" font-size=\"12.5\" font-weight=\"700\" fill=\"")
                    .append(tile.bucket().ink()).append("\">").append(Xml.text(valueText)).append("</text>");
            svg.append(tile.href().isPresent() ? "</a>\n" : "</g>\n");
        }

        legend(svg, spec, msg, gridTop, anyNoData, noData);

        int noteX = MARGIN + NOTE_COL * PITCH_X;
        int noteY = gridTop + NOTE_ROW * PITCH_Y + 12;
        svg.append("<text class=\"map-note\" x=\"").append(noteX).append("\" y=\"").append(noteY)
                .append("\" font-size=\"11\" fill=\"").append(Palette.MUTED).append("\">");
        Lines.appendTspans(svg, Lines.wrap(msg.text("map.schematic"), NOTE_MAX_CHARS), noteX, NOTE_LINE_HEIGHT);
        svg.append("</text>\n");
        svg.append("</svg>\n");
        return new Svg(id, "map", false, svg.toString());
    }

    private static void legend(
            StringBuilder svg, Spec spec, Messages msg, int gridTop, boolean anyNoData, String noData) {
        int x = MARGIN + LEGEND_COL * PITCH_X;
        int y = gridTop + LEGEND_ROW * PITCH_Y;
        svg.append("<g class=\"legend\" font-size=\"12\" fill=\"").append(Palette.INK).append("\">");
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y + 12).append("\" font-weight=\"700\">")
                .append(Xml.text(msg.text("map.legend"))).append("</text>\n");
        int entryTop = y + 22;
        for (LegendEntry entry : spec.legend()) {
            legendEntry(svg, x, entryTop, entry.bucket(), entry.label(), noData);
            entryTop += 22;
        }
        if (anyNoData) {
            legendEntry(svg, x, entryTop, Bucket.NO_DATA, msg.text("map.noData.legend"), noData);
        }
        svg.append("</g>\n");
    }

    private static void legendEntry(StringBuilder svg, int x, int top, Bucket bucket, String label, String noData) {
        svg.append("<rect class=\"swatch ").append(bucket.cssClass()).append("\" x=\"").append(x).append("\" y=\"")
                .append(top).append("\" width=\"16\" height=\"16\" rx=\"2\" fill=\"").append(fill(bucket, noData))
                .append("\" stroke=\"").append(Palette.AXIS).append("\" stroke-width=\"1\"/>");
        svg.append("<text x=\"").append(x + 22).append("\" y=\"").append(top + 12).append("\">")
                .append(Xml.text(label)).append("</text>\n");
    }

    private static String fill(Bucket bucket, String noDataPatternId) {
        return bucket.fill().orElse("url(#" + noDataPatternId + ")");
    }
}
