package vn.r57.core.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.r57.core.snapshot.Validate.assertProblems;
import static vn.r57.core.snapshot.Validate.body;
import static vn.r57.core.snapshot.Validate.problems;
import static vn.r57.core.snapshot.Validate.withValue;

import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A department fixing a snapshot sees every mistake at once, each with a JSON pointer and a stable code. */
class ValidationProblemsTest {

    @Test
    void everyMistakeOfOneSnapshotIsListedInDocumentOrder() {
        Validation validation = body("""
            {"province": "gia lai", "period": "2025-Q5", "comment": "hi",
             "source": {"title": "", "url": "javascript:alert(1)", "extra": 1},
             "values": [
               {"indicator": "on-time-admin-processing", "value": 100.5},
               {"indicator": "steering-committee-established", "value": 2},
               {"indicator": "it-park-employees", "value": 12.5},
               {"indicator": "on-time-admin-processing", "value": 99},
               {"indicator": "5g-stations", "value": 1},
               {"indicator": "mobile-base-stations", "value": "1200"},
               {"indicator": "mobile-base-stations", "value": 1e3, "kind": "forecast", "qualifier": "about"},
               {"indicator": "rd-spending-share", "value": 1.23456789012},
               {"value": 1},
               "x"
             ]}
            """);

        assertProblems(List.of(
                new Problem("/comment", Codes.UNKNOWN_FIELD, "unknown field; allowed here: period, province, source, values"),
                new Problem("/province", Codes.UNKNOWN_PROVINCE, "unknown province \"gia lai\"; did you mean \"gia-lai\"?"),
                new Problem("/period", Codes.BAD_PERIOD,
                        "\"2025-Q5\" is not a period; write YYYY, YYYY-Qn or YYYY-MM (years 2000–2100)"),
                new Problem("/source/extra", Codes.UNKNOWN_FIELD, "unknown field; allowed here: title, url"),
                new Problem("/source/title", Codes.EMPTY, "must not be empty"),
                new Problem("/source/url", Codes.BAD_URL, "must be an absolute http or https address without user information"),
                new Problem("/values/0/value", Codes.OUT_OF_RANGE, "100.5 is outside the range of on-time-admin-processing (0 to 100)"),
                new Problem("/values/1/value", Codes.NOT_A_MILESTONE,
                        "steering-committee-established is a milestone: send 1 (done) or 0 (not yet)"),
                new Problem("/values/2/value", Codes.NOT_WHOLE_NUMBER, "it-park-employees counts persons: send a whole number"),
                new Problem("/values/3/indicator", Codes.DUPLICATE_VALUE,
                        "\"on-time-admin-processing\" already has an actual value at /values/0; send one value per indicator and kind"),
                new Problem("/values/4/indicator", Codes.UNKNOWN_INDICATOR, "unknown indicator \"5g-stations\""),
                new Problem("/values/5/value", Codes.WRONG_TYPE, "must be a JSON number in plain decimal notation, e.g. 99.51"),
                new Problem("/values/6/kind", Codes.UNKNOWN_KIND, "\"forecast\" is not a kind; use \"actual\" or \"target\""),
                new Problem("/values/6/qualifier", Codes.UNKNOWN_QUALIFIER,
                        "\"about\" is not a qualifier; use one of above, at-least, approximately, estimate"),
                new Problem("/values/6/value", Codes.EXPONENT_NOT_ALLOWED,
                        "1e3 uses exponent notation; write the number out in plain decimals"),
                new Problem("/values/7/value", Codes.TOO_MANY_DIGITS,
                        "at most 24 significant digits and 10 decimal places are accepted"),
                new Problem("/values/8/indicator", Codes.MISSING_FIELD, "required"),
                new Problem("/values/9", Codes.WRONG_TYPE, "must be an object with \"indicator\" and \"value\"")),
                validation);
    }

    @Test
    void anEmptyObjectMissesEveryRequiredField() {
        assertProblems(List.of(
                new Problem("/province", Codes.MISSING_FIELD, "required"),
                new Problem("/period", Codes.MISSING_FIELD, "required"),
                new Problem("/source", Codes.MISSING_FIELD,
                        "required: the report these figures come from, as {\"title\": ..., \"url\": ...}"),
                new Problem("/values", Codes.MISSING_FIELD, "required: an array of 1 to 90 values")),
                body("{}"));
    }

