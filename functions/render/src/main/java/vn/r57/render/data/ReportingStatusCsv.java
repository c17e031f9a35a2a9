package vn.r57.render.data;

import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.r57.core.calendar.Timeliness;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Province;
import vn.r57.core.history.Instants;
import vn.r57.render.data.CsvWriter.Cell;
import vn.r57.render.model.ProvinceData;
import vn.r57.render.model.RenderModel;
import vn.r57.render.model.ReportingStatus;

/**
 * {@code /data/v1/reporting-status.csv}: one row per report owed as of the model's day, for every current unit, and
 * for a unit formed on 1 July 2025 also one row per predecessor for the periods it owed instead ({@code successor}
 * names the current unit). Unit order, then indicator (catalog order), then period.
 */
final class ReportingStatusCsv {

    static final List<String> COLUMNS = List.of(
            "province", "province_name_vi", "province_name_en", "successor", "indicator", "frequency", "period",
            "due_date", "status", "days_late", "first_received_at", "revised", "revision", "status_as_of");

    byte[] render(RenderModel model) {
        CsvWriter csv = new CsvWriter();
        csv.row(COLUMNS.stream().map(Cell::code).toList());
        String asOf = model.asOfDay().toString();
        for (ProvinceData unit : model.provinces()) {
            for (ReportingStatus status : unit.status()) {
                row(csv, model.catalog(), unit.province(), "", status, asOf);
                for (ReportingStatus predecessor : status.predecessors()) {
                    row(csv, model.catalog(), model.catalog().province(predecessor.province()).orElseThrow(),
                            unit.id(), predecessor, asOf);
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(CsvWriter csv, Catalog catalog, Province unit, String successor, ReportingStatus status, String asOf) {
        csv.row(List.of(
                Cell.code(unit.id()),
                Cell.text(unit.nameVi()),
                Cell.text(unit.nameEn()),
                Cell.code(successor),
                Cell.code(status.indicator()),
                Cell.code(catalog.indicator(status.indicator()).orElseThrow().reporting().frequency().wireName()),
                Cell.code(status.period().toString()),
                Cell.code(status.dueDate().toString()),
                Cell.code(status.status().wireName()),
                Cell.code(status.status() == Timeliness.LATE ? Integer.toString(status.daysLate()) : ""),
                Cell.code(status.firstReceived().map(Instants::format).orElse("")),
                Cell.code(Boolean.toString(status.revised())),
                Cell.code(status.point().map(point -> Integer.toString(point.current().number())).orElse("")),
                Cell.code(asOf)));
    }
}
