package vn.r57.render.svg;

import java.util.regex.Pattern;

/**
 * Ids inside an SVG must be unique in the whole HTML page once the SVG is inlined, so every chart prefixes its ids
 * with a slug its caller chooses (for example {@code ha-noi-online-public-services-share}).
 */
final class SvgIds {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{0,99}");

    private SvgIds() {}

    static String requireSlug(String id) {
        if (!SLUG.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "Chart id must be a lowercase slug (letters, digits, hyphens; starting with a letter): " + id);
        }
        return id;
    }
}
