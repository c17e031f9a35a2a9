package vn.r57.local.run;

import com.sun.net.httpserver.HttpExchange;
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
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.r57.core.catalog.Catalog;
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
import vn.r57.submit.SubmitHandler;

/**
 * The whole system in this JVM: both emulators on the data folder, the submit handler behind the API adapter, the
 * render handler on its timer, and the static front, all on one loopback port.
 */
public final class LocalRunner implements AutoCloseable {

    static final String HEALTH = "/healthz";

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
    public record Startup(URI baseUri, DataDirectory data, String where, boolean demo, DemoLoader.Loaded loadedNow, Map<String, Object> firstRender) {}

    /** @param environment {@code TABLE_NAME} and {@code BUCKET_NAME} here select a deployed table and bucket */
    public static LocalRunner start(RunOptions options, Map<String, String> environment, PrintStream log) throws PortInUseException {
        Clock clock = Clock.systemUTC();
        DataDirectory data = new DataDirectory(options.data());
        // The port first: if it is taken, say so before starting anything.
        HttpServer server = bind(options.port());
        ExecutorService requests = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "http");
            thread.setDaemon(true);
            return thread;
        });
        List<AutoCloseable> resources = new ArrayList<>();
        Timings timings = new Timings();
        try {
            Optional<Backend> deployed = Backend.fromEnvironment(environment);
            boolean newData = deployed.isEmpty() && data.isNew();
            Backend backend = deployed.orElseGet(() -> Backend.emulators(data));
            resources.addAll(backend.resources());
            timings.mark(backend.emulated() ? "emulators, table and bucket" : "table and bucket");

            URI baseUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            String siteUrl = baseUri.toString();
            Catalog catalog = Catalog.load();
            DynamoKeyStore keys = new DynamoKeyStore(backend.dynamoDb(), backend.table(), catalog);
            SubmitHandler submit = new SubmitHandler(new DynamoSubmissionStore(backend.dynamoDb(), backend.table()), keys,
                    new DynamoRevisionSource(backend.dynamoDb(), backend.table()), clock,
                    line -> log.println("api: " + line));
            boolean demoBefore = backend.emulated() && data.holdsDemoData();
            boolean loadDemo = options.demo().orElse(newData) && !demoBefore;
            boolean demo = loadDemo || demoBefore;
            RenderHandler render = new RenderHandler(new Renderer(catalog,
                    new DynamoRevisionSource(backend.dynamoDb(), backend.table()), OutputSets.all(siteUrl, demo),
                    new S3Sink(backend.s3(), backend.bucket())));
            RenderLoop renderLoop = new RenderLoop(render, clock, log::println);
            resources.add(renderLoop);

            server.setExecutor(requests);
            server.createContext("/", new StaticFront(backend.s3(), backend.bucket(), SecurityHeaders.load()));
            server.createContext("/v1/", new ApiAdapter(submit, clock));
            server.createContext(RenderEndpoint.PATH, new RenderEndpoint(renderLoop));
            server.createContext(HEALTH, LocalRunner::health);
            server.start();
            timings.mark("handlers");

            DemoLoader.Loaded loaded = new DemoLoader.Loaded(0, 0);
            if (loadDemo) {
                loaded = new DemoLoader(catalog, keys, clock).load(baseUri.resolve("/v1/snapshots"));
            }
            timings.mark("demo data");
            // A new address changes every absolute link (canonical, feed, data package): then rebuild everything.
            boolean full = backend.emulated() && !data.lastSiteUrl().map(siteUrl::equals).orElse(false);
            Map<String, Object> firstRender = renderLoop.renderNow(full);
            timings.mark("first render");
            log.println("start-up: " + timings);
            if (backend.emulated()) {
                data.remember(demo, siteUrl);
            }
            renderLoop.start(options.renderEvery());
            String where = backend.emulated() ? data.root().toString() : "table " + backend.table() + ", bucket " + backend.bucket();
            return new LocalRunner(resources, server, requests, data, new Startup(baseUri, data, where, demo, loaded, firstRender));
        } catch (RuntimeException e) {
            server.stop(0);
            requests.shutdownNow();
            Backend.closeAll(resources);
            data.announceStopped();
            throw e;
        }
    }

    private static void health(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = "{\"status\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (!exchange.getRequestURI().getPath().equals(HEALTH)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
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
        Backend.closeAll(resources);
        data.announceStopped();
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

    static String summary(Map<String, Object> report) {
        return Json.object(report);
    }
}
