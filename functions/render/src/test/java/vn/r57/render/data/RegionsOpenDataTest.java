package vn.r57.render.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.r57.render.JsonText;
import vn.r57.render.SmallDataSet;

/** Both region schemes are open data: in catalog.json with their sources, and as regions.csv in the Data Package. */
class RegionsOpenDataTest {

    private static final Map<String, String> FILES = SmallDataSet.rendered();

    @Test
    void regionsCsvHasOneRowPerSchemeAndUnitWithTheMembershipsValidity() {
        String csv = FILES.get("data/v1/regions.csv");
        String[] lines = csv.split("\r\n");

        assertEquals(1 + 63 + 34, lines.length);
        assertEquals("scheme,region_id,region_name_vi,region_name_en,unit_id,valid_from,valid_to", lines[0]);
        assertEquals("master-plan-2021-2030,trung-du-mien-nui-phia-bac,Trung du và miền núi phía Bắc,"
                + "Northern Midlands and Mountains,ha-giang,,2025-06-30", lines[1]);
        assertEquals("reorganisation-2025,dong-bang-song-cuu-long-2025,Đồng bằng sông Cửu Long,Mekong River Delta,ca-mau,"
                + "2025-07-01,", lines[lines.length - 1]);
        assertTrue(csv.endsWith("\r\n"));
    }

    @Test
    void theCatalogListsBothSchemesWithTheirSourceAndWhetherAPrimarySourceConfirmedThem() {
        String catalog = FILES.get("data/v1/catalog.json");

        assertEquals("\"master-plan-2021-2030\"", JsonText.at(catalog, "/regionSchemes/0/id"));
        assertEquals("\"2025-06-30\"", JsonText.at(catalog, "/regionSchemes/0/validTo"));
        assertEquals("63", JsonText.at(catalog, "/regionSchemes/0/units"));
        assertEquals("false", JsonText.at(catalog, "/regionSchemes/0/primarySourceConfirmed"));
        assertEquals("\"2025-07-01\"", JsonText.at(catalog, "/regionSchemes/1/validFrom"));
        assertEquals("""
                {
                  "id": "bac-trung-bo-2025",
                  "name": {
                    "en": "North Central",
                    "vi": "Bắc Trung Bộ"
                  },
                  "units": [
                    "thanh-hoa",
                    "nghe-an",
                    "ha-tinh",
                    "quang-tri",
                    "hue"
                  ]
                }""", JsonText.at(catalog, "/regionSchemes/1/regions/2"));
        assertEquals("\"https://r57.example.vn/data/v1/regions.csv\"", JsonText.at(catalog, "/files/regions"));
    }

    @Test
    void theDataPackageDescribesRegionsCsvAsATableKeyedBySchemeAndUnit() {
        String pkg = FILES.get("data/v1/datapackage.json");

        assertEquals("\"regions.csv\"", JsonText.at(pkg, "/resources/4/path"));
        assertEquals("[\n  \"scheme\",\n  \"unit_id\"\n]", JsonText.at(pkg, "/resources/4/schema/primaryKey"));
    }
}
