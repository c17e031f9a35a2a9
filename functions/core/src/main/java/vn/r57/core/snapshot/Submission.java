package vn.r57.core.snapshot;

import java.util.List;
import vn.r57.core.period.Period;

/** A snapshot that passed validation: every value belongs to one province and one period. */
public record Submission(String province, Period period, Source source, List<Observation> values) {

    public Submission {
        values = List.copyOf(values);
    }
}
