package vn.r57.local.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.r57.core.json.JsonNumber;
import vn.r57.core.json.JsonReader;

/** Reads what the local portal publishes, over HTTP, as a journalist's script would. */
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

    static HttpResponse<String> get(URI base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
