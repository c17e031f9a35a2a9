package vn.r57.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.r57.core.Lang;

/** Dates for people, and "today" on Vietnam's calendar. */
class DatesTest {

    @Test
    void resolution57WasAdoptedOn22December2024() {
        LocalDate adopted = LocalDate.of(2024, 12, 22);

        assertEquals("22/12/2024", Dates.format(adopted, Lang.VI));
        assertEquals("22 Dec 2024", Dates.format(adopted, Lang.EN));
    }

    @Test
    void singleDigitDaysArePaddedInVietnameseOnly() {
        LocalDate merger = LocalDate.of(2025, 7, 1);

        assertEquals("01/07/2025", Dates.format(merger, Lang.VI));
        assertEquals("1 Jul 2025", Dates.format(merger, Lang.EN));
    }

    @Test
    void theDefaultLocaleChangesNothing() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));

            assertEquals("22/12/2024", Dates.format(LocalDate.of(2024, 12, 22), Lang.VI));
            assertEquals("22 Dec 2024", Dates.format(LocalDate.of(2024, 12, 22), Lang.EN));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void todayIsTheDateInHoChiMinhCityWhateverTheClocksZone() {
        Instant fivePmUtc = Instant.parse("2025-06-30T17:00:00Z");

        assertEquals(LocalDate.of(2025, 7, 1), Dates.today(Clock.fixed(fivePmUtc, ZoneOffset.UTC)));
        assertEquals(LocalDate.of(2025, 7, 1), Dates.today(Clock.fixed(fivePmUtc, ZoneId.of("America/New_York"))));
        assertEquals(LocalDate.of(2025, 6, 30), Dates.today(Clock.fixed(fivePmUtc.minusMillis(1), ZoneOffset.UTC)));
        assertEquals("Asia/Ho_Chi_Minh", Dates.VIETNAM.getId());
    }
}
