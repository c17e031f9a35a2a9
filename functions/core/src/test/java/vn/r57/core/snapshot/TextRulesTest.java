package vn.r57.core.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.r57.core.snapshot.Validate.assertProblems;
import static vn.r57.core.snapshot.Validate.body;
import static vn.r57.core.snapshot.Validate.valid;
import static vn.r57.core.snapshot.Validate.withSource;
import static vn.r57.core.snapshot.Validate.withValue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Free text is bounded, printable and well-formed Unicode; lengths count characters, not UTF-16 units. */
class TextRulesTest {

    @Test
    void aNoteOfFiveHundredCharactersIsAcceptedEvenWhenEachNeedsTwoUtf16Units() {
        String note = "😀".repeat(500);

        assertEquals(Optional.of(note), valid(body(withValue(
                "{\"indicator\": \"action-plan-issued\", \"value\": 1, \"note\": \"" + note + "\"}"))).values().get(0).note());
    }

    @Test
    void aNoteOfFiveHundredAndOneCharactersIsTooLong() {
        assertProblems(List.of(new Problem("/values/0/note", Codes.TOO_LONG, "is 501 characters long; at most 500 allowed")),
                body(withValue("{\"indicator\": \"action-plan-issued\", \"value\": 1, \"note\": \"" + "ệ".repeat(501) + "\"}")));
    }

    @Test
    void aTitleOfThreeHundredAndOneCharactersIsTooLong() {
        assertProblems(List.of(new Problem("/source/title", Codes.TOO_LONG, "is 301 characters long; at most 300 allowed")),
                body(withSource("{\"title\": \"" + "a".repeat(301) + "\"}")));
    }

    @Test
    void aProvinceIdOfSixtyFiveCharactersIsTooLongAndNotLookedUp() {
        assertProblems(List.of(new Problem("/province", Codes.TOO_LONG, "is 65 characters long; at most 64 allowed")),
                body("{\"province\": \"" + "x".repeat(65) + "\", \"period\": \"2025\", \"source\": {\"title\": \"t\"},"
                        + " \"values\": [{\"indicator\": \"action-plan-issued\", \"value\": 1}]}"));
    }

    @Test
    void aKindOrQualifierOfThirtyThreeCharactersIsTooLong() {
        assertProblems(List.of(
                new Problem("/values/0/kind", Codes.TOO_LONG, "is 33 characters long; at most 32 allowed"),
                new Problem("/values/0/qualifier", Codes.TOO_LONG, "is 33 characters long; at most 32 allowed")),
                body(withValue("{\"indicator\": \"action-plan-issued\", \"value\": 1, \"kind\": \"" + "t".repeat(33)
                        + "\", \"qualifier\": \"" + "q".repeat(33) + "\"}")));
    }

