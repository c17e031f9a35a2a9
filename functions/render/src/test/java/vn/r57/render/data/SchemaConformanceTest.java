package vn.r57.render.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.r57.core.catalog.Catalog;
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
}
