package vn.r57.emulators;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * moto's DynamoDB (and the rest of its AWS services) in a child Python process on a loopback port, in memory:
 * nothing survives {@link #close()}. Served one request at a time (see {@code moto_single_threaded.py}); moto keeps
 * tables per account and region, so every client must use {@link EmulatorClients#REGION}.
 *
 * <p>The Python comes from {@code R57_MOTO_PYTHON} or a pinned virtualenv ({@link PythonTools}).
 */
public final class MotoServer implements AutoCloseable {

    public static final String VERSION = "5.2.5";
    public static final String PYTHON_VARIABLE = "R57_MOTO_PYTHON";
    private static final String LAUNCHER = "moto_single_threaded.py";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final ChildProcess process;
    private final URI endpoint;

    private MotoServer(ChildProcess process, int port) {
        this.process = process;
        this.endpoint = URI.create("http://" + LoopbackPorts.HOST + ":" + port);
    }

    public static MotoServer start() {
        Path python = PythonTools.python(PYTHON_VARIABLE, "moto", VERSION, "moto[server]==" + VERSION, "moto_server");
        // Given with -c rather than as a file: nothing to clean up after a JVM that was killed.
        ProcessBuilder builder = new ProcessBuilder(python.toString(), "-c", launcherScript(), LoopbackPorts.HOST);
        ChildProcess process = ChildProcess.start("moto", builder, true);
        try {
            MotoServer server = new MotoServer(process, readPort(process));
            server.awaitAnswer();
            return server;
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The Python process's id, for tests that check it ends. */
    long pid() {
        return process.process().pid();
    }

    @Override
    public void close() {
        process.close();
    }

    private static String launcherScript() {
        try (InputStream script = MotoServer.class.getResourceAsStream(LAUNCHER)) {
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LAUNCHER + " from the class path", e);
        }
    }

    /** The launcher's first line is its port; the rest of its standard output is read and dropped. */
    private static int readPort(ChildProcess process) {
        BufferedReader output = new BufferedReader(
                new InputStreamReader(process.process().getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> {
            try {
                String line = output.readLine();
                Thread drain = new Thread(() -> drain(output), "moto standard output");
                drain.setDaemon(true);
                drain.start();
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            String line = firstLine.get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null || !line.strip().matches("[0-9]+")) {
                throw new IllegalStateException("moto did not say its port (first line: " + line + "); "
                        + process.describe());
            }
            return Integer.parseInt(line.strip());
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("moto did not say its port within " + READY_TIMEOUT + "; " + process.describe(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while moto started", e);
        }
    }

    private static void drain(BufferedReader output) {
        try {
            while (output.readLine() != null) {
                // moto has nothing to say on standard output after its port.
            }
        } catch (IOException ignored) {
            // The process ended.
        }
    }

    /** Any HTTP answer will do: the socket was bound before the port was printed, serving starts right after. */
    private void awaitAnswer() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline && process.process().isAlive()) {
            try {
                HttpURLConnection connection = (HttpURLConnection) endpoint.resolve("/moto-api/").toURL().openConnection();
                connection.setConnectTimeout(1_000);
                connection.setReadTimeout(5_000);
                connection.getResponseCode();
                connection.disconnect();
                return;
            } catch (IOException e) {
                last = e;
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw new IllegalStateException("moto at " + endpoint + " did not answer (" + last + "); " + process.describe());
    }
}
