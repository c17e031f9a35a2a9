package vn.r57.local.front;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.r57.core.json.JsonReader;
import vn.r57.core.json.MalformedJsonException;

/**
 * The response headers CloudFront adds to every portal response (template.yaml's {@code SecurityHeadersPolicy}),
 * read from site/security-headers.json, the file the template's values are checked against.
 */
public final class SecurityHeaders {

    static final String RESOURCE = "site/security-headers.json";

    private SecurityHeaders() {}

    public static Map<String, String> load() {
        try (InputStream in = SecurityHeaders.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path (it comes with the render module)");
            }
            Object json = new JsonReader(2).read(in.readAllBytes());
            Map<String, String> headers = new LinkedHashMap<>();
            ((Map<?, ?>) json).forEach((name, value) -> headers.put((String) name, (String) value));
            return Map.copyOf(headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MalformedJsonException e) {
            throw new IllegalStateException(RESOURCE + " is not valid JSON", e);
        }
    }
}
