package vn.r57.local.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /healthz says "starting" with 503 until the runner declares itself ready, then "ok" with 200. */
class HealthTest {

    private final Health health = new Health();
    private HttpServer server;
    private URI uri;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(Health.PATH, health);
        server.start();
        uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + Health.PATH);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void startingAnswers503UntilReadyThenOkAnswers200() throws Exception {
        HttpResponse<String> starting = get(uri);
        assertEquals(503, starting.statusCode());
        assertEquals("{\"status\":\"starting\"}\n", starting.body());
        assertEquals(Optional.of("application/json"), starting.headers().firstValue("Content-Type"));
        assertEquals(Optional.of("no-store"), starting.headers().firstValue("Cache-Control"));

        health.ready();

        HttpResponse<String> ok = get(uri);
        assertEquals(200, ok.statusCode());
        assertEquals("{\"status\":\"ok\"}\n", ok.body());
    }

    @Test
    void aLongerPathIsNotTheHealthCheck() throws Exception {
        health.ready();

        assertEquals(404, get(uri.resolve("/healthz/more")).statusCode());
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
