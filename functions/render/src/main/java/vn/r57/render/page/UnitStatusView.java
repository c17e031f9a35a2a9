package vn.r57.render.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.r57.core.calendar.Timeliness;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.Province;
import vn.r57.render.model.ProvinceData;
import vn.r57.render.model.ReportingStatus;

/**
 * "What a unit owes, and when": the reports still owed (missing first, then not yet due, by due date), and every
 * report owed so far by indicator, latest period first. For a unit formed on 1 July 2025, its predecessors' reports for
 * the periods before count as its own to do, since its department reports for them.
 */
public record UnitStatusView(
        ProvinceData data, StatusCounts counts, List<Owed> outstanding, List<IndicatorRecord> record) {

    /** One report still to send: {@code status.province()} names the unit it is for (a predecessor, possibly). */
    public record Owed(Indicator indicator, ReportingStatus status) {}

    public record IndicatorRecord(Indicator indicator, List<ReportingStatus> periods) {}

    public Province province() {
        return data.province();
    }

    public static UnitStatusView of(Catalog catalog, ProvinceData data) {
        List<Owed> outstanding = new ArrayList<>();
        List<IndicatorRecord> record = new ArrayList<>();
        for (Indicator indicator : catalog.indicators()) {
            List<ReportingStatus> periods = new ArrayList<>();
            for (ReportingStatus status : data.status()) {
                if (status.indicator().equals(indicator.id())) {
                    periods.add(0, status);
                    collectOwed(indicator, status, outstanding);
                }
            }
            record.add(new IndicatorRecord(indicator, periods));
        }
        outstanding.sort(Comparator.comparing((Owed owed) -> owed.status().status() != Timeliness.MISSING)
                .thenComparing(owed -> owed.status().dueDate())
                .thenComparing(owed -> catalog.indicators().indexOf(owed.indicator()))
                .thenComparing(owed -> owed.status().province()));
        return new UnitStatusView(data, StatusCounts.of(data.status()), outstanding, record);
    }

    private static void collectOwed(Indicator indicator, ReportingStatus status, List<Owed> outstanding) {
        if (status.status() == Timeliness.MISSING || status.status() == Timeliness.NOT_YET_DUE) {
            outstanding.add(new Owed(indicator, status));
        }
        status.predecessors().forEach(predecessor -> collectOwed(indicator, predecessor, outstanding));
    }
}
