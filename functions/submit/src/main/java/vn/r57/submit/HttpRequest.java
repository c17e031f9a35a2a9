package vn.r57.submit;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of an API Gateway HTTP API (payload 2.0) event the function uses. Header names are matched without
 * regard to case: API Gateway sends them in lower case, other callers (the local runner, tests) may not.
 */
public record HttpRequest(
        String requestId,
        String method,
        String path,
        Optional<String> routeKey,
        Map<String, String> pathParameters,
        Map<String, String> headers,
        Optional<String> body,
        boolean base64Encoded) {

    public static HttpRequest from(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
        String method = context != null && context.getHttp() != null && context.getHttp().getMethod() != null
                ? context.getHttp().getMethod()
                : "";
        Map<String, String> headers = new HashMap<>();
        if (event.getHeaders() != null) {
            event.getHeaders().forEach((name, value) -> headers.merge(name.toLowerCase(Locale.ROOT), value, (a, b) -> a + "," + b));
        }
        return new HttpRequest(
                context == null || context.getRequestId() == null ? "" : context.getRequestId(),
                method.toUpperCase(Locale.ROOT),
                withoutStage(event.getRawPath() == null ? "" : event.getRawPath(), context),
                Optional.ofNullable(event.getRouteKey()),
                event.getPathParameters() == null ? Map.of() : Map.copyOf(event.getPathParameters()),
                Map.copyOf(headers),
                Optional.ofNullable(event.getBody()),
                event.getIsBase64Encoded());
    }

    /** With a named stage (not {@code $default}) API Gateway puts the stage in front of the raw path. */
    private static String withoutStage(String rawPath, APIGatewayV2HTTPEvent.RequestContext context) {
        String stage = context == null ? null : context.getStage();
        if (stage != null && !stage.equals("$default") && rawPath.startsWith("/" + stage + "/")) {
            return rawPath.substring(stage.length() + 1);
        }
        return rawPath;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
}
