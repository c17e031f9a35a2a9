package vn.r57.local.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.r57.core.json.JsonNumber;
import vn.r57.core.json.JsonReader;

/**
 * A running local portal over HTTP, as scripts use it: a department's submitting a snapshot, anyone asking for a render
 * now, a journalist's reading what is published.
 */
final class Published {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Published() {}

    /** The current actual value of one figure, with the text the province file gives it (exactly as submitted). */
    @SuppressWarnings("unchecked")
    static Optional<String> currentValue(URI base, String province, String indicator, String period) throws Exception {
        HttpResponse<String> response = get(base, "/data/v1/provinces/" + province + ".json");
        assertEquals(200, response.statusCode());
        Map<String, Object> file = (Map<String, Object>) new JsonReader(64).read(response.body().getBytes(StandardCharsets.UTF_8));
        for (Object s : (List<Object>) file.get("series")) {
            Map<String, Object> series = (Map<String, Object>) s;
            if (series.get("indicator").equals(indicator) && series.get("kind").equals("actual")) {
                for (Object p : (List<Object>) series.get("points")) {
                    Map<String, Object> point = (Map<String, Object>) p;
                    if (point.get("period").equals(period)) {
                        return Optional.of(((JsonNumber) point.get("value")).text());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** POST /v1/snapshots with a department's key, the way the README's curl example sends it. */
    static HttpResponse<String> submit(URI base, String token, String body, Optional<String> idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/v1/snapshots"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        idempotencyKey.ifPresent(key -> request.header("Idempotency-Key", key));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET /v1/obligations with a department's key: what its province owes, as the README's curl example asks. */
    static HttpResponse<String> obligations(URI base, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve("/v1/obligations")).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status {@code GET /v1/obligations} gives one report, e.g. {@code late}; empty when it is not listed. */
    @SuppressWarnings("unchecked")
    static Optional<String> obligationStatus(String body, String province, String indicator, String period) throws Exception {
        Map<String, Object> answer = (Map<String, Object>) new JsonReader(64).read(body.getBytes(StandardCharsets.UTF_8));
        for (Object o : (List<Object>) answer.get("obligations")) {
            Map<String, Object> obligation = (Map<String, Object>) o;
            if (obligation.get("province").equals(province) && obligation.get("indicator").equals(indicator)
                    && obligation.get("period").equals(period)) {
                return Optional.of((String) obligation.get("status"));
            }
        }
        return Optional.empty();
    }

    /** POST /_local/render: renders what changed and answers the render report. */
    static HttpResponse<String> renderNow(URI base) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve("/_local/render")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(URI base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
