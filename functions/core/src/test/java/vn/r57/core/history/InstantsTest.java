package vn.r57.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
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

    @Test
    void readsTheFixedWidthFormAndEveryOtherIsoInstantAlike() {
        assertEquals(Instant.parse("2024-02-29T23:59:59.999Z"), Instants.parse("2024-02-29T23:59:59.999Z"));
        assertEquals(Instant.parse("1969-12-31T23:59:59.001Z"), Instants.parse("1969-12-31T23:59:59.001Z"));
        assertEquals(Instant.parse("2025-07-01T03:04:05Z"), Instants.parse("2025-07-01T03:04:05Z"));
        assertEquals(Instant.parse("2025-07-01T03:04:05.123456Z"), Instants.parse("2025-07-01T03:04:05.123456Z"));
    }

    @Test
    void refusesImpossibleDatesLikeTheJavaParser() {
        for (String impossible : List.of("2025-02-29T00:00:00.000Z", "2025-06-31T00:00:00.000Z", "2025-13-01T00:00:00.000Z",
                "2025-01-01T25:00:00.000Z", "2025-01-01T2a:00:00.000Z")) {
            assertThrows(DateTimeParseException.class, () -> Instants.parse(impossible), impossible);
        }
    }

    @Test
    void writesYearsBeforeTheEpochWithFourDigits() {
        assertEquals("0999-01-02T03:04:05.006Z", Instants.format(Instant.parse("0999-01-02T03:04:05.006Z")));
    }
}
