package vn.r57.render.page;

import java.util.ArrayList;
import java.util.List;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.Province;
import vn.r57.core.period.Period;
import vn.r57.render.model.ProvinceData;
import vn.r57.render.model.RenderModel;
import vn.r57.render.model.ReportingStatus;

/** One period of the reporting status page: a row per current unit, a cell per indicator reported for the period. */
public record StatusGrid(Period period, List<Indicator> indicators, List<Row> rows) {

    public record Row(Province province, List<ReportingStatus> cells) {

        public StatusCounts counts() {
            return StatusCounts.of(cells);
        }
    }

    public static StatusGrid of(RenderModel model, Period period, List<Indicator> indicators) {
        List<Row> rows = new ArrayList<>();
        for (ProvinceData province : model.provinces()) {
            if (province.province().isCurrent()) {
                List<ReportingStatus> cells = new ArrayList<>();
                for (Indicator indicator : indicators) {
                    province.status().stream()
                            .filter(status -> status.period().equals(period) && status.indicator().equals(indicator.id()))
                            .forEach(cells::add);
                }
                rows.add(new Row(province.province(), cells));
            }
        }
        return new StatusGrid(period, indicators, rows);
    }

    public StatusCounts counts() {
        return StatusCounts.of(rows.stream().flatMap(row -> row.cells().stream()).toList());
    }
}
