package vn.r57.local.front;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import vn.r57.core.json.JsonReader;
import vn.r57.emulators.Emulators;

/** The front answers from the bucket as CloudFront does: paths, content types, headers, the 404 page. */
@ExtendWith(Emulators.class)
class StaticFrontIT {

    private static final String BUCKET = "static-front-it";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** The file deploy/check's SecurityHeadersTest holds both response headers policies of template.yaml to. */
    private static final Path SECURITY_HEADERS = Path.of("../../site/security-headers.json");
    private static HttpServer server;
    private static URI base;

    @BeforeAll
    static void serveABucket(S3Client s3) throws IOException {
        s3.createBucket(b -> b.bucket(BUCKET));
        put(s3, "vi/index.html", "text/html; charset=utf-8", "public, max-age=300", "<h1>Tổng quan</h1>");
        put(s3, "vi/provinces/thanh-hoa/index.html", "text/html; charset=utf-8", "public, max-age=300", "<h1>Thanh Hóa</h1>");
        put(s3, "data/v1/observations.csv", "text/csv; charset=utf-8; header=present", "public, max-age=300", "province\nthanh-hoa\n");
        put(s3, "data/v1/catalog.json", "application/json; charset=utf-8", "public, max-age=300", "{}");
        put(s3, "assets/site.0123abcd.css", "text/css; charset=utf-8", "public, max-age=31536000, immutable", "body{}");
        put(s3, "404.html", "text/html; charset=utf-8", "public, max-age=60", "<h1>Không tìm thấy</h1>");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", new StaticFront(s3, BUCKET, SecurityHeaders.load()));
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void theRootRedirectsToTheVietnamesePortal() throws Exception {
        HttpResponse<String> response = get("/");
        assertEquals(302, response.statusCode());
        assertEquals(Optional.of("/vi/"), response.headers().firstValue("Location"));
        assertSecurityHeaders(response);
    }

    @Test
    void aFolderServesItsIndexPageWithItsStoredTypeAndCacheControl() throws Exception {
        HttpResponse<String> response = get("/vi/provinces/thanh-hoa/");
        assertEquals(200, response.statusCode());
        assertEquals("<h1>Thanh Hóa</h1>", response.body());
        assertEquals(Optional.of("text/html; charset=utf-8"), response.headers().firstValue("Content-Type"));
        assertEquals(Optional.of("public, max-age=300"), response.headers().firstValue("Cache-Control"));
        assertSecurityHeaders(response);
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedPermanently() throws Exception {
        HttpResponse<String> response = get("/vi/provinces/thanh-hoa");
        assertEquals(301, response.statusCode());
        assertEquals(Optional.of("/vi/provinces/thanh-hoa/"), response.headers().firstValue("Location"));
    }

    @Test
    void filesKeepTheContentTypesTheRendererStored() throws Exception {
        assertEquals(Optional.of("text/csv; charset=utf-8; header=present"), get("/data/v1/observations.csv").headers().firstValue("Content-Type"));
        assertEquals(Optional.of("application/json; charset=utf-8"), get("/data/v1/catalog.json").headers().firstValue("Content-Type"));
        HttpResponse<String> css = get("/assets/site.0123abcd.css");
        assertEquals(Optional.of("text/css; charset=utf-8"), css.headers().firstValue("Content-Type"));
        assertEquals(Optional.of("public, max-age=31536000, immutable"), css.headers().firstValue("Cache-Control"));
    }

    @Test
    void somethingMissingGetsThe404PageWithStatus404() throws Exception {
        HttpResponse<String> response = get("/vi/provinces/atlantis/");
        assertEquals(404, response.statusCode());
        assertEquals("<h1>Không tìm thấy</h1>", response.body());
        assertEquals(Optional.of("text/html; charset=utf-8"), response.headers().firstValue("Content-Type"));
        assertSecurityHeaders(response);
    }

    @Test
    void openDataMayBeFetchedFromOtherSites() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve("/data/v1/catalog.json"))
                .header("Origin", "https://newsroom.example").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(Optional.of("*"), response.headers().firstValue("Access-Control-Allow-Origin"));
        assertFalse(get("/vi/").headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    @Test
    void anUnchangedObjectIsNotSentAgain() throws Exception {
        String etag = get("/data/v1/catalog.json").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve("/data/v1/catalog.json"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, response.statusCode());
    }

    @Test
    void theFrontOnlyReads() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve("/vi/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, response.statusCode());
        assertEquals(Optional.of("GET, HEAD"), response.headers().firstValue("Allow"));
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) throws Exception {
        Map<?, ?> expected = (Map<?, ?>) new JsonReader(2).read(Files.readAllBytes(SECURITY_HEADERS));
        assertEquals(5, expected.size());
        expected.forEach((name, value) -> assertEquals(Optional.of(value), response.headers().firstValue((String) name), (String) name));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void put(S3Client s3, String key, String type, String cacheControl, String body) {
        s3.putObject(p -> p.bucket(BUCKET).key(key).contentType(type).cacheControl(cacheControl), RequestBody.fromString(body));
    }
}
