package vn.r57.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.r57.emulators.Emulators;

/**
 * {@code GET /v1/obligations} on the emulated table: what the key's unit owes as of the function's clock, computed from
 * the values it (and, for a unit formed in 2025, its predecessors) actually sent through the API.
 */
@ExtendWith(Emulators.class)
class ObligationsApiIT {

    private final Api api;

    ObligationsApiIT(DynamoDbClient client) {
        api = new Api(client);
    }

    private static APIGatewayV2HTTPEvent obligations(String token) {
        return Events.withToken(Events.load("get-obligations.json"), token);
    }

    private APIGatewayV2HTTPEvent snapshot(String token, String province, String period, String indicator, String value) {
        APIGatewayV2HTTPEvent event = Events.withToken(Events.load("submit-good.json"), token);
        event.getHeaders().remove("idempotency-key");
        event.setBody("{\"province\":\"" + province + "\",\"period\":\"" + period + "\",\"source\":{\"title\":\"Báo cáo\"},"
                + "\"values\":[{\"indicator\":\"" + indicator + "\",\"value\":" + value + "}]}");
        return event;
    }

    @Test
    void aDepartmentSeesWhatIsMissingLateAndNotYetDueWithDueDates() {
        String token = api.token("thanh-hoa");
        // 2025 yearly report of digital-economy-share is due on 31 March 2026: one day late here.
        assertEquals(201, api.call(snapshot(token, "thanh-hoa", "2025", "digital-economy-share", "18.5"),
                Instant.parse("2026-03-31T17:00:00Z")).getStatusCode());
        // The first quarter of 2026 (due 20 April) on time, then corrected after the due date.
        assertEquals(201, api.call(snapshot(token, "thanh-hoa", "2026-Q1", "online-public-services-usage", "70"),
                Instant.parse("2026-04-10T03:00:00Z")).getStatusCode());
        assertEquals(201, api.call(snapshot(token, "thanh-hoa", "2026-Q1", "online-public-services-usage", "71"),
                Instant.parse("2026-05-02T03:00:00Z")).getStatusCode());

        APIGatewayV2HTTPResponse response = api.call(obligations(token), Instant.parse("2026-05-10T03:00:00Z"));

        assertEquals(200, response.getStatusCode());
        assertEquals("application/json", response.getHeaders().get("Content-Type"));
        String body = response.getBody();
        assertTrue(body.startsWith("{\"province\":\"thanh-hoa\",\"asOf\":\"2026-05-10T03:00:00.000Z\",\"asOfDay\":\"2026-05-10\","
                + "\"counts\":{\"on-time\":1,\"late\":1,"), body);
        assertTrue(body.contains("{\"province\":\"thanh-hoa\",\"indicator\":\"digital-economy-share\",\"frequency\":\"yearly\","
                + "\"period\":\"2025\",\"dueDate\":\"2026-03-31\",\"status\":\"late\",\"open\":false,\"daysLate\":1,"
                + "\"firstReceivedAt\":\"2026-03-31T17:00:00.000Z\",\"revised\":false}"), body);
        assertTrue(body.contains("{\"province\":\"thanh-hoa\",\"indicator\":\"online-public-services-usage\",\"frequency\":\"quarterly\","
                + "\"period\":\"2026-Q1\",\"dueDate\":\"2026-04-20\",\"status\":\"on-time\",\"open\":false,"
                + "\"firstReceivedAt\":\"2026-04-10T03:00:00.000Z\",\"revised\":true}"), body);
        assertTrue(body.contains("{\"province\":\"thanh-hoa\",\"indicator\":\"on-time-admin-processing\",\"frequency\":\"monthly\","
                + "\"period\":\"2026-04\",\"dueDate\":\"2026-05-15\",\"status\":\"not-yet-due\",\"open\":false,\"revised\":false}"), body);
        assertTrue(body.contains("{\"province\":\"thanh-hoa\",\"indicator\":\"online-public-services-usage\",\"frequency\":\"quarterly\","
                + "\"period\":\"2026-Q2\",\"dueDate\":\"2026-07-20\",\"status\":\"not-yet-due\",\"open\":true,\"revised\":false}"), body);
        assertTrue(body.contains("{\"province\":\"thanh-hoa\",\"indicator\":\"action-plan-issued\",\"frequency\":\"once\","
                + "\"period\":\"2025\",\"dueDate\":\"2026-01-31\",\"status\":\"missing\",\"open\":false,\"revised\":false}"), body);
    }

