package vn.r57.local.run;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
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
import vn.r57.store.KeyStore;
import vn.r57.submit.SubmitHandler;

/**
 * The whole system in this JVM: the SQLite store and s3proxy on the data folder, the submit handler behind the API
 * adapter, the render handler on its timer, and the static front, all on one loopback port.
 */
public final class LocalRunner implements AutoCloseable {

    static final String HEALTH = Health.PATH;

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
            Catalog catalog = Catalog.load();
            Optional<Backend> deployed = Backend.fromEnvironment(environment, catalog);
            boolean newData = deployed.isEmpty() && data.isNew();
            Backend backend = deployed.orElseGet(() -> Backend.local(data, catalog));
            resources.addAll(backend.resources());
            timings.mark(backend.onDataFolder() ? "store and bucket" : "table and bucket");

            URI baseUri = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            String siteUrl = baseUri.toString();
            KeyStore keys = backend.keys();
            SubmitHandler submit = new SubmitHandler(backend.submissions(), keys, backend.revisions(), clock,
                    line -> log.println("api: " + line));
            boolean demoBefore = backend.onDataFolder() && data.holdsDemoData();
            boolean loadDemo = options.demo().orElse(newData) && !demoBefore;
            boolean demo = loadDemo || demoBefore;
            RenderHandler render = new RenderHandler(new Renderer(catalog, backend.revisions(), OutputSets.all(siteUrl, demo),
                    backend.sink()));
            RenderLoop renderLoop = new RenderLoop(render, clock, log::println);
            resources.add(renderLoop);

            server.setExecutor(requests);
            server.createContext("/", new ApiOrSite(new ApiAdapter(submit, clock),
                    new StaticFront(backend.s3(), backend.bucket(), SecurityHeaders.load())));
            server.createContext(RenderEndpoint.PATH, new RenderEndpoint(renderLoop));
            Health health = new Health();
            server.createContext(HEALTH, health);
            server.start();
            timings.mark("handlers");

            DemoLoader.Loaded loaded = new DemoLoader.Loaded(0, 0);
            if (loadDemo) {
                loaded = new DemoLoader(catalog, keys, clock).load(baseUri.resolve("/v1/snapshots"));
            }
            timings.mark("demo data");
            // A new address changes every absolute link (canonical, feed, data package): then rebuild everything.
            boolean full = backend.onDataFolder() && !data.lastSiteUrl().map(siteUrl::equals).orElse(false);
            Map<String, Object> firstRender = renderLoop.renderNow(full);
            timings.mark("first render");
            log.println("start-up: " + timings);
            if (backend.onDataFolder()) {
                data.remember(demo, siteUrl);
            }
            renderLoop.start(options.renderEvery());
            health.ready();
            return new LocalRunner(resources, server, requests, data, new Startup(baseUri, data, backend.where(), demo, loaded, firstRender));
        } catch (RuntimeException e) {
            server.stop(0);
            requests.shutdownNow();
            Backend.closeAll(resources);
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

    /** Stops serving, lets a render in progress finish, then closes the store and stops s3proxy. */
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
