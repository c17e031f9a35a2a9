package vn.r57.render.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.r57.render.JsonText;
import vn.r57.render.SmallDataSet;
import vn.r57.render.model.RenderModel;
import vn.r57.render.output.Output;
import vn.r57.render.output.Stage;

/**
 * The small data set (a correction, qualifiers, a merged province and its pre-2025 units, a target) renders to exactly
 * the files under {@code small/expected/}.
 */
class OpenDataTest {

    private static final Map<String, String> FILES = SmallDataSet.rendered();

    @ParameterizedTest
    @ValueSource(strings = {
        "observations.csv",
        "progress.csv",
        "reporting-status.csv",
        "feed.atom",
        "provinces/thanh-hoa.json",
        "provinces/tuyen-quang.json",
        "provinces/ha-giang.json",
        "indicators/mobile-base-stations.json"
    })
    void rendersExactlyTheExpectedFile(String file) {
        assertEquals(SmallDataSet.resource("expected/" + file), FILES.get("data/v1/" + file));
    }

    @Test
    void publishesOneFilePerUnitAndIndicatorThePackageFeedCsvCatalogAndSchemas() {
        RenderModel model = SmallDataSet.model();
        List<Output> outputs = new OpenData(SmallDataSet.SITE_URL).outputs(model);

        assertEquals(5 + 1 + 86 + 18 + 7, outputs.size());
        assertEquals(List.of(
                        "data/v1/schema/common.schema.json ASSET",
                        "data/v1/provinces/ha-noi.json DETAIL",
                        "data/v1/indicators/online-public-services-share.json DETAIL",
                        "data/v1/catalog.json INDEX",
                        "data/v1/observations.csv INDEX",
                        "data/v1/reporting-status.csv INDEX",
                        "data/v1/progress.csv INDEX",
                        "data/v1/regions.csv INDEX",
                        "data/v1/feed.atom INDEX",
                        "data/v1/datapackage.json INDEX"),
                outputs.stream()
                        .filter(o -> o.path().endsWith("common.schema.json") || o.path().endsWith("/ha-noi.json")
                                || o.path().endsWith("online-public-services-share.json") || o.stage() == Stage.INDEX)
                        .map(o -> o.path() + " " + o.stage())
                        .toList());
        assertEquals("data/v1/datapackage.json", outputs.get(outputs.size() - 1).path(),
                "the package lists every other file, so it goes out last");
    }

    @Test
    void contentTypesCarryTheCharsetAndChangingFilesAreCachedBriefly() {
        Map<String, String> headers = new java.util.TreeMap<>();
        for (Output output : new OpenData(SmallDataSet.SITE_URL).outputs(SmallDataSet.model())) {
            if (!output.path().contains("/provinces/") && !output.path().contains("/indicators/")) {
                headers.put(output.path(), output.contentType() + " | " + output.cacheControl());
            }
        }
        assertEquals(Map.ofEntries(
                        Map.entry("data/v1/regions.csv", "text/csv; charset=utf-8; header=present | public, max-age=300"),
                        Map.entry("data/v1/catalog.json", "application/json; charset=utf-8 | public, max-age=300"),
                        Map.entry("data/v1/datapackage.json", "application/json; charset=utf-8 | public, max-age=300"),
                        Map.entry("data/v1/feed.atom", "application/atom+xml; charset=utf-8 | public, max-age=300"),
                        Map.entry("data/v1/observations.csv", "text/csv; charset=utf-8; header=present | public, max-age=300"),
                        Map.entry("data/v1/progress.csv", "text/csv; charset=utf-8; header=present | public, max-age=300"),
                        Map.entry("data/v1/reporting-status.csv", "text/csv; charset=utf-8; header=present | public, max-age=300"),
                        Map.entry("data/v1/openapi.yaml", "application/yaml; charset=utf-8 | public, max-age=86400"),
                        Map.entry("data/v1/schema/catalog.schema.json", "application/schema+json; charset=utf-8 | public, max-age=86400"),
                        Map.entry("data/v1/schema/common.schema.json", "application/schema+json; charset=utf-8 | public, max-age=86400"),
                        Map.entry("data/v1/schema/indicator.schema.json", "application/schema+json; charset=utf-8 | public, max-age=86400"),
                        Map.entry("data/v1/schema/province.schema.json", "application/schema+json; charset=utf-8 | public, max-age=86400"),
                        Map.entry("data/v1/schema/submission.schema.json", "application/schema+json; charset=utf-8 | public, max-age=86400")),
                headers);
        for (Output output : new OpenData(SmallDataSet.SITE_URL).outputs(SmallDataSet.model())) {
            if (output.path().endsWith(".csv")) {
                assertEquals("text/csv; charset=utf-8; header=present | public, max-age=300",
                        output.contentType() + " | " + output.cacheControl(), output.path());
            }
        }
    }

