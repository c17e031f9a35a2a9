package vn.r57.local.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shaded jar run as a user runs it: its own JVM, its own environment, stopped with a signal. */
final class PortalProcess implements AutoCloseable {

    static final Path JAR = Path.of("target/portal-local.jar").toAbsolutePath();
    private static final Pattern PORTAL_LINE = Pattern.compile("  portal     (http://127\\.0\\.0\\.1:\\d+)/vi/.*");

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final CompletableFuture<URI> ready = new CompletableFuture<>();
    private final Thread reader;

    private PortalProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "portal-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code run} with these arguments and waits for its "ready" banner. */
    static PortalProcess run(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString(), "run"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        PortalProcess portal = new PortalProcess(builder.start());
        try {
            portal.ready.get(3, TimeUnit.MINUTES);
        } catch (Exception e) {
            portal.process.destroyForcibly();
            throw new AssertionError("the portal did not become ready:\n" + portal.output, e);
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
        return ready.join();
    }

    String output() {
        return output.toString();
    }

    /** Like Ctrl-C: the JVM's shutdown runs; true when the process has ended within the time. */
    boolean stop(long seconds) throws InterruptedException {
        process.destroy();
        boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
        reader.join(TimeUnit.SECONDS.toMillis(seconds));
        return ended;
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
                Matcher portal = PORTAL_LINE.matcher(line);
                if (portal.matches()) {
                    ready.complete(URI.create(portal.group(1)));
                }
            }
            ready.completeExceptionally(new IllegalStateException("the portal ended"));
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
    }

    private static String readAll(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
