package vn.r57.local.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.r57.submit.Route;

/**
 * Matches a request to one of the HTTP API's routes: the submit function's {@link Route#KEYS}, which deploy/check
 * holds equal to template.yaml's {@code HttpApi} events. API Gateway only invokes the function for a matching route;
 * anything else it answers itself.
 */
public final class ApiRoutes {

    private ApiRoutes() {}

    public record Match(String routeKey, Map<String, String> pathParameters) {}

    /** The route for {@code method} and the decoded {@code path}; a {@code {name}} segment matches one whole segment. */
    public static Optional<Match> match(String method, String path) {
        for (String routeKey : Route.KEYS) {
            String[] parts = routeKey.split(" ", 2);
            if (!parts[0].equals(method)) {
                continue;
            }
            Optional<Map<String, String>> parameters = matchPath(parts[1], path);
            if (parameters.isPresent()) {
                return Optional.of(new Match(routeKey, parameters.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Map<String, String>> matchPath(String template, String path) {
        String[] expected = template.split("/", -1);
        String[] actual = path.split("/", -1);
        if (expected.length != actual.length) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < expected.length; i++) {
            if (expected[i].startsWith("{") && expected[i].endsWith("}")) {
                if (actual[i].isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(expected[i].substring(1, expected[i].length() - 1), actual[i]);
            } else if (!expected[i].equals(actual[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }
}
