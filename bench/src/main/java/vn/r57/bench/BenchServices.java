package vn.r57.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import vn.r57.bench.cold.BarePutHandler;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Province;
import vn.r57.emulators.EmulatorClients;
import vn.r57.emulators.MotoServer;
import vn.r57.emulators.S3Emulator;
import vn.r57.local.Json;
import vn.r57.local.api.ApiAdapter;
import vn.r57.store.DynamoDbClients;
import vn.r57.store.DynamoKeyStore;
import vn.r57.store.DynamoRevisionSource;
import vn.r57.store.DynamoSubmissionStore;
import vn.r57.store.Tables;
import vn.r57.submit.SubmitHandler;

/**
 * The long-lived side of the benchmarks, started once by bench/run: moto (DynamoDB) and s3proxy in memory, the table,
 * one key per current province, the submit handler and the bare-PutItem baseline each on a loopback port behind the
 * local runner's API Gateway adapter (the same event shapes as in AWS, the same HTTP stack for both), and a warm-up so that the emulators are hot before anything is measured. It writes what the other benchmark JVMs
 * need to {@code DIR/services.properties}, then runs until bench/run stops it.
 *
 * <p>Argument: the work folder (bench/target/work).
 */
public final class BenchServices {

    public static final String TABLE = "r57-bench";
    public static final String BUCKET = "r57-bench-site";
    /** Rounds over the 34 provinces, both paths: at least one, then more until the budget is spent. */
    static final int WARM_UP_ROUNDS = 6;
    static final long WARM_UP_BUDGET_NANOS = 40_000_000_000L;
    /** Like Lambda's concurrency: a few handler invocations at a time, the rest queue. */
    static final int WORKERS = 4;

    private BenchServices() {}

