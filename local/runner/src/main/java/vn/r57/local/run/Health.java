package vn.r57.local.run;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /healthz}: 503 {@code {"status":"starting"}} while the runner starts (the demo data still being submitted,
 * the first render not done), then 200 {@code {"status":"ok"}}. A script that waits for 200 reads a complete portal.
 */
final class Health implements HttpHandler {

    static final String PATH = "/healthz";

    private volatile boolean ready;

    /** Called once the demo data is loaded and the first render is published. */
    void ready() {
        ready = true;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (!exchange.getRequestURI().getPath().equals(PATH)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            boolean now = ready;
            byte[] body = (now ? "{\"status\":\"ok\"}\n" : "{\"status\":\"starting\"}\n").getBytes(StandardCharsets.UTF_8);
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(now ? 200 : 503, -1);
                return;
            }
            exchange.sendResponseHeaders(now ? 200 : 503, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
