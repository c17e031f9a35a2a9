package vn.r57.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import vn.r57.core.keys.Tokens;
import vn.r57.emulators.Emulators;

/** Keys at rest and in use: only hashes are stored, and a revoked key stops working on the very next request. */
@ExtendWith(Emulators.class)
class KeySecurityIT {

    private final Api api;

    KeySecurityIT(DynamoDbClient client) {
        api = new Api(client);
    }

    @Test
    void noSecretIsAnywhereInTheTableOnlyItsHash() {
        List<String> tokens = List.of(api.token("thanh-hoa"), api.token("ha-noi"), api.token("tuyen-quang"));
        assertEquals(201, api.call(Events.withToken(Events.load("submit-good.json"), tokens.get(0))).getStatusCode());
        assertEquals(403, api.call(Events.withToken(Events.load("submit-good.json"), tokens.get(1))).getStatusCode());

        List<Map<String, AttributeValue>> items = api.client.scanPaginator(scan -> scan.tableName(api.table).consistentRead(true)).items().stream().toList();
        String everything = items.toString();
        int hashes = 0;
        for (String token : tokens) {
            // r57_ + 12-character key id + _ : the secret itself may contain '_' (base64url).
            String secret = token.substring("r57_".length() + 12 + 1);
            assertFalse(everything.contains(secret), "a secret is stored");
            assertFalse(everything.contains(secret.substring(0, 16)), "part of a secret is stored");
            if (everything.contains(Tokens.hash(token))) {
                hashes++;
            }
        }
        assertEquals(3, hashes, "each key's SHA-256 is stored");
        assertTrue(items.size() > 10);
    }

    @Test
    void aRevokedKeyIsRefusedOnTheVeryNextRequestOfTheSameWarmFunction() {
        String token = api.token("thanh-hoa");
        SubmitHandler warm = new SubmitHandler(api.submissions, api.keys, api.revisions, Clock.fixed(Api.NOW, ZoneOffset.UTC), line -> {});
        APIGatewayV2HTTPResponse before = warm.handleRequest(Events.withToken(Events.load("submit-good.json"), token), null);
        assertEquals(201, before.getStatusCode());

        api.keys.revoke(Tokens.keyId(token).orElseThrow(), Api.NOW);
        APIGatewayV2HTTPResponse after = warm.handleRequest(Events.withToken(Events.load("submit-correction.json"), token), null);

        assertEquals(401, after.getStatusCode());
        assertTrue(after.getBody().contains("\"code\":\"revoked-token\""), after.getBody());
        assertEquals(1, api.count("SNAP#"));
    }
}
