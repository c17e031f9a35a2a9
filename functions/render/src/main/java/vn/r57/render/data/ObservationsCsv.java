package vn.r57.render.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.r57.core.history.Instants;
import vn.r57.core.history.Revision;
import vn.r57.core.snapshot.Qualifier;
import vn.r57.render.data.CsvWriter.Cell;
import vn.r57.render.model.Point;
import vn.r57.render.model.RenderModel;
import vn.r57.render.model.Series;

/**
 * {@code /data/v1/observations.csv}: one row per current value (province, indicator, kind, period), long format,
 * in the model's series order. Values are the exact decimals as submitted. Earlier revisions are in the JSON files.
 */
final class ObservationsCsv {

    static final List<String> COLUMNS = List.of(
            "province", "province_name_vi", "province_name_en", "indicator", "kind", "period", "value", "unit",
            "qualifier", "note", "source_title", "source_url", "received_at", "revision", "snapshot");

    byte[] render(RenderModel model) {
        CsvWriter csv = new CsvWriter();
        csv.row(COLUMNS.stream().map(Cell::code).toList());
        for (Series series : model.series()) {
            Cell seriesCells = Cell.written(CsvWriter.written(List.of(
                    Cell.code(series.province().id()),
                    Cell.text(series.province().nameVi()),
                    Cell.text(series.province().nameEn()),
                    Cell.code(series.indicator().id()),
                    Cell.code(series.kind().wireName()))));
            Cell unit = Cell.written(CsvWriter.written(List.of(Cell.text(series.indicator().unit()))));
            for (Point point : series.points()) {
                Revision value = point.current();
                List<Cell> cells = new ArrayList<>(11);
                cells.add(seriesCells);
                cells.add(Cell.code(point.period().toString()));
                cells.add(Cell.code(value.value().toPlainString()));
                cells.add(unit);
                cells.add(Cell.code(value.qualifier().map(Qualifier::wireName).orElse("")));
                cells.add(Cell.text(value.note().orElse("")));
                cells.add(Cell.text(value.source().title()));
                cells.add(Cell.text(value.source().url().orElse("")));
                cells.add(Cell.code(Instants.format(value.receivedAt())));
                cells.add(Cell.code(Integer.toString(value.number())));
                cells.add(Cell.code(value.snapshotId()));
                csv.row(cells);
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