    @Test
    void aValueWithoutFigureOrWithNullIsRefused() {
        assertProblems(List.of(new Problem("/values/0/value", Codes.MISSING_FIELD, "required: the figure as a JSON number, e.g. 99.51")),
                body(withValue("{\"indicator\": \"on-time-admin-processing\"}")));
        assertProblems(List.of(new Problem("/values/0/value", Codes.WRONG_TYPE, "must be a JSON number in plain decimal notation, e.g. 99.51")),
                body(withValue("{\"indicator\": \"on-time-admin-processing\", \"value\": null}")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        an array body           | [1, 2]                                                      | ''                | the body must be a JSON object
        a string body           | "thanh-hoa"                                                  | ''                | the body must be a JSON object
        a null body             | null                                                         | ''                | the body must be a JSON object
        a numeric province      | {"province": 42, "period": "2025", "source": {"title": "t"}, "values": [{"indicator": "action-plan-issued", "value": 1}]} | /province | must be a string
        a null province         | {"province": null, "period": "2025", "source": {"title": "t"}, "values": [{"indicator": "action-plan-issued", "value": 1}]} | /province | must be a string
        a numeric period        | {"province": "thanh-hoa", "period": 2025, "source": {"title": "t"}, "values": [{"indicator": "action-plan-issued", "value": 1}]} | /period | must be a string
        a string source         | {"province": "thanh-hoa", "period": "2025", "source": "báo cáo", "values": [{"indicator": "action-plan-issued", "value": 1}]} | /source | must be an object with "title" and optionally "url"
        a numeric title         | {"province": "thanh-hoa", "period": "2025", "source": {"title": 1}, "values": [{"indicator": "action-plan-issued", "value": 1}]} | /source/title | must be a string
        an object of values     | {"province": "thanh-hoa", "period": "2025", "source": {"title": "t"}, "values": {"indicator": "action-plan-issued", "value": 1}} | /values | must be an array of 1 to 90 values
        a boolean figure        | {"province": "thanh-hoa", "period": "2025", "source": {"title": "t"}, "values": [{"indicator": "action-plan-issued", "value": true}]} | /values/0/value | must be a JSON number in plain decimal notation, e.g. 99.51
        a numeric indicator     | {"province": "thanh-hoa", "period": "2025", "source": {"title": "t"}, "values": [{"indicator": 7, "value": 1}]} | /values/0/indicator | must be a string
        a numeric kind          | {"province": "thanh-hoa", "period": "2025", "source": {"title": "t"}, "values": [{"indicator": "action-plan-issued", "value": 1, "kind": 1}]} | /values/0/kind | must be a string
        a list as note          | {"province": "thanh-hoa", "period": "2025", "source": {"title": "t"}, "values": [{"indicator": "action-plan-issued", "value": 1, "note": ["a"]}]} | /values/0/note | must be a string
        """)
    void aMemberOfTheWrongTypeIsNamed(String what, String json, String pointer, String detail) {
        assertProblems(List.of(new Problem(pointer, Codes.WRONG_TYPE, detail)), body(json));
    }

    @ParameterizedTest(name = "period \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
        2025-Q5
        2025-13
        2025-1
        25
        2025Q1
        ' 2025'
        2025-00
        1999
        2101
        2025-W01
        """)
    void aPeriodInAnyOtherSyntaxIsRefused(String period) {
        assertProblems(List.of(new Problem("/period", Codes.BAD_PERIOD,
                        "\"" + period + "\" is not a period; write YYYY, YYYY-Qn or YYYY-MM (years 2000–2100)")),
                body("{\"province\": \"thanh-hoa\", \"period\": \"" + period + "\", \"source\": {\"title\": \"t\"},"
                        + " \"values\": [{\"indicator\": \"action-plan-issued\", \"value\": 1}]}"));
    }

    @Test
    void anEmptyPeriodIsEmptyNotMalformed() {
        assertProblems(List.of(new Problem("/period", Codes.EMPTY, "must not be empty")),
                body("{\"province\": \"thanh-hoa\", \"period\": \"\", \"source\": {\"title\": \"t\"},"
                        + " \"values\": [{\"indicator\": \"action-plan-issued\", \"value\": 1}]}"));
    }

    @Test
    void anUnknownProvinceGetsADidYouMeanHintWhenOneIsClose() {
        assertProblems(List.of(new Problem("/province", Codes.UNKNOWN_PROVINCE, "unknown province \"Bình Định\"; did you mean \"binh-dinh\"?")),
                body("{\"province\": \"Bình Định\", \"period\": \"2024\", \"source\": {\"title\": \"t\"},"
                        + " \"values\": [{\"indicator\": \"action-plan-issued\", \"value\": 1}]}"));
        assertProblems(List.of(new Problem("/province", Codes.UNKNOWN_PROVINCE,
                        "unknown province \"da-nong\"; did you mean \"da-nang\" or \"dak-nong\"?")),
                body("{\"province\": \"da-nong\", \"period\": \"2024\", \"source\": {\"title\": \"t\"},"
                        + " \"values\": [{\"indicator\": \"action-plan-issued\", \"value\": 1}]}"));
        assertProblems(List.of(new Problem("/province", Codes.UNKNOWN_PROVINCE, "unknown province \"atlantis\"")),
                body("{\"province\": \"atlantis\", \"period\": \"2024\", \"source\": {\"title\": \"t\"},"
                        + " \"values\": [{\"indicator\": \"action-plan-issued\", \"value\": 1}]}"));
    }

    @Test
    void anUnknownIndicatorGetsADidYouMeanHintWhenOneIsClose() {
        assertProblems(List.of(new Problem("/values/0/indicator", Codes.UNKNOWN_INDICATOR,
                        "unknown indicator \"base-station-5g\"; did you mean \"base-stations-5g\"?")),
                body(withValue("{\"indicator\": \"base-station-5g\", \"value\": 10}")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a negative share                | on-time-admin-processing | -1        | -1 is outside the range of on-time-admin-processing (0 to 100)
        a share over 100                | e-payment-account-share  | 100.01    | 100.01 is outside the range of e-payment-account-share (0 to 100)
        a negative count with no max    | it-park-employees        | -5        | -5 is outside the range of it-park-employees (at least 0)
        a negative amount               | commune-it-investment    | -0.5      | -0.5 is outside the range of commune-it-investment (at least 0)
        """)
    void aFigureOutsideTheIndicatorsRangeIsRefused(String what, String indicator, String value, String detail) {
        assertProblems(List.of(new Problem("/values/0/value", Codes.OUT_OF_RANGE, detail)),
                body(withValue("{\"indicator\": \"" + indicator + "\", \"value\": " + value + "}")));
    }

    @Test
    void aNegativeFractionalCountBreaksTwoRules() {
        assertProblems(List.of(
                new Problem("/values/0/value", Codes.NOT_WHOLE_NUMBER, "mobile-base-stations counts stations: send a whole number"),
                new Problem("/values/0/value", Codes.OUT_OF_RANGE, "-2.5 is outside the range of mobile-base-stations (at least 0)")),
                body(withValue("{\"indicator\": \"mobile-base-stations\", \"value\": -2.5}")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        1e3
        1E3
        2.5e+1
        5E-1
        0e0
        """)
    void exponentNotationIsRefused(String number) {
        assertProblems(List.of(new Problem("/values/0/value", Codes.EXPONENT_NOT_ALLOWED,
                        number + " uses exponent notation; write the number out in plain decimals")),
                body(withValue("{\"indicator\": \"on-time-admin-processing\", \"value\": " + number + "}")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        twenty-five significant digits | 1234567890123456789012345
        eleven decimal places          | 0.00000000001
        a long fraction                | 99.123456789012345678901234
        """)
    void tooManyDigitsAreRefused(String what, String number) {
        assertProblems(List.of(new Problem("/values/0/value", Codes.TOO_MANY_DIGITS,
                        "at most 24 significant digits and 10 decimal places are accepted")),
                body(withValue("{\"indicator\": \"commune-it-investment\", \"value\": " + number + "}")));
    }

    @Test
    void duplicatesAreFoundEvenWhenTheFirstValueIsItselfWrong() {
        assertProblems(List.of(
                new Problem("/values/0/value", Codes.OUT_OF_RANGE, "120 is outside the range of on-time-admin-processing (0 to 100)"),
                new Problem("/values/1/indicator", Codes.DUPLICATE_VALUE,
                        "\"on-time-admin-processing\" already has an actual value at /values/0; send one value per indicator and kind"),
                new Problem("/values/3/indicator", Codes.DUPLICATE_VALUE,
                        "\"on-time-admin-processing\" already has a target value at /values/2; send one value per indicator and kind")),
                body("""
                    {"province": "thanh-hoa", "period": "2025", "source": {"title": "t"}, "values": [
                      {"indicator": "on-time-admin-processing", "value": 120},
                      {"indicator": "on-time-admin-processing", "value": 99, "kind": "actual"},
                      {"indicator": "on-time-admin-processing", "value": 100, "kind": "target"},
                      {"indicator": "on-time-admin-processing", "value": 100, "kind": "target"}
                    ]}
                    """));
    }

    @Test
    void anEmptyValuesArrayIsRefused() {
        assertProblems(List.of(new Problem("/values", Codes.EMPTY, "must hold at least one value")),
                body("{\"province\": \"thanh-hoa\", \"period\": \"2025\", \"source\": {\"title\": \"t\"}, \"values\": []}"));
    }

    @Test
    void ninetyOneValuesAreTooManyForOneSnapshot() {
        assertProblems(List.of(new Problem("/values", Codes.TOO_MANY_VALUES,
                        "holds 91 values; at most 90 fit in one snapshot (it is stored atomically): split it")),
                body(snapshotWithValues(91)));
    }

    @Test
    void ninetyValuesAreNotTooMany() {
        List<Problem> problems = problems(body(snapshotWithValues(90)));

        // The catalog has only 18 indicators, so 90 values repeat some; what matters is the count is not refused.
        assertFalse(problems.stream().anyMatch(p -> p.code().equals(Codes.TOO_MANY_VALUES)));
        assertEquals(new Problem("/values/36/indicator", Codes.DUPLICATE_VALUE,
                        "\"online-public-services-share\" already has an actual value at /values/0; send one value per indicator and kind"),
                problems.get(0));
        assertEquals(54, problems.size());
    }

    @Test
    void unknownFieldsAreReportedAtEveryLevel() {
        assertProblems(List.of(
                new Problem("/Province", Codes.UNKNOWN_FIELD, "unknown field; allowed here: period, province, source, values"),
                new Problem("/source/link", Codes.UNKNOWN_FIELD, "unknown field; allowed here: title, url"),
                new Problem("/values/0/unit", Codes.UNKNOWN_FIELD, "unknown field; allowed here: indicator, kind, note, qualifier, value")),
                body("""
                    {"province": "thanh-hoa", "Province": "x", "period": "2025", "source": {"title": "t", "link": "x"},
                     "values": [{"indicator": "on-time-admin-processing", "value": 99, "unit": "%"}]}
                    """));
    }

    @Test
    void unknownFieldNamesAreEscapedInPointersSoTheyCannotForgeAPath() {
        assertProblems(List.of(
                new Problem("/a~1b~0c", Codes.UNKNOWN_FIELD, "unknown field; allowed here: period, province, source, values"),
                new Problem("/values~10~1value", Codes.UNKNOWN_FIELD, "unknown field; allowed here: period, province, source, values")),
                body("""
                    {"province": "thanh-hoa", "period": "2025", "source": {"title": "t"}, "a/b~c": 1, "values/0/value": 1,
                     "values": [{"indicator": "on-time-admin-processing", "value": 99}]}
                    """));
    }

    @Test
    void anUnpairedSurrogateInAFieldNameBecomesAReplacementCharacterSoTheErrorCanBeWritten() {
        assertProblems(List.of(
                new Problem("/x\uFFFDy", Codes.UNKNOWN_FIELD, "unknown field; allowed here: period, province, source, values"),
                new Problem("/\uD83D\uDE00", Codes.UNKNOWN_FIELD, "unknown field; allowed here: period, province, source, values")),
                body("""
                    {"province": "thanh-hoa", "period": "2025", "source": {"title": "t"}, "x\\udc00y": 1, "\\ud83d\\ude00": 2,
                     "values": [{"indicator": "on-time-admin-processing", "value": 99}]}
                    """));
    }

    @Test
    void malformedJsonIsOneProblemForTheWholeBody() {
        assertEquals(new Validation.Malformed(new Problem("", Codes.MALFORMED_JSON, "duplicate member \"value\" (line 1, column 137)")),
                body("{\"province\": \"thanh-hoa\", \"period\": \"2025\", \"source\": {\"title\": \"t\"}, "
                        + "\"values\": [{\"indicator\": \"on-time-admin-processing\", \"value\": 99, \"value\": 100}]}"));
        assertEquals(new Validation.Malformed(new Problem("", Codes.MALFORMED_JSON, "the body is empty; expected a JSON object")),
                body(""));
    }

    private static String snapshotWithValues(int count) {
        List<String> indicators = Validate.CATALOG.indicators().stream().map(i -> i.id()).toList();
        StringJoiner values = new StringJoiner(",");
        for (int i = 0; i < count; i++) {
            String kind = (i / indicators.size()) % 2 == 0 ? "actual" : "target";
            values.add("{\"indicator\": \"" + indicators.get(i % indicators.size()) + "\", \"value\": 1, \"kind\": \"" + kind + "\"}");
        }
        return "{\"province\": \"thanh-hoa\", \"period\": \"2025\", \"source\": {\"title\": \"t\"}, \"values\": [" + values + "]}";
    }
}
