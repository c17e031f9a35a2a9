package vn.r57.render.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;
import vn.r57.core.region.GroupFigures;
import vn.r57.core.region.Ranks;
import vn.r57.core.region.Region;
import vn.r57.core.region.Regions;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Qualifier;
import vn.r57.core.snapshot.Source;

/**
 * Regions' figures and units beside their region and the nation: a period goes by the scheme valid on its last day,
 * medians are exact, ties share a rank, units without a value are counted, and a unit formed in 2025 without a
 * value of its own is compared on its harmonised series within its 2025 region.
 */
class PeersTest {

    private static final String ON_TIME = "on-time-admin-processing";
    private static final String STATIONS = "mobile-base-stations";
    private final Regions regions = Regions.load();
    private final List<Revision> revisions = new ArrayList<>();

    private void value(String unit, String indicator, String period, String value) {
        value(unit, indicator, period, value, Optional.empty(), Kind.ACTUAL);
    }

    private void value(String unit, String indicator, String period, String value, Optional<Qualifier> qualifier,
            Kind kind) {
        revisions.add(new Revision(unit, indicator, kind, Period.parse(period).orElseThrow(), 1, new BigDecimal(value),
                qualifier, Optional.empty(), new Source("Báo cáo", Optional.empty()),
                Instant.parse("2025-11-01T00:00:00Z").plusSeconds(revisions.size()), "s-" + revisions.size()));
    }

    private Peers peers() {
        return Peers.of(RenderModel.build(Catalog.load(), revisions), regions);
    }

    private Region region(String id) {
        return regions.region(id).orElseThrow();
    }

    private static RegionFigures figures(List<RegionFigures> all, String indicator) {
        return all.stream().filter(f -> f.indicator().id().equals(indicator)).findFirst().orElseThrow();
    }

    private static List<String> ranks(GroupFigures figures) {
        return figures.ranks().stream().map(r -> r.rank() + " " + r.unit() + " " + r.value().toPlainString()).toList();
    }

    @Test
    void aRegionOfThe2025SchemeCountsOnlyPeriodsEndingFromJulyAndLeavesUnitsWithoutAValueOut() {
        value("thanh-hoa", ON_TIME, "2025", "99.51");
        value("nghe-an", ON_TIME, "2025", "98");
        value("hue", ON_TIME, "2025", "98.0", Optional.of(Qualifier.ABOVE), Kind.ACTUAL);
        value("ha-tinh", ON_TIME, "2025", "90.25");
        value("ha-tinh", ON_TIME, "2025", "100", Optional.empty(), Kind.TARGET);
        value("quang-tri", ON_TIME, "2025-Q2", "10");
        value("quang-tri-pre2025", ON_TIME, "2024", "50");

        RegionFigures figures = figures(peers().region(region("bac-trung-bo-2025")), ON_TIME);

        assertEquals(Optional.of(Period.year(2025)), figures.period());
        assertEquals(4, figures.figures().reporting());
        assertEquals(5, figures.figures().of());
        assertEquals(List.of("quang-tri"), figures.figures().missing());
        assertEquals("98.0", figures.figures().median().orElseThrow().toPlainString(), "(98 + 98.0) / 2, exact");
        assertEquals("90.25", figures.figures().lowest().orElseThrow().toPlainString());
        assertEquals("99.51", figures.figures().highest().orElseThrow().toPlainString());
        assertEquals(List.of("1 thanh-hoa 99.51", "2 hue 98.0", "2 nghe-an 98", "4 ha-tinh 90.25"), ranks(figures.figures()));
        assertEquals(List.of("thanh-hoa", "hue", "nghe-an", "ha-tinh", "quang-tri"), figures.unitsInRankOrder());
    }

    @Test
    void theRegionsPeriodIsTheOneMostOfItsUnitsReportedTheLatestOnATie() {
        value("thanh-hoa", ON_TIME, "2025", "90");
        value("nghe-an", ON_TIME, "2025", "80");
        value("thanh-hoa", ON_TIME, "2026", "95");
        value("hue", ON_TIME, "2025-Q3", "70");
        value("ha-tinh", ON_TIME, "2025-Q4", "60");

        RegionFigures figures = figures(peers().region(region("bac-trung-bo-2025")), ON_TIME);

        assertEquals(Optional.of(Period.year(2025)), figures.period(), "two units beat one");
        assertEquals("85", figures.figures().median().orElseThrow().toPlainString());
    }

    @Test
    void aYearBeatsItsFourthQuarterAndDecemberWhenTheyEndTheSameDay() {
        value("hue", ON_TIME, "2025-Q4", "70");
        value("hue", ON_TIME, "2025-12", "71");
        value("hue", ON_TIME, "2025", "72");
        value("thanh-hoa", ON_TIME, "2025-Q4", "60");
        value("thanh-hoa", ON_TIME, "2025", "62");

        Peers peers = peers();

        assertEquals(Optional.of(Period.year(2025)), figures(peers.region(region("bac-trung-bo-2025")), ON_TIME).period());
        assertEquals("72", comparison(peers, "hue", ON_TIME).value().orElseThrow().toPlainString());
    }

    @Test
    void aRegionOfTheMasterPlanCountsPeriodsEndingByThe30thOfJune2025OverItsSixtyThreeUnits() {
        value("thanh-hoa", STATIONS, "2024", "3000");
        value("binh-dinh", STATIONS, "2024", "1201");
        value("binh-dinh", STATIONS, "2025-Q2", "1300");
        value("thanh-hoa", STATIONS, "2025", "3100");

        RegionFigures figures = figures(peers().region(region("bac-trung-bo-duyen-hai-mien-trung")), STATIONS);

        assertEquals(Optional.of(Period.year(2024)), figures.period(), "2025 ends after the scheme; 2025-Q2 has one unit");
        assertEquals(14, figures.figures().of());
        assertEquals(2, figures.figures().reporting());
        assertEquals("2100.5", figures.figures().median().orElseThrow().toPlainString());
    }

