package vn.r57.render.data;

import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.r57.core.region.Region;
import vn.r57.core.region.RegionScheme;
import vn.r57.core.region.Regions;
import vn.r57.render.data.CsvWriter.Cell;

/**
 * {@code /data/v1/regions.csv}: which region each unit belongs to under each scheme, one row per scheme and unit,
 * with the days the membership was valid (empty: open-ended). A period is grouped by the scheme valid on its last day.
 */
final class RegionsCsv {

    static final List<String> COLUMNS = List.of(
            "scheme", "region_id", "region_name_vi", "region_name_en", "unit_id", "valid_from", "valid_to");

    byte[] render(Regions regions) {
        CsvWriter csv = new CsvWriter();
        csv.row(COLUMNS.stream().map(Cell::code).toList());
        for (RegionScheme scheme : regions.schemes()) {
            for (Region region : scheme.regions()) {
                for (String unit : region.unitIds()) {
                    csv.row(List.of(
                            Cell.code(scheme.id()),
                            Cell.code(region.id()),
                            Cell.text(region.nameVi()),
                            Cell.text(region.nameEn()),
                            Cell.code(unit),
                            Cell.code(scheme.validFrom().map(Object::toString).orElse("")),
                            Cell.code(scheme.validTo().map(Object::toString).orElse(""))));
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
