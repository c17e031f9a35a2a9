package vn.r57.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How "did you mean" picks and orders its suggestions. */
class SimilarityTest {

    @Test
    void closerCandidatesComeFirst() {
        // two edits away, then one edit away: the threshold for eight letters is two edits
        assertEquals(List.of("abcd-efgx", "abxd-exgh"), Similarity.similar("abcd-efgh", List.of("abxd-exgh", "abcd-efgx")));
    }

    @Test
    void anExactMatchIgnoringCaseAccentsAndSeparatorsSilencesNearMisses() {
        assertEquals(List.of("dong-thap"), Similarity.similar("ĐỒNG THÁP", List.of("dong-thap", "dong-thap-pre2025", "dong-nap")));
    }

    @Test
    void aPrefixOfFourOrMoreLettersSuggestsEveryLongerId() {
        assertEquals(List.of("binh-dinh", "binh-thuan"), Similarity.similar("binh", List.of("binh-dinh", "ninh-binh", "binh-thuan")));
        assertEquals(List.of(), Similarity.similar("bin", List.of("binh-dinh", "binh-thuan")));
    }

    @Test
    void tooManyEditsOrNothingToCompareSuggestsNothing() {
        assertEquals(List.of(), Similarity.similar("abcdefgh", List.of("abxxxfgh")));
        assertEquals(List.of(), Similarity.similar("—", List.of("a")));
    }
}
