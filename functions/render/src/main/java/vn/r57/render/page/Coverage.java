package vn.r57.render.page;

import java.util.List;
import java.util.Optional;
import vn.r57.core.calendar.ReportingCalendar;
import vn.r57.core.period.Period;
import vn.r57.render.model.CalendarEntry;
import vn.r57.render.model.ProvinceData;
import vn.r57.render.model.RenderModel;
import vn.r57.render.model.ReportingStatus;

/**
 * How much of the latest year whose reports are due is on record (the overview's headline): units with at least one
 * actual value for it, and reports received out of the reports owed for it by current units (a merged unit's
 * predecessors' reports count for it when it was not yet established). Before any year is due: the first year, with
 * nothing owed yet.
 */
public record Coverage(Period period, Optional<CalendarEntry> due, int unitsReporting, int units, int cellsOnRecord, int cells) {

    public static Coverage of(RenderModel model) {
        Optional<CalendarEntry> due = StatusBoard.latestYearlyDue(model);
        Period period = due.map(CalendarEntry::period).orElse(ReportingCalendar.FIRST_YEAR);
        int unitsReporting = 0;
        int units = 0;
        int onRecord = 0;
        int cells = 0;
        for (ProvinceData province : model.provinces()) {
            if (!province.province().isCurrent()) {
                continue;
            }
            units++;
            List<ReportingStatus> rows = due.isEmpty() ? List.of() : province.status().stream()
                    .filter(status -> status.period().equals(period))
                    .toList();
            StatusCounts counts = StatusCounts.of(rows);
            cells += counts.due();
            onRecord += counts.received();
            if (counts.received() > 0) {
                unitsReporting++;
            }
        }
        return new Coverage(period, due, unitsReporting, units, onRecord, cells);
    }
}
