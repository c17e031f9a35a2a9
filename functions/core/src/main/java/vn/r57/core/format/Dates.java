package vn.r57.core.format;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.r57.core.Lang;

/** Dates for people: 22/12/2024 in Vietnamese, 22 Dec 2024 in English; times shown in Vietnam's time zone. */
public final class Dates {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private Dates() {}

    /**
     * Today's date on the reporting calendar, which runs in Vietnam (UTC+7): from 17:00 UTC it is already tomorrow
     * there, and a department may send actuals for a period that starts on that day.
     */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    public static String format(LocalDate date, Lang lang) {
        return (lang == Lang.VI ? VI : EN).format(date);
    }
}
