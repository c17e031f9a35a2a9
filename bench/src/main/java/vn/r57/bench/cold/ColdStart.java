package vn.r57.bench.cold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.IntStream;
import vn.r57.bench.Results;
import vn.r57.bench.SnapshotBodies;
import vn.r57.emulators.EmulatorClients;

/**
 * Cold start, submit function versus baseline: each run is a fresh JVM on the shaded function jar that reads the event,
 * constructs the handler and answers one request against the already warm moto of BenchServices. Runs
 * alternate between the two handlers so that noise from other processes hits both alike; medians are reported.
 * One more run of each logs class loading to count the classes a cold start loads.
 *
 * <p>Arguments: work folder, shaded submit jar, bench classes folder, runs per handler.
 */
public final class ColdStart {

    static final String SUBMIT = "vn.r57.submit.SubmitHandler";
    static final String BASELINE = BarePutHandler.class.getName();
    /** What Lambda's Java 17 runtime runs with (C1 only by default), and the collector it picks for small functions. */
    static final List<String> JVM_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m");

    private ColdStart() {}

    record Run(long jvmStartMicros, long eventMicros, long initMicros, long requestMicros, long totalMicros, long cpuMicros) {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        String classPath = Path.of(args[1]).toAbsolutePath() + java.io.File.pathSeparator + Path.of(args[2]).toAbsolutePath();
        int runs = Integer.parseInt(args[3]);
        Properties services = new Properties();
        try (var in = Files.newBufferedReader(work.resolve("services.properties"))) {
            services.load(in);
        }
        Map<String, String> environment = environment(services);
        Path event = work.resolve("cold/submit-event.json");

        // One untimed run each: the OS page cache holds the jar and the JDK afterwards, as on a warm Lambda host.
        run(classPath, environment, SUBMIT, event, "prime", List.of());
        run(classPath, environment, BASELINE, event, "prime", List.of());
        List<Run> submit = new ArrayList<>();
        List<Run> baseline = new ArrayList<>();
        List<Run> firstReport = new ArrayList<>();
        List<YearMonth> months = firstReportMonths(runs);
        for (int i = 0; i < runs; i++) {
            submit.add(run(classPath, environment, SUBMIT, event, "s" + i + "-" + System.nanoTime(), List.of()));
            baseline.add(run(classPath, environment, BASELINE, event, "b" + i, List.of()));
            firstReport.add(run(classPath, environment, SUBMIT, event, "f" + i + "-" + System.nanoTime(), List.of(),
                    Optional.of(months.get(i).toString())));
        }
        long submitClasses = classesLoaded(classPath, environment, SUBMIT, event, work.resolve("cold/classes-submit.log"));
        long baselineClasses = classesLoaded(classPath, environment, BASELINE, event, work.resolve("cold/classes-baseline.log"));
        // One more, recorded: JfrSummary turns it into the profile in BENCHMARKS.md.
        Files.createDirectories(work.resolve("jfr"));
        run(classPath, environment, SUBMIT, event, "jfr-" + System.nanoTime(),
                List.of("-XX:StartFlightRecording=filename=" + work.resolve("jfr/cold-submit.jfr") + ",settings=profile"));

        Run s = median(submit);
        Run b = median(baseline);
        StringBuilder md = new StringBuilder();
        md.append("Fresh JVM (").append(String.join(" ", JVM_FLAGS)).append(") to first response, median of ")
                .append(runs).append(" alternating runs each, against warm moto (DynamoDB) on loopback.\n\n");
        md.append("| | submit (20-value snapshot, 201) | baseline (one bare PutItem) | ratio |\n|---|---:|---:|---:|\n");
        row(md, "JVM start to main (ms)", s.jvmStartMicros(), b.jvmStartMicros());
        row(md, "read event (ms)", s.eventMicros(), b.eventMicros());
        row(md, "init: handler constructor (ms)", s.initMicros(), b.initMicros());
        row(md, "first request (ms)", s.requestMicros(), b.requestMicros());
        row(md, "**total: fresh JVM to first 201 (ms)**", s.totalMicros(), b.totalMicros());
        row(md, "process CPU time to first 201, all threads (ms)", s.cpuMicros(), b.cpuMicros());
        md.append(String.format(Locale.ROOT, "| classes loaded | %d | %d | %.2f |%n", submitClasses, baselineClasses,
                (double) submitClasses / baselineClasses));
        md.append("\nAll runs, total ms: submit ").append(totals(submit)).append("; baseline ").append(totals(baseline)).append('\n');
        Run f = median(firstReport);
        md.append("\nThe same snapshot as a department's first report for a month (").append(months.get(0)).append(" to ")
                .append(months.get(runs - 1)).append(", none on record yet), in the same alternation:\n\n");
        md.append("| | submit, first report (201) | baseline (one bare PutItem) | ratio |\n|---|---:|---:|---:|\n");
        row(md, "first request (ms)", f.requestMicros(), b.requestMicros());
        row(md, "**total: fresh JVM to first 201 (ms)**", f.totalMicros(), b.totalMicros());
        row(md, "process CPU time to first 201, all threads (ms)", f.cpuMicros(), b.cpuMicros());
        md.append("\nAll runs, total ms: first report ").append(totals(firstReport)).append('\n');
        Results.write(work, "cold-start", md.toString());
        Results.value(work, "cold.submit.ms", ms(s.totalMicros()));
        Results.value(work, "cold.baseline.ms", ms(b.totalMicros()));
        Results.value(work, "cold.ratio", String.format(Locale.ROOT, "%.2f", (double) s.totalMicros() / b.totalMicros()));
        Results.value(work, "cold.cpu.ratio", String.format(Locale.ROOT, "%.2f", (double) s.cpuMicros() / b.cpuMicros()));
        Results.value(work, "cold.first.ratio", String.format(Locale.ROOT, "%.2f", (double) f.totalMicros() / b.totalMicros()));
        Results.value(work, "cold.first.cpu.ratio", String.format(Locale.ROOT, "%.2f", (double) f.cpuMicros() / b.cpuMicros()));
        System.out.print(md);
    }

