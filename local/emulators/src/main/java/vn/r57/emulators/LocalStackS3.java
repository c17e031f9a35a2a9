package vn.r57.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * LocalStack's own S3 (not its DynamoDB, which is DynamoDB Local inside) in a child Python process on a loopback
 * port, without Docker: {@code python -m localstack.runtime.main} from {@code localstack-core} 4.14.0, the last
 * release that runs without an auth token. It needs Python 3.13, so it is not installed by the tests: {@code .ci/run}
 * installs it in {@code <tools>/venv-localstack-core-4.14.0} and exports {@code R57_LOCALSTACK_PYTHON}. Clients must
 * use path-style addressing ({@link EmulatorClients} does).
 */
public final class LocalStackS3 implements AutoCloseable {

    public static final String VERSION = "4.14.0";
    public static final String PYTHON_VARIABLE = "R57_LOCALSTACK_PYTHON";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final int BIND_ATTEMPTS = 3;

    private final ChildProcess process;
    private final Path temporaryFolder;
    private final URI endpoint;

    private LocalStackS3(ChildProcess process, Path temporaryFolder, int port) {
        this.process = process;
        this.temporaryFolder = temporaryFolder;
        this.endpoint = URI.create("http://" + LoopbackPorts.HOST + ":" + port);
    }

    /** {@code $R57_LOCALSTACK_PYTHON}, else the virtualenv {@code .ci/run} makes, if it is there. */
    public static Optional<Path> python() {
        String configured = System.getenv(PYTHON_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            Path python = Path.of(configured);
            if (!Files.isExecutable(python)) {
                throw new IllegalStateException(PYTHON_VARIABLE + "=" + configured + " is not an executable file: it must"
                        + " name the python of a virtualenv where localstack-core[runtime]==" + VERSION + " is installed");
            }
            return Optional.of(python);
        }
        Path venvPython = PythonTools.toolsDirectory().resolve("venv-localstack-core-" + VERSION).resolve("bin/python");
        return Files.isExecutable(venvPython) ? Optional.of(venvPython) : Optional.empty();
    }

    /**
     * Starts LocalStack for a test. Without it, the test is skipped, except under {@code CI=true}, where the missing
     * installation fails it: CI promises that LocalStack was checked.
     */
    public static LocalStackS3 startForTest() {
        Optional<Path> python = python();
        if (python.isEmpty()) {
            String why = "LocalStack " + VERSION + " is not installed: set " + PYTHON_VARIABLE + " or run bash .ci/run,"
                    + " which installs it (Python 3.13) in " + PythonTools.toolsDirectory();
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(why);
            }
            Assumptions.abort(why);
        }
        return start(python.get());
    }

    public static LocalStackS3 start(Path python) {
        IllegalStateException lastFailure = null;
        for (int attempt = 1; attempt <= BIND_ATTEMPTS; attempt++) {
            Path temporaryFolder = temporaryFolder();
            // It cannot be told to pick a port itself: another process may take this one first, hence the attempts.
            int port = LoopbackPorts.free();
            ProcessBuilder builder = new ProcessBuilder(python.toString(), "-m", "localstack.runtime.main");
            builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
            builder.environment().putAll(Map.of(
                    "OVERRIDE_IN_DOCKER", "0",
                    "GATEWAY_SERVER", "hypercorn",
                    "GATEWAY_LISTEN", LoopbackPorts.HOST + ":" + port,
                    "SERVICES", "s3",
                    "SKIP_SSL_CERT_DOWNLOAD", "1",
                    "DNS_ADDRESS", "0",
                    "DISABLE_EVENTS", "1",
                    // Its state and temporary files in a folder of its own, removed on close.
                    "TMPDIR", temporaryFolder.toString()));
            ChildProcess process = ChildProcess.start("localstack", builder, false);
            LocalStackS3 localStack = new LocalStackS3(process, temporaryFolder, port);
            try {
                localStack.awaitS3();
                return localStack;
            } catch (IllegalStateException e) {
                localStack.close();
                lastFailure = e;
            }
        }
        throw lastFailure;
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        try {
            process.close();
        } finally {
            deleteRecursively(temporaryFolder);
        }
    }

    /** Ready once its health check says S3 is available (or running). */
    private void awaitS3() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline && process.process().isAlive()) {
            try {
                HttpURLConnection connection = (HttpURLConnection) endpoint.resolve("/_localstack/health").toURL().openConnection();
                connection.setConnectTimeout(1_000);
                connection.setReadTimeout(5_000);
                if (connection.getResponseCode() == 200) {
                    String health = new String(connection.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    if (health.matches("(?s).*\"s3\": *\"(available|running)\".*")) {
                        return;
                    }
                    last = health;
                }
                connection.disconnect();
            } catch (IOException e) {
                last = e.toString();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("LocalStack at " + endpoint + " did not get ready (" + last + "); "
                + process.describe());
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("r57-localstack-");
        } catch (IOException e) {
            throw new UncheckedIOException("No temporary folder for LocalStack", e);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // Temporary files left behind are not worth failing a stop for.
        }
    }
}
