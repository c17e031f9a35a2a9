package vn.r57.render.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.r57.core.Lang;
import vn.r57.core.calendar.Frequency;
import vn.r57.core.calendar.Timeliness;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.Province;
import vn.r57.core.format.Dates;
import vn.r57.core.format.Numbers;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Qualifier;
import vn.r57.render.site.Messages;

/**
 * Everything a page prints that is not a plain message: values exactly as submitted with their qualifier, periods,
 * dates, sizes and names, in one language. The words come from the message bundle; the digits from the core's
 * exact formatting.
 */
public final class Formats {

    private static final BigDecimal KIB = BigDecimal.valueOf(1024);

    private final Lang lang;
    private final Catalog catalog;
    private final Messages msg;

    public Formats(Lang lang, Catalog catalog) {
        this.lang = lang;
        this.catalog = catalog;
        this.msg = Messages.of(lang);
    }

    public Lang lang() {
        return lang;
    }

    public Messages msg() {
        return msg;
    }

    /** A number as submitted, with "%" where the indicator is a percentage: "99,51 %" / "99.51%", "9.800" / "9,800". */
    public String number(BigDecimal value, Indicator indicator) {
        return isPercent(indicator) ? Numbers.percent(value, lang) : Numbers.format(value, lang);
    }

    /** The value as it is written in short: "> 80 %", "≈ 9.800", "15,6 % (ước tính)". */
    public String value(Revision revision) {
        String number = number(revision.value(), indicator(revision.indicator()));
        return revision.qualifier()
                .map(qualifier -> msg.text("value.short." + qualifier.wireName(), number))
                .orElse(number);
    }

    /** The value as it is read out: "trên 80 %", "khoảng 9.800". */
    public String spokenValue(Revision revision) {
        String number = number(revision.value(), indicator(revision.indicator()));
        return revision.qualifier()
                .map(qualifier -> msg.text("qualifier." + qualifier.wireName() + ".value", number))
                .orElse(number);
    }

    /** True when the short form uses a symbol a screen reader would not say well, so the page adds the words. */
    public boolean needsSpokenForm(Revision revision) {
        return revision.qualifier().isPresent() && revision.qualifier().get() != Qualifier.ESTIMATE;
    }

    public String unit(Indicator indicator) {
        return catalog.unitName(indicator, lang);
    }

    /** "Năm 2025", "Quý 1/2025", "Tháng 3/2025" / "2025", "Q1 2025", "Mar 2025". */
    public String period(Period period) {
        String year = Integer.toString(period.year());
        return switch (period.granularity()) {
            case YEAR -> msg.text("period.year", year);
            case QUARTER -> msg.text("period.quarter", year, Integer.toString(period.number()));
            case MONTH -> msg.text("period.month", year, msg.text("month." + period.number()));
        };
    }

    /** The period written short for chart axes and tables: as {@link #period} but without "Năm" for a year. */
    public String periodShort(Period period) {
        return switch (period.granularity()) {
            case YEAR -> Integer.toString(period.year());
            default -> period(period);
        };
    }

    public String date(Instant instant) {
        return Dates.format(instant.atZone(Dates.VIETNAM).toLocalDate(), lang);
    }

    public String date(LocalDate date) {
        return Dates.format(date, lang);
    }

    /** The machine-readable date for a {@code <time datetime>}. */
    public String isoDate(Instant instant) {
        return instant.atZone(Dates.VIETNAM).toLocalDate().toString();
    }

    public String optionalDate(Optional<Instant> instant) {
        return instant.map(this::date).orElse(msg.text("value.none"));
    }

    /** A file size for a download list: "870 byte", "12,4 KB", "1,2 MB"; rounded, since it is not data. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return msg.text("size.bytes", Numbers.format(BigDecimal.valueOf(bytes), lang));
        }
        BigDecimal kib = BigDecimal.valueOf(bytes).divide(KIB, 1, RoundingMode.HALF_UP);
        if (kib.compareTo(KIB) < 0) {
            return msg.text("size.kb", Numbers.format(kib, lang));
        }
        return msg.text("size.mb", Numbers.format(BigDecimal.valueOf(bytes).divide(KIB.multiply(KIB), 1,
                RoundingMode.HALF_UP), lang));
    }

    public String count(int count) {
        return Numbers.format(BigDecimal.valueOf(count), lang);
    }

    public String provinceName(String id) {
        return province(id).name(lang);
    }

    public Province province(String id) {
        return catalog.province(id).orElseThrow(() -> new IllegalArgumentException("unknown province " + id));
    }

    public Indicator indicator(String id) {
        return catalog.indicator(id).orElseThrow(() -> new IllegalArgumentException("unknown indicator " + id));
    }

    public List<Province> currentProvinces() {
        return catalog.currentProvinces();
    }

    public String indicatorName(String id) {
        return indicator(id).name(lang);
    }

    public String pillarName(String id) {
        return catalog.pillar(id).orElseThrow().name(lang);
    }

    /** Names joined as people write a list: "A và B", "A, B và C". */
    public String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        String joined = items.get(0);
        for (int i = 1; i < items.size(); i++) {
            joined = msg.text(i == items.size() - 1 ? "list.last" : "list.middle", joined, items.get(i));
        }
        return joined;
    }

    public String statusText(Timeliness status) {
        return msg.text("status." + status.wireName());
    }

    /** "3 days late", "1 day late". */
    public String daysLate(int days) {
        return msg.text(days == 1 ? "status.daysLate.one" : "status.daysLate", count(days));
    }

    public String frequency(Frequency frequency) {
        return msg.text("status.frequency." + frequency.wireName());
    }

    private static boolean isPercent(Indicator indicator) {
        return "%".equals(indicator.unit());
    }
}
