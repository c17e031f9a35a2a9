package vn.r57.local.front;

import java.util.Arrays;

/**
 * The viewer-request rules of template.yaml's {@code PagePathsFunction}, for the local front: "/" leads to the
 * Vietnamese portal, a folder URL serves its index.html, a folder URL without its slash gets one.
 */
public final class PagePaths {

    private PagePaths() {}

    public sealed interface Resolution {}

    /** Answer with a redirect, as the CloudFront function does, without reading the bucket. */
    public record Redirect(int status, String location) implements Resolution {}

    /** Serve this bucket object. */
    public record Object(String key) implements Resolution {}

    /** Nothing in the bucket can have this name (dot segments): 404 without reading the bucket. */
    public record NotFound() implements Resolution {}

    /** @param uri the decoded request path, starting with "/", without the query string */
    public static Resolution resolve(String uri) {
        if (uri.equals("/")) {
            return new Redirect(302, "/vi/");
        }
        // Browsers and curl remove dot segments; anything that still has one is not a portal address.
        if (Arrays.stream(uri.split("/")).anyMatch(s -> s.equals(".") || s.equals(".."))) {
            return new NotFound();
        }
        if (uri.endsWith("/")) {
            return new Object(key(uri + "index.html"));
        }
        String lastSegment = uri.substring(uri.lastIndexOf('/') + 1);
        if (lastSegment.indexOf('.') == -1) {
            // One leading slash only: "//host" would be a redirect to another site.
            return new Redirect(301, "/" + uri.replaceFirst("^/+", "") + "/");
        }
        return new Object(key(uri));
    }

    private static String key(String uri) {
        return uri.replaceFirst("^/+", "");
    }
}
