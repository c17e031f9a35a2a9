package vn.r57.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import vn.r57.bench.Results;
import vn.r57.core.json.JsonNumber;
import vn.r57.core.json.JsonReader;

/**
 * Turns the last line of each wrk run (written by the generated scripts' done()) into the load table.
 *
 * <p>Arguments: work folder, wrk settings as text, then result files: submit, bare PutItem handler, direct PutItem.
 */
public final class LoadReport {

    private LoadReport() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        String settings = args[1];
        Map<?, ?> submit = last(Path.of(args[2]));
        Map<?, ?> bare = last(Path.of(args[3]));
        Map<?, ?> direct = last(Path.of(args[4]));
        StringBuilder md = new StringBuilder();
        md.append("wrk ").append(settings).append(" on loopback; requests rotate over the 34 current provinces, each with its own key; ")
                .append("20-value snapshots. Both handlers sit behind the same API Gateway-style adapter in the same JVM, with moto (DynamoDB, single-threaded) as a child process.\n\n");
        md.append("| | throughput (req/s) | p50 (ms) | p99 (ms) | errors / non-2xx |\n|---|---:|---:|---:|---:|\n");
        row(md, "submit handler: POST /v1/snapshots (201)", submit);
        row(md, "baseline handler: one bare PutItem (201)", bare);
        row(md, "bare PutItem straight to moto (no adapter, no handler)", direct);
        md.append(String.format(Locale.ROOT, "| **submit ÷ baseline handler** | %.2f | %.2f | %.2f | |%n",
                number(submit, "rps") / number(bare, "rps"), number(submit, "p50_ms") / number(bare, "p50_ms"),
                number(submit, "p99_ms") / number(bare, "p99_ms")));
        md.append(String.format(Locale.ROOT, "| submit ÷ direct PutItem | %.2f | %.2f | %.2f | |%n",
                number(submit, "rps") / number(direct, "rps"), number(submit, "p50_ms") / number(direct, "p50_ms"),
                number(submit, "p99_ms") / number(direct, "p99_ms")));
        Results.write(work, "load", md.toString());
        Results.value(work, "load.submit.rps", text(submit, "rps"));
        Results.value(work, "load.bare.rps", text(bare, "rps"));
        Results.value(work, "load.submit.p99", text(submit, "p99_ms"));
        Results.value(work, "load.bare.p99", text(bare, "p99_ms"));
        System.out.print(md);
    }

    private static Map<?, ?> last(Path file) throws Exception {
        String line = "";
        for (String candidate : Files.readAllLines(file)) {
            if (candidate.startsWith("{\"requests\"")) {
                line = candidate;
            }
        }
        if (line.isEmpty()) {
            throw new IllegalStateException(file + " has no wrk result line:\n" + Files.readString(file));
        }
        return (Map<?, ?>) new JsonReader(4).read(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void row(StringBuilder md, String name, Map<?, ?> result) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s / %s |%n", name, text(result, "rps"), text(result, "p50_ms"),
                text(result, "p99_ms"), text(result, "errors"), text(result, "non2xx")));
    }

    private static String text(Map<?, ?> result, String name) {
        return ((JsonNumber) result.get(name)).text();
    }

    private static double number(Map<?, ?> result, String name) {
        return Double.parseDouble(text(result, name));
    }
}
