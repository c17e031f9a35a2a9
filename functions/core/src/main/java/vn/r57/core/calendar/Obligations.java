package vn.r57.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.Province;
import vn.r57.core.format.Dates;
import vn.r57.core.period.Period;

/**
 * Decides the timeliness of every report a unit owes as of an instant. Only values received by that instant count, so
 * a status "as of T" is the same whatever arrived later. A unit owes a period when it exists on the period's last day:
 * a unit formed on 1 July 2025 owes 2025-Q3, July 2025 and the year 2025, and its predecessors (which existed until
 * 30 June 2025) owed 2025-Q2, June 2025 and everything before.
 */
public final class Obligations {

    private final Catalog catalog;
    private final Receipts receipts;
    private final Instant asOf;
    private final LocalDate day;

    public Obligations(Catalog catalog, Receipts receipts, Instant asOf) {
        this.catalog = catalog;
        this.receipts = receipts;
        this.asOf = asOf;
        this.day = ReportingCalendar.day(asOf);
    }

    public Instant asOf() {
        return asOf;
    }

    /** Every report {@code unit} owes, indicator in catalog order then period, oldest first. */
    public List<Obligation> of(Province unit) {
        List<Obligation> all = new ArrayList<>();
        for (Indicator indicator : catalog.indicators()) {
            all.addAll(of(unit, indicator));
        }
        return all;
    }

    /** Every report {@code unit} owes for {@code indicator}, oldest period first. */
    public List<Obligation> of(Province unit, Indicator indicator) {
        List<Obligation> all = new ArrayList<>();
        for (Period period : ReportingCalendar.periods(indicator, day)) {
            all.add(of(unit, indicator, period));
        }
        return all;
    }

    public Obligation of(Province unit, Indicator indicator, Period period) {
        ReportingRule rule = indicator.reporting();
        LocalDate due = rule.dueDate(period);
        boolean open = !day.isAfter(period.end());
        if (!owes(unit, period)) {
            List<Obligation> predecessors = new ArrayList<>();
            for (Province predecessor : catalog.predecessorsOf(unit)) {
                if (owes(predecessor, period)) {
                    predecessors.add(of(predecessor, indicator, period));
                }
            }
            return new Obligation(unit.id(), indicator.id(), period, due, open, Timeliness.NOT_ESTABLISHED,
                    Optional.empty(), 0, false, predecessors);
        }
        List<Instant> received = receipts.of(unit.id(), indicator.id(), period).stream()
                .filter(time -> !time.isAfter(asOf))
                .sorted()
                .toList();
        if (received.isEmpty()) {
            Timeliness status = asOf.isBefore(rule.deadline(period)) ? Timeliness.NOT_YET_DUE : Timeliness.MISSING;
            return new Obligation(unit.id(), indicator.id(), period, due, open, status, Optional.empty(), 0, false, List.of());
        }
        Instant first = received.get(0);
        boolean onTime = first.isBefore(rule.deadline(period));
        int daysLate = onTime ? 0 : (int) ChronoUnit.DAYS.between(due, first.atZone(Dates.VIETNAM).toLocalDate());
        return new Obligation(unit.id(), indicator.id(), period, due, open,
                onTime ? Timeliness.ON_TIME : Timeliness.LATE, Optional.of(first), daysLate, received.size() > 1, List.of());
    }

    /** A unit owes a period when it exists on the period's last day. */
    public static boolean owes(Province unit, Period period) {
        LocalDate last = period.end();
        return unit.validFrom().map(from -> !from.isAfter(last)).orElse(true)
                && unit.validTo().map(to -> !to.isBefore(last)).orElse(true);
    }
}