    @Test
    void aUnitFormedIn2025AlsoOwesItsPredecessorsPastPeriods() {
        String token = api.token("tuyen-quang");
        assertEquals(201, api.call(snapshot(token, "ha-giang", "2024", "digital-economy-share", "9.1"),
                Instant.parse("2025-03-01T03:00:00Z")).getStatusCode());

        String body = api.call(obligations(token), Instant.parse("2026-05-10T03:00:00Z")).getBody();

        assertTrue(body.startsWith("{\"province\":\"tuyen-quang\","), body);
        assertTrue(body.contains("{\"province\":\"tuyen-quang-pre2025\",\"indicator\":\"digital-economy-share\",\"frequency\":\"yearly\","
                + "\"period\":\"2024\",\"dueDate\":\"2025-03-31\",\"status\":\"missing\",\"open\":false,\"revised\":false},"
                + "{\"province\":\"ha-giang\",\"indicator\":\"digital-economy-share\",\"frequency\":\"yearly\","
                + "\"period\":\"2024\",\"dueDate\":\"2025-03-31\",\"status\":\"on-time\",\"open\":false,"
                + "\"firstReceivedAt\":\"2025-03-01T03:00:00.000Z\",\"revised\":false}"), body);
        assertTrue(body.contains("{\"province\":\"ha-giang\",\"indicator\":\"on-time-admin-processing\",\"frequency\":\"monthly\","
                + "\"period\":\"2025-06\",\"dueDate\":\"2025-07-15\",\"status\":\"missing\""), body);
        assertTrue(body.contains("{\"province\":\"tuyen-quang\",\"indicator\":\"on-time-admin-processing\",\"frequency\":\"monthly\","
                + "\"period\":\"2025-07\",\"dueDate\":\"2025-08-15\",\"status\":\"missing\""), body);
        assertEquals(false, body.contains("\"province\":\"tuyen-quang\",\"indicator\":\"on-time-admin-processing\",\"frequency\":\"monthly\","
                + "\"period\":\"2025-06\""), "the merged unit did not exist at the end of June 2025");
    }

    @Test
    void withoutAKeyTheAnswerIsAProblem() {
        APIGatewayV2HTTPEvent event = Events.load("get-obligations.json");
        event.getHeaders().remove("authorization");

        APIGatewayV2HTTPResponse response = api.call(event);

        assertEquals(401, response.getStatusCode());
        assertEquals(Problems.MEDIA_TYPE, response.getHeaders().get("Content-Type"));
        assertEquals("{\"type\":\"https://r57.example/problems/unauthorized\",\"title\":\"A valid API token is required\","
                + "\"status\":401,\"detail\":\"send your key as \\\"Authorization: Bearer r57_...\\\"\",\"errors\":[{\"header\":"
                + "\"Authorization\",\"code\":\"missing-token\",\"detail\":\"send your key as \\\"Authorization: Bearer r57_...\\\"\"}]}",
                response.getBody());
    }

    @Test
    void anotherMethodIsNotAllowed() {
        APIGatewayV2HTTPEvent event = obligations(api.token("thanh-hoa"));
        event.setRouteKey("$default");
        event.getRequestContext().getHttp().setMethod("POST");

        APIGatewayV2HTTPResponse response = api.call(event);

        assertEquals(405, response.getStatusCode());
        assertEquals(Map.of("Content-Type", Problems.MEDIA_TYPE, "Cache-Control", "no-store", "Allow", "GET"),
                Map.copyOf(response.getHeaders()));
    }
}