    @Test
    void aRegionWhereNobodyReportedHasNoPeriodAndEveryUnitMissing() {
        RegionFigures figures = figures(peers().region(region("dong-nam-bo-2025")), ON_TIME);

        assertEquals(Optional.empty(), figures.period());
        assertEquals(List.of("ho-chi-minh", "dong-nai", "tay-ninh"), figures.figures().missing());
        assertEquals(Optional.empty(), figures.figures().median());
    }

    @Test
    void aUnitsLatestValueIsComparedWithinTheRegionAndNationOfItsPeriod() {
        value("thanh-hoa", ON_TIME, "2024", "99.510");
        value("nghe-an", ON_TIME, "2024", "97");
        value("binh-dinh", ON_TIME, "2024", "95");
        value("ha-noi", ON_TIME, "2024", "96");
        value("hue", ON_TIME, "2025", "90");

        Comparison thanhHoa = comparison(peers(), "thanh-hoa", ON_TIME);

        assertEquals(Optional.of(Period.year(2024)), thanhHoa.period());
        assertEquals("99.510", thanhHoa.value().orElseThrow().toPlainString());
        assertFalse(thanhHoa.harmonised());
        assertEquals("bac-trung-bo-duyen-hai-mien-trung", thanhHoa.region().orElseThrow().id());
        GroupFigures regional = thanhHoa.regional().orElseThrow();
        assertEquals(3, regional.reporting());
        assertEquals("97", regional.median().orElseThrow().toPlainString());
        assertEquals(Optional.of(new Ranks.Ranked(1, "thanh-hoa", new BigDecimal("99.510"))), regional.rankOf("thanh-hoa"));
        GroupFigures national = thanhHoa.national().orElseThrow();
        assertEquals(63, national.of());
        assertEquals(4, national.reporting());
        assertEquals("96.5", national.median().orElseThrow().toPlainString());
    }

    @Test
    void aValueForThe2025YearIsComparedAmongTheThirtyFourUnits() {
        value("hue", ON_TIME, "2025", "90");
        value("thanh-hoa", ON_TIME, "2025", "80");
        value("ha-noi", ON_TIME, "2025", "85");

        Comparison hue = comparison(peers(), "hue", ON_TIME);

        assertEquals("bac-trung-bo-2025", hue.region().orElseThrow().id());
        assertEquals("85", hue.regional().orElseThrow().median().orElseThrow().toPlainString());
        assertEquals(34, hue.national().orElseThrow().of());
        assertEquals("85", hue.national().orElseThrow().median().orElseThrow().toPlainString());
    }

    @Test
    void aUnitFormedIn2025WithoutItsOwnValueIsComparedOnItsHarmonisedSeriesWithinIts2025Region() {
        value("gia-lai-pre2025", STATIONS, "2024", "1200");
        value("binh-dinh", STATIONS, "2024", "800");
        value("dak-lak-pre2025", STATIONS, "2024", "1500");
        value("phu-yen", STATIONS, "2024", "700");
        value("thanh-hoa", STATIONS, "2024", "3000");
        value("da-nang-pre2025", STATIONS, "2024", "900");

        Comparison giaLai = comparison(peers(), "gia-lai", STATIONS);

        assertTrue(giaLai.harmonised());
        assertEquals(Optional.of(Period.year(2024)), giaLai.period());
        assertEquals("2000", giaLai.value().orElseThrow().toPlainString());
        assertEquals(Optional.empty(), giaLai.point());
        assertEquals("duyen-hai-nam-trung-bo-tay-nguyen-2025", giaLai.region().orElseThrow().id());
        GroupFigures regional = giaLai.regional().orElseThrow();
        assertEquals(List.of("1 dak-lak 2200", "2 gia-lai 2000"), ranks(regional),
                "Đà Nẵng's total is incomplete without Quảng Nam, so it does not count");
        assertEquals("2100", regional.median().orElseThrow().toPlainString());
        GroupFigures national = giaLai.national().orElseThrow();
        assertEquals(34, national.of());
        assertEquals(List.of("1 thanh-hoa 3000", "2 dak-lak 2200", "3 gia-lai 2000"), ranks(national));
    }

    @Test
    void aUnitWithoutAnyValueIsShownBesideItsRegionsLatestFigures() {
        value("thanh-hoa", ON_TIME, "2025", "90");
        value("hue", ON_TIME, "2025", "80");

        Comparison quangTri = comparison(peers(), "quang-tri", ON_TIME);

        assertEquals(Optional.empty(), quangTri.value());
        assertEquals(Optional.of(Period.year(2025)), quangTri.period());
        assertEquals("85", quangTri.regional().orElseThrow().median().orElseThrow().toPlainString());
        assertEquals(Optional.empty(), quangTri.regional().orElseThrow().rankOf("quang-tri"));
        assertEquals(2, quangTri.national().orElseThrow().reporting());
    }

    @Test
    void aFormerUnitIsComparedWithinTheRegionItWasIn() {
        value("binh-dinh", ON_TIME, "2024", "95");

        Comparison binhDinh = comparison(peers(), "binh-dinh", ON_TIME);

        assertEquals("bac-trung-bo-duyen-hai-mien-trung", binhDinh.region().orElseThrow().id());
        assertEquals(63, binhDinh.national().orElseThrow().of());
    }

    private static Comparison comparison(Peers peers, String unit, String indicator) {
        return peers.unit(Catalog.load().province(unit).orElseThrow()).stream()
                .filter(c -> c.indicator().id().equals(indicator)).findFirst().orElseThrow();
    }
}
