package vn.r57.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.CsvReader;
import vn.r57.core.period.Period;

/**
 * Six regions before 1 July 2025 over 63 units, six after over 34; a period goes by the scheme valid on its last day,
 * and the reference files are refused when they contradict the catalog or themselves.
 */
class RegionsTest {

    private final Regions regions = Regions.load();

    @Test
    void twoSchemesOfSixRegionsOver63And34Units() {
        assertEquals(List.of("master-plan-2021-2030", "reorganisation-2025"),
                regions.schemes().stream().map(RegionScheme::id).toList());
        assertEquals(List.of(6, 6), regions.schemes().stream().map(s -> s.regions().size()).toList());
        assertEquals(List.of(63L, 34L), regions.schemes().stream()
                .map(s -> s.regions().stream().mapToLong(r -> r.unitIds().size()).sum()).toList());
        assertEquals("reorganisation-2025", regions.current().id());
        assertEquals(12, regions.all().size());
    }

    @Test
    void neitherSchemeIsMarkedConfirmedByAPrimarySource() {
        regions.schemes().forEach(scheme -> assertFalse(scheme.primarySourceConfirmed(), scheme.id()));
    }

    @Test
    void aPeriodEndingByThe30thOfJune2025GoesByTheMasterPlanScheme() {
        for (String period : List.of("2024", "2025-Q2", "2025-06", "2021-01")) {
            assertEquals("master-plan-2021-2030", regions.schemeFor(Period.parse(period).orElseThrow()).id(), period);
        }
    }

    @Test
    void aPeriodEndingFromThe1stOfJuly2025GoesByThe2025Scheme() {
        for (String period : List.of("2025", "2025-Q3", "2025-07", "2026", "2030-Q4")) {
            assertEquals("reorganisation-2025", regions.schemeFor(Period.parse(period).orElseThrow()).id(), period);
        }
    }

    @Test
    void aUnitChangesRegionWithTheSchemeOfThePeriod() {
        assertEquals("bac-trung-bo-duyen-hai-mien-trung",
                regions.regionOf("thanh-hoa", Period.parse("2024").orElseThrow()).orElseThrow().id());
        assertEquals("bac-trung-bo-2025",
                regions.regionOf("thanh-hoa", Period.parse("2025").orElseThrow()).orElseThrow().id());
        assertEquals("Bắc Trung Bộ", regions.region("bac-trung-bo-2025").orElseThrow().nameVi());
    }

    @Test
    void aDissolvedUnitHasARegionBeforeJulyOnlyAndAMergedUnitAfterJulyOnly() {
        assertEquals(Optional.of("bac-trung-bo-duyen-hai-mien-trung"),
                regions.regionOf("binh-dinh", Period.parse("2025-Q2").orElseThrow()).map(Region::id));
        assertEquals(Optional.empty(), regions.regionOf("binh-dinh", Period.parse("2025").orElseThrow()));
        assertEquals(Optional.empty(), regions.regionOf("gia-lai", Period.parse("2024").orElseThrow()));
        assertEquals(Optional.of("duyen-hai-nam-trung-bo-tay-nguyen-2025"),
                regions.regionOf("gia-lai", Period.parse("2025-Q3").orElseThrow()).map(Region::id));
    }

    @Test
    void aUnitInTwoRegionsOfOneSchemeIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> readWith("regions.csv", csv -> csv
                + "reorganisation-2025,dong-nam-bo-2025,Đông Nam Bộ,Southeast,hue,2025-07-01,\n"));

        assertEquals("reorganisation-2025: unit hue is in two regions", e.getMessage());
    }

    @Test
    void aUnitLeftOutOfAllRegionsIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> readWith("regions.csv", csv -> csv
                .replace("reorganisation-2025,dong-nam-bo-2025,Đông Nam Bộ,Southeast,tay-ninh,2025-07-01,\n", "")));

        assertEquals("reorganisation-2025: no region for tay-ninh", e.getMessage());
    }

    @Test
    void aDissolvedUnitInTheNewSchemeIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> readWith("regions.csv", csv -> csv
                .replace("dong-nam-bo-2025,Đông Nam Bộ,Southeast,tay-ninh,", "dong-nam-bo-2025,Đông Nam Bộ,Southeast,binh-duong,")));

        assertEquals("dong-nam-bo-2025: unit binh-duong did not exist on 2025-07-01", e.getMessage());
    }

    @Test
    void aRowWhoseValidityDiffersFromItsSchemeIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> readWith("regions.csv", csv -> csv
                .replace("Southeast,tay-ninh,2025-07-01,", "Southeast,tay-ninh,2025-08-01,")));

        assertEquals("tay-ninh in dong-nam-bo-2025: validity differs from its scheme reorganisation-2025", e.getMessage());
    }

    @Test
    void aGapBetweenSchemesIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> readWith("region-schemes.csv",
                csv -> csv.replace("reorganisation-2025,2025-07-01,", "reorganisation-2025,2025-07-02,")));

        assertEquals("reorganisation-2025: does not start the day after master-plan-2021-2030 ends", e.getMessage());
    }

    private static Regions readWith(String file, UnaryOperator<String> edit) {
        return Regions.read(name -> CsvReader.parse(name.equals(file) ? edit.apply(text(name)) : text(name)), Catalog.load());
    }

    private static String text(String name) {
        try (InputStream in = RegionsTest.class.getResourceAsStream("/vn/r57/core/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
