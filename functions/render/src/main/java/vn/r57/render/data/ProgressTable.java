package vn.r57.render.data;

import java.util.List;
import java.util.Map;

/** The Data Package entry of {@code progress.csv}, with its Table Schema. */
final class ProgressTable {

    private ProgressTable() {}

    static Map<String, Object> resource(String path) {
        return DataPackage.csvResource("progress", path,
                "Progress status of every current unit against every target (and the trend without one)")
                .put("schema", Tree.object()
                        .put("fields", List.of(
                                DataPackage.field("province", "string", "Current unit id as in catalog.json", true),
                                DataPackage.field("province_name_vi", "string", "Unit name in Vietnamese", true),
                                DataPackage.field("province_name_en", "string", "Unit name in English", true),
                                DataPackage.field("indicator", "string", "Indicator id as in catalog.json", true),
                                DataPackage.enumField("target_source", List.of("national", "unit"),
                                        "national: the catalog's 2030 target; unit: the unit's own target value;"
                                                + " empty for the trend without a target", false),
                                number("target_value", "The target, exact"),
                                integer("target_year", "The year the target is due"),
                                DataPackage.enumField("status", List.of("target-achieved", "achieved-late", "on-track",
                                        "acceleration-needed", "limited-progress", "deterioration", "substantial-progress",
                                        "moderate-progress", "not-achieved", "not-yet-due", "overdue", "unable-to-assess"),
                                        "Progress status (see docs/methodology.md)", true),
                                DataPackage.enumField("reason", List.of("no-direction", "no-base", "one-year-only",
                                        "opposite-signs", "target-year-not-after-base"),
                                        "Why the status is unable-to-assess", false),
                                DataPackage.field("base_period", "string", "Period of the base figure (2024 or the first"
                                        + " later year; for a milestone, the period it was done)", false),
                                number("base_value", "Base figure, exact as submitted (or the exact computed sum)"),
                                DataPackage.field("base_sum_of", "string", "When the base is a merged unit's"
                                        + " predecessors' computed sum: their ids, separated by ;", false),
                                DataPackage.field("current_period", "string", "Period of the latest figure", false),
                                number("current_value", "Latest figure, exact as submitted"),
                                number("observed_rate", "Compound annual growth, base to current, percent a year,"
                                        + " half-even to 2 decimals"),
                                number("required_rate", "Compound annual growth the target needs from the base,"
                                        + " percent a year, half-even to 2 decimals"),
                                number("ratio", "Observed over absolute required rate, in the direction of progress,"
                                        + " half-even to 3 decimals"),
                                number("threshold_coefficient", "Without a target, near a natural limit: the factor"
                                        + " the thresholds were lowered by, half-even to 4 decimals"),
                                integer("projection_year", "The target year of the projection"),
                                number("projection_value", "The figure of the target year if the observed rate went"
                                        + " on, half-even to 2 decimals")))
                        .put("missingValues", List.of(""))
                        .build())
                .build();
    }

    private static Map<String, Object> number(String name, String description) {
        return DataPackage.field(name, "number", description, false);
    }

    private static Map<String, Object> integer(String name, String description) {
        return DataPackage.field(name, "integer", description, false);
    }
}
