package vn.r57.submit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which operation a request asks for, from one table of operations. The route key decides when API Gateway matched an
 * operation's route; else (its {@code $default} route, or no API Gateway at all) method and path do: a path of an
 * operation with another method is 405 with every method the path has, any other path 404.
 */
public sealed interface Route {

    String SUBMIT_KEY = "POST /v1/snapshots";
    String GET_KEY = "GET /v1/snapshots/{id}";
    String OBLIGATIONS_KEY = "GET /v1/obligations";

    /**
     * Every operation: its route key, the paths it answers (a group is the path parameter), and the route it gives for
     * that parameter (null when the path has none). A new operation is one more line here and one route in template.yaml.
     */
    List<Operation> OPERATIONS = List.of(
            new Operation(SUBMIT_KEY, Pattern.compile("/v1/snapshots/?"), parameter -> new Submit()),
            new Operation(GET_KEY, Pattern.compile("/v1/snapshots/([^/]+)"), GetSnapshot::new),
            new Operation(OBLIGATIONS_KEY, Pattern.compile("/v1/obligations/?"), parameter -> new Obligations()));

    /** Every operation's route; template.yaml must declare exactly these (deploy/check tests it). */
    List<String> KEYS = OPERATIONS.stream().map(Operation::key).toList();
    /**
     * API Gateway's catch-all route, also in template.yaml: any other method or path reaches this function, which
     * answers 404 or 405 itself, so that every answer of the API is problem+json.
     */
    String DEFAULT_KEY = "$default";

    record Submit() implements Route {}

    record GetSnapshot(String id) implements Route {}

    /** What the key's unit owes, and when. */
    record Obligations() implements Route {}

    record NotFound() implements Route {}

    /** @param allow the methods the path has, for the {@code Allow} header */
    record MethodNotAllowed(String allow) implements Route {}

    record Operation(String key, Pattern path, Function<String, Route> route) {

        String method() {
            return key.substring(0, key.indexOf(' '));
        }

        /** The name of the path parameter, e.g. {@code id} for {@code /v1/snapshots/{id}}; empty without one. */
        Optional<String> parameter() {
            int open = key.indexOf('{');
            return open < 0 ? Optional.empty() : Optional.of(key.substring(open + 1, key.indexOf('}')));
        }
    }

    static Route of(HttpRequest request) {
        String routeKey = request.routeKey().orElse("");
        for (Operation operation : OPERATIONS) {
            if (operation.key().equals(routeKey)) {
                Optional<String> name = operation.parameter();
                if (name.isEmpty()) {
                    return operation.route().apply(null);
                }
                if (request.pathParameters().containsKey(name.get())) {
                    return operation.route().apply(request.pathParameters().get(name.get()));
                }
            }
        }
        List<String> allowed = new ArrayList<>();
        for (Operation operation : OPERATIONS) {
            Matcher path = operation.path().matcher(request.path());
            if (path.matches()) {
                if (operation.method().equals(request.method())) {
                    return operation.route().apply(path.groupCount() == 0 ? null : path.group(1));
                }
                allowed.add(operation.method());
            }
        }
        return allowed.isEmpty() ? new NotFound() : new MethodNotAllowed(String.join(", ", allowed));
    }
}
