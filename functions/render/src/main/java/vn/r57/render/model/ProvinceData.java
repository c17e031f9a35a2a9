package vn.r57.render.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.r57.core.catalog.Province;

/**
 * Everything published about one unit (current or dissolved on 1 July 2025).
 *
 * @param series the unit's own series, by catalog indicator order, then actual before target
 * @param harmonised for a merged province, its predecessors side by side; empty otherwise
 * @param status for a current unit, one row per indicator (catalog order) and calendar period; empty for a dissolved one
 * @param progress per indicator (catalog order): one row per target that counts (national first, then the unit's own
 *     by period), or the trend when the indicator has none (no row for a level without direction and target);
 *     empty for a dissolved unit
 * @param dataVersion the latest received time among the revisions this view is built from (the unit's own and its
 *     predecessors'); empty when there are none
 */
public record ProvinceData(
        Province province,
        List<Series> series,
        List<Harmonised> harmonised,
        List<ReportingStatus> status,
        List<Progress> progress,
        Optional<Instant> dataVersion) {

    public ProvinceData {
        series = List.copyOf(series);
        harmonised = List.copyOf(harmonised);
        status = List.copyOf(status);
        progress = List.copyOf(progress);
    }

    public String id() {
        return province.id();
    }
}
