package vn.r57.submit;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.r57.core.catalog.Catalog;
import vn.r57.store.DynamoDbClients;
import vn.r57.store.DynamoKeyStore;
import vn.r57.store.DynamoRevisionSource;
import vn.r57.store.DynamoSubmissionStore;
import vn.r57.store.KeyStore;
import vn.r57.store.RevisionSource;
import vn.r57.store.StoreUnavailableException;
import vn.r57.store.SubmissionStore;

/**
 * The submit function: {@code POST /v1/snapshots}, {@code GET /v1/snapshots/{id}} and {@code GET /v1/obligations}
 * behind an API Gateway HTTP API. It routes, hands the request to {@link SnapshotsApi} or {@link ObligationsApi} and
 * turns any failure into a problem response.
 */
public final class SubmitHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final SnapshotsApi api;
    /** Empty when built without a revision source (tests of the snapshot routes only): the route is then not served. */
    private final ObligationsApi obligations;
    private final RequestLog log;
    /** Held here because the JVM's checkpoint coordination may hold registered hooks only weakly. */
    private final SnapStartPriming priming;

    /** For Lambda: built once per execution environment, during its initialisation; SnapStart primes it. */
    public SubmitHandler() {
        this(Config.fromEnvironment(System.getenv()), DynamoDbClients.fromEnvironment());
        priming.register();
    }

    private SubmitHandler(Config config, DynamoDbClient client) {
        this(new DynamoSubmissionStore(client, config.tableName()),
                new DynamoKeyStore(client, config.tableName(), Catalog.load()),
                new DynamoRevisionSource(client, config.tableName()),
                Clock.systemUTC(),
                System.out::println);
    }

    /** For tests, the benchmarks and the local runner: the obligations are read from {@code revisions}. */
    public SubmitHandler(
            SubmissionStore submissions, KeyStore keys, RevisionSource revisions, Clock clock, Consumer<String> logLines) {
        Catalog catalog = Catalog.load();
        Authentication authentication = new Authentication(keys);
        this.api = new SnapshotsApi(submissions, authentication, catalog, clock);
        this.obligations = new ObligationsApi(authentication, catalog, revisions, clock);
        this.log = new RequestLog(logLines);
        this.priming = new SnapStartPriming(api, logLines);
    }

    /** The hook Lambda runs before taking the SnapStart snapshot (registered by the no-argument constructor only). */
    SnapStartPriming priming() {
        return priming;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        long started = System.nanoTime();
        HttpRequest request = HttpRequest.from(event);
        Route route = Route.of(request);
        SnapshotsApi.Handled handled;
        try {
            handled = handle(request, route);
        } catch (StoreUnavailableException e) {
            log.failure(request, e);
            handled = SnapshotsApi.Handled.refused(Problems.response(ProblemType.STORE_UNAVAILABLE,
                    ApiError.request("store-unavailable", "the data store is busy or unreachable; nothing was stored: try again in "
                            + seconds(e.retryAfter()) + " seconds"),
                    Map.of("Retry-After", Long.toString(seconds(e.retryAfter())))), Optional.empty());
        } catch (RuntimeException e) {
            log.failure(request, e);
            handled = SnapshotsApi.Handled.refused(Problems.response(ProblemType.INTERNAL_ERROR,
                    ApiError.request("internal-error", "the request could not be completed; quote request id "
                            + request.requestId() + " when reporting this")), Optional.empty());
        }
        log.request(request, route.getClass().getSimpleName(), handled, (System.nanoTime() - started) / 1_000_000);
        HttpResponse response = handled.response();
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(response.headers())
                .withBody(response.body())
                .withIsBase64Encoded(false)
                .build();
    }

    private SnapshotsApi.Handled handle(HttpRequest request, Route route) {
        if (route instanceof Route.Submit) {
            return api.submit(request);
        }
        if (route instanceof Route.GetSnapshot get) {
            return api.get(request, get.id());
        }
        if (route instanceof Route.Obligations) {
            return obligations.get(request);
        }
        if (route instanceof Route.MethodNotAllowed notAllowed) {
            return SnapshotsApi.Handled.refused(Problems.response(ProblemType.METHOD_NOT_ALLOWED,
                    ApiError.request("method-not-allowed", request.method() + " is not allowed here; use " + notAllowed.allow()),
                    Map.of("Allow", notAllowed.allow())), Optional.empty());
        }
        List<String> routes = Route.KEYS;
        return SnapshotsApi.Handled.refused(SnapshotsApi.notFound("there is no resource at this path; the API has "
                        + String.join(", ", routes.subList(0, routes.size() - 1)) + " and " + routes.get(routes.size() - 1)),
                Optional.empty());
    }

    private static long seconds(Duration duration) {
        return Math.max(1, duration.toSeconds());
    }
}
