package vn.r57.core.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Typo tolerance for "did you mean" hints: edit distance after folding case, diacritics and separators. */
final class Similarity {

    private Similarity() {}

    /**
     * The candidates that look like {@code typed}, closest first (ties in the candidates' order). When some candidate
     * differs from the typed text only by case, accents or separators ("Bình Định" for binh-dinh), only such exact
     * matches are offered: a near miss like ninh-binh would only distract.
     */
    static List<String> similar(String typed, Collection<String> candidates) {
        String a = fold(typed);
        if (a.isEmpty()) {
            return List.of();
        }
        List<String> exact = new ArrayList<>();
        List<Scored> close = new ArrayList<>();
        for (String candidate : candidates) {
            String b = fold(candidate);
            if (a.equals(b)) {
                exact.add(candidate);
            } else if (b.startsWith(a) && a.length() >= 4) {
                close.add(new Scored(candidate, 0));
            } else {
                int distance = distance(a, b);
                if (distance <= Math.max(1, Math.min(a.length(), b.length()) / 4)) {
                    close.add(new Scored(candidate, distance));
                }
            }
        }
        if (!exact.isEmpty()) {
            return exact;
        }
        return close.stream().sorted(Comparator.comparingInt(Scored::distance)).map(Scored::id).toList();
    }

    private record Scored(String id, int distance) {}

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
