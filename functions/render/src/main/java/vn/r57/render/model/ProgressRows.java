package vn.r57.render.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.r57.core.catalog.Direction;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.Province;
import vn.r57.core.history.Revision;
import vn.r57.core.progress.Assessment;
import vn.r57.core.progress.Reading;
import vn.r57.core.progress.Target;
import vn.r57.core.progress.UnitProgress;

/** Feeds one unit's series (and a merged unit's computed predecessor sums) to the core progress measure. */
final class ProgressRows {

    private ProgressRows() {}

    /**
     * @param actual the unit's own actual series, if any
     * @param targets the unit's own target series, if any
     * @param harmonised a merged unit's actual values of its predecessors, if any
     * @param asOfYear the year of the data version (the latest receipt, in Vietnam)
     */
    static List<Progress> of(
            Province province,
            Indicator indicator,
            Optional<Series> actual,
            Optional<Series> targets,
            Optional<Harmonised> harmonised,
            int asOfYear) {
        List<Reading> readings = actual.map(series -> series.points().stream()
                        .map(point -> Reading.own(point.period(), point.current().value()))
                        .toList())
                .orElse(List.of());
        // Only exact sums: a partial or qualified total would be a figure no one reported.
        List<Reading> sums = harmonised.map(h -> h.rows().stream()
                        .filter(row -> row.sum().isPresent())
                        .map(row -> new Reading(row.period(), row.sum().get(),
                                row.values().stream().map(Revision::province).toList()))
                        .toList())
                .orElse(List.of());
        List<Target> own = targets.map(series -> series.points().stream()
                        .map(point -> Target.unit(point.period(), point.current().value()))
                        .toList())
                .orElse(List.of());
        Optional<LocalDate> formedOn = province.isMerged() ? province.validFrom() : Optional.empty();
        Optional<Point> latest = actual.flatMap(Series::latest);
        return UnitProgress.assess(indicator, readings, sums, formedOn, own, asOfYear).stream()
                .map(assessment -> progress(province, indicator, assessment, latest))
                .toList();
    }

    private static Progress progress(Province province, Indicator indicator, Assessment assessment, Optional<Point> latest) {
        Optional<BigDecimal> value = latest.map(point -> point.current().value());
        Optional<BigDecimal> target = assessment.target().map(Target::value);
        Optional<BigDecimal> gap = target.flatMap(goal -> value.map(goal::subtract));
        Optional<Boolean> met = indicator.direction() == Direction.NONE
                ? Optional.empty()
                : target.flatMap(goal -> value.map(v -> indicator.direction() == Direction.UP
                        ? v.compareTo(goal) >= 0
                        : v.compareTo(goal) <= 0));
        Optional<BigDecimal> percent = target.filter(goal -> goal.signum() != 0)
                .flatMap(goal -> value.map(v -> v.multiply(BigDecimal.valueOf(100)).divide(goal, 1, RoundingMode.HALF_EVEN)));
        return new Progress(province.id(), indicator, assessment, latest, gap, met, percent);
    }
}
