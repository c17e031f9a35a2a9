package vn.r57.render.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Qualifier;
import vn.r57.core.snapshot.Source;
import vn.r57.render.SmallDataSet;

class RenderModelTest {

    private final RenderModel model = SmallDataSet.model();

    @Test
    void aCorrectionBecomesTheCurrentValueAndTheEarlierOneStaysInTheHistory() {
        Point point = series("thanh-hoa", "on-time-admin-processing", Kind.ACTUAL).at(Period.year(2024)).orElseThrow();

        assertEquals("99.510", point.current().value().toPlainString());
        assertEquals(2, point.current().number());
        assertEquals(List.of("99.5"), point.earlier().stream().map(r -> r.value().toPlainString()).toList());
        assertTrue(point.isRevised());
    }

    @Test
    void theDataVersionIsTheLatestReceiptAndWithoutAnInstantTheStatusesHoldForIt() {
        assertEquals(Optional.of(Instant.parse("2025-08-05T02:30:00Z")), model.dataVersion());
        assertEquals(Instant.parse("2025-08-05T02:30:00Z"), model.generatedAt());
        assertEquals(Instant.parse("2025-08-05T02:30:00Z"), model.asOf());
        assertEquals(LocalDate.of(2025, 8, 5), model.asOfDay());
    }

    @Test
    void theCalendarListsEveryPeriodStartedByTheAsOfDayByFrequencyWithItsDueDateAndState() {
        assertEquals(List.of(
                        "monthly 2025-01 due 2025-02-15 due [on-time-admin-processing]",
                        "monthly 2025-06 due 2025-07-15 due [on-time-admin-processing]",
                        "monthly 2025-07 due 2025-08-15 reporting [on-time-admin-processing]",
                        "monthly 2025-08 due 2025-09-15 open [on-time-admin-processing]",
                        "quarterly 2025-Q1 due 2025-04-20 due",
                        "quarterly 2025-Q2 due 2025-07-20 due",
                        "quarterly 2025-Q3 due 2025-10-20 open",
                        "yearly 2024 due 2025-03-31 due",
                        "yearly 2025 due 2026-03-31 open",
                        "once 2025 due 2026-01-31 open [steering-committee-established, action-plan-issued]"),
                model.calendar().stream()
                        .filter(e -> !e.period().toString().matches("2025-0[2-5]"))
                        .map(e -> e.frequency().wireName() + " " + e.period() + " due " + e.dueDate() + " "
                                + (e.open() ? "open" : e.due() ? "due" : "reporting")
                                + (e.indicators().size() <= 2 ? " " + e.indicators().stream().map(i -> i.id()).toList() : ""))
                        .toList());
    }

    @Test
    void theAsOfInstantIsAnInputSoTheSameRevisionsGiveOtherStatusesOnceADueDatePasses() {
        RenderModel before = RenderModel.build(Catalog.load(), SmallDataSet.revisions(), Instant.parse("2025-08-15T16:59:59Z"));
        RenderModel after = RenderModel.build(Catalog.load(), SmallDataSet.revisions(), Instant.parse("2025-08-15T17:00:00Z"));

        assertEquals("not-yet-due", status(before, "thanh-hoa", "on-time-admin-processing", "2025-07"));
        assertEquals("missing", status(after, "thanh-hoa", "on-time-admin-processing", "2025-07"));
        assertEquals(before.series(), after.series());
    }

    @Test
    void withoutRevisionsTheModelIsEmptyAndGeneratedAtIsTheEpoch() {
        RenderModel empty = RenderModel.build(Catalog.load(), List.of());

        assertEquals(Optional.empty(), empty.dataVersion());
        assertEquals(Instant.EPOCH, empty.generatedAt());
        assertEquals(Instant.EPOCH, empty.asOf());
        assertEquals(List.of(), empty.calendar(), "nothing is owed in 1970");
        assertEquals(86, empty.provinces().size(), "34 current units and the 52 dissolved on 1 July 2025");
        assertEquals(List.of(), empty.series());
    }

    @Test
    void theAsOfDayIsTakenInVietnamSoNewYearsEveAfter17hUtcOpensTheNextYear() {
        RenderModel eve = RenderModel.build(Catalog.load(), List.of(), Instant.parse("2025-12-31T16:59:59Z"));
        RenderModel newYear = RenderModel.build(Catalog.load(), List.of(), Instant.parse("2025-12-31T17:00:00Z"));

        assertEquals(Period.year(2025), lastYearly(eve));
        assertEquals(Period.year(2026), lastYearly(newYear));
    }

