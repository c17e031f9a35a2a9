package vn.r57.core.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Times as fixed-width UTC text with milliseconds ({@code 2025-07-01T03:04:05.000Z}), so that text order is time
 * order: the store sorts changes by this text, and files must not differ by how a zero was printed.
 */
public final class Instants {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Instants() {}

    public static String format(Instant instant) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (time.getYear() < 0 || time.getYear() > 9999) {
            return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
        }
        // By hand, not through the formatter: a full render prints hundreds of thousands of these.
        char[] text = "0000-00-00T00:00:00.000Z".toCharArray();
        put(text, 0, 4, time.getYear());
        put(text, 5, 2, time.getMonthValue());
        put(text, 8, 2, time.getDayOfMonth());
        put(text, 11, 2, time.getHour());
        put(text, 14, 2, time.getMinute());
        put(text, 17, 2, time.getSecond());
        put(text, 20, 3, instant.getNano() / 1_000_000);
        return new String(text);
    }

    /** Any ISO-8601 instant; the fixed-width form this class writes is read without the general parser. */
    public static Instant parse(String text) {
        if (text.length() == 24 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.' && text.charAt(23) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            int millis = digits(text, 20, 3);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()
                    && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60 && millis >= 0) {
                long days = LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, millis * 1_000_000L);
            }
        }
        // Anything else, including every malformed text, goes to the general parser and its exception.
        return Instant.parse(text);
    }

    private static void put(char[] text, int offset, int width, int value) {
        for (int i = offset + width - 1; i >= offset; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** The number written in {@code width} ASCII digits at {@code offset}, or -1 if any of them is not a digit. */
    private static int digits(String text, int offset, int width) {
        int value = 0;
        for (int i = offset; i < offset + width; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
