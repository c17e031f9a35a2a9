package vn.r57.render.data;

import java.util.List;
import java.util.Map;

/** The Data Package's description of {@code regions.csv}. */
final class RegionsResource {

    private RegionsResource() {}

    static Map<String, Object> descriptor() {
        return DataPackage.csvResource("regions", DataPackage.relative(Links.REGIONS),
                "The six socio-economic regions before and after 1 July 2025, one row per scheme and unit")
                .put("schema", Tree.object()
                        .put("fields", List.of(
                                DataPackage.field("scheme", "string", "master-plan-2021-2030 (63 units, until 30 June 2025) or"
                                        + " reorganisation-2025 (34 units, from 1 July 2025); see regionSchemes in"
                                        + " catalog.json for each scheme's source", true),
                                DataPackage.field("region_id", "string", "Region id; unique across schemes", true),
                                DataPackage.field("region_name_vi", "string", "Region name in Vietnamese", true),
                                DataPackage.field("region_name_en", "string", "Region name in English", true),
                                DataPackage.field("unit_id", "string", "Unit id as in catalog.json", true),
                                DataPackage.field("valid_from", "date", "First day of the membership; empty: before records start",
                                        false),
                                DataPackage.field("valid_to", "date", "Last day of the membership; empty: still valid", false)))
                        .put("primaryKey", List.of("scheme", "unit_id"))
                        .put("missingValues", List.of(""))
                        .build())
                .build();
    }
}
