package vn.r57.core.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Province;

/** Shared wording for the validator's specifications: a body as text, a fixed day in Vietnam, a key's scope. */
final class Validate {

    static final Catalog CATALOG = Catalog.load();
    static final SubmissionValidator VALIDATOR = new SubmissionValidator(CATALOG);
    /** A day well after 1 July 2025, so both sides of the reorganisation lie in the past. */
    static final LocalDate TODAY = LocalDate.of(2025, 10, 15);
    /** A key that may write anything, for rules that have nothing to do with a key's scope. */
    static final Set<String> EVERY_UNIT = CATALOG.provinces().stream().map(Province::id).collect(Collectors.toSet());

    private Validate() {}

    static Validation body(String json) {
        return body(json, TODAY, EVERY_UNIT);
    }

    static Validation body(String json, LocalDate today, Set<String> writable) {
        return VALIDATOR.validate(json.getBytes(StandardCharsets.UTF_8), today, writable);
    }

    static Submission valid(Validation validation) {
        if (validation instanceof Validation.Valid valid) {
            return valid.submission();
        }
        return fail("expected a valid submission, got " + validation);
    }

    static List<Problem> problems(Validation validation) {
        if (validation instanceof Validation.Invalid invalid) {
            return invalid.problems();
        }
        return fail("expected problems, got " + validation);
    }

    static void assertProblems(List<Problem> expected, Validation validation) {
        assertEquals(expected, problems(validation));
    }

    /** A snapshot around one value object, for rules about a single value. */
    static String withValue(String valueObject) {
        return """
            {"province": "thanh-hoa", "period": "2025", "source": {"title": "Báo cáo"}, "values": [%s]}
            """.formatted(valueObject);
    }

    /** A snapshot with one good value around one source object. */
    static String withSource(String sourceObject) {
        return """
            {"province": "thanh-hoa", "period": "2025", "source": %s,
             "values": [{"indicator": "on-time-admin-processing", "value": 99.51}]}
            """.formatted(sourceObject);
    }
}
