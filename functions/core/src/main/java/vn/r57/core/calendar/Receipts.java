package vn.r57.core.calendar;

import java.time.Instant;
import java.util.List;
import vn.r57.core.period.Period;

/** When each actual value of a unit, indicator and period was received: every revision's time, any order. */
@FunctionalInterface
public interface Receipts {

    List<Instant> of(String unit, String indicator, Period period);
}
