package vn.r57.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.r57.core.catalog.Direction;

/** A group's figures leave units without a value out of the median, range and ranks, and count them. */
class GroupFiguresTest {

    private static final List<String> MEMBERS = List.of("thanh-hoa", "nghe-an", "ha-tinh", "quang-tri", "hue");

    @Test
    void unitsWithoutAValueAreCountedAsMissingNotAsZero() {
        GroupFigures figures = GroupFigures.of(MEMBERS, Map.of(
                "thanh-hoa", new BigDecimal("99.51"),
                "hue", new BigDecimal("80"),
                "ha-tinh", new BigDecimal("95.0"),
                "hai-phong", new BigDecimal("1")), Direction.UP);

        assertEquals(3, figures.reporting());
        assertEquals(5, figures.of());
        assertEquals(List.of("nghe-an", "quang-tri"), figures.missing());
        assertEquals("95.0", figures.median().orElseThrow().toPlainString());
        assertEquals("80", figures.lowest().orElseThrow().toPlainString());
        assertEquals("99.51", figures.highest().orElseThrow().toPlainString());
        assertEquals(List.of(new Ranks.Ranked(1, "thanh-hoa", new BigDecimal("99.51")),
                new Ranks.Ranked(2, "ha-tinh", new BigDecimal("95.0")),
                new Ranks.Ranked(3, "hue", new BigDecimal("80"))), figures.ranks());
        assertEquals(Optional.of(new Ranks.Ranked(2, "ha-tinh", new BigDecimal("95.0"))), figures.rankOf("ha-tinh"));
        assertEquals(Optional.empty(), figures.rankOf("nghe-an"));
    }

    @Test
    void anEvenNumberOfReportingUnitsGivesTheExactMeanOfTheMiddleTwo() {
        GroupFigures figures = GroupFigures.of(MEMBERS, Map.of(
                "thanh-hoa", new BigDecimal("99.51"),
                "hue", new BigDecimal("80"),
                "ha-tinh", new BigDecimal("95.05"),
                "quang-tri", new BigDecimal("10")), Direction.DOWN);

        assertEquals("87.525", figures.median().orElseThrow().toPlainString());
        assertEquals(List.of("quang-tri", "hue", "ha-tinh", "thanh-hoa"),
                figures.ranks().stream().map(Ranks.Ranked::unit).toList());
    }

    @Test
    void aGroupWhereNobodyReportedHasNoFiguresAndEveryoneMissing() {
        GroupFigures figures = GroupFigures.of(MEMBERS, Map.of(), Direction.UP);

        assertEquals(0, figures.reporting());
        assertEquals(MEMBERS, figures.missing());
        assertEquals(Optional.empty(), figures.median());
        assertEquals(Optional.empty(), figures.lowest());
        assertEquals(Optional.empty(), figures.highest());
        assertEquals(List.of(), figures.ranks());
    }
}
