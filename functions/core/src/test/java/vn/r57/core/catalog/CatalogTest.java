package vn.r57.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.r57.core.Lang;
import vn.r57.core.calendar.Frequency;
import vn.r57.core.calendar.ReportingRule;
import vn.r57.core.period.Period;

/** The catalog as built from the bundled reference files: the 2025 reorganisation and the starter indicators. */
class CatalogTest {

    private static final LocalDate LAST_DAY_BEFORE_MERGER = LocalDate.of(2025, 6, 30);
    private static final LocalDate MERGER_DAY = LocalDate.of(2025, 7, 1);

    private final Catalog catalog = Catalog.load();

    @Test
    void loadingTwiceGivesTheSameSharedInstance() {
        assertSame(catalog, Catalog.load());
    }

    @Test
    void holdsEightySixUnitsOfWhichThirtyFourAreCurrent() {
        assertEquals(86, catalog.provinces().size());
        assertEquals(34, catalog.currentProvinces().size());
        assertEquals(List.of(
                        "ha-noi", "hue", "lai-chau", "dien-bien", "son-la", "lang-son", "quang-ninh", "thanh-hoa", "nghe-an",
                        "ha-tinh", "cao-bang", "tuyen-quang", "lao-cai", "thai-nguyen", "phu-tho", "bac-ninh", "hung-yen",
                        "hai-phong", "ninh-binh", "quang-tri", "da-nang", "quang-ngai", "gia-lai", "khanh-hoa", "lam-dong",
                        "dak-lak", "ho-chi-minh", "dong-nai", "tay-ninh", "can-tho", "vinh-long", "dong-thap", "ca-mau",
                        "an-giang"),
                ids(catalog.currentProvinces()));
    }

    @Test
    void theFiftyTwoDissolvedUnitsAllEndedOnThirtiethJune2025AndEachHasACurrentSuccessor() {
        List<Province> dissolved = catalog.provinces().stream().filter(p -> !p.isCurrent()).toList();

        assertEquals(52, dissolved.size());
        for (Province unit : dissolved) {
            assertEquals(Optional.of(LAST_DAY_BEFORE_MERGER), unit.validTo(), unit.id());
            assertEquals(Optional.empty(), unit.validFrom(), unit.id());
            Province successor = catalog.province(unit.successorId().orElseThrow()).orElseThrow();
            assertTrue(successor.isCurrent(), unit.id());
            assertTrue(successor.predecessorIds().contains(unit.id()), unit.id());
        }
    }

    @Test
    void everyDissolvedUnitIsThePredecessorOfExactlyOneMergedUnit() {
        List<String> allPredecessors = new ArrayList<>();
        for (Province unit : catalog.currentProvinces()) {
            allPredecessors.addAll(unit.predecessorIds());
        }
        Set<String> dissolved = new HashSet<>(ids(catalog.provinces().stream().filter(p -> !p.isCurrent()).toList()));

        assertEquals(52, allPredecessors.size());
        assertEquals(dissolved, new HashSet<>(allPredecessors));
    }

    @Test
    void theTwentyThreeMergedUnitsStartOnFirstJuly2025AndTheElevenUnchangedOnesHaveNoStartDate() {
        List<Province> merged = catalog.currentProvinces().stream().filter(Province::isMerged).toList();
        List<Province> unchanged = catalog.currentProvinces().stream().filter(p -> !p.isMerged()).toList();

        assertEquals(23, merged.size());
        merged.forEach(p -> assertEquals(Optional.of(MERGER_DAY), p.validFrom(), p.id()));
        assertEquals(List.of("ha-noi", "hue", "lai-chau", "dien-bien", "son-la", "lang-son", "quang-ninh", "thanh-hoa",
                "nghe-an", "ha-tinh", "cao-bang"), ids(unchanged));
        unchanged.forEach(p -> assertEquals(Optional.empty(), p.validFrom(), p.id()));
    }

    @Test
    void sixtyThreeUnitsExistedBeforeTheMergerAndThirtyFourAfter() {
        assertEquals(63, catalog.provinces().stream().filter(p -> p.existedDuring(Period.quarter(2025, 2))).count());
        assertEquals(34, catalog.provinces().stream().filter(p -> p.existedDuring(Period.quarter(2025, 3))).count());
        assertEquals(86, catalog.provinces().stream().filter(p -> p.existedDuring(Period.year(2025))).count());
    }

