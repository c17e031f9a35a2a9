package vn.r57.bench.cold;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.r57.bench.SnapshotBodies;
import vn.r57.core.json.JsonReader;

/**
 * What the Lambda runtime does in a fresh execution environment, minus the runtime API: read one API Gateway v2 event,
 * construct the handler (the function's init phase), call it once, print the status. It prints the wall-clock
 * instant of each step in microseconds since the epoch, so the parent that started this JVM can split the time:
 * <pre>main &lt;µs&gt; / event &lt;µs&gt; / init &lt;µs&gt; / response &lt;µs&gt; &lt;status&gt;</pre>
 * Runs on the class path {@code r57-submit.jar:bench classes} only, like the function itself.
 *
 * <p>Arguments: handler class, event file, a suffix for the Idempotency-Key (each cold start sends a new snapshot),
 * and optionally a period to report instead of the event's (a month of the same length, so Content-Length holds).
 */
public final class ColdLauncher {

    private ColdLauncher() {}

    public static void main(String[] args) throws Exception {
        long main = micros();
        APIGatewayV2HTTPEvent event = event(Files.readAllBytes(Path.of(args[1])), args[2]);
        if (args.length > 3) {
            event.setBody(event.getBody().replace(SnapshotBodies.PERIOD_MEMBER, SnapshotBodies.periodMember(args[3])));
        }
        long parsed = micros();
        @SuppressWarnings("unchecked")
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler =
                (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) Class.forName(args[0])
                        .getConstructor().newInstance();
        long initialised = micros();
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        long answered = micros();
        System.out.println("main " + main);
        System.out.println("event " + parsed);
        System.out.println("init " + initialised);
        System.out.println("response " + answered + " " + response.getStatusCode());
        System.out.println("cpu " + processCpuMillis());
        if (response.getStatusCode() != 201) {
            System.out.println("body " + response.getBody());
        }
        System.out.flush();
        // Like Lambda after the response: the environment is frozen, nothing more is measured.
        System.exit(0);
    }

    /**
     * CPU time of this whole process so far (all threads: JIT, GC, class loading), from /proc: on a shared machine it
     * varies much less than wall time. -1 where there is no /proc.
     */
    private static long processCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After the command name: state is field 3, utime 14 and stime 15 (1-based), in clock ticks of 10 ms.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (Exception e) {
            return -1;
        }
    }

    private static long micros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    @SuppressWarnings("unchecked")
    static APIGatewayV2HTTPEvent event(byte[] json, String idempotencySuffix) throws Exception {
        Map<String, Object> root = (Map<String, Object>) new JsonReader(16).read(json);
        Map<String, Object> context = (Map<String, Object>) root.get("requestContext");
        Map<String, Object> http = (Map<String, Object>) context.get("http");
        Map<String, String> headers = new LinkedHashMap<>();
        ((Map<String, Object>) root.get("headers")).forEach((name, value) -> headers.put(name, (String) value));
        headers.computeIfPresent("idempotency-key", (name, value) -> value + "-" + idempotencySuffix);
        return APIGatewayV2HTTPEvent.builder()
                .withVersion((String) root.get("version"))
                .withRouteKey((String) root.get("routeKey"))
                .withRawPath((String) root.get("rawPath"))
                .withRawQueryString((String) root.get("rawQueryString"))
                .withHeaders(headers)
                .withBody((String) root.get("body"))
                .withIsBase64Encoded(Boolean.TRUE.equals(root.get("isBase64Encoded")))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withAccountId((String) context.get("accountId"))
                        .withApiId((String) context.get("apiId"))
                        .withDomainName((String) context.get("domainName"))
                        .withRequestId((String) context.get("requestId") + "-" + idempotencySuffix)
                        .withRouteKey((String) context.get("routeKey"))
                        .withStage((String) context.get("stage"))
                        .withTimeEpoch(System.currentTimeMillis())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod((String) http.get("method"))
                                .withPath((String) http.get("path"))
                                .withProtocol((String) http.get("protocol"))
                                .withSourceIp((String) http.get("sourceIp"))
                                .withUserAgent((String) http.get("userAgent"))
                                .build())
                        .build())
                .build();
    }
}
