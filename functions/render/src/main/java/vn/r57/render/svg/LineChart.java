package vn.r57.render.svg;

import vn.r57.render.output.Xml;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.r57.core.Lang;
import vn.r57.core.format.Numbers;
import vn.r57.render.site.Messages;

/**
 * One indicator's values over time as a standalone SVG document that can also be inlined into a page.
 *
 * <p>Periods are spaced evenly in the order given. Each value is written next to its marker exactly as submitted
 * (formatted for the language, never rounded). Estimates and qualified values ("above 80%") get a hollow marker,
 * target values a hollow diamond joined by a dashed line, a target line is dashed with its label written out, and the
 * path required to reach a target is dotted and explained in a note: shape and text carry the meaning, colour only
 * repeats it. The same input always gives the same bytes.
 */
public final class LineChart {

    /**
     * One value of the series.
     *
     * @param period the period as people read it ("2025", "Quý 1/2025")
     * @param qualified true when the value came with a qualifier such as "above" or "approximately"
     * @param estimate true when the reporter marked the value as an estimate
     * @param target true for a target value rather than an achieved one
     */
    public record Point(String period, BigDecimal value, boolean qualified, boolean estimate, boolean target) {

        public Point {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(value, "value");
        }

        public static Point actual(String period, BigDecimal value) {
            return new Point(period, value, false, false, false);
        }

        boolean hollow() {
            return qualified || estimate;
        }
    }

    /** A horizontal reference such as the national 2030 target; the label is shown as given. */
    public record TargetLine(BigDecimal value, String label) {

