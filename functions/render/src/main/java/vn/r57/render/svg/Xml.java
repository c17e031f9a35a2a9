package vn.r57.render.svg;

/**
 * Escaping for text that goes into SVG, which must stay well-formed XML when served alone and safe when inlined into
 * HTML. Characters XML 1.0 forbids (most C0 controls) are dropped rather than escaped, because no escape makes them
 * legal.
 */
final class Xml {

    private Xml() {}

    /** For element content. */
    static String text(String raw) {
        return escape(raw, false);
    }

    /** For a double-quoted attribute value. */
    static String attr(String raw) {
        return escape(raw, true);
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
        StringBuilder out = new StringBuilder(raw.length() + 16).append(raw, 0, first);
        for (int i = first; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                default -> {
                    if (isAllowed(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** True when {@code c} is written as it is. */
    private static boolean isPlain(char c, boolean attribute) {
        return switch (c) {
            case '&', '<', '>' -> false;
            case '"', '\'' -> !attribute;
            default -> isAllowed(c);
        };
    }

    private static boolean isAllowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    }
}
