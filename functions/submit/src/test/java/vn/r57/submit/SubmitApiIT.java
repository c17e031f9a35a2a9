package vn.r57.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.r57.submit.Api.NOW;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.r57.core.history.Revision;
import vn.r57.core.keys.Tokens;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Source;
import vn.r57.emulators.Emulators;

@ExtendWith(Emulators.class)
class SubmitApiIT {

    static final String SOURCE_JSON = "\"source\":{\"title\":\"Chính quyền số – chìa khóa đưa tỉnh Thanh Hóa phát triển hiện đại\","
            + "\"url\":\"https://mst.gov.vn/chinh-quyen-so-chia-khoa-dua-tinh-thanh-hoa-phat-trien-hien-dai-197251113163637427.htm\"}";
    static final Source SOURCE = new Source("Chính quyền số – chìa khóa đưa tỉnh Thanh Hóa phát triển hiện đại",
            Optional.of("https://mst.gov.vn/chinh-quyen-so-chia-khoa-dua-tinh-thanh-hoa-phat-trien-hien-dai-197251113163637427.htm"));
    static final Instant CORRECTED = Instant.parse("2025-11-21T03:00:00Z");

    private final Api api;
    private final String thanhHoa;

    SubmitApiIT(DynamoDbClient client) {
        api = new Api(client);
        thanhHoa = api.token("thanh-hoa");
    }

    static String goodSnapshotJson(String id) {
        return goodSnapshotJson(id, "2025-11-20T03:00:00.000Z");
    }

    static String goodSnapshotJson(String id, String receivedAt) {
        return "{\"id\":\"" + id + "\",\"province\":\"thanh-hoa\",\"period\":\"2025\",\"receivedAt\":\"" + receivedAt + "\","
                + SOURCE_JSON + ",\"values\":["
                + "{\"indicator\":\"online-public-services-share\",\"kind\":\"actual\",\"value\":80,\"qualifier\":\"above\",\"revision\":1},"
                + "{\"indicator\":\"e-payment-account-share\",\"kind\":\"actual\",\"value\":75,\"qualifier\":\"above\",\"revision\":1},"
                + "{\"indicator\":\"mobile-base-stations\",\"kind\":\"actual\",\"value\":9800,\"qualifier\":\"approximately\",\"revision\":1},"
                + "{\"indicator\":\"base-stations-5g\",\"kind\":\"actual\",\"value\":168,\"revision\":1},"
                + "{\"indicator\":\"village-broadband-coverage\",\"kind\":\"actual\",\"value\":99.7,\"revision\":1},"
                + "{\"indicator\":\"e-signature-document-rate\",\"kind\":\"actual\",\"value\":98,\"revision\":1},"
                + "{\"indicator\":\"on-time-admin-processing\",\"kind\":\"actual\",\"value\":99.51,\"revision\":1}]}";
    }

    private APIGatewayV2HTTPEvent good(String token) {
        return Events.withToken(Events.load("submit-good.json"), token);
    }

    private APIGatewayV2HTTPEvent get(String token, String snapshotId) {
        APIGatewayV2HTTPEvent event = Events.withToken(Events.load("get-snapshot.json"), token);
        event.setRawPath("/v1/snapshots/" + snapshotId);
        event.setPathParameters(Map.of("id", snapshotId));
        return event;
    }

    private static String problem(String type, String title, int status, String detail, String errors) {
        return "{\"type\":\"https://r57.example/problems/" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"errors\":[" + errors + "]}";
    }

    @Test
    void aGoodSnapshotIsCreatedAndReadBackUnchanged() {
        APIGatewayV2HTTPResponse created = api.call(good(thanhHoa));
        String id = Api.snapshotId(created);

        assertEquals(201, created.getStatusCode());
        assertEquals(Map.of("Cache-Control", "no-store", "Content-Type", "application/json", "Location", "/v1/snapshots/" + id),
                Api.headersOf(created));
        assertEquals(goodSnapshotJson(id), created.getBody());

        APIGatewayV2HTTPResponse read = api.call(get(thanhHoa, id));
        assertEquals(200, read.getStatusCode());
        assertEquals(Map.of("Cache-Control", "no-store", "Content-Type", "application/json"), Api.headersOf(read));
        assertEquals(goodSnapshotJson(id), read.getBody());
    }

    @Test
    void aBase64EncodedBodyIsDecodedFirst() {
        APIGatewayV2HTTPEvent event = good(thanhHoa);
        event.setBody(Base64.getEncoder().encodeToString(event.getBody().getBytes(StandardCharsets.UTF_8)));
        event.setIsBase64Encoded(true);

        APIGatewayV2HTTPResponse created = api.call(event);

        assertEquals(201, created.getStatusCode());
        assertEquals(goodSnapshotJson(Api.snapshotId(created)), created.getBody());
    }

