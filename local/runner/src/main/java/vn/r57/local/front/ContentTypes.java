package vn.r57.local.front;

/** The content type to answer for a stored object. */
final class ContentTypes {

    private ContentTypes() {}

    /**
     * As stored by the renderer, which S3 returns verbatim. s3proxy rewrites the types its Jetty knows into
     * {@code text/html;charset=utf-8}; the space is put back so the front answers what CloudFront would.
     */
    static String of(String stored) {
        if (stored == null || stored.isBlank()) {
            return "application/octet-stream";
        }
        return stored.replaceFirst(";\\s*charset=", "; charset=");
    }
}