    private static Map<String, String> environment(Properties services) {
        Map<String, String> environment = new HashMap<>();
        // What Lambda sets, pointed at the emulator; no profile files, so nothing is read from ~/.aws.
        environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        environment.put("TABLE_NAME", services.getProperty("table"));
        environment.put("AWS_REGION", EmulatorClients.REGION.id());
        environment.put("AWS_ACCESS_KEY_ID", "bench");
        environment.put("AWS_SECRET_ACCESS_KEY", "bench");
        environment.put("AWS_ENDPOINT_URL_DYNAMODB", services.getProperty("dynamo.endpoint"));
        environment.put("AWS_CONFIG_FILE", "/nonexistent/aws-config");
        environment.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/aws-credentials");
        environment.put("AWS_EC2_METADATA_DISABLED", "true");
        return environment;
    }

    /** Months before the benchmark's own that thanh-hoa has not reported yet: one per run, each a first report. */
    private static List<YearMonth> firstReportMonths(int runs) {
        YearMonth first = YearMonth.of(2025, 7);
        YearMonth last = YearMonth.parse(SnapshotBodies.PERIOD).minusMonths(1);
        if (first.plusMonths(runs - 1).isAfter(last)) {
            throw new IllegalArgumentException("at most " + (first.until(last, ChronoUnit.MONTHS) + 1)
                    + " cold runs: each first report needs a month of its own between " + first + " and " + last);
        }
        return IntStream.range(0, runs).mapToObj(first::plusMonths).toList();
    }

    static Run run(String classPath, Map<String, String> environment, String handler, Path event, String suffix, List<String> extraFlags)
            throws IOException, InterruptedException {
        return run(classPath, environment, handler, event, suffix, extraFlags, Optional.empty());
    }

    /** @param period a month to report instead of the event's */
    static Run run(String classPath, Map<String, String> environment, String handler, Path event, String suffix, List<String> extraFlags,
            Optional<String> period) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.addAll(extraFlags);
        command.addAll(List.of("-cp", classPath, ColdLauncher.class.getName(), handler, event.toString(), suffix));
        period.ifPresent(command::add);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        long launched = micros();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Map<String, String[]> lines = new HashMap<>();
        for (String line : output.split("\n")) {
            String[] words = line.trim().split(" ");
            lines.put(words[0], words);
        }
        String[] response = lines.get("response");
        if (response == null || !response[2].equals("201")) {
            throw new IllegalStateException(handler + " did not answer 201:\n" + output);
        }
        long main = Long.parseLong(lines.get("main")[1]);
        long parsed = Long.parseLong(lines.get("event")[1]);
        long initialised = Long.parseLong(lines.get("init")[1]);
        long answered = Long.parseLong(response[1]);
        long cpu = Long.parseLong(lines.get("cpu")[1]) * 1000;
        return new Run(main - launched, parsed - main, initialised - parsed, answered - initialised, answered - launched, cpu);
    }

    private static long classesLoaded(String classPath, Map<String, String> environment, String handler, Path event, Path log)
            throws IOException, InterruptedException {
        run(classPath, environment, handler, event, "classes-" + System.nanoTime(), List.of("-Xlog:class+load=info:file=" + log));
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(" source: ")).count();
        }
    }

    private static Run median(List<Run> runs) {
        return new Run(
                median(runs.stream().mapToLong(Run::jvmStartMicros).toArray()),
                median(runs.stream().mapToLong(Run::eventMicros).toArray()),
                median(runs.stream().mapToLong(Run::initMicros).toArray()),
                median(runs.stream().mapToLong(Run::requestMicros).toArray()),
                median(runs.stream().mapToLong(Run::totalMicros).toArray()),
                median(runs.stream().mapToLong(Run::cpuMicros).toArray()));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void row(StringBuilder md, String name, long submit, long baseline) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2f |%n", name, ms(submit), ms(baseline), (double) submit / baseline));
    }

    private static String totals(List<Run> runs) {
        return String.join(", ", runs.stream().map(run -> ms(run.totalMicros())).toList());
    }

    static String ms(long micros) {
        return String.format(Locale.ROOT, "%.0f", micros / 1000.0);
    }

    private static long micros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }
}