        public TargetLine {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * The path a unit must follow to reach a target: one vertex per point of the chart that lies on it (the base, the
     * years between, the target point), drawn dotted, with a note saying what it is.
     */
    public record RequiredPath(List<Vertex> vertices, String note) {

        public RequiredPath {
            vertices = List.copyOf(vertices);
            if (vertices.size() < 2) {
                throw new IllegalArgumentException("A required path needs two vertices");
            }
            Objects.requireNonNull(note, "note");
        }

        /** @param point the index of the chart point this vertex sits above or below */
        public record Vertex(int point, BigDecimal value) {}
    }

    /**
     * What to draw.
     *
     * @param id slug that prefixes the SVG's ids, unique within a page
     * @param title visible heading and accessible name
     * @param description text alternative, read out instead of the drawing
     * @param unit the unit's name in {@code lang}, empty when the values have none
     */
    public record Spec(
            String id,
            Lang lang,
            String title,
            String description,
            String unit,
            List<Point> points,
            Optional<TargetLine> target,
            Optional<RequiredPath> path) {

        public Spec(String id, Lang lang, String title, String description, String unit, List<Point> points,
                Optional<TargetLine> target) {
            this(id, lang, title, description, unit, points, target, Optional.empty());
        }

        public Spec {
            SvgIds.requireSlug(id);
            Objects.requireNonNull(lang, "lang");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(unit, "unit");
            points = List.copyOf(points);
            if (points.isEmpty()) {
                throw new IllegalArgumentException("A line chart needs at least one point: " + id);
            }
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(path, "path");
            for (RequiredPath.Vertex vertex : path.map(RequiredPath::vertices).orElse(List.of())) {
                if (vertex.point() < 0 || vertex.point() >= points.size()) {
                    throw new IllegalArgumentException("A path vertex off the chart: " + vertex.point());
                }
            }
        }
    }

    static final int WIDTH = 640;
    private static final int PLOT_LEFT = 64;
    private static final int PLOT_RIGHT = WIDTH - 24;
    private static final int PLOT_HEIGHT = 200;
    private static final int POINT_INSET = 32;
    private static final int TITLE_FIRST_BASELINE = 30;
    private static final int TITLE_LINE_HEIGHT = 23;
    private static final int TITLE_MAX_CHARS = 60;
    private static final int NOTE_LINE_HEIGHT = 18;
    private static final int NOTE_MAX_CHARS = 84;
    private static final int MAX_LABELLED_POINTS = 12;
    private static final int MAX_PERIOD_LABELS = 10;

    private LineChart() {}

    public static Svg render(Spec spec) {
        return new Svg(spec.id(), "chart", true, new Drawing(spec).draw());
    }

    /** The state of one drawing: scale and positions, computed once. */
    private static final class Drawing {

        private final Spec spec;
        private final Messages msg;
        private final List<String> titleLines;
        private final List<String> noteLines;
        private final Axis axis;
        private final int plotTop;
        private final int plotBottom;
        private final int height;
        /** Each point's coordinates as written; a point appears in the line, its marker and its period label. */
        private final String[] xs;
        private final String[] ys;
        private final StringBuilder svg = new StringBuilder(4096);

        Drawing(Spec spec) {
            this.spec = spec;
            this.msg = Messages.of(spec.lang());
            this.titleLines = Lines.wrap(spec.title(), TITLE_MAX_CHARS);
            this.noteLines = notes();
            List<BigDecimal> values = new ArrayList<>();
            spec.points().forEach(point -> values.add(point.value()));
            spec.target().ifPresent(target -> values.add(target.value()));
            spec.path().ifPresent(path -> path.vertices().forEach(vertex -> values.add(vertex.value())));
            this.axis = Axis.covering(values);
            int lastTitleBaseline = TITLE_FIRST_BASELINE + TITLE_LINE_HEIGHT * (titleLines.size() - 1);
            this.plotTop = lastTitleBaseline + 48;
            this.plotBottom = plotTop + PLOT_HEIGHT;
            this.height = plotBottom + 40 + NOTE_LINE_HEIGHT * noteLines.size();
            this.xs = new String[spec.points().size()];
            this.ys = new String[spec.points().size()];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = Coordinates.format(x(i));
                ys[i] = Coordinates.format(y(spec.points().get(i).value()));
            }
        }

        String draw() {
            String id = spec.id();
            svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                    .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                    .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                    .append("-desc\" class=\"chart line-chart\" font-family=\"").append(Palette.FONT_FAMILY)
                    .append("\">\n");
            svg.append("<title id=\"").append(id).append("-title\">").append(Xml.text(spec.title()))
                    .append("</title>\n");
            svg.append("<desc id=\"").append(id).append("-desc\">").append(Xml.text(spec.description()))
                    .append("</desc>\n");
            svg.append("<rect width=\"").append(WIDTH).append("\" height=\"").append(height).append("\" fill=\"")
                    .append(Palette.PAPER).append("\"/>\n");
            heading();
            grid();
            spec.target().ifPresent(this::targetLine);
            spec.path().ifPresent(this::requiredPath);
            series();
            periodLabels();
            notesText();
            svg.append("</svg>\n");
            return svg.toString();
        }

        private void heading() {
            svg.append("<text class=\"chart-title\" x=\"16\" y=\"").append(TITLE_FIRST_BASELINE)
                    .append("\" font-size=\"18\" font-weight=\"700\" fill=\"").append(Palette.INK).append("\">");
            Lines.appendTspans(svg, titleLines, 16, TITLE_LINE_HEIGHT);
            svg.append("</text>\n");
            if (!spec.unit().isBlank()) {
                svg.append("<text class=\"chart-unit\" x=\"16\" y=\"").append(plotTop - 18)
                        .append("\" font-size=\"13.5\" fill=\"").append(Palette.MUTED).append("\">")
                        .append(Xml.text(msg.text("chart.unit", spec.unit()))).append("</text>\n");
            }
        }

        private void grid() {
            svg.append("<g class=\"axis\" font-size=\"13\" fill=\"").append(Palette.MUTED).append("\">\n");
            for (BigDecimal tick : axis.ticks()) {
                String y = Coordinates.format(y(tick));
                String stroke = tick.compareTo(axis.lo()) == 0 ? Palette.AXIS : Palette.GRID;
                svg.append("<line x1=\"").append(PLOT_LEFT).append("\" x2=\"").append(PLOT_RIGHT)
                        .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\" stroke=\"")
                        .append(stroke).append("\" stroke-width=\"1\"/>");
                svg.append("<text x=\"").append(PLOT_LEFT - 8).append("\" y=\"").append(y)
                        .append("\" dy=\"4\" text-anchor=\"end\">").append(Xml.text(number(tick)))
                        .append("</text>\n");
            }
            svg.append("</g>\n");
        }

