package vn.r57.render.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.Province;
import vn.r57.core.history.Instants;
import vn.r57.render.model.RenderModel;
import vn.r57.render.output.JsonWriter;

/**
 * {@code /data/v1/datapackage.json}: a Frictionless Data Package (v1 descriptor, read by frictionless 5) listing every
 * open data file with a relative path, so the package validates both on the web and in a rendered folder.
 */
final class DataPackage {

    private final Links links;

    DataPackage(Links links) {
        this.links = links;
    }

    byte[] render(RenderModel model) {
        List<Object> resources = new ArrayList<>();
        resources.add(observations());
        resources.add(ProgressTable.resource(relative(Links.PROGRESS)));
        resources.add(reportingStatus());
        resources.add(json("catalog", "catalog.json", "catalog", "Indicators, pillars, units with their 2025 lineage"));
        resources.add(RegionsResource.descriptor());
        for (Province province : model.catalog().provinces()) {
            resources.add(json("province-" + province.id(), relative(Links.province(province.id())), "province",
                    province.nameEn() + ": every series with revisions, reporting status, progress"));
        }
        for (Indicator indicator : model.catalog().indicators()) {
            resources.add(json("indicator-" + indicator.id(), relative(Links.indicator(indicator.id())), "indicator",
                    indicator.nameEn() + ": every unit, ranking, reporting status"));
        }
        resources.add(Tree.object()
                .put("name", "feed")
                .put("path", relative(Links.FEED))
                .put("profile", "data-resource")
                .put("format", "atom")
                .put("mediatype", "application/atom+xml")
                .put("encoding", "utf-8")
                .put("title", "Latest received values and corrections (Atom)")
                .build());
        return JsonWriter.write(Tree.object()
                .put("profile", "data-package")
                .put("name", "r57-provincial-progress")
                .put("title", Publication.TITLE_EN)
                .put("description", Publication.TITLE_VI + ". Values reported by provincial departments, kept exactly"
                        + " as submitted, with their full revision history.")
                .put("homepage", links.siteUrl() + "/")
                .put("created", Instants.format(model.generatedAt()))
                .put("licenses", List.of(Map.of("name", Licence.ID, "path", Licence.URL, "title", Licence.TITLE)))
                .put("sources", List.of(Map.of(
                        "title", "Snapshots submitted by provincial departments; every value names its own report",
                        "path", links.url(Links.ROOT))))
                .put("resources", resources)
                .build());
    }

    static String relative(String key) {
        return key.substring(Links.ROOT.length());
    }

    private static Map<String, Object> json(String name, String path, String schema, String title) {
        return Tree.object()
                .put("name", name)
                .put("path", path)
                .put("type", "json")
                .put("profile", "data-resource")
                .put("format", "json")
                .put("mediatype", "application/json")
                .put("encoding", "utf-8")
                .put("jsonSchema", relative(Links.schema(schema)))
                .put("title", title)
                .build();
    }

    private static Map<String, Object> observations() {
        return csvResource("observations", relative(Links.OBSERVATIONS),
                "Every current value, one row each (long format)")
                .put("schema", Tree.object()
                        .put("fields", List.of(
                                field("province", "string", "Unit id as in catalog.json; units before and after"
                                        + " 1 July 2025 have different ids", true),
                                field("province_name_vi", "string", "Unit name in Vietnamese", true),
                                field("province_name_en", "string", "Unit name in English", true),
                                field("indicator", "string", "Indicator id as in catalog.json", true),
                                enumField("kind", List.of("actual", "target"), "actual: what happened; target: what"
                                        + " the unit aims for", true),
                                Tree.object()
                                        .put("name", "period")
                                        .put("type", "string")
                                        .put("description", "YYYY, YYYY-Qn or YYYY-MM")
                                        .put("constraints", Map.of("required", true,
                                                "pattern", "[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?"))
                                        .build(),
                                Tree.object()
                                        .put("name", "value")
                                        .put("type", "number")
                                        .put("description", "Exact decimal as submitted (trailing zeros kept)")
                                        .put("constraints", Map.of("required", true))
                                        .build(),
                                field("unit", "string", "Unit of measure; empty for milestones (0 or 1)", false),
                                enumField("qualifier", List.of("above", "at-least", "approximately", "estimate"),
                                        "How to read the value; empty when exact", false),
                                field("note", "string", "The department's note", false),
                                field("source_title", "string", "Title of the report the value comes from", true),
                                field("source_url", "string", "Address of that report, when public", false),
                                Tree.object()
                                        .put("name", "received_at")
                                        .put("type", "datetime")
                                        .put("format", "%Y-%m-%dT%H:%M:%S.%fZ")
                                        .put("description", "When the portal received the value (UTC)")
                                        .put("constraints", Map.of("required", true))
                                        .build(),
                                Tree.object()
                                        .put("name", "revision")
                                        .put("type", "integer")
                                        .put("description", "1 for the first value; higher after corrections")
                                        .put("constraints", Map.of("required", true, "minimum", 1))
                                        .build(),
                                field("snapshot", "string", "Id of the submitted snapshot", true)))
                        .put("primaryKey", List.of("province", "indicator", "kind", "period"))
                        .put("missingValues", List.of(""))
                        .build())
                .build();
    }

