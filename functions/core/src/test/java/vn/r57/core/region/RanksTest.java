package vn.r57.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.r57.core.catalog.Direction;

/** Regional ranks follow the national ranking's rule: best first by direction, ties share a rank, 1, 2, 2, 4. */
class RanksTest {

    private static Map<String, BigDecimal> values(String... pairs) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], new BigDecimal(pairs[i + 1]));
        }
        return map;
    }

    private static List<String> lines(List<Ranks.Ranked> ranked) {
        return ranked.stream().map(r -> r.rank() + " " + r.unit() + " " + r.value().toPlainString()).toList();
    }

    @Test
    void upRanksTheLargestFirstAndTiesShareARankThenSkipOne() {
        assertEquals(List.of("1 hue 90", "2 da-nang 80", "2 thanh-hoa 80.0", "4 nghe-an 70"),
                lines(Ranks.of(values("nghe-an", "70", "thanh-hoa", "80.0", "hue", "90", "da-nang", "80"), Direction.UP)));
    }

    @Test
    void downRanksTheSmallestFirst() {
        assertEquals(List.of("1 nghe-an 1.5", "2 hue 2", "2 thanh-hoa 2.00", "4 da-nang 7"),
                lines(Ranks.of(values("da-nang", "7", "thanh-hoa", "2.00", "hue", "2", "nghe-an", "1.5"), Direction.DOWN)));
    }

    @Test
    void aLevelWithoutDirectionIsListedLargestFirst() {
        assertEquals(List.of("1 b 3", "2 a 1"), lines(Ranks.of(values("a", "1", "b", "3"), Direction.NONE)));
    }

    @Test
    void allEqualValuesShareTheFirstRank() {
        assertEquals(List.of("1 a 5", "1 b 5", "1 c 5"), lines(Ranks.of(values("c", "5", "a", "5", "b", "5"), Direction.UP)));
    }

    @Test
    void nobodyReportedNobodyIsRanked() {
        assertEquals(List.of(), Ranks.of(Map.of(), Direction.UP));
    }
}