    @Test
    void aCorrectionIsRevisionTwoAndRevisionOneStaysInTheHistory() {
        String first = Api.snapshotId(api.call(good(thanhHoa)));

        APIGatewayV2HTTPResponse corrected = api.call(Events.withToken(Events.load("submit-correction.json"), thanhHoa), CORRECTED);
        String second = Api.snapshotId(corrected);

        assertEquals(201, corrected.getStatusCode());
        assertEquals("{\"id\":\"" + second + "\",\"province\":\"thanh-hoa\",\"period\":\"2025\",\"receivedAt\":\"2025-11-21T03:00:00.000Z\","
                + SOURCE_JSON + ",\"values\":[{\"indicator\":\"on-time-admin-processing\",\"kind\":\"actual\",\"value\":99.510,"
                + "\"note\":\"sample correction: the same figure resent with three decimals\",\"revision\":2}]}", corrected.getBody());
        List<Revision> history = api.revisions.revisions("thanh-hoa").stream()
                .filter(revision -> revision.indicator().equals("on-time-admin-processing"))
                .toList();
        assertEquals(List.of(
                new Revision("thanh-hoa", "on-time-admin-processing", Kind.ACTUAL, Period.year(2025), 1, new BigDecimal("99.51"),
                        Optional.empty(), Optional.empty(), SOURCE, NOW, first),
                new Revision("thanh-hoa", "on-time-admin-processing", Kind.ACTUAL, Period.year(2025), 2, new BigDecimal("99.510"),
                        Optional.empty(), Optional.of("sample correction: the same figure resent with three decimals"), SOURCE, CORRECTED, second)),
                history);
        assertEquals("99.510", history.get(1).value().toPlainString());
        assertEquals(List.of(history.get(1)), api.revisions.receivedSince(CORRECTED));
        assertEquals(Optional.of(CORRECTED), api.revisions.latestChange());
    }

