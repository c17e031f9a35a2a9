package vn.r57.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.r57.core.period.Period;

/** A unit exists during a period when its validity overlaps at least one day of it. */
class ProvinceTest {

    private final Catalog catalog = Catalog.load();

    @ParameterizedTest(name = "{0} during {1}: {2}")
    @CsvSource({
        "binh-dinh, 2024, true",
        "binh-dinh, 2025-Q1, true",
        "binh-dinh, 2025-06, true",
        "binh-dinh, 2025, true",
        "binh-dinh, 2025-07, false",
        "binh-dinh, 2025-Q3, false",
        "binh-dinh, 2025-Q4, false",
        "binh-dinh, 2030, false",
        "binh-dinh, 2000, true",
        "gia-lai, 2025, true",
        "gia-lai, 2025-Q3, true",
        "gia-lai, 2025-07, true",
        "gia-lai, 2030, true",
        "gia-lai, 2025-06, false",
        "gia-lai, 2025-Q2, false",
        "gia-lai, 2024, false",
        "thanh-hoa, 2000, true",
        "thanh-hoa, 2024-12, true",
        "thanh-hoa, 2100, true",
    })
    void existsDuringAPeriodWhenTheyOverlap(String id, String period, boolean expected) {
        Province province = catalog.province(id).orElseThrow();

        assertEquals(expected, province.existedDuring(Period.parse(period).orElseThrow()));
    }

    @Test
    void currentAndMergedFlags() {
        Province giaLai = catalog.province("gia-lai").orElseThrow();
        Province binhDinh = catalog.province("binh-dinh").orElseThrow();
        Province thanhHoa = catalog.province("thanh-hoa").orElseThrow();

        assertTrue(giaLai.isCurrent());
        assertTrue(giaLai.isMerged());
        assertFalse(binhDinh.isCurrent());
        assertFalse(binhDinh.isMerged());
        assertTrue(thanhHoa.isCurrent());
        assertFalse(thanhHoa.isMerged());
    }

    @Test
    void thePredecessorListCannotBeChangedFromOutside() {
        List<String> predecessors = new ArrayList<>(List.of("a", "b"));
        Province province = new Province("x", "X", "X", UnitType.PROVINCE, Optional.empty(),
                Optional.empty(), Optional.empty(), predecessors, "");

        predecessors.add("c");

        assertEquals(List.of("a", "b"), province.predecessorIds());
    }
}
