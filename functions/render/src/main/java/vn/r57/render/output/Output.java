package vn.r57.render.output;

import java.util.function.Supplier;

/**
 * One object the renderer may publish. The bytes are made only when asked for, so an incremental run renders just
 * the objects whose {@link Scope} a change touched.
 *
 * @param path the object key, without a leading slash ({@code data/v1/catalog.json})
 * @param contentType including {@code charset=utf-8} for text
 */
public record Output(
        String path, String contentType, String cacheControl, Stage stage, Scope scope, Supplier<byte[]> content) {

    /** Short: files that change whenever a department submits. */
    public static final String CACHE_CHANGING = "public, max-age=300";
    /** Longer: schemas and assets that change only with a new release. */
    public static final String CACHE_STABLE = "public, max-age=86400";

    public static final String JSON = "application/json; charset=utf-8";
    public static final String CSV = "text/csv; charset=utf-8; header=present";
    public static final String ATOM = "application/atom+xml; charset=utf-8";
    public static final String SCHEMA = "application/schema+json; charset=utf-8";
    /** RFC 9512. */
    public static final String YAML = "application/yaml; charset=utf-8";
    public static final String HTML = "text/html; charset=utf-8";
    public static final String SVG = "image/svg+xml; charset=utf-8";
    public static final String CSS = "text/css; charset=utf-8";
}
