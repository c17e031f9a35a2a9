package vn.r57.local.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.r57.submit.Route;

/**
 * Matches a request to one of the HTTP API's routes: the submit function's {@link Route#KEYS}, which deploy/check
 * holds equal to template.yaml's {@code HttpApi} events, and otherwise the {@code $default} route, which the template
 * also sends to the function: every request reaches the handler, which answers 404 or 405 itself.
 */
public final class ApiRoutes {

    /**
     * Which paths of the one local port are the API's (in AWS the API has its own host): a first segment that names a
     * version, in any case ({@code /v1/...}, {@code /V2}, {@code /v10/x}). Everything else is the site's.
     */
    private static final Pattern API_PATH = Pattern.compile("/[vV][0-9]+(/.*)?");

    private ApiRoutes() {}

    public record Match(String routeKey, Map<String, String> pathParameters) {}

    public static boolean isApiPath(String path) {
        return API_PATH.matcher(path).matches();
    }

    /** The route for {@code method} and the decoded {@code path}; a {@code {name}} segment matches one whole segment. */
    public static Match match(String method, String path) {
        for (String routeKey : Route.KEYS) {
            String[] parts = routeKey.split(" ", 2);
            if (!parts[0].equals(method)) {
                continue;
            }
            Optional<Map<String, String>> parameters = matchPath(parts[1], path);
            if (parameters.isPresent()) {
                return new Match(routeKey, parameters.get());
            }
        }
        return new Match(Route.DEFAULT_KEY, Map.of());
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
