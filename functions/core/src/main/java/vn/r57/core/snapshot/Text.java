package vn.r57.core.snapshot;

import java.util.List;
import java.util.Locale;

/**
 * Rules for free text a department sends: no control characters, no broken surrogates, no noncharacters, bounded
 * length. What passes is text in every format the portal publishes: XML 1.0 (the feed, the sitemap, SVG), HTML, JSON
 * and CSV.
 */
final class Text {

    private Text() {}

    /** Positions in details count characters (code points) from 1, as a person reading the text would. */
    static void check(String pointer, String text, int maxLength, boolean required, List<Problem> problems) {
        if (required && text.isBlank()) {
            problems.add(new Problem(pointer, Codes.EMPTY, "must not be empty"));
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            problems.add(new Problem(pointer, Codes.TOO_LONG, "is " + length + " characters long; at most " + maxLength + " allowed"));
        }
        int position = 0;
        for (int i = 0; i < text.length(); i++) {
            position++;
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                problems.add(new Problem(pointer, Codes.CONTROL_CHARACTER,
                        String.format(Locale.ROOT, "contains the control character U+%04X at character %d", (int) c, position)));
                return;
            }
            int codePoint = text.codePointAt(i);
            if (isNoncharacter(codePoint)) {
                // U+FFFE and U+FFFF are not XML 1.0 characters at all; the others are reserved never to be text.
                problems.add(new Problem(pointer, Codes.CONTROL_CHARACTER,
                        String.format(Locale.ROOT, "contains the noncharacter U+%04X at character %d", codePoint, position)));
                return;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                problems.add(new Problem(pointer, Codes.CONTROL_CHARACTER,
                        String.format(Locale.ROOT, "contains an unpaired surrogate U+%04X at character %d", (int) c, position)));
                return;
            }
        }
    }

    /** U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE … U+10FFFF). */
    static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