    private static Map<String, Object> reportingStatus() {
        return csvResource("reporting-status", relative(Links.REPORTING_STATUS),
                "Every report owed, with its due date and whether it came on time, late or not at all")
                .put("schema", Tree.object()
                        .put("fields", List.of(
                                field("province", "string", "Unit that owes the report, id as in catalog.json", true),
                                field("province_name_vi", "string", "Unit name in Vietnamese", true),
                                field("province_name_en", "string", "Unit name in English", true),
                                field("successor", "string", "For a unit dissolved on 1 July 2025: the current unit"
                                        + " formed from it; empty otherwise", false),
                                field("indicator", "string", "Indicator id as in catalog.json", true),
                                enumField("frequency", List.of("monthly", "quarterly", "yearly", "once"),
                                        "How often the indicator is reported", true),
                                Tree.object()
                                        .put("name", "period")
                                        .put("type", "string")
                                        .put("description", "YYYY, YYYY-Qn or YYYY-MM")
                                        .put("constraints", Map.of("required", true,
                                                "pattern", "[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?"))
                                        .build(),
                                dateField("due_date", "Last day (Vietnam time) on which the report is on time"),
                                enumField("status", List.of("on-time", "late", "missing", "not-yet-due",
                                        "not-established"), "Timeliness as of status_as_of", true),
                                Tree.object()
                                        .put("name", "days_late")
                                        .put("type", "integer")
                                        .put("description", "For a late report: days from the due date to the day of"
                                                + " the first value; empty otherwise")
                                        .put("constraints", Map.of("required", false, "minimum", 1))
                                        .build(),
                                Tree.object()
                                        .put("name", "first_received_at")
                                        .put("type", "datetime")
                                        .put("format", "%Y-%m-%dT%H:%M:%S.%fZ")
                                        .put("description", "When the first value was received (UTC); empty if none")
                                        .put("constraints", Map.of("required", false))
                                        .build(),
                                Tree.object()
                                        .put("name", "revised")
                                        .put("type", "boolean")
                                        .put("description", "The value was corrected after its first receipt")
                                        .put("constraints", Map.of("required", true))
                                        .build(),
                                Tree.object()
                                        .put("name", "revision")
                                        .put("type", "integer")
                                        .put("description", "Revision number of the current value; empty if none")
                                        .put("constraints", Map.of("required", false, "minimum", 1))
                                        .build(),
                                dateField("status_as_of", "The day (Vietnam time) the statuses hold for")))
                        .put("primaryKey", List.of("province", "indicator", "period"))
                        .put("missingValues", List.of(""))
                        .build())
                .build();
    }

    private static Map<String, Object> dateField(String name, String description) {
        return Tree.object()
                .put("name", name)
                .put("type", "date")
                .put("description", description)
                .put("constraints", Map.of("required", true))
                .build();
    }

    /** The part every CSV resource shares: RFC 4180 with a header row, UTF-8, CRLF line ends. */
    static Tree csvResource(String name, String path, String title) {
        return Tree.object()
                .put("name", name)
                .put("path", path)
                .put("profile", "tabular-data-resource")
                .put("format", "csv")
                .put("mediatype", "text/csv")
                .put("encoding", "utf-8")
                .put("title", title)
                .put("dialect", Map.of("delimiter", ",", "lineTerminator", "\r\n", "quoteChar", "\"",
                        "doubleQuote", true, "header", true));
    }

    static Map<String, Object> field(String name, String type, String description, boolean required) {
        return Tree.object()
                .put("name", name)
                .put("type", type)
                .put("description", description)
                .put("constraints", Map.of("required", required))
                .build();
    }

    static Map<String, Object> enumField(String name, List<String> values, String description, boolean required) {
        return Tree.object()
                .put("name", name)
                .put("type", "string")
                .put("description", description)
                .put("constraints", Map.of("required", required, "enum", values))
                .build();
    }
}