    @Test
    void giaLaiWasFormedOnFirstJuly2025FromGiaLaiPre2025AndBinhDinh() {
        Province giaLai = catalog.province("gia-lai").orElseThrow();

        assertEquals(new Province("gia-lai", "Gia Lai", "Gia Lai", UnitType.PROVINCE, Optional.of(MERGER_DAY),
                Optional.empty(), Optional.empty(), List.of("gia-lai-pre2025", "binh-dinh"), ""), giaLai);
        assertEquals(List.of(catalog.province("gia-lai-pre2025").orElseThrow(), catalog.province("binh-dinh").orElseThrow()),
                catalog.predecessorsOf(giaLai));
        assertEquals(new Province("binh-dinh", "Bình Định", "Binh Dinh", UnitType.PROVINCE, Optional.empty(),
                Optional.of(LAST_DAY_BEFORE_MERGER), Optional.of("gia-lai"), List.of(), ""),
                catalog.province("binh-dinh").orElseThrow());
        assertEquals("Gia Lai (trước 2025)", catalog.province("gia-lai-pre2025").orElseThrow().name(Lang.VI));
        assertEquals("Gia Lai (before 2025)", catalog.province("gia-lai-pre2025").orElseThrow().name(Lang.EN));
    }

    @Test
    void hoChiMinhCityAbsorbedBinhDuongAndBaRiaVungTau() {
        Province hcmc = catalog.province("ho-chi-minh").orElseThrow();

        assertEquals(UnitType.CITY, hcmc.type());
        assertEquals("Thành phố Hồ Chí Minh", hcmc.name(Lang.VI));
        assertEquals("Ho Chi Minh City", hcmc.name(Lang.EN));
        assertEquals(List.of("ho-chi-minh-pre2025", "binh-duong", "ba-ria-vung-tau"), hcmc.predecessorIds());
    }

    @Test
    void theSixCurrentCentrallyRunCities() {
        assertEquals(List.of("ha-noi", "hue", "hai-phong", "da-nang", "ho-chi-minh", "can-tho"),
                ids(catalog.currentProvinces().stream().filter(p -> p.type() == UnitType.CITY).toList()));
    }

    @Test
    void aKeyOfAMergedProvinceMayWriteItselfAndTheUnitsItWasFormedFrom() {
        assertEquals(List.of("binh-dinh", "gia-lai", "gia-lai-pre2025"), List.copyOf(catalog.writableWith("gia-lai")));
        assertEquals(List.of("ninh-binh", "ninh-binh-pre2025", "ha-nam", "nam-dinh").stream().sorted().toList(),
                List.copyOf(catalog.writableWith("ninh-binh")));
    }

    @Test
    void aKeyOfAnUnchangedProvinceMayWriteOnlyThatProvince() {
        assertEquals(Set.of("thanh-hoa"), catalog.writableWith("thanh-hoa"));
    }

    @Test
    void aKeyOfADissolvedUnitMayWriteOnlyThatUnitNotItsSiblingsOrSuccessor() {
        assertEquals(Set.of("binh-dinh"), catalog.writableWith("binh-dinh"));
    }

    @Test
    void aKeyOfAnUnknownProvinceMayWriteNothing() {
        assertEquals(Set.of(), catalog.writableWith("atlantis"));
    }

    @Test
    void unknownIdsAreEmptyNotErrors() {
        assertEquals(Optional.empty(), catalog.province("Gia-Lai"));
        assertEquals(Optional.empty(), catalog.indicator("5g"));
        assertEquals(Optional.empty(), catalog.pillar("health"));
    }

    @Test
    void eighteenIndicatorsInSevenPillars() {
        assertEquals(List.of(
                        "online-public-services-share", "online-public-services-usage", "e-signature-document-rate",
                        "on-time-admin-processing", "digital-economy-share", "it-park-employees", "e-payment-account-share",
                        "mobile-base-stations", "base-stations-5g", "village-broadband-coverage", "commune-it-investment",
                        "rd-personnel-per-10k", "rd-spending-share", "st-dx-budget-share", "innovative-enterprise-share",
                        "digital-skilled-workers-trained", "steering-committee-established", "action-plan-issued"),
                catalog.indicators().stream().map(Indicator::id).toList());
        assertEquals(List.of(
                        new Pillar("governance", "Lãnh đạo, chỉ đạo", "Leadership and governance"),
                        new Pillar("digital-government", "Chính quyền số", "Digital government"),
                        new Pillar("digital-economy", "Kinh tế số", "Digital economy"),
                        new Pillar("digital-society", "Xã hội số", "Digital society"),
                        new Pillar("digital-infrastructure", "Hạ tầng số", "Digital infrastructure"),
                        new Pillar("science-technology-innovation", "Khoa học, công nghệ và đổi mới sáng tạo",
                                "Science, technology and innovation"),
                        new Pillar("human-resources", "Nguồn nhân lực", "Human resources")),
                catalog.pillars());
    }

    @Test
    void aPercentIndicatorWithANationalTarget() {
        assertEquals(new Indicator("online-public-services-usage", "digital-government",
                        "Tỷ lệ người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến",
                        "Use of online public services by citizens and businesses", "%", ValueType.PERCENT,
                        Optional.of(new BigDecimal("0")), Optional.of(new BigDecimal("100")), Direction.UP,
                        Optional.of(new NationalTarget(new BigDecimal("80"), 2030, "Resolution 57-NQ/TW: over 80% by 2030")),
                        YearValue.YEARLY_ONLY,
                        ReportingRule.every(Frequency.QUARTERLY, 20)),
                catalog.indicator("online-public-services-usage").orElseThrow());
    }

