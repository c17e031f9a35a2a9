package vn.r57.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A server run as a child process of this JVM: what it writes goes to a log file, read back when it fails, and it
 * is stopped, with every process it started, on {@link #close()} and when this JVM exits (normally or on a signal),
 * so no server outlives the tests that started it. A JVM killed with SIGKILL runs no exit hook: a server that must
 * survive that too watches its standard input, which closes with this JVM (moto's launcher does).
 */
public final class ChildProcess implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final int LOG_LINES_SHOWN = 40;

    private final String name;
    private final Process process;
    private final Path log;
    private final Thread stopAtExit;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.stopAtExit = new Thread(this::stop, "stop " + name);
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /**
     * Starts {@code builder}'s command. With {@code readsStandardOutput}, the caller reads the process's standard
     * output and only its standard error goes to the log; otherwise both go to the log.
     */
    public static ChildProcess start(String name, ProcessBuilder builder, boolean readsStandardOutput) {
        Path log;
        try {
            log = Files.createTempFile("r57-" + name.replaceAll("[^A-Za-z0-9]+", "-") + "-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException("No temporary file for the log of " + name, e);
        }
        if (readsStandardOutput) {
            builder.redirectError(log.toFile());
        } else {
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
        }
        try {
            return new ChildProcess(name, builder.start(), log);
        } catch (IOException e) {
            deleteQuietly(log);
            throw new IllegalStateException(name + " could not start: " + String.join(" ", builder.command()), e);
        }
    }

    public Process process() {
        return process;
    }

    /** The last lines the process wrote to its log, for an error message that says why it failed. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_SHOWN), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(its log " + log + " could not be read: " + e + ")";
        }
    }

    /** What an error message says about the process: its name, whether it still runs, and the end of its log. */
    public String describe() {
        String state = process.isAlive() ? "still running" : "exited with status " + process.exitValue();
        return name + " (" + state + ") wrote:\n" + logTail();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException alreadyExiting) {
            // The hook runs (or ran) anyway.
        }
        stop();
    }

    private void stop() {
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        try {
            for (ProcessHandle handle : tree) {
                try {
                    handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException | ExecutionException e) {
                    handle.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            tree.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        } finally {
            deleteQuietly(log);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A temporary file left behind is not worth failing a stop for.
        }
    }
}