        private void targetLine(TargetLine target) {
            String y = Coordinates.format(y(target.value()));
            svg.append("<g class=\"target-line\">");
            svg.append("<line x1=\"").append(PLOT_LEFT).append("\" x2=\"").append(PLOT_RIGHT).append("\" y1=\"")
                    .append(y).append("\" y2=\"").append(y).append("\" stroke=\"").append(Palette.TARGET)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"8 5\"/>");
            // Left-aligned: series usually climb towards their target, so the left end is where the line is clear.
            svg.append("<text class=\"target-label\" x=\"").append(PLOT_LEFT + 6).append("\" y=\"").append(y)
                    .append("\" dy=\"-7\" font-size=\"13.5\" font-weight=\"600\" fill=\"")
                    .append(Palette.TARGET).append("\">").append(Xml.text(target.label())).append("</text>");
            svg.append("</g>\n");
        }

        /** Dotted, in the target's colour: not the unit's figures, but where they would have to be. */
        private void requiredPath(RequiredPath path) {
            StringBuilder data = new StringBuilder();
            for (RequiredPath.Vertex vertex : path.vertices()) {
                data.append(data.length() == 0 ? "M" : " L").append(xs[vertex.point()]).append(' ')
                        .append(Coordinates.format(y(vertex.value())));
            }
            svg.append("<path class=\"required-path\" d=\"").append(data).append("\" fill=\"none\" stroke=\"")
                    .append(Palette.TARGET).append("\" stroke-width=\"2\" stroke-dasharray=\"2 5\"")
                    .append(" stroke-linecap=\"round\"/>\n");
        }

        private void series() {
            List<Point> points = spec.points();
            Path solid = new Path();
            Path dashed = new Path();
            for (int i = 1; i < points.size(); i++) {
                boolean towardsTarget = points.get(i).target() || points.get(i - 1).target();
                (towardsTarget ? dashed : solid).segment(i - 1, i);
            }
            if (!solid.isEmpty()) {
                svg.append("<path class=\"series-line\" d=\"").append(solid).append("\" fill=\"none\" stroke=\"")
                        .append(Palette.SERIES).append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>\n");
            }
            if (!dashed.isEmpty()) {
                svg.append("<path class=\"series-line-target\" d=\"").append(dashed)
                        .append("\" fill=\"none\" stroke=\"").append(Palette.SERIES)
                        .append("\" stroke-width=\"2\" stroke-dasharray=\"4 4\"/>\n");
            }
            boolean labelEvery = points.size() <= MAX_LABELLED_POINTS;
            for (int i = 0; i < points.size(); i++) {
                boolean labelled = labelEvery || i == 0 || i == points.size() - 1;
                marker(points.get(i), i, labelled);
            }
        }

        /** SVG path data through the points; a segment that continues the previous one does not move the pen. */
        private final class Path {
            private final StringBuilder data = new StringBuilder();
            private int end = -1;

            void segment(int from, int to) {
                if (end != from) {
                    data.append(data.length() == 0 ? "M" : " M").append(position(from));
                }
                data.append(" L").append(position(to));
                end = to;
            }

            boolean isEmpty() {
                return data.length() == 0;
            }

            @Override
            public String toString() {
                return data.toString();
            }
        }

