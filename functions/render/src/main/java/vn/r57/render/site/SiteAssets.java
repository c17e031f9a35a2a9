package vn.r57.render.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import vn.r57.core.Hashes;

/**
 * The stylesheet and icon from {@code site/assets/}, named after their content ({@code /assets/site.3f9a1c2b7d4e.css})
 * so that pages can reference them with a long cache lifetime and a new look is never mixed with an old page.
 */
public final class SiteAssets {

    private static final int HASH_HEX_DIGITS = 12;

    private final Asset stylesheet;
    private final Asset icon;
    private final Asset compareScript;

    private SiteAssets(Asset stylesheet, Asset icon, Asset compareScript) {
        this.stylesheet = stylesheet;
        this.icon = icon;
        this.compareScript = compareScript;
    }

    public static SiteAssets load() {
        return new SiteAssets(
                hashed("site", "css", "text/css; charset=utf-8"), hashed("favicon", "svg", "image/svg+xml"),
                hashed("compare", "js", "text/javascript; charset=utf-8"));
    }

    public Asset stylesheet() {
        return stylesheet;
    }

    public Asset icon() {
        return icon;
    }

    /** The compare page's progressive enhancement: units of the reader's choice, read from the open data. */
    public Asset compareScript() {
        return compareScript;
    }

    public List<Asset> all() {
        return List.of(stylesheet, icon, compareScript);
    }

    private static Asset hashed(String name, String extension, String contentType) {
        String resource = "site/assets/" + name + "." + extension;
        byte[] bytes = read(resource);
        String hash = Hashes.sha256(bytes).substring(0, HASH_HEX_DIGITS);
        return new Asset("/assets/" + name + "." + hash + "." + extension, contentType, bytes);
    }

    private static byte[] read(String resource) {
        try (InputStream in = SiteAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource + " on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
