package vn.r57.local.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shaded jar run as a user runs it: its own JVM, its own environment, stopped with a signal. */
final class PortalProcess implements AutoCloseable {

    static final Path JAR = Path.of("target/portal-local.jar").toAbsolutePath();
    private static final Pattern PORTAL_LINE = Pattern.compile("  portal     (http://127\\.0\\.0\\.1:\\d+)/vi/.*");

    private final Process process;
    private final Path log;

    private PortalProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code run} with these arguments and waits for its "ready" banner. The output goes to a file: a pipe
     * read while the process ends loses what it printed last (the JDK closes the stream under the reader).
     */
    static PortalProcess run(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString(), "run"));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile("portal", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        PortalProcess portal = new PortalProcess(builder.start(), log);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (portal.baseUriIfReady().isEmpty()) {
            if (!portal.process.isAlive() || System.nanoTime() > deadline) {
                portal.process.destroyForcibly();
                throw new AssertionError("the portal did not become ready:\n" + portal.output());
            }
            Thread.sleep(200);
        }
        return portal;
    }

    /** Runs a command of the jar to its end: exit status, standard output, standard error. */
    static List<String> command(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        String out = readAll(process.getInputStream());
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("keys command did not finish");
        }
        return List.of(Integer.toString(process.exitValue()), out, err.get());
    }

    URI baseUri() {
        return baseUriIfReady().orElseThrow();
    }

    private Optional<URI> baseUriIfReady() {
        return output().lines().map(PORTAL_LINE::matcher).filter(Matcher::matches).findFirst()
                .map(portal -> URI.create(portal.group(1)));
    }

    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like Ctrl-C: the JVM's shutdown runs; true when the process has ended within the time. */
    boolean stop(long seconds) throws InterruptedException {
        process.destroy();
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    /** {@code kill -9}: no shutdown hook, no flush, no goodbye; waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        Files.deleteIfExists(log);
    }

    private static String readAll(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