    @Test
    void resendingTheSameBytesWithTheSameIdempotencyKeyReturnsTheFirstAnswer() {
        APIGatewayV2HTTPResponse first = api.call(good(thanhHoa));

        APIGatewayV2HTTPResponse replayed = api.call(good(thanhHoa), NOW.plusSeconds(90));

        assertEquals(201, replayed.getStatusCode());
        assertEquals(first.getBody(), replayed.getBody());
        assertEquals(Map.of("Cache-Control", "no-store", "Content-Type", "application/json", "Idempotent-Replayed", "true",
                "Location", first.getHeaders().get("Location")), Api.headersOf(replayed));
        assertEquals(1, api.count("SNAP#"));
        assertEquals(7, api.count("PROV#"));
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsAConflict() {
        api.call(good(thanhHoa));
        APIGatewayV2HTTPEvent changed = good(thanhHoa);
        changed.setBody(changed.getBody().replace("\"value\": 168", "\"value\": 169"));
        String before = api.dump();

        APIGatewayV2HTTPResponse conflict = api.call(changed, NOW.plusSeconds(90));

        assertEquals(409, conflict.getStatusCode());
        assertEquals("application/problem+json", conflict.getHeaders().get("Content-Type"));
        String detail = "this Idempotency-Key was used in the last 24 hours with a different body; "
                + "use a new key for a new snapshot, or resend the first body unchanged";
        assertEquals(problem("idempotency-conflict", "The Idempotency-Key was already used for another request", 409, detail,
                "{\"header\":\"Idempotency-Key\",\"code\":\"idempotency-conflict\",\"detail\":\"" + detail + "\"}"), conflict.getBody());
        assertEquals(before, api.dump());
    }

    @Test
    void unknownRevokedAndForgedTokensAreUnauthorised() {
        String revoked = api.token("thanh-hoa");
        api.keys.revoke(Tokens.keyId(revoked).orElseThrow(), NOW);
        String unknown = Tokens.generate().secret();
        String forged = thanhHoa.substring(0, thanhHoa.length() - 1) + (thanhHoa.endsWith("A") ? "B" : "A");

        APIGatewayV2HTTPResponse missing = api.call(Events.load("submit-unauthorised.json"));
        assertEquals(401, missing.getStatusCode());
        assertEquals(problem("unauthorized", "A valid API token is required", 401, "send your key as \\\"Authorization: Bearer r57_...\\\"",
                "{\"header\":\"Authorization\",\"code\":\"missing-token\",\"detail\":\"send your key as \\\"Authorization: Bearer r57_...\\\"\"}"),
                missing.getBody());

        String invalid = problem("unauthorized", "A valid API token is required", 401, "this token is not valid; check that it was copied whole",
                "{\"header\":\"Authorization\",\"code\":\"invalid-token\",\"detail\":\"this token is not valid; check that it was copied whole\"}");
        for (String token : List.of(unknown, forged)) {
            APIGatewayV2HTTPResponse response = api.call(good(token));
            assertEquals(401, response.getStatusCode());
            assertEquals("Bearer realm=\"r57\", error=\"invalid_token\"", response.getHeaders().get("WWW-Authenticate"));
            assertEquals(invalid, response.getBody());
        }

        APIGatewayV2HTTPResponse refused = api.call(good(revoked));
        assertEquals(401, refused.getStatusCode());
        assertEquals(problem("unauthorized", "A valid API token is required", 401, "this key was revoked; ask the portal team for a new one",
                "{\"header\":\"Authorization\",\"code\":\"revoked-token\",\"detail\":\"this key was revoked; ask the portal team for a new one\"}"),
                refused.getBody());
        assertEquals(0, api.count("SNAP#"));
    }

    @Test
    void aKeyOfAnotherProvinceIsForbidden() {
        APIGatewayV2HTTPResponse response = api.call(good(api.token("ha-noi")));

        assertEquals(403, response.getStatusCode());
        assertEquals(problem("forbidden", "This key may not write for that province", 403, "this key may write ha-noi, not thanh-hoa",
                "{\"pointer\":\"/province\",\"code\":\"not-your-province\",\"detail\":\"this key may write ha-noi, not thanh-hoa\"}"),
                response.getBody());
    }

    @Test
    void anotherProvincesSnapshotIsNotFoundJustLikeAMissingOne() {
        String id = Api.snapshotId(api.call(good(thanhHoa)));
        String haNoi = api.token("ha-noi");
        String notFound = problem("not-found", "There is nothing here", 404, "no snapshot with this id is visible to this key",
                "{\"code\":\"not-found\",\"detail\":\"no snapshot with this id is visible to this key\"}");

        APIGatewayV2HTTPResponse others = api.call(get(haNoi, id));
        APIGatewayV2HTTPResponse missing = api.call(get(haNoi, "abcdefghijklmnopqrstuvwxyz"));
        APIGatewayV2HTTPResponse malformed = api.call(get(haNoi, "..%2F..%2Fetc"));

        for (APIGatewayV2HTTPResponse response : List.of(others, missing, malformed)) {
            assertEquals(404, response.getStatusCode());
            assertEquals(notFound, response.getBody());
        }
    }

    @Test
    void aBodyOver256KiBIsTooLargeAndOneOfExactly256KiBIsRead() {
        APIGatewayV2HTTPEvent exact = good(thanhHoa);
        exact.setBody(padded(exact.getBody(), 256 * 1024));
        APIGatewayV2HTTPEvent over = good(thanhHoa);
        over.setBody(padded(over.getBody(), 256 * 1024 + 1));
        over.getHeaders().put("idempotency-key", "another-run");

        APIGatewayV2HTTPResponse tooLarge = api.call(over);
        assertEquals(413, tooLarge.getStatusCode());
        String detail = "the body is 262145 bytes; at most 262144 bytes (256 KiB) are accepted: split the snapshot";
        assertEquals(problem("body-too-large", "The request body is too large", 413, detail,
                "{\"pointer\":\"\",\"code\":\"body-too-large\",\"detail\":\"" + detail + "\"}"), tooLarge.getBody());

        assertEquals(201, api.call(exact).getStatusCode());
    }

    /** The same JSON followed by spaces, up to {@code bytes} bytes of UTF-8. */
    private static String padded(String json, int bytes) {
        return json + " ".repeat(bytes - json.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupported() {
        APIGatewayV2HTTPEvent event = good(thanhHoa);
        event.getHeaders().put("content-type", "text/csv");

        APIGatewayV2HTTPResponse response = api.call(event);

        assertEquals(415, response.getStatusCode());
        String detail = "\\\"text/csv\\\" is not accepted; send the snapshot as \\\"Content-Type: application/json\\\"";
        assertEquals(problem("unsupported-media-type", "The request body must be JSON", 415, detail,
                "{\"header\":\"Content-Type\",\"code\":\"unsupported-media-type\",\"detail\":\"" + detail + "\"}"), response.getBody());
    }

    @Test
    void malformedJsonIsABadRequest() {
        APIGatewayV2HTTPEvent event = good(thanhHoa);
        event.setBody("{\"province\": \"thanh-hoa\", \"period\": 2025,,}");

        APIGatewayV2HTTPResponse response = api.call(event);

        assertEquals(400, response.getStatusCode());
        String detail = "not valid JSON: Unexpected character (',' (code 44)): was expecting double-quote to start field name (line 1, column 42)";
        assertEquals(problem("bad-request", "The request is malformed", 400, detail,
                "{\"pointer\":\"\",\"code\":\"malformed-json\",\"detail\":\"" + detail + "\"}"), response.getBody());
    }

    @Test
    void aBadIdempotencyKeyIsABadRequestAboutThatHeader() {
        APIGatewayV2HTTPEvent event = good(thanhHoa);
        event.getHeaders().put("idempotency-key", "k".repeat(129));

        APIGatewayV2HTTPResponse response = api.call(event);

        assertEquals(400, response.getStatusCode());
        assertEquals(problem("bad-request", "The request is malformed", 400, "must be 1 to 128 characters long, not 129",
                "{\"header\":\"Idempotency-Key\",\"code\":\"bad-idempotency-key\",\"detail\":\"must be 1 to 128 characters long, not 129\"}"),
                response.getBody());
    }

    @Test
    void anInvalidSnapshotListsEveryProblemAtOnce() {
        APIGatewayV2HTTPResponse response = api.call(Events.withToken(Events.load("submit-invalid.json"), thanhHoa));

        assertEquals(422, response.getStatusCode());
        assertEquals(problem("invalid-snapshot", "The snapshot has problems", 422, "6 problems were found; each is listed in \\\"errors\\\"",
                "{\"pointer\":\"/source/url\",\"code\":\"bad-url\",\"detail\":\"must be an absolute http or https address without user information\"},"
                        + "{\"pointer\":\"/values/0/indicator\",\"code\":\"unknown-indicator\",\"detail\":\"unknown indicator \\\"on-time-admin-procesing\\\"; did you mean \\\"on-time-admin-processing\\\"?\"},"
                        + "{\"pointer\":\"/values/1/qualifier\",\"code\":\"unknown-qualifier\",\"detail\":\"\\\"over\\\" is not a qualifier; use one of above, at-least, approximately, estimate\"},"
                        + "{\"pointer\":\"/values/1/value\",\"code\":\"out-of-range\",\"detail\":\"120 is outside the range of online-public-services-share (0 to 100)\"},"
                        + "{\"pointer\":\"/values/2/value\",\"code\":\"not-whole-number\",\"detail\":\"mobile-base-stations counts stations: send a whole number\"},"
                        + "{\"pointer\":\"/values/3/value\",\"code\":\"wrong-type\",\"detail\":\"must be a JSON number in plain decimal notation, e.g. 99.51\"}"),
                response.getBody());
    }

    @Test
    void checksRunInTheDocumentedOrder() {
        APIGatewayV2HTTPEvent everythingWrong = good("r57_not-a-token");
        everythingWrong.getHeaders().put("content-type", "text/plain");
        everythingWrong.getHeaders().put("idempotency-key", "");
        everythingWrong.setBody("x".repeat(300_000));
        assertEquals(401, api.call(everythingWrong).getStatusCode());

        Events.withToken(everythingWrong, thanhHoa);
        assertEquals(415, api.call(everythingWrong).getStatusCode());

        everythingWrong.getHeaders().put("content-type", "application/json; charset=utf-8");
        assertEquals(413, api.call(everythingWrong).getStatusCode());

        everythingWrong.setBody("x");
        assertEquals("bad-idempotency-key", problemCode(api.call(everythingWrong)));

        everythingWrong.getHeaders().remove("idempotency-key");
        assertEquals("malformed-json", problemCode(api.call(everythingWrong)));
    }

    private static String problemCode(APIGatewayV2HTTPResponse response) {
        String body = response.getBody();
        int start = body.indexOf("\"code\":\"") + 8;
        return body.substring(start, body.indexOf('"', start));
    }

    @Test
    void aRefusedRequestChangesNothing() {
        api.call(good(thanhHoa));
        String haNoi = api.token("ha-noi");
        String before = api.dump();
        Map<String, APIGatewayV2HTTPEvent> refusals = new TreeMap<>();
        refusals.put("401", Events.load("submit-unauthorised.json"));
        refusals.put("403", good(haNoi));
        APIGatewayV2HTTPEvent conflict = good(thanhHoa);
        conflict.setBody(conflict.getBody().replace("99.51", "99.52"));
        refusals.put("409", conflict);
        APIGatewayV2HTTPEvent tooLarge = good(thanhHoa);
        tooLarge.setBody(padded(tooLarge.getBody(), 256 * 1024 + 1));
        refusals.put("413", tooLarge);
        APIGatewayV2HTTPEvent notJson = good(thanhHoa);
        notJson.getHeaders().put("content-type", "application/xml");
        refusals.put("415", notJson);
        APIGatewayV2HTTPEvent malformed = good(thanhHoa);
        malformed.setBody("{");
        refusals.put("400", malformed);
        refusals.put("422", Events.withToken(Events.load("submit-invalid.json"), thanhHoa));

        refusals.forEach((status, event) -> {
            APIGatewayV2HTTPResponse response = api.call(event, NOW.plusSeconds(60));
            assertEquals(status, Integer.toString(response.getStatusCode()));
            assertEquals(before, api.dump(), "after the " + status);
        });
    }
}
