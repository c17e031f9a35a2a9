package vn.r57.local.front;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Serves the site bucket the way the CloudFront distribution does: {@link PagePaths} first, then the object with
 * the content type and cache control the renderer stored, the security headers on every answer, CORS on the open
 * data, and /404.html with status 404 for anything missing.
 */
public final class StaticFront implements HttpHandler {

    static final String NOT_FOUND_PAGE = "404.html";
    private static final String DATA_PREFIX = "/data/";

    private final S3Client s3;
    private final String bucket;
    private final Map<String, String> securityHeaders;

    public StaticFront(S3Client s3, String bucket, Map<String, String> securityHeaders) {
        this.s3 = s3;
        this.bucket = bucket;
        this.securityHeaders = securityHeaders;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            Headers response = exchange.getResponseHeaders();
            securityHeaders.forEach(response::set);
            boolean data = path.startsWith(DATA_PREFIX);
            if (data && exchange.getRequestHeaders().containsKey("Origin")) {
                response.set("Access-Control-Allow-Origin", "*");
            }
            if (data && method.equals("OPTIONS")) {
                response.set("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
                response.set("Access-Control-Allow-Headers", "*");
                response.set("Access-Control-Max-Age", "86400");
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                response.set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", ("405 " + method + " is not allowed here\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            PagePaths.Resolution resolution = PagePaths.resolve(path);
            if (resolution instanceof PagePaths.Redirect redirect) {
                response.set("Location", redirect.location());
                exchange.sendResponseHeaders(redirect.status(), -1);
                return;
            }
            Optional<ResponseBytes<GetObjectResponse>> object = resolution instanceof PagePaths.Object o ? get(o.key()) : Optional.empty();
            if (object.isEmpty()) {
                notFound(exchange);
                return;
            }
            GetObjectResponse metadata = object.get().response();
            if (metadata.cacheControl() != null) {
                response.set("Cache-Control", metadata.cacheControl());
            }
            if (metadata.eTag() != null) {
                response.set("ETag", metadata.eTag());
                if (metadata.eTag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
            }
            if (metadata.lastModified() != null) {
                response.set("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(metadata.lastModified().atZone(ZoneOffset.UTC)));
            }
            send(exchange, 200, ContentTypes.of(metadata.contentType()), object.get().asByteArray());
        }
    }

    private void notFound(HttpExchange exchange) throws IOException {
        Optional<ResponseBytes<GetObjectResponse>> page = get(NOT_FOUND_PAGE);
        if (page.isPresent()) {
            send(exchange, 404, ContentTypes.of(page.get().response().contentType()), page.get().asByteArray());
        } else {
            send(exchange, 404, "text/plain; charset=utf-8", "404 Not Found\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private Optional<ResponseBytes<GetObjectResponse>> get(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(get -> get.bucket(bucket).key(key)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
