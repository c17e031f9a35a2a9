package vn.r57.render.site;

import java.util.BitSet;
import java.util.SortedSet;
import java.util.TreeSet;

/** {@code {0}}-style placeholders, and nothing else: braces that do not hold a number stay as they are. */
final class Placeholders {

    private Placeholders() {}

    static String fill(String key, String pattern, String... args) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        BitSet used = new BitSet(args.length);
        int i = 0;
        while (i < pattern.length()) {
            int end = placeholderEnd(pattern, i);
            if (end < 0) {
                out.append(pattern.charAt(i++));
                continue;
            }
            int index = Integer.parseInt(pattern.substring(i + 1, end - 1));
            if (index >= args.length) {
                throw new IllegalArgumentException(
                        "Message '" + key + "' needs argument {" + index + "} but got " + args.length);
            }
            out.append(args[index]);
            used.set(index);
            i = end;
        }
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
