package vn.r57.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fixed-width UTC timestamps whose text order is their time order. */
class InstantsTest {

    @Test
    void alwaysThreeFractionDigitsTruncatedNotRounded() {
        assertEquals("2025-07-01T03:04:05.000Z", Instants.format(Instant.parse("2025-07-01T03:04:05Z")));
        assertEquals("2025-07-01T03:04:05.100Z", Instants.format(Instant.parse("2025-07-01T03:04:05.1Z")));
        assertEquals("2025-07-01T03:04:05.999Z", Instants.format(Instant.parse("2025-07-01T03:04:05.999999999Z")));
    }

    @Test
    void formattedTextParsesBackToTheSameMillisecond() {
        Instant instant = Instant.parse("2025-12-31T23:59:59.123Z");

        assertEquals(instant, Instants.parse(Instants.format(instant)));
    }

    @Test
    void textOrderIsTimeOrder() {
        List<Instant> instants = List.of(Instant.parse("2025-07-01T03:04:05Z"), Instant.parse("2025-07-01T03:04:05.010Z"),
                Instant.parse("2025-07-01T03:04:05.100Z"), Instant.parse("2025-07-01T03:04:06Z"), Instant.parse("2026-01-01T00:00:00Z"));
        List<String> texts = new ArrayList<>(instants.stream().map(Instants::format).toList());
        List<String> sorted = new ArrayList<>(texts);

        sorted.sort(null);

        assertEquals(texts, sorted);
    }
}
