package vn.r57.local.render;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import vn.r57.local.Json;

/**
 * {@code POST /_local/render}: renders now and answers the render report as JSON when done; {@code ?full=true}
 * rebuilds everything. Only for callers on this machine, since it makes the server do a lot of work.
 */
public final class RenderEndpoint implements HttpHandler {

    public static final String PATH = "/_local/render";

    private final RenderLoop loop;

    public RenderEndpoint(RenderLoop loop) {
        this.loop = loop;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
                send(exchange, 403, "{\"error\":\"" + PATH + " answers only requests from this machine\"}");
                return;
            }
            if (!exchange.getRequestURI().getPath().equals(PATH)) {
                send(exchange, 404, "{\"error\":\"not found\"}");
                return;
            }
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                send(exchange, 405, "{\"error\":\"use POST " + PATH + "\"}");
                return;
            }
            exchange.getRequestBody().readAllBytes();
            String query = exchange.getRequestURI().getQuery();
            boolean full = query != null && query.equals("full=true");
            Map<String, Object> report;
            try {
                report = loop.renderNow(full);
            } catch (RuntimeException e) {
                send(exchange, 500, "{\"error\":" + Json.string("render failed: " + e) + "}");
                return;
            }
            send(exchange, 200, Json.object(report));
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = (json + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
