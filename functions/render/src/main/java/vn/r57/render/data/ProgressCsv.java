package vn.r57.render.data;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.r57.core.progress.Assessment;
import vn.r57.core.progress.Published;
import vn.r57.core.progress.Reading;
import vn.r57.core.progress.Reason;
import vn.r57.core.progress.Target;
import vn.r57.render.data.CsvWriter.Cell;
import vn.r57.render.model.Progress;
import vn.r57.render.model.ProvinceData;
import vn.r57.render.model.RenderModel;

/**
 * {@code /data/v1/progress.csv}: one row per current unit × indicator × target (or trend), in unit then indicator
 * order: the same statements as the {@code progress} blocks of the JSON files, rounded the same way.
 */
final class ProgressCsv {

    static final List<String> COLUMNS = List.of(
            "province", "province_name_vi", "province_name_en", "indicator", "target_source", "target_value",
            "target_year", "status", "reason", "base_period", "base_value", "base_sum_of", "current_period",
            "current_value", "observed_rate", "required_rate", "ratio", "threshold_coefficient", "projection_year",
            "projection_value");

    byte[] render(RenderModel model) {
        CsvWriter csv = new CsvWriter();
        csv.row(COLUMNS.stream().map(Cell::code).toList());
        for (ProvinceData data : model.provinces()) {
            for (Progress progress : data.progress()) {
                Assessment a = progress.assessment();
                List<Cell> cells = new ArrayList<>(COLUMNS.size());
                cells.add(Cell.code(data.id()));
                cells.add(Cell.text(data.province().nameVi()));
                cells.add(Cell.text(data.province().nameEn()));
                cells.add(Cell.code(progress.indicator().id()));
                cells.add(Cell.code(a.target().map(t -> t.source().wireName()).orElse("")));
                cells.add(number(a.target().map(Target::value)));
                cells.add(Cell.code(a.target().map(t -> Integer.toString(t.year())).orElse("")));
                cells.add(Cell.code(a.status().wireName()));
                cells.add(Cell.code(a.reason().map(Reason::wireName).orElse("")));
                cells.add(Cell.code(a.base().map(b -> b.period().toString()).orElse("")));
                cells.add(number(a.base().map(Reading::value)));
                cells.add(Cell.code(a.base().map(b -> String.join(";", b.sumOf())).orElse("")));
                cells.add(Cell.code(a.current().map(c -> c.period().toString()).orElse("")));
                cells.add(number(a.current().map(Reading::value)));
                cells.add(number(a.observedRate().map(Published::ratePercent)));
                cells.add(number(a.requiredRate().map(Published::ratePercent)));
                cells.add(number(a.ratio().map(Published::ratio)));
                cells.add(number(a.coefficient().map(Published::coefficient)));
                cells.add(Cell.code(a.projection().map(p -> Integer.toString(a.target().orElseThrow().year())).orElse("")));
                cells.add(number(a.projection().map(Published::level)));
                csv.row(cells);
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Cell number(Optional<BigDecimal> value) {
        return Cell.code(value.map(BigDecimal::toPlainString).orElse(""));
    }
}
