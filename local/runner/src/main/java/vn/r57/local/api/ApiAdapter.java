package vn.r57.local.api;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stands in for the HTTP API in front of the submit function: each request becomes the payload 2.0 event of its
 * route (an operation's, else {@code $default}), the function's response goes back to the client as API Gateway would
 * send it. Every request reaches the function, as in AWS, so unknown paths and methods get its problem+json.
 */
public final class ApiAdapter implements HttpHandler {

    /** API Gateway refuses larger payloads before the function runs (HTTP API limit: 10 MB). */
    static final int MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function;
    private final Clock clock;

    public ApiAdapter(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> function, Clock clock) {
        this.function = function;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Optional<ApiRequest> request = request(exchange);
            send(exchange, request.isPresent() ? answer(request.get()) : ApiResponse.tooLarge());
        }
    }

    /** The response for one request, by the same rules API Gateway applies. */
    public ApiResponse answer(ApiRequest request) {
        ApiRoutes.Match route = ApiRoutes.match(request.method(), URI.create(request.rawPath()).getPath());
        APIGatewayV2HTTPEvent event = ApiGatewayEvents.event(request, route, requestId(), clock.instant());
        return ApiResponse.from(function.handleRequest(event, null));
    }

    private static Optional<ApiRequest> request(HttpExchange exchange) throws IOException {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        exchange.getRequestHeaders().forEach((name, values) -> values.forEach(v -> headers.add(Map.entry(name, v))));
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_PAYLOAD_BYTES + 1);
        }
        if (body.length > MAX_PAYLOAD_BYTES) {
            return Optional.empty();
        }
        URI uri = exchange.getRequestURI();
        return Optional.of(new ApiRequest(
                exchange.getRequestMethod(),
                uri.getRawPath(),
                uri.getRawQuery() == null ? "" : uri.getRawQuery(),
                exchange.getProtocol(),
                headers,
                body,
                exchange.getRemoteAddress().getAddress().getHostAddress()));
    }

    private static void send(HttpExchange exchange, ApiResponse response) throws IOException {
        response.headers().forEach(h -> exchange.getResponseHeaders().add(h.getKey(), h.getValue()));
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (head || response.body().length == 0) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }

    /** Shaped like API Gateway's request ids (e.g. {@code U2h0aGFuaDIwMjU=}). */
    private static String requestId() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