    @Test
    void aMergedProvinceKeepsItsOwnSeriesAndShowsItsPredecessorsSideBySide() {
        ProvinceData tuyenQuang = model.province("tuyen-quang").orElseThrow();

        assertEquals(List.of("mobile-base-stations/2025=2700.0"), describe(tuyenQuang.series()));
        assertEquals(List.of(
                        "e-payment-account-share 2024 [ha-giang=45.5] missing [tuyen-quang-pre2025] not-additive",
                        "mobile-base-stations 2024 [tuyen-quang-pre2025=1350, ha-giang=1200] missing [] computed 2550",
                        "base-stations-5g 2024 [tuyen-quang-pre2025=100, ha-giang=80] missing [] qualified-input",
                        "commune-it-investment 2024 [ha-giang=12.75] missing [tuyen-quang-pre2025] incomplete"),
                tuyenQuang.harmonised().stream().flatMap(h -> h.rows().stream().map(row -> h.indicator().id() + " "
                        + row.period() + " " + row.values().stream().map(v -> v.province() + "=" + v.value()).toList()
                        + " missing " + row.missing() + " " + row.sumStatus().wireName()
                        + row.sum().map(sum -> " " + sum.toPlainString()).orElse(""))).toList());
    }

    @Test
    void aPre2025UnitHasItsOwnFileDataButNoReportingStatus() {
        ProvinceData haGiang = model.province("ha-giang").orElseThrow();

        assertEquals(List.of("e-payment-account-share/2024=45.5", "mobile-base-stations/2024=1200",
                "base-stations-5g/2024=80", "commune-it-investment/2024=12.75"), describe(haGiang.series()));
        assertEquals(List.of(), haGiang.status());
        assertEquals(List.of(), haGiang.harmonised());
        assertEquals(Optional.of(Instant.parse("2025-03-03T01:00:00Z")), haGiang.dataVersion());
    }

    @Test
    void reportingStatusSaysOnTimeLateMissingNotYetDueOrNotEstablishedWithThePredecessorsStatus() {
        assertEquals(List.of(
                        "2024 not-established [tuyen-quang-pre2025 missing, ha-giang on-time r1]",
                        "2025 not-yet-due"),
                statuses(model, "tuyen-quang", "commune-it-investment"));
        assertEquals(List.of(
                        "2025-Q1 not-established [tuyen-quang-pre2025 missing, ha-giang missing]",
                        "2025-Q2 not-established [tuyen-quang-pre2025 missing, ha-giang missing]",
                        "2025-Q3 not-yet-due"),
                statuses(model, "tuyen-quang", "mobile-base-stations"));
        assertEquals(34 * 3, model.indicator("mobile-base-stations").orElseThrow().status().size());
    }

    @Test
    void progressComparesTheLatestActualWithTheNationalTargetInTheIndicatorsDirection() {
        Progress usage = progress("thanh-hoa", "online-public-services-usage");
        Progress researchers = progress("thanh-hoa", "rd-personnel-per-10k");
        Progress nothingYet = progress("ha-noi", "rd-personnel-per-10k");

        assertEquals("80 above gap 0 met true 100.0", describe(usage));
        assertEquals("7.3 gap 4.7 met false 60.8", describe(researchers));
        assertEquals(Optional.empty(), nothingYet.latest());
        assertEquals(Optional.empty(), nothingYet.met());
    }

    @Test
    void everyTargetCountsTheNationalOneFirstThenTheUnitsOwn() {
        assertEquals(List.of(
                        "online-public-services-usage national 80 2030 target-achieved",
                        "on-time-admin-processing trend unable-to-assess one-year-only",
                        "digital-economy-share national 30 2030 unable-to-assess no-base",
                        "mobile-base-stations trend unable-to-assess one-year-only",
                        "village-broadband-coverage national 100 2030 unable-to-assess no-base",
                        "rd-personnel-per-10k national 12 2030 unable-to-assess one-year-only",
                        "rd-spending-share national 2 2030 unable-to-assess no-base",
                        "st-dx-budget-share national 3 2030 unable-to-assess no-base",
                        "innovative-enterprise-share national 40 2030 unable-to-assess no-base",
                        "digital-skilled-workers-trained unit 7500 2030 unable-to-assess no-base",
                        "steering-committee-established national 1 2025 not-yet-due",
                        "action-plan-issued national 1 2025 not-yet-due"),
                model.province("thanh-hoa").orElseThrow().progress().stream()
                        .map(p -> p.indicator().id() + " " + p.target()
                                .map(t -> t.source().wireName() + " " + t.value().toPlainString() + " " + t.year())
                                .orElse("trend") + " " + p.assessment().status().wireName()
                                + p.assessment().reason().map(r -> " " + r.wireName()).orElse(""))
                        .toList());
    }