    @Test
    void theCatalogStatesLicenceCitationCalendarAndVersionOfTheData() {
        String catalog = FILES.get("data/v1/catalog.json");

        assertEquals("""
                {
                  "en": "Provincial progress on Resolution 57-NQ/TW. Open data, version 2025-08-05T02:30:00.000Z. https://r57.example.vn/data/v1/ (CC BY 4.0).",
                  "vi": "Tiến độ thực hiện Nghị quyết 57-NQ/TW của các tỉnh, thành phố. Dữ liệu mở, phiên bản 2025-08-05T02:30:00.000Z. https://r57.example.vn/data/v1/ (CC BY 4.0)."
                }""", member(catalog, "citation"));
        assertEquals("\"2025-08-05T02:30:00.000Z\"", member(catalog, "generatedAt"));
        assertEquals("\"2025-08-05T02:30:00.000Z\"", member(catalog, "dataVersion"));
        assertEquals("""
                {
                  "id": "CC-BY-4.0",
                  "title": "Creative Commons Attribution 4.0 International",
                  "url": "https://creativecommons.org/licenses/by/4.0/"
                }""", member(catalog, "licence"));
        assertEquals("\"2025-08-05\"", member(catalog, "statusAsOf"));
        assertEquals("""
                {
                  "dueDate": "2025-07-20",
                  "frequency": "quarterly",
                  "indicators": [
                    "online-public-services-share",
                    "online-public-services-usage",
                    "e-signature-document-rate",
                    "e-payment-account-share",
                    "mobile-base-stations",
                    "base-stations-5g",
                    "village-broadband-coverage"
                  ],
                  "period": "2025-Q2",
                  "state": "due"
                }""", JsonText.at(catalog, "/reportingCalendar/9"));
    }

