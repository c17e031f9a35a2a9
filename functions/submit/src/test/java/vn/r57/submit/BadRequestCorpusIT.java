package vn.r57.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.r57.core.json.JsonNumber;
import vn.r57.core.json.JsonReader;
import vn.r57.core.keys.Tokens;
import vn.r57.emulators.Emulators;

/**
 * Every request of the bad-request corpus, through the real handler on DynamoDB Local: the exact status, the exact
 * list of error codes and where they point, and a table that is byte-for-byte the same afterwards.
 */
@ExtendWith(Emulators.class)
class BadRequestCorpusIT {

    static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Figures FIGURES = new Figures();

    private final Api api;
    private final Map<String, String> tokens;
    private final String seededSnapshot;

    BadRequestCorpusIT(DynamoDbClient client) {
        api = new Api(client);
        String revoked = api.token("thanh-hoa");
        api.keys.revoke(Tokens.keyId(revoked).orElseThrow(), Api.NOW);
        tokens = Map.of("thanh-hoa", api.token("thanh-hoa"), "tuyen-quang", api.token("tuyen-quang"),
                "ha-noi", api.token("ha-noi"), "revoked", revoked);
        // Data to damage: a stored snapshot whose Idempotency-Key the corpus reuses with another body.
        APIGatewayV2HTTPResponse seeded = api.call(Events.withToken(Events.load("submit-good.json"), tokens.get("thanh-hoa")));
        assertEquals(201, seeded.getStatusCode(), seeded.getBody());
        seededSnapshot = Api.snapshotId(seeded);
    }

    @TestFactory
    Stream<DynamicTest> everyBadRequestIsRefusedExactlyAndChangesNothing() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(CORPUS)) {
            files = listing.filter(file -> file.toString().endsWith(".http")).sorted().toList();
        }
        assertTrue(files.size() >= 80, "the corpus has " + files.size() + " requests; it promises at least 80");
        return files.stream().map(CorpusRequest::read).map(request -> DynamicTest.dynamicTest(
                request.name() + ": " + request.description(), () -> check(request)));
    }

    private void check(CorpusRequest request) {
        String before = api.dump();

        APIGatewayV2HTTPResponse response = api.call(request.event(this::fill));

        String after = api.dump();
        assertEquals(request.expectedStatus(), response.getStatusCode(), response.getBody());
        assertEquals("application/problem+json", response.getHeaders().get("Content-Type"));
        assertEquals("no-store", response.getHeaders().get("Cache-Control"));
        Map<?, ?> problem = problem(response.getBody());
        assertEquals(Integer.toString(response.getStatusCode()), ((JsonNumber) problem.get("status")).text());
        assertEquals(request.expectedErrors(), errors(problem));
        assertEquals(before, after, "the table changed");
        if (response.getStatusCode() == 401) {
            assertTrue(response.getHeaders().get("WWW-Authenticate").startsWith("Bearer realm=\"r57\""));
        }
        if (response.getStatusCode() == 405) {
            assertTrue(Set405.contains(response.getHeaders().get("Allow")));
        }
        synchronized (api.log) {
            for (String line : api.log) {
                tokens.values().forEach(token -> assertFalse(line.contains(token.substring(17)), "a secret in the log: " + line));
                if (request.body().length > 40) {
                    assertFalse(line.contains(new String(request.body(), StandardCharsets.UTF_8)), "the body in the log: " + line);
                }
            }
            api.log.clear();
        }
        FIGURES.add(before.length() + after.length());
    }

    private static final List<String> Set405 = List.of("GET", "POST");

    private String fill(String text) {
        String filled = text.replace("{snapshot:seeded}", seededSnapshot);
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            String secret = token.getValue();
            String other = tokens.get(token.getKey().equals("ha-noi") ? "thanh-hoa" : "ha-noi");
            filled = filled.replace("{token:" + token.getKey() + "}", secret)
                    .replace("{forged:" + token.getKey() + "}", secret.substring(0, secret.length() - 1) + (secret.endsWith("A") ? "B" : "A"))
                    .replace("{swapped:" + token.getKey() + "}", secret.substring(0, 17) + other.substring(17));
        }
        return filled;
    }

    private static Map<?, ?> problem(String body) {
        try {
            return (Map<?, ?>) new JsonReader(8).read(body.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("the problem document is not JSON: " + body, e);
        }
    }

    /** Each error as "code where", where is "#pointer", "header:Name" or "request". */
    private static List<String> errors(Map<?, ?> problem) {
        List<String> errors = new ArrayList<>();
        for (Object item : (List<?>) problem.get("errors")) {
            Map<?, ?> error = (Map<?, ?>) item;
            String where = error.containsKey("pointer") ? "#" + error.get("pointer")
                    : error.containsKey("header") ? "header:" + error.get("header")
                    : "request";
            errors.add(error.get("code") + " " + where);
        }
        return errors;
    }

    @AfterAll
    static void report() {
        System.out.println("[reliability] bad-request corpus: " + FIGURES.requests + " requests, "
                + FIGURES.requests * 2 + " table dumps compared, " + FIGURES.bytes + " dump characters compared");
    }

    private static final class Figures {
        int requests;
        long bytes;

        synchronized void add(long compared) {
            requests++;
            bytes += compared;
        }
    }
}
