package vn.r57.core.snapshot;

import java.util.List;

/** Rules for free text a department sends: no control characters, no broken surrogates, bounded length. */
final class Text {

    private Text() {}

    static void check(String pointer, String text, int maxLength, boolean required, List<Problem> problems) {
        if (required && text.isBlank()) {
            problems.add(new Problem(pointer, Codes.EMPTY, "must not be empty"));
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            problems.add(new Problem(pointer, Codes.TOO_LONG, "is " + length + " characters long; at most " + maxLength + " allowed"));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                problems.add(new Problem(pointer, Codes.CONTROL_CHARACTER,
                        String.format("contains the control character U+%04X at position %d", (int) c, i)));
                return;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                problems.add(new Problem(pointer, Codes.CONTROL_CHARACTER,
                        String.format("contains an unpaired surrogate U+%04X at position %d", (int) c, i)));
                return;
            }
        }
    }
}