    @Test
    void theCatalogDescribesIndicatorsWithTargetsAndUnitsWithTheirLineage() {
        String catalog = FILES.get("data/v1/catalog.json");

        assertEquals("""
                {
                  "direction": "up",
                  "id": "rd-personnel-per-10k",
                  "min": 0,
                  "name": {
                    "en": "Research personnel per 10000 people",
                    "vi": "Số cán bộ nghiên cứu trên một vạn dân"
                  },
                  "nationalTarget": {
                    "note": "Resolution 57-NQ/TW: 12 per 10,000 people by 2030",
                    "value": 12,
                    "year": 2030
                  },
                  "pillar": "science-technology-innovation",
                  "reporting": {
                    "dueDaysAfterPeriod": 90,
                    "frequency": "yearly"
                  },
                  "unit": "per 10000 people",
                  "unitName": {
                    "en": "per 10,000 people",
                    "vi": "trên 1 vạn dân"
                  },
                  "url": "https://r57.example.vn/data/v1/indicators/rd-personnel-per-10k.json",
                  "valueType": "rate",
                  "yearValue": "year-end"
                }""", element(catalog, "indicators", "rd-personnel-per-10k"));
        assertEquals("""
                {
                  "direction": "up",
                  "id": "action-plan-issued",
                  "max": 1,
                  "min": 0,
                  "name": {
                    "en": "Action programme implementing Resolution 57-NQ/TW issued",
                    "vi": "Ban hành chương trình/kế hoạch hành động thực hiện Nghị quyết 57-NQ/TW"
                  },
                  "nationalTarget": {
                    "note": "Official Letter 01-CV/BCĐTW (25 March 2025): every province issues a local action plan",
                    "value": 1,
                    "year": 2025
                  },
                  "pillar": "governance",
                  "reporting": {
                    "dueDaysAfterPeriod": 31,
                    "frequency": "once"
                  },
                  "url": "https://r57.example.vn/data/v1/indicators/action-plan-issued.json",
                  "valueType": "milestone",
                  "yearValue": "year-end"
                }""", element(catalog, "indicators", "action-plan-issued"));
        assertEquals("""
                {
                  "current": true,
                  "id": "tuyen-quang",
                  "name": {
                    "en": "Tuyen Quang",
                    "vi": "Tuyên Quang"
                  },
                  "predecessors": [
                    "tuyen-quang-pre2025",
                    "ha-giang"
                  ],
                  "type": "province",
                  "url": "https://r57.example.vn/data/v1/provinces/tuyen-quang.json",
                  "validFrom": "2025-07-01"
                }""", element(catalog, "provinces", "tuyen-quang"));
        assertEquals("""
                {
                  "current": false,
                  "id": "ha-giang",
                  "name": {
                    "en": "Ha Giang",
                    "vi": "Hà Giang"
                  },
                  "predecessors": [],
                  "successor": "tuyen-quang",
                  "type": "province",
                  "url": "https://r57.example.vn/data/v1/provinces/ha-giang.json",
                  "validTo": "2025-06-30"
                }""", element(catalog, "provinces", "ha-giang"));
    }

    @Test
    void theDataPackageDeclaresLicenceSourcesAndTheTypedCsvSchema() {
        String datapackage = FILES.get("data/v1/datapackage.json");

        assertEquals("""
                [
                  {
                    "name": "CC-BY-4.0",
                    "path": "https://creativecommons.org/licenses/by/4.0/",
                    "title": "Creative Commons Attribution 4.0 International"
                  }
                ]""", member(datapackage, "licenses"));
        assertEquals("""
                [
                  {
                    "path": "https://r57.example.vn/data/v1/",
                    "title": "Snapshots submitted by provincial departments; every value names its own report"
                  }
                ]""", member(datapackage, "sources"));
        assertEquals(SmallDataSet.resource("expected/datapackage-observations.json"),
                element(datapackage, "resources", "observations") + "\n");
        assertEquals("""
                {
                  "encoding": "utf-8",
                  "format": "json",
                  "jsonSchema": "schema/province.schema.json",
                  "mediatype": "application/json",
                  "name": "province-tuyen-quang",
                  "path": "provinces/tuyen-quang.json",
                  "profile": "data-resource",
                  "title": "Tuyen Quang: every series with revisions, reporting status, progress",
                  "type": "json"
                }""", element(datapackage, "resources", "province-tuyen-quang"));
    }

    @Test
    void withoutAnyRevisionTheFilesStillRenderAndTheFeedIsEmpty() {
        RenderModel empty = RenderModel.build(vn.r57.core.catalog.Catalog.load(), List.of());
        Map<String, String> files = new java.util.HashMap<>();
        for (Output output : new OpenData(SmallDataSet.SITE_URL).outputs(empty)) {
            files.put(output.path(), new String(output.content().get(), java.nio.charset.StandardCharsets.UTF_8));
        }

        assertEquals("province,province_name_vi,province_name_en,indicator,kind,period,value,unit,qualifier,note,"
                + "source_title,source_url,received_at,revision,snapshot\r\n", files.get("data/v1/observations.csv"));
        assertEquals(0, files.get("data/v1/feed.atom").split("<entry>", -1).length - 1);
        assertEquals("\"1970-01-01T00:00:00.000Z\"", member(files.get("data/v1/catalog.json"), "generatedAt"));
    }

    private static String member(String json, String name) {
        return JsonText.at(json, "/" + name);
    }

    private static String element(String json, String array, String id) {
        return JsonText.element(json, "/" + array, id);
    }
}
