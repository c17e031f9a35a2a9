package vn.r57.render.page;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.r57.render.svg.Svg;

/**
 * The unit line charts of one run. Each is drawn for its own file, written in the first stage, and the unit's page (a
 * later stage) shows the same drawing inline: kept until then, a chart is drawn once instead of twice, which was about
 * a tenth of a full render's CPU time. A page takes its charts out, so a drawing is held only between the two stages
 * (on the national data set, about 40 MB at most). Safe to use from the renderer's threads.
 */
final class DrawnCharts {

    private final Map<String, Svg> kept = new ConcurrentHashMap<>();

    /** For the chart's own file at {@code path}: drawn now, and kept for the unit's page. */
    Svg forFile(String path, Supplier<Svg> drawing) {
        Svg svg = drawing.get();
        kept.put(path, svg);
        return svg;
    }

    /** For the unit's page: the drawing made for the file at {@code path}, or a new one if the run made none. */
    Optional<Svg> forPage(String path, Supplier<Optional<Svg>> drawing) {
        Svg svg = kept.remove(path);
        return svg != null ? Optional.of(svg) : drawing.get();
    }
}
