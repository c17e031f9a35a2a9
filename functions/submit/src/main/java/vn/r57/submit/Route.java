package vn.r57.submit;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which operation a request asks for. The route key decides when API Gateway matched a route; else method and path. */
public sealed interface Route {

    String SUBMIT_KEY = "POST /v1/snapshots";
    String GET_KEY = "GET /v1/snapshots/{id}";
    String OBLIGATIONS_KEY = "GET /v1/obligations";
    /** Every route this function serves; template.yaml must declare exactly these (deploy/check tests it). */
    List<String> KEYS = List.of(SUBMIT_KEY, GET_KEY, OBLIGATIONS_KEY);

    record Submit() implements Route {}

    record GetSnapshot(String id) implements Route {}

    /** What the key's unit owes, and when. */
    record Obligations() implements Route {}

    record NotFound() implements Route {}

    record MethodNotAllowed(String allow) implements Route {}

    Pattern SNAPSHOTS = Pattern.compile("/v1/snapshots/?");
    Pattern SNAPSHOT = Pattern.compile("/v1/snapshots/([^/]+)");
    Pattern OBLIGATIONS = Pattern.compile("/v1/obligations/?");

    static Route of(HttpRequest request) {
        String routeKey = request.routeKey().orElse("");
        if (routeKey.equals(SUBMIT_KEY)) {
            return new Submit();
        }
        if (routeKey.equals(GET_KEY) && request.pathParameters().containsKey("id")) {
            return new GetSnapshot(request.pathParameters().get("id"));
        }
        if (routeKey.equals(OBLIGATIONS_KEY)) {
            return new Obligations();
        }
        // "$default", a proxy route, or no API Gateway at all: route on the request itself.
        if (SNAPSHOTS.matcher(request.path()).matches()) {
            return request.method().equals("POST") ? new Submit() : new MethodNotAllowed("POST");
        }
        Matcher snapshot = SNAPSHOT.matcher(request.path());
        if (snapshot.matches()) {
            return request.method().equals("GET") ? new GetSnapshot(snapshot.group(1)) : new MethodNotAllowed("GET");
        }
        if (OBLIGATIONS.matcher(request.path()).matches()) {
            return request.method().equals("GET") ? new Obligations() : new MethodNotAllowed("GET");
        }
        return new NotFound();
    }
}
