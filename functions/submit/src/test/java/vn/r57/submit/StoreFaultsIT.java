package vn.r57.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.history.Revision;
import vn.r57.emulators.Emulators;
import vn.r57.emulators.FaultProxy;
import vn.r57.store.DynamoDbClients;
import vn.r57.store.DynamoKeyStore;
import vn.r57.store.DynamoRevisionSource;
import vn.r57.store.DynamoSubmissionStore;

/**
 * The table fails in the middle of a request, through a real TCP proxy in front of DynamoDB Local: the submit
 * function's reads succeed and then its write transaction is throttled, cut off, or committed with its answer lost.
 * The caller gets a 503 with Retry-After and a table without half a snapshot; resending with the same
 * Idempotency-Key stores the snapshot exactly once.
 */
@ExtendWith(Emulators.class)
class StoreFaultsIT {

    private static int faultsInjected;
    private static int requestsProxied;

    private final Api api;
    private final FaultProxy proxy;
    private final SubmitHandler handler;
    private final String token;

    StoreFaultsIT(DynamoDbClient direct) throws IOException {
        api = new Api(direct);
        token = api.token("thanh-hoa");
        proxy = new FaultProxy(direct.serviceClientConfiguration().endpointOverride().orElseThrow());
        DynamoDbClient throughProxy = DynamoDbClients.builder()
                .endpointOverride(proxy.endpoint())
                .region(Region.AP_SOUTHEAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
        handler = new SubmitHandler(new DynamoSubmissionStore(throughProxy, api.table),
                new DynamoKeyStore(throughProxy, api.table, Catalog.load()),
                new DynamoRevisionSource(throughProxy, api.table), Clock.fixed(Api.NOW, ZoneOffset.UTC), api.log::add);
    }

    @AfterEach
    void count() throws IOException {
        faultsInjected += proxy.faults.get();
        requestsProxied += proxy.requests.get();
        proxy.close();
    }

    private APIGatewayV2HTTPResponse submit() {
        return handler.handleRequest(Events.withToken(Events.load("submit-good.json"), token), null);
    }

    @Test
    void aThrottledWriteIs503WithRetryAfterAndTheRetryStoresOnce() {
        assertRefusedThenStoredOnce(FaultProxy.Mode.THROTTLE, "TransactWriteItems", 50);
    }

    @Test
    void aWriteWhoseConnectionIsCutIs503AndTheRetryStoresOnce() {
        assertRefusedThenStoredOnce(FaultProxy.Mode.RESET, "TransactWriteItems", 50);
    }

    @Test
    void aReadWhoseConnectionIsCutIs503AndTheRetryStoresOnce() {
        assertRefusedThenStoredOnce(FaultProxy.Mode.RESET, "BatchGetItem", 50);
    }

    private void assertRefusedThenStoredOnce(FaultProxy.Mode fault, String operation, int count) {
        String before = api.dump();
        proxy.inject(fault, operation, count);

        APIGatewayV2HTTPResponse refused = submit();

        assertEquals(503, refused.getStatusCode(), refused.getBody());
        assertEquals("2", refused.getHeaders().get("Retry-After"));
        assertEquals("application/problem+json", refused.getHeaders().get("Content-Type"));
        assertEquals(before, api.dump(), "nothing was written");
        assertTrue(proxy.faults.get() >= 1);

        proxy.inject(FaultProxy.Mode.PASS, operation, 0);
        APIGatewayV2HTTPResponse retried = submit();

        assertEquals(201, retried.getStatusCode(), retried.getBody());
        assertFalse(retried.getHeaders().containsKey("Idempotent-Replayed"));
        assertStoredOnce(retried);
    }

    @Test
    void aWriteThatCommittedButWhoseAnswerWasLostIsStoredOnceWhenResent() {
        proxy.inject(FaultProxy.Mode.LOSE_RESPONSE, "TransactWriteItems", 1);

        APIGatewayV2HTTPResponse first = submit();

        assertEquals(1, proxy.faults.get());
        // The SDK retried the transaction itself; whether that retry's answer says "stored" or "replayed", the
        // client's resend with the same Idempotency-Key gets the one snapshot.
        assertTrue(first.getStatusCode() == 201 || first.getStatusCode() == 503, first.getBody());
        APIGatewayV2HTTPResponse resent = submit();
        assertEquals(201, resent.getStatusCode(), resent.getBody());
        assertEquals("true", resent.getHeaders().get("Idempotent-Replayed"));
        assertStoredOnce(resent);
        if (first.getStatusCode() == 201) {
            assertEquals(resent.getBody(), first.getBody());
        }
    }

    private void assertStoredOnce(APIGatewayV2HTTPResponse stored) {
        assertEquals(1, api.count("SNAP#"));
        assertEquals(1, api.count("IDEM#"));
        assertEquals(7, api.count("PROV#"));
        List<Revision> revisions = api.revisions.revisions("thanh-hoa");
        assertEquals(7, revisions.size());
        revisions.forEach(revision -> {
            assertEquals(1, revision.number());
            assertEquals(Api.snapshotId(stored), revision.snapshotId());
        });
        assertEquals(SubmitApiIT.goodSnapshotJson(Api.snapshotId(stored)), stored.getBody());
    }

    @AfterAll
    static void report() {
        System.out.println("[reliability] store faults: " + faultsInjected + " faults injected into " + requestsProxied
                + " DynamoDB requests through the TCP proxy");
    }
}
