package vn.r57.render.page;

import java.util.ArrayList;
import java.util.List;
import vn.r57.core.catalog.Province;
import vn.r57.core.period.Period;
import vn.r57.render.model.ProvinceData;
import vn.r57.render.model.RenderModel;
import vn.r57.render.model.ReportingStatus;

/** One calendar year of the reporting status page: a row per current unit, a cell per indicator (catalog order). */
public record StatusGrid(Period period, List<Row> rows) {

    public record Row(Province province, List<ReportingStatus> cells) {

        public long onRecord() {
            return cells.stream().filter(cell -> cell.status().hasValue()).count();
        }
    }

    /** Latest year first: the one people look for. */
    public static List<StatusGrid> of(RenderModel model) {
        List<StatusGrid> grids = new ArrayList<>();
        List<Period> calendar = model.calendar();
        for (int i = calendar.size() - 1; i >= 0; i--) {
            Period period = calendar.get(i);
            List<Row> rows = new ArrayList<>();
            for (ProvinceData province : model.provinces()) {
                if (province.province().isCurrent()) {
                    rows.add(new Row(province.province(), province.status().stream()
                            .filter(status -> status.period().equals(period))
                            .toList()));
                }
            }
            grids.add(new StatusGrid(period, rows));
        }
        return grids;
    }
}
