package vn.r57.core.snapshot;

import java.util.List;

/** The outcome of reading a submission body: accepted, invalid, outside the key's scope, or not JSON at all. */
public sealed interface Validation {

    /** Every value passed every rule. */
    record Valid(Submission submission) implements Validation {}

    /** Well-formed JSON with one or more problems (HTTP 422); every problem is listed, not just the first. */
    record Invalid(List<Problem> problems) implements Validation {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /** Well-formed, but for a province the caller's key may not write (HTTP 403). */
    record Forbidden(Problem problem) implements Validation {}

    /** Not one well-formed JSON document (HTTP 400). */
    record Malformed(Problem problem) implements Validation {}
}
