package vn.r57.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.r57.emulators.Emulators;

/**
 * The reporting calendar runs in Asia/Ho_Chi_Minh (UTC+7), through the whole function: a period may get actual
 * values from 00:00 on its first day in Vietnam, which is 17:00 UTC the day before; and the units formed or dissolved
 * on 1 July 2025 report only periods they existed in.
 */
@ExtendWith(Emulators.class)
class TimeEdgesIT {

    private final Api api;
    private final Map<String, String> tokens;

    TimeEdgesIT(DynamoDbClient client) {
        api = new Api(client);
        tokens = Map.of("thanh-hoa", api.token("thanh-hoa"), "tuyen-quang", api.token("tuyen-quang"));
    }

    @ParameterizedTest(name = "at {0} {1} reports {2} ({3}): {4}")
    @CsvSource({
            // A new year, quarter and month: not yet in Vietnam one millisecond before 17:00 UTC, then open.
            "2025-12-31T16:59:59.999Z, thanh-hoa,   2026,    actual, 422 period-not-started",
            "2025-12-31T17:00:00.000Z, thanh-hoa,   2026,    actual, 201",
            "2025-12-31T16:59:59.999Z, thanh-hoa,   2026-Q1, actual, 422 period-not-started",
            "2025-12-31T17:00:00.000Z, thanh-hoa,   2026-Q1, actual, 201",
            "2025-12-31T16:59:59.999Z, thanh-hoa,   2026-01, actual, 422 period-not-started",
            "2025-12-31T17:00:00.000Z, thanh-hoa,   2026-01, actual, 201",
            "2026-03-31T16:59:59.999Z, thanh-hoa,   2026-Q2, actual, 422 period-not-started",
            "2026-03-31T17:00:00.000Z, thanh-hoa,   2026-Q2, actual, 201",
            "2026-02-28T17:00:00.000Z, thanh-hoa,   2026-03, actual, 201",
            // Targets may name any period.
            "2025-12-31T16:59:59.999Z, thanh-hoa,   2030,    target, 201",
            // The merger: Tuyên Quang (formed from Tuyên Quang and Hà Giang) exists from 1 July 2025 in Vietnam.
            "2025-06-30T16:59:59.999Z, tuyen-quang, 2025-07, actual, 422 period-not-started",
            "2025-06-30T17:00:00.000Z, tuyen-quang, 2025-07, actual, 201",
            "2025-06-30T17:00:00.000Z, tuyen-quang, 2025-Q3, actual, 201",
            "2025-07-01T03:00:00.000Z, tuyen-quang, 2025-06, actual, 422 province-not-in-period",
            "2025-07-01T03:00:00.000Z, tuyen-quang, 2025-Q2, actual, 422 province-not-in-period",
            // Hà Giang, dissolved into it, reports periods up to 30 June 2025 (with the new province's key).
            "2025-07-01T03:00:00.000Z, ha-giang,    2025-06, actual, 201",
            "2025-07-01T03:00:00.000Z, ha-giang,    2025-Q2, actual, 201",
            "2025-07-01T03:00:00.000Z, ha-giang,    2025-07, actual, 422 province-not-in-period",
            "2025-07-01T03:00:00.000Z, ha-giang,    2025-Q3, actual, 422 province-not-in-period",
            "2025-07-01T03:00:00.000Z, ha-giang,    2030,    target, 201",
            // A year overlapping the merger belongs to both: each reports the part it existed for.
            "2026-01-05T03:00:00.000Z, ha-giang,    2025,    actual, 201",
            "2026-01-05T03:00:00.000Z, tuyen-quang, 2025,    actual, 201",
    })
    void aPeriodOpensAtMidnightInVietnamAndAUnitReportsOnlyWhileItExists(
            String at, String province, String period, String kind, String expected) {
        APIGatewayV2HTTPEvent event = Events.withToken(Events.load("submit-good.json"),
                tokens.get(province.equals("thanh-hoa") ? "thanh-hoa" : "tuyen-quang"));
        event.getHeaders().remove("idempotency-key");
        event.setBody("{\"province\":\"" + province + "\",\"period\":\"" + period + "\",\"source\":{\"title\":\"Báo cáo\"},"
                + "\"values\":[{\"indicator\":\"on-time-admin-processing\",\"kind\":\"" + kind + "\",\"value\":99}]}");
        String before = api.dump();

        APIGatewayV2HTTPResponse response = api.call(event, Instant.parse(at));

        String[] status = expected.split(" ");
        assertEquals(Integer.parseInt(status[0]), response.getStatusCode(), response.getBody());
        if (status.length > 1) {
            assertEquals(true, response.getBody().contains("\"errors\":[{\"pointer\":\"/period\",\"code\":\"" + status[1] + "\""), response.getBody());
            assertEquals(before, api.dump());
        } else {
            assertEquals(true, response.getBody().contains("\"period\":\"" + period + "\",\"receivedAt\":\"" + at + "\""), response.getBody());
        }
    }
}