    @Test
    void aCountIndicatorHasAMinimumButNoMaximum() {
        Indicator workers = catalog.indicator("it-park-employees").orElseThrow();

        assertEquals(ValueType.COUNT, workers.valueType());
        assertEquals(Optional.of(BigDecimal.ZERO), workers.min());
        assertEquals(Optional.empty(), workers.max());
        assertEquals(Optional.empty(), workers.nationalTarget());
        assertEquals("persons", catalog.unitName(workers, Lang.EN));
        assertEquals("người", catalog.unitName(workers, Lang.VI));
    }

    @Test
    void aMilestoneIsZeroOrOneWithoutAUnit() {
        Indicator committee = catalog.indicator("steering-committee-established").orElseThrow();

        assertEquals("governance", committee.pillarId());
        assertEquals(ValueType.MILESTONE, committee.valueType());
        assertEquals("", committee.unit());
        assertEquals(Optional.of(BigDecimal.ZERO), committee.min());
        assertEquals(Optional.of(BigDecimal.ONE), committee.max());
        assertEquals(new NationalTarget(BigDecimal.ONE, 2025,
                        "Official Letter 01-CV/BCĐTW (25 March 2025): every province sets up or completes its steering committee"),
                committee.nationalTarget().orElseThrow());
        assertEquals("", catalog.unitName(committee, Lang.VI));
        assertEquals("", catalog.unitName(committee, Lang.EN));
    }

    @Test
    void anAmountWithoutDirectionAndARateWithATarget() {
        Indicator investment = catalog.indicator("commune-it-investment").orElseThrow();
        Indicator researchers = catalog.indicator("rd-personnel-per-10k").orElseThrow();

        assertEquals(ValueType.AMOUNT, investment.valueType());
        assertEquals(Direction.NONE, investment.direction());
        assertEquals("tỷ đồng", catalog.unitName(investment, Lang.VI));
        assertEquals("billion VND", catalog.unitName(investment, Lang.EN));
        assertEquals(ValueType.RATE, researchers.valueType());
        assertEquals(new BigDecimal("12"), researchers.nationalTarget().orElseThrow().value());
        assertEquals("trên 1 vạn dân", catalog.unitName(researchers, Lang.VI));
        assertEquals("per 10,000 people", catalog.unitName(researchers, Lang.EN));
        assertEquals("Số cán bộ nghiên cứu trên một vạn dân", researchers.name(Lang.VI));
        assertEquals("Research personnel per 10000 people", researchers.name(Lang.EN));
    }

    @Test
    void countsAndAmountsAddUpAcrossMergedUnitsSharesRatesAndMilestonesDoNot() {
        assertEquals(List.of(ValueType.COUNT, ValueType.AMOUNT),
                List.of(ValueType.values()).stream().filter(ValueType::isAdditive).toList());
    }

    @Test
    void everyIndicatorHasAKnownPillarBothNamesAndATranslatedUnit() {
        for (Indicator indicator : catalog.indicators()) {
            assertTrue(catalog.pillar(indicator.pillarId()).isPresent(), indicator.id());
            assertFalse(indicator.nameVi().isBlank(), indicator.id());
            assertFalse(indicator.nameEn().isBlank(), indicator.id());
            assertEquals(indicator.valueType() == ValueType.MILESTONE, catalog.unitName(indicator, Lang.EN).isEmpty(), indicator.id());
        }
    }

    @Test
    void didYouMeanFindsProvincesDespiteCaseSpacesAndDiacritics() {
        assertEquals(List.of("gia-lai"), catalog.similarProvinceIds("Gia Lai"));
        assertEquals(List.of("binh-dinh"), catalog.similarProvinceIds("Bình Định"));
        assertEquals(List.of("gia-lai-pre2025"), catalog.similarProvinceIds("gia-lai-pre"));
        assertEquals(List.of("thanh-hoa"), catalog.similarProvinceIds("thanh-hao"));
        assertEquals(List.of("ha-noi"), catalog.similarProvinceIds("hanoi"));
        assertEquals(List.of(), catalog.similarProvinceIds("atlantis"));
        assertEquals(List.of(), catalog.similarProvinceIds("--"));
    }

    @Test
    void didYouMeanOffersEveryEquallyNearMissInCatalogOrder() {
        assertEquals(List.of("da-nang", "dak-nong"), catalog.similarProvinceIds("da-nong"));
        assertEquals(List.of("ha-tinh", "hoa-binh"), catalog.similarProvinceIds("ha-binh"));
    }

    @Test
    void didYouMeanFindsIndicatorsByPrefixAndTypo() {
        assertEquals(List.of("base-stations-5g"), catalog.similarIndicatorIds("base-station-5g"));
        assertEquals(List.of("online-public-services-share", "online-public-services-usage"),
                catalog.similarIndicatorIds("online-public"));
    }

    private static List<String> ids(List<Province> provinces) {
        return provinces.stream().map(Province::id).toList();
    }
}
