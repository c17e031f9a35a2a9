package vn.r57.render.page;

import java.util.List;
import vn.r57.core.period.Period;
import vn.r57.render.model.ProvinceData;
import vn.r57.render.model.RenderModel;
import vn.r57.render.model.ReportingStatus;

/**
 * How much of the reporting calendar's latest year is on record: units with at least one actual value for it, and
 * province-indicator cells with a value, out of the cells of units that existed that year.
 */
public record Coverage(Period period, int unitsReporting, int units, int cellsOnRecord, int cells) {

    public static Coverage of(RenderModel model) {
        Period period = model.calendar().get(model.calendar().size() - 1);
        int unitsReporting = 0;
        int units = 0;
        int onRecord = 0;
        int cells = 0;
        for (ProvinceData province : model.provinces()) {
            if (!province.province().isCurrent()) {
                continue;
            }
            units++;
            List<ReportingStatus> rows = province.status().stream()
                    .filter(status -> status.period().equals(period))
                    .filter(status -> status.status() != ReportingStatus.Status.NOT_ESTABLISHED)
                    .toList();
            long withValue = rows.stream().filter(status -> status.status().hasValue()).count();
            cells += rows.size();
            onRecord += (int) withValue;
            if (withValue > 0) {
                unitsReporting++;
            }
        }
        return new Coverage(period, unitsReporting, units, onRecord, cells);
    }
}