    @Test
    void aUnitFormedOnFirstJuly2025IsMeasuredFromItsPredecessorsComputedSum() {
        // Hà Giang 1200 + Tuyên Quang (before 2025) 1350 = 2550 base stations in 2024; Tuyên Quang reported 2700.0 for
        // 2025: 2700 / 2550 − 1 = 5.88 % a year, over the 1.5 % of substantial progress (a count has no limit).
        Progress stations = progress("tuyen-quang", "mobile-base-stations");

        assertEquals("substantial-progress", stations.assessment().status().wireName());
        assertEquals("2024 2550 [tuyen-quang-pre2025, ha-giang]", stations.assessment().base()
                .map(b -> b.period() + " " + b.value().toPlainString() + " " + b.sumOf()).orElseThrow());
        assertEquals("2025 2700.0", stations.assessment().current()
                .map(c -> c.period() + " " + c.value().toPlainString()).orElseThrow());
        assertEquals("5.88", vn.r57.core.progress.Published.ratePercent(stations.assessment().observedRate().orElseThrow())
                .toPlainString());
    }

    @Test
    void aDissolvedUnitHasNoProgressAndAnIndicatorListsOnlyCurrentUnits() {
        assertEquals(List.of(), model.province("ha-giang").orElseThrow().progress());
        assertEquals(34, model.indicator("rd-personnel-per-10k").orElseThrow().progress().size());
        assertEquals(3, model.indicator("mobile-base-stations").orElseThrow().progress().size(),
                "a trend only for the units with a figure since 2024");
    }

    @Test
    void theRankingUsesTheBestReportedPeriodAndEqualValuesShareARank() {
        Ranking ranking = model.indicator("mobile-base-stations").orElseThrow().ranking().orElseThrow();

        assertEquals(Period.year(2025), ranking.period());
        assertEquals(3, ranking.reporting());
        assertEquals(34, ranking.of());
        assertEquals(List.of("1 ha-noi 15000", "2 thanh-hoa 2700", "2 tuyen-quang 2700.0"), ranking.entries().stream()
                .map(e -> e.rank() + " " + e.province() + " " + e.point().current().value().toPlainString()).toList());
        assertEquals(Optional.empty(), model.indicator("commune-it-investment").orElseThrow().ranking(),
                "only a dissolved unit reported it");
    }

    @Test
    void recentChangesAreNewestFirstAndACorrectionNamesTheValueItReplaced() {
        List<Change> changes = model.recentChanges();

        assertEquals(14, changes.size());
        assertEquals("tuyen-quang", changes.get(0).revision().province());
        Change correction = changes.get(12);
        assertEquals("thanh-hoa on-time-admin-processing r2", correction.revision().province() + " "
                + correction.revision().indicator() + " r" + correction.revision().number());
        assertEquals("99.5", correction.previous().orElseThrow().value().toPlainString());
        assertEquals(1, changes.stream().filter(Change::isCorrection).count());
    }

    @Test
    void theOrderOfTheInputDoesNotMatter() {
        List<Revision> shuffled = new ArrayList<>(SmallDataSet.revisions());
        Collections.reverse(shuffled);
        RenderModel other = RenderModel.build(Catalog.load(), shuffled);

        assertEquals(model.series(), other.series());
        assertEquals(model.provinces(), other.provinces());
        assertEquals(model.indicators(), other.indicators());
        assertEquals(model.recentChanges(), other.recentChanges());
    }

