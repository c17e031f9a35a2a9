package vn.r57.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.r57.core.Lang;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.period.Period;

class FormatsTest {

    private static final Formats VI = new Formats(Lang.VI, Catalog.load());
    private static final Formats EN = new Formats(Lang.EN, Catalog.load());

    @Test
    void periodsPerLanguage() {
        assertEquals("Năm 2025", VI.period(Period.year(2025)));
        assertEquals("Quý 1/2025", VI.period(Period.quarter(2025, 1)));
        assertEquals("Tháng 3/2025", VI.period(Period.month(2025, 3)));
        assertEquals("2025", EN.period(Period.year(2025)));
        assertEquals("Q1 2025", EN.period(Period.quarter(2025, 1)));
        assertEquals("Mar 2025", EN.period(Period.month(2025, 3)));
        assertEquals("2025", VI.periodShort(Period.year(2025)));
        assertEquals("Quý 4/2025", VI.periodShort(Period.quarter(2025, 4)));
    }

    @Test
    void numbersKeepTheirDigitsAndTakeThePercentSignOfTheirIndicator() {
        var share = Catalog.load().indicator("on-time-admin-processing").orElseThrow();
        var stations = Catalog.load().indicator("mobile-base-stations").orElseThrow();

        assertEquals("99,510\u00a0%", VI.number(new BigDecimal("99.510"), share));
        assertEquals("99.510%", EN.number(new BigDecimal("99.510"), share));
        assertEquals("9.800", VI.number(new BigDecimal("9800"), stations));
        assertEquals("9,800", EN.number(new BigDecimal("9800"), stations));
    }

    @Test
    void datesInVietnamsTimeZone() {
        // 17:30 UTC on 21 December is already 22 December in Hanoi.
        assertEquals("22/12/2024", VI.date(Instant.parse("2024-12-21T17:30:00Z")));
        assertEquals("22 Dec 2024", EN.date(Instant.parse("2024-12-21T17:30:00Z")));
    }

    @Test
    void sizesAndLists() {
        assertEquals("870 byte", VI.size(870));
        assertEquals("12,4 KB", VI.size(12_700));
        assertEquals("1.2 MB", EN.size(1_258_291));
        assertEquals("Tuyên Quang (trước 2025) và Hà Giang", VI.list(List.of("Tuyên Quang (trước 2025)", "Hà Giang")));
        assertEquals("A, B and C", EN.list(List.of("A", "B", "C")));
    }
}
