package vn.r57.local.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.r57.core.EnvironmentVariables;
import vn.r57.local.Invocation;

/** {@code portal run}: starts the local portal, says where to browse and how to submit, and stops cleanly on Ctrl-C. */
@Command(name = "run", sortOptions = false, sortSynopsis = false,
        description = "Start the portal on this machine: the submission API, the renderer on a timer and the static"
                + " portal, with the table and the bucket in a data folder. Ctrl-C stops it; the data is kept.",
        footer = {"", "With " + EnvironmentVariables.TABLE_NAME + " and " + EnvironmentVariables.BUCKET_NAME + " set, a deployed"
                + " table and bucket are used instead of the data folder (standard AWS credentials, region and"
                + " AWS_ENDPOINT_URL)."})
public final class RunCommand implements Callable<Integer> {

    /** Set by the ./portal script, so the printed commands are the ones the user typed. */
    static final String COMMAND_VARIABLE = "PORTAL_COMMAND";
    static final String DEFAULT_COMMAND = "java -jar local/runner/target/portal-local.jar";

    @Option(names = "--port", paramLabel = "N", converter = PortNumber.class, defaultValue = "8080",
            description = "listen on http://127.0.0.1:N (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--data", paramLabel = "DIR",
            description = "keep the database and the bucket in DIR (default $PORTAL_DATA or ./.portal-data)")
    Path data;

    @Option(names = "--render-every", paramLabel = "DURATION", converter = RenderInterval.class, defaultValue = "30s",
            description = "render what changed every DURATION, e.g. 30s, 2m, 500ms (default ${DEFAULT-VALUE})")
    Duration renderEvery;

    @Option(names = "--demo", negatable = true,
            description = "load the demonstration figures (default: only into a new data folder)")
    Boolean demo;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    private final Invocation invocation;

    RunCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    RunOptions options() {
        return new RunOptions(port, data != null ? data : DataDirectory.defaultPath(invocation.environment()), renderEvery,
                Optional.ofNullable(demo));
    }

    @Override
    public Integer call() {
        RunOptions options = options();
        Map<String, String> environment = invocation.environment();
        PrintStream out = invocation.out();
        PrintStream err = invocation.err();
        long started = System.nanoTime();
        LocalRunner runner;
        try {
            runner = LocalRunner.start(options, environment, out);
        } catch (PortInUseException | IllegalArgumentException | OldDataFolderException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("error: the local portal did not start: " + e.getMessage());
            e.printStackTrace(err);
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread shutdown = new Thread(() -> {
            try {
                out.println("stopping the local portal...");
                runner.close();
                out.println("stopped; data kept in " + runner.startup().where());
            } finally {
                stopped.countDown();
            }
        }, "portal-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        out.println(banner(runner.startup(), options, (System.nanoTime() - started) / 1_000_000, command(environment), environment));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    static String command(Map<String, String> environment) {
        String command = environment.get(COMMAND_VARIABLE);
        return command == null || command.isBlank() ? DEFAULT_COMMAND : command;
    }

    static String banner(LocalRunner.Startup startup, RunOptions options, long millis, String command, Map<String, String> environment) {
        String base = startup.baseUri().toString();
        String table = environment.get(EnvironmentVariables.TABLE_NAME);
        String storeOption = table != null && !table.isBlank() ? " --table " + shellWord(Path.of(table))
                : options.data().equals(DataDirectory.defaultPath(environment)) ? "" : " --data " + shellWord(options.data());
        StringBuilder text = new StringBuilder();
        if (startup.loadedNow().snapshots() > 0) {
            text.append("demo data: ").append(startup.loadedNow().values()).append(" figures in ")
                    .append(startup.loadedNow().snapshots()).append(" snapshots loaded through POST /v1/snapshots\n");
        }
        text.append("first render: ").append(LocalRunner.summary(startup.firstRender())).append('\n');
        text.append("\nready in ").append(String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0)).append(" s\n")
                .append("  portal     ").append(base).append("/vi/   (English: ").append(base).append("/en/)\n")
                .append("  open data  ").append(base).append("/data/v1/catalog.json\n")
                .append("  API        POST ").append(base).append("/v1/snapshots   (in AWS the API has its own address)\n")
                .append("  data       ").append(startup.where()).append(startup.demo() ? "   (demonstration data)" : "").append('\n')
                .append("  renders every ").append(options.renderEvery().toMillis() / 1000.0).append(" s; render now: curl -X POST ")
                .append(base).append("/_local/render\n")
                .append("\nsubmit a figure (in another terminal):\n")
                .append("  TOKEN=$(").append(command).append(" keys create --province thanh-hoa").append(storeOption).append(")\n")
                .append("  curl -i ").append(base).append("/v1/snapshots -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\\n")
                .append("    -d '{\"province\":\"thanh-hoa\",\"period\":\"2025\",\"source\":{\"title\":\"Test\"},\"values\":[{\"indicator\":\"on-time-admin-processing\",\"value\":99.62}]}'\n")
                .append("\nCtrl-C stops (data is kept).");
        return text.toString();
    }

    private static String shellWord(Path path) {
        String text = path.toString();
        return text.matches("[A-Za-z0-9_./-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
