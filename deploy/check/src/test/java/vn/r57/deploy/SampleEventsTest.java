package vn.r57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.r57.submit.HttpRequest;
import vn.r57.submit.Route;

/**
 * Every file in events/ is an event some function of template.yaml really receives: an HTTP API request on a declared
 * route, the render schedule's tick, or the documented manual rebuild; and every route and the schedule have one.
 */
class SampleEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Template template = Template.load();

    @Test
    void everySampleEventIsOneAFunctionReceives() throws IOException {
        Map<String, String> kinds = new TreeMap<>();
        for (Path file : eventFiles()) {
            kinds.put(file.getFileName().toString(), kindOf(file));
        }

        assertEquals(Map.of(
                "get-obligations.json", "SubmitFunction GET /v1/obligations",
                "get-snapshot.json", "SubmitFunction GET /v1/snapshots/{id}",
                "render-full.json", "RenderFunction direct invocation {\"full\":true}",
                "render-scheduled.json", "RenderFunction schedule Tick",
                "submit-correction.json", "SubmitFunction POST /v1/snapshots",
                "submit-good.json", "SubmitFunction POST /v1/snapshots",
                "submit-invalid.json", "SubmitFunction POST /v1/snapshots",
                "submit-unauthorised.json", "SubmitFunction POST /v1/snapshots"), kinds);
    }

    @Test
    void everyRouteAndTheScheduleHaveASampleEvent() throws IOException {
        Set<String> covered = new TreeSet<>();
        for (Path file : eventFiles()) {
            covered.add(kindOf(file));
        }
        for (String routeKey : Route.KEYS) {
            assertTrue(covered.contains("SubmitFunction " + routeKey), routeKey);
        }
        assertTrue(covered.contains("RenderFunction schedule Tick"));
    }

    @Test
    void theOnlyOtherFileIsTheReadme() throws IOException {
        try (Stream<Path> files = Files.list(Repository.file("events"))) {
            assertEquals(List.of("README.md"), files.map(file -> file.getFileName().toString())
                    .filter(name -> !name.endsWith(".json")).toList());
        }
    }

    private List<Path> eventFiles() throws IOException {
        try (Stream<Path> files = Files.list(Repository.file("events"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    /** Which function gets this event and how; fails for an event nothing in the template would send. */
    private String kindOf(Path file) throws IOException {
        JsonNode event = JSON.readTree(file.toFile());
        String name = file.getFileName().toString();
        if (event.path("version").asText().equals("2.0") && event.has("routeKey")) {
            return apiRequest(file, event);
        }
        if (event.path("source").asText().equals("aws.events")) {
            assertEquals("Scheduled Event", event.path("detail-type").asText(), name);
            return "RenderFunction schedule " + scheduleOf("RenderFunction");
        }
        if (event.isObject() && Set.of("full").containsAll(fieldNames(event))) {
            assertTrue(event.path("full").isBoolean(), name + ": \"full\" is true or false");
            assertTrue(template.root().path("Outputs").path("RenderFunctionName").path("Description").asText().contains("{\"full\":true}"),
                    "the stack's outputs say how to ask for a rebuild");
            return "RenderFunction direct invocation " + event;
        }
        return fail(name + " is neither an HTTP API request, the schedule's event nor {\"full\": true}");
    }

    private String apiRequest(Path file, JsonNode json) {
        String name = file.getFileName().toString();
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent(file.toString());
        String routeKey = event.getRouteKey();
        assertTrue(Route.KEYS.contains(routeKey), name + ": " + routeKey + " is not a route of the submit function");
        assertEquals(routeKey, event.getRequestContext().getRouteKey(), name);
        assertEquals(routeKey.substring(0, routeKey.indexOf(' ')), event.getRequestContext().getHttp().getMethod(), name);
        assertEquals(event.getRawPath(), event.getRequestContext().getHttp().getPath(), name);
        Route route = Route.of(HttpRequest.from(event));
        assertFalse(route instanceof Route.NotFound || route instanceof Route.MethodNotAllowed, name + " → " + route);
        if (json.has("body")) {
            assertTrue(json.path("body").isTextual(), name + ": the body is a JSON string, as API Gateway sends it");
        }
        return "SubmitFunction " + routeKey;
    }

    private String scheduleOf(String functionId) {
        List<String> schedules = new ArrayList<>();
        template.resource(functionId).path("Properties").path("Events").fields().forEachRemaining(event -> {
            String type = event.getValue().path("Type").asText();
            if (type.equals("Schedule") || type.equals("ScheduleV2")) {
                schedules.add(event.getKey());
            }
        });
        assertEquals(1, schedules.size(), functionId + " has one schedule: " + schedules);
        return schedules.get(0);
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
