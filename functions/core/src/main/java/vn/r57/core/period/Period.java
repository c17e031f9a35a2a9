package vn.r57.core.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a year ({@code 2025}), a quarter ({@code 2025-Q3}) or a month ({@code 2025-07}).
 * Ordered by start date, longer periods first when two start on the same day, so 2025 sorts before 2025-Q1
 * and 2025-Q1 before 2025-01.
 */
public record Period(int year, Granularity granularity, int number) implements Comparable<Period> {

    private static final Pattern SYNTAX = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?");
    private static final Comparator<Period> ORDER =
            Comparator.comparing(Period::start).thenComparing(Period::end, Comparator.reverseOrder());

    /** Years the portal accepts: from the start of digital-government reporting to the far horizon of targets. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public Period {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        int max = switch (granularity) {
            case YEAR -> 0;
            case QUARTER -> 4;
            case MONTH -> 12;
        };
        if (granularity == Granularity.YEAR ? number != 0 : number < 1 || number > max) {
            throw new IllegalArgumentException("bad " + granularity + " number: " + number);
        }
    }

    public static Period year(int year) {
        return new Period(year, Granularity.YEAR, 0);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(year, Granularity.QUARTER, quarter);
    }

    public static Period month(int year, int month) {
        return new Period(year, Granularity.MONTH, month);
    }

    /** The period written as {@code YYYY}, {@code YYYY-Qn} or {@code YYYY-MM}; empty when it is anything else. */
    public static Optional<Period> parse(String text) {
        Matcher matcher = SYNTAX.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return Optional.empty();
        }
        if (matcher.group(2) != null) {
            return Optional.of(quarter(year, Integer.parseInt(matcher.group(2))));
        }
        if (matcher.group(3) != null) {
            return Optional.of(month(year, Integer.parseInt(matcher.group(3))));
        }
        return Optional.of(year(year));
    }

    public LocalDate start() {
        return switch (granularity) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case MONTH -> LocalDate.of(year, number, 1);
        };
    }

    /** The last day of the period (inclusive). */
    public LocalDate end() {
        return switch (granularity) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case QUARTER -> YearMonth.of(year, number * 3).atEndOfMonth();
            case MONTH -> YearMonth.of(year, number).atEndOfMonth();
        };
    }

    /** True when every day of {@code other} lies within this period. */
    public boolean contains(Period other) {
        return !other.start().isBefore(start()) && !other.end().isAfter(end());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    public boolean hasStartedBy(LocalDate today) {
        return !start().isAfter(today);
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return switch (granularity) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> year + "-Q" + number;
            // Not String.format: the renderer prints periods hundreds of thousands of times per run.
            case MONTH -> year + (number < 10 ? "-0" : "-") + number;
        };
    }
}
