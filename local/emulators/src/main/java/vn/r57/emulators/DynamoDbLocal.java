package vn.r57.emulators;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * DynamoDB Local 2.x running inside this JVM, listening on a loopback port.
 *
 * <p>The SQLite native library ships inside the DynamoDBLocal jar (2.x extracts it to a temporary
 * file itself), so no {@code sqlite4java.library.path} set-up is needed. The server runs on
 * non-daemon threads: the JVM exits only after {@link #close()}.
 */
public final class DynamoDbLocal implements AutoCloseable {

    private static final int BIND_ATTEMPTS = 5;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final DynamoDBProxyServer server;
    private final URI endpoint;

    private DynamoDbLocal(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.endpoint = URI.create("http://" + LoopbackPorts.HOST + ":" + port);
    }

    /** Tables live in memory and vanish on {@link #close()}: for tests. */
    public static DynamoDbLocal inMemory() {
        return start(List.of("-inMemory"));
    }

    /** Tables live in {@code directory/shared-local-instance.db} and survive restarts: for the local runner. */
    public static DynamoDbLocal persistent(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create DynamoDB Local directory " + directory, e);
        }
        return start(List.of("-dbPath", directory.toAbsolutePath().toString()));
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        List<DynamoDbLocalInternals.DatabaseThreads> databases = DynamoDbLocalInternals.databaseThreads(server);
        // The background jobs (stream shard roll-over, TTL, index builds) sleep up to minutes between rounds on
        // non-daemon threads: the JVM could not exit until then. They end first, while the SQLite queue still
        // runs, so a job caught in the middle of a statement can finish it; stop() would end the queue under it.
        try {
            for (DynamoDbLocalInternals.DatabaseThreads database : databases) {
                database.backgroundJobs().shutdownNow();
                if (!database.backgroundJobs().awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("DynamoDB Local background jobs still running after " + STOP_TIMEOUT
                            + ":" + backgroundJobStacks());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop", e);
        }
        // stop() ends the SQLite queue without waiting for it: a restart on the same file must not overlap it.
        try {
            for (DynamoDbLocalInternals.DatabaseThreads database : databases) {
                if (database.sqliteQueue() != null) {
                    database.sqliteQueue().join();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Where the threads of DynamoDB Local's jobs are, for a close that timed out: the next failure says why. */
    private static String backgroundJobStacks() {
        StringBuilder stacks = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, frames) -> {
            if (Arrays.stream(frames).anyMatch(frame -> frame.getClassName().contains(".local.shared.jobs."))) {
                stacks.append("\n  ").append(thread.getName()).append(' ').append(thread.getState());
                Arrays.stream(frames).limit(12).forEach(frame -> stacks.append("\n    at ").append(frame));
            }
        });
        return stacks.length() == 0 ? " (no job thread found)" : stacks.toString();
    }

    private static DynamoDbLocal start(List<String> storageArguments) {
        for (int attempt = 1; attempt <= BIND_ATTEMPTS; attempt++) {
            int port = LoopbackPorts.free();
            DynamoDBProxyServer server = create(storageArguments, port);
            Server jetty = DynamoDbLocalInternals.jetty(server);
            listenOnLoopbackOnly(jetty);
            try {
                server.start();
            } catch (Exception e) {
                stopQuietly(server);
                throw new IllegalStateException("DynamoDB Local did not start", e);
            }
            // start() reports a port taken in the meantime on stderr and returns normally.
            if (jetty.isStarted()) {
                return new DynamoDbLocal(server, port);
            }
            stopQuietly(server);
        }
        throw new IllegalStateException("DynamoDB Local found no free port in " + BIND_ATTEMPTS + " attempts");
    }

    private static DynamoDBProxyServer create(List<String> storageArguments, int port) {
        // Port 0 is refused by DynamoDB Local's argument check, hence a port chosen beforehand.
        // -sharedDb: one database whatever the credentials and region of the client.
        List<String> arguments = new ArrayList<>(storageArguments);
        arguments.addAll(List.of("-sharedDb", "-disableTelemetry", "-port", Integer.toString(port)));
        try {
            return ServerRunner.createServerFromCommandLineArgs(arguments.toArray(String[]::new));
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local rejected " + arguments, e);
        }
    }

    // DynamoDB Local has no option for the listening address and would listen on every interface:
    // a local database has no business on the network.
    private static void listenOnLoopbackOnly(Server jetty) {
        for (var connector : jetty.getConnectors()) {
            ((ServerConnector) connector).setHost(LoopbackPorts.HOST);
        }
    }

    private static void stopQuietly(DynamoDBProxyServer server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // Already failing to start; the start failure is the one worth reporting.
        }
    }
}
