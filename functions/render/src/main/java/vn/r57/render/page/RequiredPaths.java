package vn.r57.render.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.r57.core.period.Period;
import vn.r57.core.progress.Assessment;
import vn.r57.core.progress.Target;
import vn.r57.render.model.Progress;
import vn.r57.render.svg.LineChart;

/**
 * Where a required path sits on a unit's line chart, whose points are spaced by period: one vertex at each point that
 * stands for a year of the path (the base, yearly or year-end actual values between), and one at the target point.
 * When the unit's own series has no point for the target, a target point is added at the end of {@code points}.
 */
final class RequiredPaths {

    private RequiredPaths() {}

    static Optional<LineChart.RequiredPath> of(
            Progress progress, List<Charts.Entry> entries, List<LineChart.Point> points, Formats f) {
        Assessment a = progress.assessment();
        Target target = a.target().orElseThrow();
        Map<Integer, java.math.BigDecimal> byYear = a.requiredPath().stream()
                .collect(Collectors.toMap(Assessment.PathPoint::year, Assessment.PathPoint::value));
        List<LineChart.RequiredPath.Vertex> vertices = new ArrayList<>();
        Set<Integer> placed = new HashSet<>();
        int targetPoint = -1;
        for (int i = 0; i < entries.size(); i++) {
            Charts.Entry entry = entries.get(i);
            Period period = entry.point().period();
            if (entry.isTarget()) {
                if (period.year() == target.year() && entry.current().value().compareTo(target.value()) == 0) {
                    targetPoint = i;
                }
                continue;
            }
            boolean standsForYear = period.end().equals(LocalDate.of(period.year(), 12, 31));
            if (standsForYear && period.year() < target.year() && byYear.containsKey(period.year())
                    && placed.add(period.year())) {
                vertices.add(new LineChart.RequiredPath.Vertex(i, byYear.get(period.year())));
            }
        }
        if (targetPoint < 0) {
            points.add(new LineChart.Point(Integer.toString(target.year()), target.value(), false, false, true));
            targetPoint = points.size() - 1;
        }
        vertices.add(new LineChart.RequiredPath.Vertex(targetPoint, target.value()));
        if (vertices.size() < 2) {
            return Optional.empty();
        }
        ProgressWords words = new ProgressWords(f);
        String note = f.msg().text("chart.note.path", words.target(progress), words.rate(a.requiredRate().orElseThrow()));
        return Optional.of(new LineChart.RequiredPath(vertices, note));
    }
}
