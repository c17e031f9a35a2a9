package vn.r57.render.site;

import java.util.BitSet;
import java.util.SortedSet;
import java.util.TreeSet;

/** {@code {0}}-style placeholders, and nothing else: braces that do not hold a number stay as they are. */
final class Placeholders {

    private Placeholders() {}

    static String fill(String key, String pattern, String... args) {
        int brace = pattern.indexOf('{');
        if (brace < 0 && args.length == 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        BitSet used = new BitSet(args.length);
        // The text between placeholders is copied a run at a time: pages fill hundreds of thousands of messages.
        int copied = 0;
        while (brace >= 0) {
            int end = placeholderEnd(pattern, brace);
            if (end < 0) {
                brace = pattern.indexOf('{', brace + 1);
                continue;
            }
            int index = Integer.parseInt(pattern.substring(brace + 1, end - 1));
            if (index >= args.length) {
                throw new IllegalArgumentException(
                        "Message '" + key + "' needs argument {" + index + "} but got " + args.length);
            }
            out.append(pattern, copied, brace).append(args[index]);
            used.set(index);
            copied = end;
            brace = pattern.indexOf('{', end);
        }
        out.append(pattern, copied, pattern.length());
        if (used.cardinality() != args.length) {
            throw new IllegalArgumentException(
                    "Message '" + key + "' uses " + used.cardinality() + " of " + args.length + " arguments");
        }
        return out.toString();
    }

    /** The placeholder numbers a pattern uses, to compare translations of one message. */
    static SortedSet<Integer> indexes(String pattern) {
        SortedSet<Integer> indexes = new TreeSet<>();
        for (int i = 0; i < pattern.length(); i++) {
            int end = placeholderEnd(pattern, i);
            if (end > 0) {
                indexes.add(Integer.parseInt(pattern.substring(i + 1, end - 1)));
                i = end - 1;
            }
        }
        return indexes;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The index just past a placeholder starting at {@code start}, or -1 when none starts there. */
    private static int placeholderEnd(String pattern, int start) {
        if (pattern.charAt(start) != '{') {
            return -1;
        }
        int i = start + 1;
        while (i < pattern.length() && i - start <= 2 && isAsciiDigit(pattern.charAt(i))) {
            i++;
        }
        boolean hasDigits = i > start + 1;
        return hasDigits && i < pattern.length() && pattern.charAt(i) == '}' ? i + 1 : -1;
    }
}