    @Test
    void aTextThatIsTooLongAndHoldsAControlCharacterBreaksBothRules() {
        assertProblems(List.of(
                new Problem("/values/0/note", Codes.TOO_LONG, "is 502 characters long; at most 500 allowed"),
                new Problem("/values/0/note", Codes.CONTROL_CHARACTER, "contains the control character U+0000 at character 502")),
                body(withValue("{\"indicator\": \"action-plan-issued\", \"value\": 1, \"note\": \"" + "a".repeat(501) + "\\u0000\"}")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        line feed                      | ab\\ncd        | contains the control character U+000A at character 3
        tab                            | \\tab          | contains the control character U+0009 at character 1
        carriage return                | ab\\r          | contains the control character U+000D at character 3
        bell                           | ab\\u0007      | contains the control character U+0007 at character 3
        delete                         | \\u007f        | contains the control character U+007F at character 1
        C1 control                     | x\\u0085       | contains the control character U+0085 at character 2
        line separator                 | x\\u2028y      | contains the control character U+2028 at character 2
        paragraph separator            | x\\u2029y      | contains the control character U+2029 at character 2
        control after an emoji         | \\ud83d\\ude00\\u0001 | contains the control character U+0001 at character 2
        unpaired high surrogate        | ab\\ud800c     | contains an unpaired surrogate U+D800 at character 3
        unpaired low surrogate         | \\udc00        | contains an unpaired surrogate U+DC00 at character 1
        high surrogate at the end      | abc\\ud83d     | contains an unpaired surrogate U+D83D at character 4
        reversed pair                  | \\ude00\\ud83d | contains an unpaired surrogate U+DE00 at character 1
        U+FFFF, not an XML character   | ab\\uffff     | contains the noncharacter U+FFFF at character 3
        U+FFFE, not an XML character   | \\ufffe       | contains the noncharacter U+FFFE at character 1
        first noncharacter of Arabic   | x\\ufdd0      | contains the noncharacter U+FDD0 at character 2
        last noncharacter of Arabic    | x\\ufdef      | contains the noncharacter U+FDEF at character 2
        U+1FFFF after an emoji         | \\ud83d\\ude00\\ud83f\\udfff | contains the noncharacter U+1FFFF at character 2
        U+10FFFE, the last plane       | \\udbff\\udffe | contains the noncharacter U+10FFFE at character 1
        """)
    void controlCharactersAndBrokenSurrogatesAreRefused(String what, String escapedNote, String detail) {
        assertProblems(List.of(new Problem("/values/0/note", Codes.CONTROL_CHARACTER, detail)),
                body(withValue("{\"indicator\": \"action-plan-issued\", \"value\": 1, \"note\": \"" + escapedNote + "\"}")));
    }

    /** Every character XML 1.0 and HTML allow in text passes, so nothing accepted has to be altered to be published. */
    @Test
    void textNextToTheRefusedRangesIsAccepted() {
        String note = "\\u0020\\u00a0\\ud7ff\\ue000\\ufdcf\\ufdf0\\ufeff\\ufffd\\ud83d\\ude00\\ud83f\\udffd\\udbff\\udffd"
                + " <b>&amp;</b> \\\"q\\\" 'a' ]]> \\u202e";
        String expected = " \u00a0\ud7ff\ue000\ufdcf\ufdf0\ufeff\ufffd\ud83d\ude00\ud83f\udffd\udbff\udffd"
                + " <b>&amp;</b> \"q\" 'a' ]]> \u202e";

        assertEquals(Optional.of(expected), valid(body(withValue(
                "{\"indicator\": \"action-plan-issued\", \"value\": 1, \"note\": \"" + note + "\"}"))).values().get(0).note());
    }

    @Test
    void theSameRulesApplyToTitlesProvincesAndIndicators() {
        assertProblems(List.of(
                new Problem("/province", Codes.CONTROL_CHARACTER, "contains the control character U+000A at character 10"),
                new Problem("/source/title", Codes.CONTROL_CHARACTER, "contains an unpaired surrogate U+D800 at character 1"),
                new Problem("/values/0/indicator", Codes.CONTROL_CHARACTER, "contains the control character U+0000 at character 1")),
                body("""
                    {"province": "thanh-hoa\\n", "period": "2025", "source": {"title": "\\ud800"},
                     "values": [{"indicator": "\\u0000", "value": 1}]}
                    """));
    }

    @Test
    void blankRequiredTextIsEmpty() {
        assertProblems(List.of(
                new Problem("/province", Codes.EMPTY, "must not be empty"),
                new Problem("/source/title", Codes.EMPTY, "must not be empty"),
                new Problem("/values/0/indicator", Codes.EMPTY, "must not be empty")),
                body("""
                    {"province": "   ", "period": "2025", "source": {"title": " "}, "values": [{"indicator": "", "value": 1}]}
                    """));
    }

    @Test
    void vietnameseTextAndEmojiArePlainText() {
        assertEquals(Optional.of("Đạt 99,51% — vượt chỉ tiêu 🎉"),
                valid(body(withValue("{\"indicator\": \"action-plan-issued\", \"value\": 1, \"note\": \"Đạt 99,51% — vượt chỉ tiêu 🎉\"}")))
                        .values().get(0).note());
    }
}
