package vn.r57.local.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Province;
import vn.r57.core.keys.Tokens;
import vn.r57.store.KeyStore;

/**
 * Loads the demonstration data the way a department would: one key per province (a merged province's key also
 * files its predecessors' history), each snapshot POSTed to the running API, then the keys are revoked.
 */
public final class DemoLoader {

    static final String LABEL = "demo data loader (revoked once the demo data is in)";

    private final Catalog catalog;
    private final KeyStore keys;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public DemoLoader(Catalog catalog, KeyStore keys, Clock clock) {
        this.catalog = catalog;
        this.keys = keys;
        this.clock = clock;
    }

    /** @return how many snapshots and values were accepted */
    public Loaded load(URI snapshotsEndpoint) {
        List<DemoSnapshots.Snapshot> snapshots = DemoSnapshots.all();
        Map<String, Tokens.Token> tokens = new LinkedHashMap<>();
        try {
            int values = 0;
            for (DemoSnapshots.Snapshot snapshot : snapshots) {
                String keyProvince = keyProvince(snapshot.province());
                Tokens.Token token = tokens.computeIfAbsent(keyProvince, p -> keys.create(p, LABEL, clock.instant()));
                HttpResponse<String> response = post(snapshotsEndpoint, token, snapshot);
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("the API refused demo snapshot " + snapshot.idempotencyKey() + " with "
                            + response.statusCode() + ": " + response.body());
                }
                values += snapshot.values();
            }
            return new Loaded(snapshots.size(), values);
        } finally {
            tokens.values().forEach(token -> keys.revoke(token.keyId(), clock.instant()));
        }
    }

    public record Loaded(int snapshots, int values) {}

    /** The current province whose key may file {@code province}: itself, or the province it was merged into. */
    private String keyProvince(String province) {
        Province unit = catalog.province(province).orElseThrow(() -> new IllegalStateException("unknown province " + province));
        return unit.isCurrent() ? unit.id() : unit.successorId().orElseThrow();
    }

    private HttpResponse<String> post(URI endpoint, Tokens.Token token, DemoSnapshots.Snapshot snapshot) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Authorization", "Bearer " + token.secret())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", snapshot.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(snapshot.body(), StandardCharsets.UTF_8))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the local API at " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the demo data", e);
        }
    }
}
