package vn.r57.local.run;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import vn.r57.local.api.ApiRoutes;

/**
 * The one local port holds what AWS serves on two hosts: paths whose first segment names an API version (any version,
 * any case) go to the API adapter and so to the submit function, as every request to the HTTP API does; the rest is
 * the static front's.
 */
final class ApiOrSite implements HttpHandler {

    private final HttpHandler api;
    private final HttpHandler site;

    ApiOrSite(HttpHandler api, HttpHandler site) {
        this.api = api;
        this.site = site;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        (ApiRoutes.isApiPath(exchange.getRequestURI().getPath()) ? api : site).handle(exchange);
    }
}
