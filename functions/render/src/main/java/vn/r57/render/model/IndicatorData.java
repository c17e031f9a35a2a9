package vn.r57.render.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.r57.core.catalog.Indicator;

/**
 * One indicator across every unit.
 *
 * @param series every unit's series of this indicator (catalog unit order, current units first; actual before target)
 * @param ranking current units for the best-reported period; empty when no current unit reported an actual value
 * @param status every current unit's reporting status per calendar period (unit order, then period)
 * @param progress every current unit's progress rows (unit order), as in {@link ProvinceData#progress()}
 * @param dataVersion the latest received time among this indicator's revisions
 */
public record IndicatorData(
        Indicator indicator,
        List<Series> series,
        Optional<Ranking> ranking,
        List<ReportingStatus> status,
        List<Progress> progress,
        Optional<Instant> dataVersion) {

    public IndicatorData {
        series = List.copyOf(series);
        status = List.copyOf(status);
        progress = List.copyOf(progress);
    }

    public String id() {
        return indicator.id();
    }
}
