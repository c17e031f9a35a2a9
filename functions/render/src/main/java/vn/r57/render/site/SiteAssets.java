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

    private SiteAssets(Asset stylesheet, Asset icon) {
        this.stylesheet = stylesheet;
        this.icon = icon;
    }

    public static SiteAssets load() {
        return new SiteAssets(
                hashed("site", "css", "text/css; charset=utf-8"), hashed("favicon", "svg", "image/svg+xml"));
    }

    public Asset stylesheet() {
        return stylesheet;
    }

    public Asset icon() {
        return icon;
    }

    public List<Asset> all() {
        return List.of(stylesheet, icon);
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
