package vn.r57.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.r57.core.json.JsonNumber;
import vn.r57.core.json.JsonReader;
import java.util.Locale;
import vn.r57.bench.Results;

/**
 * The same operation as {@link SubmitPathBenchmark#parseValidateAndMap()}, timed by the thread's CPU clock instead of
 * the wall clock. On a machine shared with other builds a thread gets a fraction of a core and JMH's wall-clock
 * average grows with the load; CPU time per operation does not, so both are reported side by side.
 *
 * <p>Arguments: work folder, seconds of warm-up, seconds of measurement, JMH's JSON result file. Writes the warm
 * submit table with both.
 */
public final class SubmitPathCpuTime {

    private SubmitPathCpuTime() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        long warmUpNanos = Long.parseLong(args[1]) * 1_000_000_000L;
        long measureNanos = Long.parseLong(args[2]) * 1_000_000_000L;
        SubmitPathBenchmark benchmark = new SubmitPathBenchmark();
        benchmark.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long start = threads.getCurrentThreadCpuTime();
        while (threads.getCurrentThreadCpuTime() - start < warmUpNanos) {
            for (int i = 0; i < 100; i++) {
                sink += benchmark.parseValidateAndMap().length;
            }
        }
        long operations = 0;
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        long cpu;
        do {
            for (int i = 0; i < 100; i++) {
                sink += benchmark.parseValidateAndMap().length;
            }
            operations += 100;
            cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        } while (cpu < measureNanos);
        long wall = System.nanoTime() - wallStart;
        double cpuMicros = cpu / 1000.0 / operations;
        double wallMicros = wall / 1000.0 / operations;
        String line = String.format(Locale.ROOT,
                "parse + validate + map, thread CPU time: %.1f µs/op (wall %.1f µs/op, %d operations; checksum %d)",
                cpuMicros, wallMicros, operations, sink % 10);
        System.out.println(line);
        StringBuilder md = new StringBuilder("| measurement | goal | measured | ratio to goal |\n|---|---:|---:|---:|\n");
        for (Object result : (List<?>) new JsonReader(16).read(Files.readAllBytes(Path.of(args[3])))) {
            Map<?, ?> run = (Map<?, ?>) result;
            Map<?, ?> metric = (Map<?, ?>) run.get("primaryMetric");
            double score = Double.parseDouble(((JsonNumber) metric.get("score")).text());
            String error = ((JsonNumber) metric.get("scoreError")).text();
            String name = ((String) run.get("benchmark")).replaceAll(".*\\.", "");
            md.append(String.format(Locale.ROOT, "| JMH %s, wall clock (avgt, ± 99.9%% CI %.1f) | ≤ 300 µs/op | %.1f µs/op | %.2f |%n",
                    name, Double.parseDouble(error), score, score / 300));
        }
        md.append(String.format(Locale.ROOT, "| parseValidateAndMap, thread CPU time (%d ops) | ≤ 300 µs/op | %.1f µs/op | %.2f |%n",
                operations, cpuMicros, cpuMicros / 300));
        Results.write(work, "warm-submit", md.toString());
        System.out.print(md);
        Results.value(work, "warm.cpu.us", String.format(Locale.ROOT, "%.1f", cpuMicros));
        Results.value(work, "warm.cpuwall.us", String.format(Locale.ROOT, "%.1f", wallMicros));
    }
}