    public static void main(String[] args) {
        try {
            serve(Path.of(args[0]));
        } catch (Exception | Error e) {
            // The emulators run on non-daemon threads: without this, a failed start would hang bench/run.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void serve(Path work) throws Exception {
        Files.createDirectories(work.resolve("cold"));
        // moto ends with this JVM however bench/run stops it (see MotoServer).
        MotoServer dynamo = MotoServer.start();
        S3Emulator s3 = S3Emulator.inMemory();
        DynamoDbClient client = DynamoDbClients.builder()
                .endpointOverride(dynamo.endpoint())
                .region(EmulatorClients.REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .build();
        // Set-up with the SDK's default timeouts: the functions' short ones are for requests, not table creation
        // on a loaded machine.
        try (DynamoDbClient setup = EmulatorClients.dynamoDb(dynamo.endpoint())) {
            Tables.create(setup, TABLE);
        }
        try (S3Client s3Client = EmulatorClients.s3(s3.endpoint())) {
            s3Client.createBucket(bucket -> bucket.bucket(BUCKET));
        }

        Catalog catalog = Catalog.load();
        DynamoKeyStore keys = new DynamoKeyStore(client, TABLE, catalog);
        Map<String, String> tokens = new LinkedHashMap<>();
        for (Province province : catalog.currentProvinces()) {
            tokens.put(province.id(), keys.create(province.id(), "benchmark key for " + province.id(), Instant.now()).secret());
        }

        SubmitHandler submit = new SubmitHandler(new DynamoSubmissionStore(client, TABLE), keys,
                new DynamoRevisionSource(client, TABLE), Clock.systemUTC(), line -> {});
        BarePutHandler bare = new BarePutHandler(client, TABLE);
        int submitPort = behindApiGateway(submit);
        int baselinePort = behindApiGateway(bare);

        warmUp(List.of(submitPort, baselinePort), catalog, tokens);

        writeColdStartEvent(work.resolve("cold/submit-event.json"), catalog, tokens);
        LoadScripts.write(work.resolve("load"), catalog, tokens, dynamo.endpoint().getPort());
        Properties properties = new Properties();
        properties.setProperty("dynamo.endpoint", dynamo.endpoint().toString());
        properties.setProperty("s3.endpoint", s3.endpoint().toString());
        properties.setProperty("table", TABLE);
        properties.setProperty("bucket", BUCKET);
        properties.setProperty("submit.port", Integer.toString(submitPort));
        properties.setProperty("baseline.port", Integer.toString(baselinePort));
        properties.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        Path file = work.resolve("services.properties");
        Path partial = work.resolve("services.properties.partial");
        try (var out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            properties.store(out, "written by BenchServices; present once everything is warm");
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("[bench] services ready: " + properties);
        Thread.currentThread().join();
    }

    /** The handler as the HTTP API's POST /v1/snapshots on a loopback port of its own; returns the port. */
    private static int behindApiGateway(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.createContext("/", new ApiAdapter(handler, Clock.systemUTC()));
        server.setExecutor(Executors.newFixedThreadPool(WORKERS));
        server.start();
        return server.getAddress().getPort();
    }

    /** Submits to the submit handler and the baseline, so that the emulator and both paths are warm. */
    private static void warmUp(List<Integer> ports, Catalog catalog, Map<String, String> tokens) throws Exception {
        long started = System.nanoTime();
        var http = java.net.http.HttpClient.newHttpClient();
        int sent = 0;
        for (int round = 0; round < WARM_UP_ROUNDS && (round == 0 || System.nanoTime() - started < WARM_UP_BUDGET_NANOS); round++) {
            for (Map.Entry<String, String> token : tokens.entrySet()) {
                String body = SnapshotBodies.twentyValues(catalog, token.getKey(), round * 100L);
                for (int port : ports) {
                    var response = http.send(java.net.http.HttpRequest.newBuilder(
                                    java.net.URI.create("http://127.0.0.1:" + port + "/v1/snapshots"))
                            .header("Authorization", "Bearer " + token.getValue())
                            .header("Content-Type", "application/json")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                            .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 201) {
                        throw new IllegalStateException("warm-up on port " + port + " answered " + response.statusCode() + ": " + response.body());
                    }
                    sent++;
                }
            }
        }
        System.out.printf("[bench] warm-up: %d requests in %d ms%n", sent, (System.nanoTime() - started) / 1_000_000);
    }

    /** The shape of events/submit-good.json with a real token and the 20-value snapshot. */
    private static void writeColdStartEvent(Path file, Catalog catalog, Map<String, String> tokens) {
        String province = "thanh-hoa";
        String body = SnapshotBodies.twentyValues(catalog, province, 42);
        String event = """
                {
                  "version": "2.0",
                  "routeKey": "POST /v1/snapshots",
                  "rawPath": "/v1/snapshots",
                  "rawQueryString": "",
                  "headers": {
                    "accept": "application/json",
                    "authorization": %s,
                    "content-length": "%d",
                    "content-type": "application/json",
                    "host": "abcdef1234.execute-api.ap-southeast-1.amazonaws.com",
                    "idempotency-key": "bench-cold-start",
                    "user-agent": "curl/8.5.0",
                    "x-forwarded-for": "203.0.113.10",
                    "x-forwarded-port": "443",
                    "x-forwarded-proto": "https"
                  },
                  "requestContext": {
                    "accountId": "123456789012",
                    "apiId": "abcdef1234",
                    "domainName": "abcdef1234.execute-api.ap-southeast-1.amazonaws.com",
                    "domainPrefix": "abcdef1234",
                    "http": {
                      "method": "POST",
                      "path": "/v1/snapshots",
                      "protocol": "HTTP/1.1",
                      "sourceIp": "203.0.113.10",
                      "userAgent": "curl/8.5.0"
                    },
                    "requestId": "YmVuY2gtY29sZA==",
                    "routeKey": "POST /v1/snapshots",
                    "stage": "$default",
                    "time": "20/Nov/2025:03:00:00 +0000",
                    "timeEpoch": 1763607600000
                  },
                  "body": %s,
                  "isBase64Encoded": false
                }
                """.formatted(Json.string("Bearer " + tokens.get(province)),
                body.getBytes(StandardCharsets.UTF_8).length, Json.string(body));
        try {
            Files.writeString(file, event, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
