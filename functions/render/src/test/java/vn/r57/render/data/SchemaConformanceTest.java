package vn.r57.render.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Source;
import vn.r57.render.Schemas;
import vn.r57.render.SmallDataSet;
import vn.r57.render.model.RenderModel;
import vn.r57.render.output.Output;

/** Every JSON file the renderer writes follows the JSON Schema it names in {@code $schema}. */
class SchemaConformanceTest {

    @Test
    void everyJsonFileOfTheSmallDataSetIsValid() {
        assertEquals(Map.of(), violations(SmallDataSet.model()));
    }

    @Test
    void everyJsonFileWithoutAnyDataIsValid() {
        assertEquals(Map.of(), violations(RenderModel.build(Catalog.load(), List.of())));
    }

    @Test
    void everyProgressMemberIsDescribed() {
        // Ha Noi: 50 → 55 % against 80 % by 2030 (rates, ratio, projection, required path), its own 0-stations
        // base of 5G against its own target (zero base replaced), and a trend near 100 % (threshold coefficient).
        RenderModel model = RenderModel.build(Catalog.load(), List.of(
                value("online-public-services-usage", Kind.ACTUAL, "2024", "50"),
                value("online-public-services-usage", Kind.ACTUAL, "2025", "55"),
                value("base-stations-5g", Kind.ACTUAL, "2024", "0"),
                value("base-stations-5g", Kind.ACTUAL, "2025", "40"),
                value("base-stations-5g", Kind.TARGET, "2030", "1000"),
                value("e-signature-document-rate", Kind.ACTUAL, "2024", "98"),
                value("e-signature-document-rate", Kind.ACTUAL, "2025", "99")));
        String file = new String(new OpenData(SmallDataSet.SITE_URL).outputs(model).stream()
                .filter(output -> output.path().equals("data/v1/provinces/ha-noi.json"))
                .findFirst().orElseThrow().content().get(), StandardCharsets.UTF_8);

        assertEquals(List.of(), Schemas.violations("province", file.getBytes(StandardCharsets.UTF_8)));
        for (String member : List.of("\"requiredPath\"", "\"projection\"", "\"ratio\"", "\"zeroBaseReplaced\": true",
                "\"thresholdCoefficient\"", "\"source\": \"unit\"")) {
            assertTrue(file.contains(member), member + " in " + file);
        }
    }

    @Test
    void theSchemasRejectWhatTheyDoNotDescribe() {
        String file = SmallDataSet.rendered().get("data/v1/provinces/tuyen-quang.json")
                .replace("\"status\": \"not-established\"", "\"status\": \"reported\"")
                .replace("\"value\": 2550", "\"value\": \"2550\"");

        List<String> violations = Schemas.violations("province", file.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(
                        "$.harmonised[1].rows[0].sum.value: string found, number expected",
                        "$.status[0].status: does not have a value in the enumeration [\"on-time\", \"late\", \"missing\", \"not-yet-due\", \"not-established\"]"),
                violations.stream().filter(v -> v.startsWith("$.harmonised[1]") || v.startsWith("$.status[0].")).toList());
    }

    @Test
    void everyFileNamesItsPublishedSchema() {
        Map<String, String> files = SmallDataSet.rendered();

        assertEquals("\"https://r57.example.vn/data/v1/schema/catalog.schema.json\"",
                vn.r57.render.JsonText.at(files.get("data/v1/catalog.json"), "/$schema"));
        assertEquals("\"https://r57.example.vn/data/v1/schema/province.schema.json\"",
                vn.r57.render.JsonText.at(files.get("data/v1/provinces/ha-noi.json"), "/$schema"));
        assertEquals("\"https://r57.example.vn/data/v1/schema/indicator.schema.json\"",
                vn.r57.render.JsonText.at(files.get("data/v1/indicators/action-plan-issued.json"), "/$schema"));
    }

    private static Map<String, List<String>> violations(RenderModel model) {
        Map<String, List<String>> found = new TreeMap<>();
        int checked = 0;
        for (Output output : new OpenData(SmallDataSet.SITE_URL).outputs(model)) {
            var schema = Schemas.schemaFor(output.path());
            if (schema.isPresent()) {
                checked++;
                List<String> violations = Schemas.violations(schema.get(), output.content().get());
                if (!violations.isEmpty()) {
                    found.put(output.path(), new ArrayList<>(violations));
                }
            }
        }
        assertEquals(1 + 86 + 18, checked);
        return found;
    }

    private static Revision value(String indicator, Kind kind, String period, String value) {
        return new Revision("ha-noi", indicator, kind, Period.parse(period).orElseThrow(), 1, new BigDecimal(value),
                Optional.empty(), Optional.empty(), new Source("Báo cáo", Optional.empty()),
                Instant.parse("2025-06-01T00:00:00Z"), "s-" + indicator + "-" + period);
    }
}