    @Test
    void twoRevisionsWithTheSameNumberAreRefused() {
        List<Revision> twice = new ArrayList<>(SmallDataSet.revisions());
        twice.add(twice.get(0));

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> RenderModel.build(Catalog.load(), twice));
        assertTrue(error.getMessage().startsWith("two revisions with the same number: Revision[province=thanh-hoa"));
    }

    @Test
    void revisionsOfUnitsOrIndicatorsOutsideTheCatalogAreSetAsideNotPublished() {
        List<Revision> revisions = new ArrayList<>(SmallDataSet.revisions());
        Revision unknown = new Revision("atlantis", "mobile-base-stations", Kind.ACTUAL, Period.year(2024), 1,
                new BigDecimal("1"), Optional.of(Qualifier.ESTIMATE), Optional.empty(), new Source("x", Optional.empty()),
                Instant.parse("2026-01-01T00:00:00Z"), "x-1");
        revisions.add(unknown);

        RenderModel withUnknown = RenderModel.build(Catalog.load(), revisions);

        assertEquals(List.of(unknown), withUnknown.ignored());
        assertEquals(model.dataVersion(), withUnknown.dataVersion());
        assertEquals(model.series(), withUnknown.series());
    }

    private Series series(String province, String indicator, Kind kind) {
        return model.series().stream()
                .filter(s -> s.province().id().equals(province) && s.indicator().id().equals(indicator) && s.kind() == kind)
                .findFirst().orElseThrow();
    }

    private static List<String> describe(List<Series> series) {
        return series.stream().flatMap(s -> s.points().stream().map(p -> s.indicator().id() + "/" + p.period() + "="
                + p.current().value().toPlainString())).toList();
    }

    @Test
    void aReportFirstReceivedAfterItsDueDateIsLateAndACorrectionMarksItRevised() {
        List<Revision> revisions = new ArrayList<>(SmallDataSet.revisions());
        revisions.add(actual("thanh-hoa", "digital-economy-share", Period.year(2024), 1, "2025-04-01T17:00:00Z"));
        revisions.add(actual("thanh-hoa", "digital-economy-share", Period.year(2024), 2, "2025-05-01T03:00:00Z"));
        revisions.add(actual("ha-noi", "digital-economy-share", Period.year(2024), 1, "2025-03-31T16:59:59Z"));
        RenderModel withReports = RenderModel.build(Catalog.load(), revisions, Instant.parse("2025-08-05T03:00:00Z"));

        assertEquals(List.of("2024 late r2 revised 2 days late", "2025 not-yet-due"),
                statuses(withReports, "thanh-hoa", "digital-economy-share"));
        assertEquals(List.of("2024 on-time r1", "2025 not-yet-due"),
                statuses(withReports, "ha-noi", "digital-economy-share"));
    }

    private static Revision actual(String province, String indicator, Period period, int number, String receivedAt) {
        return new Revision(province, indicator, Kind.ACTUAL, period, number, new BigDecimal("10"), Optional.empty(),
                Optional.empty(), new Source("Báo cáo", Optional.empty()), Instant.parse(receivedAt), province + "-" + number);
    }

    private static List<String> statuses(RenderModel model, String province, String indicator) {
        return model.province(province).orElseThrow().status().stream()
                .filter(s -> s.indicator().equals(indicator))
                .map(s -> s.period() + " " + s.status().wireName()
                        + s.point().map(p -> " r" + p.current().number()).orElse("")
                        + (s.revised() ? " revised" : "")
                        + (s.daysLate() > 0 ? " " + s.daysLate() + " days late" : "")
                        + (s.predecessors().isEmpty() ? "" : " " + s.predecessors().stream()
                                .map(p -> p.province() + " " + p.status().wireName()
                                        + p.point().map(point -> " r" + point.current().number()).orElse("")).toList()))
                .toList();
    }

    private static String status(RenderModel model, String province, String indicator, String period) {
        return model.province(province).orElseThrow().status().stream()
                .filter(s -> s.indicator().equals(indicator) && s.period().toString().equals(period))
                .findFirst().orElseThrow().status().wireName();
    }

    private static Period lastYearly(RenderModel model) {
        return model.calendar().stream().filter(e -> e.frequency() == vn.r57.core.calendar.Frequency.YEARLY)
                .reduce((a, b) -> b).orElseThrow().period();
    }

    private Progress progress(String province, String indicator) {
        return model.province(province).orElseThrow().progress().stream()
                .filter(p -> p.indicator().id().equals(indicator)).findFirst().orElseThrow();
    }

    private static String describe(Progress progress) {
        Revision latest = progress.latest().orElseThrow().current();
        return latest.value().toPlainString() + latest.qualifier().map(q -> " " + q.wireName()).orElse("")
                + " gap " + progress.gap().orElseThrow().toPlainString() + " met " + progress.met().orElseThrow()
                + " " + progress.percentOfTarget().orElseThrow().toPlainString();
    }

}
