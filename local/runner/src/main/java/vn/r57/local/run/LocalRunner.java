package vn.r57.local.run;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import vn.r57.core.catalog.Catalog;
import vn.r57.emulators.DynamoDbLocal;
import vn.r57.emulators.EmulatorClients;
import vn.r57.emulators.S3Emulator;
import vn.r57.local.Json;
import vn.r57.local.api.ApiAdapter;
import vn.r57.local.demo.DemoLoader;
import vn.r57.local.front.SecurityHeaders;
import vn.r57.local.front.StaticFront;
import vn.r57.local.render.RenderEndpoint;
import vn.r57.local.render.RenderLoop;
import vn.r57.render.OutputSets;
import vn.r57.render.RenderHandler;
import vn.r57.render.Renderer;
import vn.r57.render.sink.S3Sink;
import vn.r57.store.DynamoKeyStore;
import vn.r57.store.DynamoRevisionSource;
import vn.r57.store.DynamoSubmissionStore;
import vn.r57.store.Tables;
import vn.r57.submit.SubmitHandler;

/**
 * The whole system in this JVM: both emulators on the data folder, the submit handler behind the API adapter, the
 * render handler on its timer, and the static front, all on one loopback port.
 */
public final class LocalRunner implements AutoCloseable {

    private final List<AutoCloseable> resources;
    private final HttpServer server;
    private final ExecutorService requests;
    private final DataDirectory data;
    private final Startup startup;
    private boolean closed;

    private LocalRunner(List<AutoCloseable> resources, HttpServer server, ExecutorService requests, DataDirectory data, Startup startup) {
        this.resources = resources;
        this.server = server;
        this.requests = requests;
        this.data = data;
        this.startup = startup;
    }

    /** What the start did, for the banner. */
    public record Startup(URI baseUri, DataDirectory data, boolean demo, DemoLoader.Loaded loadedNow, Map<String, Object> firstRender) {}

    public static LocalRunner start(RunOptions options, PrintStream log) throws PortInUseException {
        Clock clock = Clock.systemUTC();
        DataDirectory data = new DataDirectory(options.data());
        boolean newData = data.isNew();
        // The port first: if it is taken, say so before starting anything.
        HttpServer server = bind(options.port());
        List<AutoCloseable> resources = new ArrayList<>();
        ExecutorService requests = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "http");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletableFuture<S3Emulator> s3Emulator = CompletableFuture.supplyAsync(() -> S3Emulator.persistent(data.s3()));
            DynamoDbLocal dynamoDbLocal = DynamoDbLocal.persistent(data.dynamoDb());
            resources.add(dynamoDbLocal);
            S3Emulator s3Proxy = s3Emulator.join();
            resources.add(s3Proxy);
            DynamoDbClient dynamoDb = EmulatorClients.dynamoDb(dynamoDbLocal.endpoint());
            S3Client s3 = EmulatorClients.s3(s3Proxy.endpoint());
            resources.add(dynamoDb);
            resources.add(s3);
            ensureTable(dynamoDb);
            ensureBucket(s3);
            data.announceRunning(dynamoDbLocal.endpoint().toString());

            URI baseUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            String siteUrl = baseUri.toString();
            Catalog catalog = Catalog.load();
            DynamoKeyStore keys = new DynamoKeyStore(dynamoDb, DataDirectory.TABLE, catalog);
            SubmitHandler submit = new SubmitHandler(new DynamoSubmissionStore(dynamoDb, DataDirectory.TABLE), keys, clock,
                    line -> log.println("api: " + line));
            boolean loadDemo = options.demo().orElse(newData) && !data.holdsDemoData();
            boolean demo = loadDemo || data.holdsDemoData();
            RenderHandler render = new RenderHandler(new Renderer(catalog,
                    new DynamoRevisionSource(dynamoDb, DataDirectory.TABLE), OutputSets.all(siteUrl),
                    new S3Sink(s3, DataDirectory.BUCKET)));
            RenderLoop renderLoop = new RenderLoop(render, clock, log::println);
            resources.add(renderLoop);

            server.setExecutor(requests);
            server.createContext("/", new StaticFront(s3, DataDirectory.BUCKET, SecurityHeaders.load()));
            server.createContext("/v1/", new ApiAdapter(submit, clock));
            server.createContext(RenderEndpoint.PATH, new RenderEndpoint(renderLoop));
            server.createContext("/healthz", exchange -> {
                try (exchange) {
                    byte[] body = "{\"status\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.getResponseHeaders().set("Cache-Control", "no-store");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            });
            server.start();

            DemoLoader.Loaded loaded = new DemoLoader.Loaded(0, 0);
            if (loadDemo) {
                loaded = new DemoLoader(catalog, keys, clock).load(baseUri.resolve("/v1/snapshots"));
            }
            // A new address changes every absolute link (canonical, feed, data package): then rebuild everything.
            boolean full = !data.lastSiteUrl().map(siteUrl::equals).orElse(false);
            Map<String, Object> firstRender = renderLoop.renderNow(full);
            data.remember(demo, siteUrl);
            renderLoop.start(options.renderEvery());
            return new LocalRunner(resources, server, requests, data, new Startup(baseUri, data, demo, loaded, firstRender));
        } catch (RuntimeException e) {
            server.stop(0);
            requests.shutdownNow();
            closeAll(resources);
            data.announceStopped();
            throw e;
        }
    }

    public Startup startup() {
        return startup;
    }

    public URI baseUri() {
        return startup.baseUri();
    }

    /** Stops serving, lets a render in progress finish, then stops the emulators (DynamoDB Local writes its file). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop(0);
        requests.shutdownNow();
        closeAll(resources);
        data.announceStopped();
    }

    private static void closeAll(List<AutoCloseable> resources) {
        RuntimeException failure = null;
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("stopping the local portal failed", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static HttpServer bind(int port) throws PortInUseException {
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (BindException e) {
            throw new PortInUseException(port, e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    private static void ensureTable(DynamoDbClient dynamoDb) {
        try {
            dynamoDb.describeTable(describe -> describe.tableName(DataDirectory.TABLE));
        } catch (ResourceNotFoundException e) {
            Tables.create(dynamoDb, DataDirectory.TABLE);
        }
    }

    private static void ensureBucket(S3Client s3) {
        try {
            s3.headBucket(head -> head.bucket(DataDirectory.BUCKET));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            s3.createBucket(create -> create.bucket(DataDirectory.BUCKET));
        }
    }

    static String summary(Map<String, Object> report) {
        return Json.object(report);
    }
}
