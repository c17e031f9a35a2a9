package vn.r57.core.catalog;

import java.text.Normalizer;
import java.util.Locale;

/** Typo tolerance for "did you mean" hints: edit distance after folding case, diacritics and separators. */
final class Similarity {

    private Similarity() {}

    static boolean close(String typed, String candidate) {
        String a = fold(typed);
        String b = fold(candidate);
        if (a.isEmpty()) {
            return false;
        }
        if (a.equals(b) || b.startsWith(a) && a.length() >= 4) {
            return true;
        }
        return distance(a, b) <= Math.max(1, Math.min(a.length(), b.length()) / 4);
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]", "");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
