package vn.r57.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.r57.core.history.Revision;
import vn.r57.emulators.Emulators;
import vn.r57.store.Race;

/** Racing requests, started together behind a latch. */
@ExtendWith(Emulators.class)
class ConcurrencyIT {

    private final Api api;
    private final String token;

    ConcurrencyIT(DynamoDbClient client) {
        api = new Api(client);
        token = api.token("thanh-hoa");
    }

    @Test
    void thirtyIdenticalIdempotentRequestsAtOnceStoreOneSnapshotAndAllGetItsAnswer() throws Exception {
        List<APIGatewayV2HTTPResponse> responses = Race.of(30, thread -> api.call(Events.withToken(Events.load("submit-good.json"), token)));

        Set<String> bodies = new HashSet<>();
        for (APIGatewayV2HTTPResponse response : responses) {
            assertEquals(201, response.getStatusCode(), response.getBody());
            bodies.add(response.getBody());
        }
        assertEquals(1, bodies.size());
        assertEquals(1, api.count("SNAP#"));
        assertEquals(1, api.count("IDEM#"));
        assertEquals(7, api.count("PROV#"));
        assertEquals(SubmitApiIT.goodSnapshotJson(Api.snapshotId(responses.get(0))), bodies.iterator().next());
    }

    @Test
    void twoWritersCorrectingOneValueTwentyTimesEachLeaveRevisionsOneTo41WithoutGaps() throws Exception {
        assertEquals(201, api.call(Events.withToken(Events.load("submit-good.json"), token)).getStatusCode());

        List<List<String>> snapshotIds = Race.of(2, writer -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ids.add(Api.snapshotId(correct(String.format("99.5%d%02d", writer, i))));
            }
            return ids;
        });

        List<Revision> history = api.revisions.revisions("thanh-hoa").stream()
                .filter(revision -> revision.indicator().equals("on-time-admin-processing"))
                .toList();
        assertEquals(IntStream.rangeClosed(1, 41).boxed().toList(), history.stream().map(Revision::number).toList());
        Set<String> values = new HashSet<>();
        history.stream().skip(1).forEach(revision -> values.add(revision.value().toPlainString()));
        assertEquals(40, values.size());
        Set<String> ids = new HashSet<>();
        snapshotIds.forEach(ids::addAll);
        assertEquals(40, ids.size());
        assertEquals(41, api.count("SNAP#"));
    }

    /** A correction without an idempotency key; a 503 is retried as a client would (the store gives up on long races). */
    private APIGatewayV2HTTPResponse correct(String value) {
        APIGatewayV2HTTPEvent event = Events.withToken(Events.load("submit-correction.json"), token);
        event.getHeaders().remove("idempotency-key");
        event.setBody(event.getBody().replace("99.510", value));
        for (int attempt = 1; attempt <= 5; attempt++) {
            APIGatewayV2HTTPResponse response = api.call(event);
            if (response.getStatusCode() != 503) {
                assertEquals(201, response.getStatusCode(), response.getBody());
                return response;
            }
        }
        throw new AssertionError("still 503 after 5 attempts for " + value);
    }
}