        private void marker(Point point, int index, boolean labelled) {
            String x = xs[index];
            String y = ys[index];
            String valueText = number(point.value());
            String kind = point.target() ? "point point-target" : point.hollow() ? "point point-hollow" : "point";
            svg.append("<g class=\"").append(kind).append("\">");
            svg.append("<title>").append(Xml.text(msg.text("chart.point.title", point.period(), valueText)))
                    .append("</title>");
            if (point.target()) {
                BigDecimal cx = x(index);
                BigDecimal cy = y(point.value());
                svg.append("<path d=\"M").append(Coordinates.format(cx)).append(' ')
                        .append(Coordinates.format(cy.subtract(BigDecimal.valueOf(6)))).append(" L")
                        .append(Coordinates.format(cx.add(BigDecimal.valueOf(6)))).append(' ').append(y)
                        .append(" L").append(x).append(' ')
                        .append(Coordinates.format(cy.add(BigDecimal.valueOf(6)))).append(" L")
                        .append(Coordinates.format(cx.subtract(BigDecimal.valueOf(6)))).append(' ').append(y)
                        .append(" Z\" fill=\"").append(Palette.PAPER).append("\" stroke=\"").append(Palette.TARGET)
                        .append("\" stroke-width=\"2\"/>");
            } else if (point.hollow()) {
                svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"4.5\" fill=\"")
                        .append(Palette.PAPER).append("\" stroke=\"").append(Palette.SERIES)
                        .append("\" stroke-width=\"2\"/>");
            } else {
                svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"5\" fill=\"")
                        .append(Palette.SERIES).append("\" stroke=\"").append(Palette.PAPER)
                        .append("\" stroke-width=\"1.5\"/>");
            }
            if (labelled) {
                svg.append("<text x=\"").append(x).append("\" y=\"").append(y)
                        .append("\" dy=\"-11\" text-anchor=\"middle\" font-size=\"13.5\" font-weight=\"600\" fill=\"")
                        .append(Palette.INK).append("\">").append(Xml.text(valueText)).append("</text>");
            }
            svg.append("</g>\n");
        }

        private void periodLabels() {
            List<Point> points = spec.points();
            int every = (points.size() + MAX_PERIOD_LABELS - 1) / MAX_PERIOD_LABELS;
            svg.append("<g class=\"periods\" font-size=\"13.5\" fill=\"").append(Palette.INK)
                    .append("\" text-anchor=\"middle\">");
            for (int i = 0; i < points.size(); i++) {
                if (i % every == 0 || i == points.size() - 1) {
                    svg.append("<text x=\"").append(xs[i]).append("\" y=\"")
                            .append(plotBottom + 22).append("\">").append(Xml.text(points.get(i).period()))
                            .append("</text>");
                }
            }
            svg.append("</g>\n");
        }

        private List<String> notes() {
            List<String> lines = new ArrayList<>();
            if (spec.points().stream().anyMatch(point -> !point.target() && point.hollow())) {
                lines.addAll(Lines.wrap(msg.text("chart.note.hollow"), NOTE_MAX_CHARS));
            }
            if (spec.points().stream().anyMatch(Point::target)) {
                lines.addAll(Lines.wrap(msg.text("chart.note.diamond"), NOTE_MAX_CHARS));
            }
            spec.path().ifPresent(path -> lines.addAll(Lines.wrap(path.note(), NOTE_MAX_CHARS)));
            return lines;
        }

        private void notesText() {
            if (noteLines.isEmpty()) {
                return;
            }
            svg.append("<text class=\"chart-notes\" x=\"16\" y=\"").append(plotBottom + 50)
                    .append("\" font-size=\"13\" fill=\"").append(Palette.MUTED).append("\">");
            Lines.appendTspans(svg, noteLines, 16, NOTE_LINE_HEIGHT);
            svg.append("</text>\n");
        }

        private String position(int index) {
            return xs[index] + " " + ys[index];
        }

        private BigDecimal x(int index) {
            int count = spec.points().size();
            if (count == 1) {
                return BigDecimal.valueOf(PLOT_LEFT + PLOT_RIGHT).divide(BigDecimal.valueOf(2));
            }
            BigDecimal first = BigDecimal.valueOf(PLOT_LEFT + POINT_INSET);
            BigDecimal span = BigDecimal.valueOf(PLOT_RIGHT - PLOT_LEFT - 2L * POINT_INSET);
            return Coordinates.scale(
                    BigDecimal.valueOf(index), BigDecimal.ZERO, BigDecimal.valueOf(count - 1L), first, span);
        }

        /** Higher values sit higher: the scale runs from the plot's bottom edge upwards. */
        private BigDecimal y(BigDecimal value) {
            return Coordinates.scale(value, axis.lo(), axis.hi(), BigDecimal.valueOf(plotBottom),
                    BigDecimal.valueOf(-PLOT_HEIGHT));
        }

        private String number(BigDecimal value) {
            return Numbers.format(value, spec.lang());
        }
    }
}
