package vn.r57.bench.load;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * A minimal stand-in for API Gateway on loopback: each request becomes a payload 2.0 event for the handler mounted at
 * its path, and the handler's response goes back as is. Both handlers under test sit behind the same adapter, so the
 * load test's ratio compares handlers, not HTTP stacks.
 */
public final class LambdaHttpAdapter {

    /** Like Lambda's concurrency: a few handler invocations at a time, the rest queue. */
    static final int WORKERS = 4;

    private final HttpServer server;

    private LambdaHttpAdapter(HttpServer server) {
        this.server = server;
    }

    public static LambdaHttpAdapter start(Map<String, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlers)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        handlers.forEach((path, handler) -> server.createContext(path, exchange -> serve(exchange, handler)));
        server.setExecutor(Executors.newFixedThreadPool(WORKERS));
        server.start();
        return new LambdaHttpAdapter(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void serve(HttpExchange exchange, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler)
            throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                    .withVersion("2.0")
                    .withRouteKey("$default")
                    .withRawPath(path)
                    .withRawQueryString(exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery())
                    .withHeaders(headers)
                    .withBody(new String(body, StandardCharsets.UTF_8))
                    .withIsBase64Encoded(false)
                    .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                            .withRequestId(UUID.randomUUID().toString())
                            .withStage("$default")
                            .withTimeEpoch(System.currentTimeMillis())
                            .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                    .withMethod(method)
                                    .withPath(path)
                                    .withProtocol("HTTP/1.1")
                                    .withSourceIp("127.0.0.1")
                                    .build())
                            .build())
                    .build();
            APIGatewayV2HTTPResponse response;
            try {
                response = handler.handleRequest(event, null);
            } catch (RuntimeException e) {
                e.printStackTrace();
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            if (response.getHeaders() != null) {
                response.getHeaders().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            }
            byte[] out = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(response.getStatusCode(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                exchange.getResponseBody().write(out);
            }
        }
    }
}
