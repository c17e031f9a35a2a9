package vn.r57.core.format;

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

    public static String format(LocalDate date, Lang lang) {
        return (lang == Lang.VI ? VI : EN).format(date);
    }
}
