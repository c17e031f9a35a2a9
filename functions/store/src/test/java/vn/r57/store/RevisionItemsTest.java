package vn.r57.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Observation;
import vn.r57.core.snapshot.Qualifier;
import vn.r57.core.snapshot.Source;

class RevisionItemsTest {

    private static final Source SOURCE = new Source("Báo cáo năm 2025", Optional.of("https://example.gov.vn/bao-cao"));

    @Test
    void theValueIsStoredAsItsExactTextNotAsANumber() {
        Observation value = new Observation("on-time-admin-processing", Kind.ACTUAL, new BigDecimal("99.510"), Optional.empty(), Optional.empty());

        Map<String, AttributeValue> item = RevisionItems.item("keyid2345678", "snap1", "thanh-hoa", Period.year(2025), SOURCE,
                "2025-11-20T03:00:00.000Z", value, 2, 0);

        assertEquals(AttributeValue.fromS("99.510"), item.get("value"));
        assertEquals(AttributeValue.fromS("PROV#thanh-hoa"), item.get("pk"));
        assertEquals(AttributeValue.fromS("REV#on-time-admin-processing#actual#2025#000002"), item.get("sk"));
        assertEquals(AttributeValue.fromS("CHANGES"), item.get("gsi1pk"));
        assertEquals(AttributeValue.fromS("2025-11-20T03:00:00.000Z#snap1#00"), item.get("gsi1sk"));
        assertEquals(AttributeValue.fromS("keyid2345678"), item.get("keyId"));
        assertFalse(item.containsKey("qualifier"));
        assertFalse(item.containsKey("note"));
    }

    @Test
    void anItemReadsBackAsTheRevisionItWasWrittenFrom() {
        Observation value = new Observation("mobile-base-stations", Kind.TARGET, new BigDecimal("9800"),
                Optional.of(Qualifier.APPROXIMATELY), Optional.of("almost 9,800"));

        Revision revision = RevisionItems.revision(RevisionItems.item("keyid2345678", "snap1", "thanh-hoa", Period.quarter(2025, 4),
                SOURCE, "2025-11-20T03:00:00.000Z", value, 3, 5));

        assertEquals(new Revision("thanh-hoa", "mobile-base-stations", Kind.TARGET, Period.quarter(2025, 4), 3,
                new BigDecimal("9800"), Optional.of(Qualifier.APPROXIMATELY), Optional.of("almost 9,800"), SOURCE,
                Instant.parse("2025-11-20T03:00:00Z"), "snap1"), revision);
    }

    @Test
    void trailingZerosSurviveTheRoundTrip() {
        Observation value = new Observation("village-broadband-coverage", Kind.ACTUAL, new BigDecimal("99.700"), Optional.empty(), Optional.empty());

        Revision revision = RevisionItems.revision(RevisionItems.item("keyid2345678", "snap1", "thanh-hoa", Period.year(2025),
                new Source("Báo cáo", Optional.empty()), "2025-11-20T03:00:00.000Z", value, 1, 0));

        assertEquals("99.700", revision.value().toPlainString());
        assertEquals(Optional.empty(), revision.source().url());
    }
}
