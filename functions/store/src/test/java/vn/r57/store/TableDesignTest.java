package vn.r57.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;

class TableDesignTest {

    @Test
    void aRevisionSortKeyNamesItsSeriesAndAZeroPaddedNumber() {
        assertEquals("REV#on-time-admin-processing#actual#2025#000007",
                TableDesign.revisionSk("on-time-admin-processing", Kind.ACTUAL, Period.year(2025), 7));
        assertEquals("REV#rd-spending-share#target#2025-Q3#000012",
                TableDesign.revisionSk("rd-spending-share", Kind.TARGET, Period.quarter(2025, 3), 12));
        assertEquals("REV#base-stations-5g#actual#2025-07#999999",
                TableDesign.revisionSk("base-stations-5g", Kind.ACTUAL, Period.month(2025, 7), 999_999));
    }

    @Test
    void paddedNumbersSortAsNumbers() {
        String nine = TableDesign.revisionSk("base-stations-5g", Kind.ACTUAL, Period.month(2025, 7), 9);
        String ten = TableDesign.revisionSk("base-stations-5g", Kind.ACTUAL, Period.month(2025, 7), 10);
        assertTrue(nine.compareTo(ten) < 0);
    }

    @Test
    void aYearSeriesPrefixDoesNotMatchTheQuartersOfThatYear() {
        String yearPrefix = TableDesign.seriesPrefix("rd-spending-share", Kind.ACTUAL, Period.year(2025));
        String quarter = TableDesign.revisionSk("rd-spending-share", Kind.ACTUAL, Period.quarter(2025, 1), 1);
        assertEquals("REV#rd-spending-share#actual#2025#", yearPrefix);
        assertFalse(quarter.startsWith(yearPrefix));
    }

    @Test
    void otherKeysSpellTheirKindOfItem() {
        assertEquals("PROV#thanh-hoa", TableDesign.provincePk("thanh-hoa"));
        assertEquals("KEY#abcdefghijk2", TableDesign.keyPk("abcdefghijk2"));
        assertEquals("SNAP#s1", TableDesign.snapshotPk("s1"));
        assertEquals("LATEST#thanh-hoa#2025-07", TableDesign.latestPk("thanh-hoa", Period.month(2025, 7)));
        assertEquals("base-stations-5g#target", TableDesign.seriesName("base-stations-5g", Kind.TARGET));
        assertEquals("IDEM#abcdefghijk2#0f1e", TableDesign.idempotencyPk("abcdefghijk2", "0f1e"));
        assertEquals("2025-11-20T03:00:00.000Z#s1#04", TableDesign.changeSk("2025-11-20T03:00:00.000Z", "s1", 4));
        assertEquals("2025-11-20T03:00:00.000Z#s1#89", TableDesign.changeSk("2025-11-20T03:00:00.000Z", "s1", 89));
    }
}
