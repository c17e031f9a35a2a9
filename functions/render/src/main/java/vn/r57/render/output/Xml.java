package vn.r57.render.output;

/**
 * The one rule for characters in every XML and HTML output (SVG charts, the Atom feed, the sitemap, pages): XML 1.0
 * allows tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF, and nothing else. The API
 * refuses texts with any other character (422 {@code control-character}), so this only matters for values stored
 * before that rule: such characters are dropped, never escaped, because no escape makes them legal. The SVG writers
 * escape with {@link #text} and {@link #attr}; templates are escaped by jte and pass through {@link #strip} on output.
 */
public final class Xml {

    private Xml() {}

    /** For element content. */
    public static String text(String raw) {
        return escape(raw, false);
    }

    /** For a double-quoted attribute value. */
    public static String attr(String raw) {
        return escape(raw, true);
    }

    /** {@code raw} without the characters XML 1.0 forbids; the same string when it has none. */
    public static String strip(String raw) {
        return strip(raw, 0, raw.length());
    }

    /** The part {@code [begin, end)} of {@code raw} without the characters XML 1.0 forbids. */
    public static String strip(String raw, int begin, int end) {
        int first = firstForbidden(raw, begin, end);
        if (first == end) {
            return begin == 0 && end == raw.length() ? raw : raw.substring(begin, end);
        }
        StringBuilder out = new StringBuilder(end - begin).append(raw, begin, first);
        for (int i = first; i < end; i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(raw.charAt(i + 1))) {
                out.append(c).append(raw.charAt(++i));
            } else if (isAllowed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The index of the first character to drop in {@code [begin, end)}, or {@code end}. */
    public static int firstForbidden(String raw, int begin, int end) {
        for (int i = begin; i < end; i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(raw.charAt(i + 1))) {
                i++;
            } else if (!isAllowed(c)) {
                return i;
            }
        }
        return end;
    }

    private static String escape(String raw, boolean attribute) {
        // Most texts of a chart (periods, numbers, names) need nothing: they are returned as they are.
        int first = 0;
        while (first < raw.length() && isPlain(raw.charAt(first), attribute)) {
            first++;
        }
        if (first == raw.length()) {
            return raw;
        }
        String kept = strip(raw, first, raw.length());
        StringBuilder out = new StringBuilder(raw.length() + 16).append(raw, 0, first);
        for (int i = 0; i < kept.length(); i++) {
            char c = kept.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** True when {@code c} is written as it is (a surrogate is not: it is checked with its pair). */
    private static boolean isPlain(char c, boolean attribute) {
        return switch (c) {
            case '&', '<', '>' -> false;
            case '"', '\'' -> !attribute;
            default -> isAllowed(c) && !Character.isSurrogate(c);
        };
    }

    /** For one UTF-16 unit that is not part of a surrogate pair. */
    private static boolean isAllowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
