package vn.r57.bench.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import vn.r57.bench.Results;

/**
 * Our full render and Hugo's build of the equivalent site, alternated in one run so that the machine's load hits both
 * alike. Each side runs in its own process under GNU time (wall, user and system CPU, peak resident memory); our side
 * also reports its own figures (FullRender: objects by kind, peak heap, GC). Medians of the runs are reported.
 *
 * <p>Arguments: work folder, revision file, runs, then the java command for FullRender after "--".
 */
public final class SideBySide {

    private SideBySide() {}

    record Timed(double wall, double user, double system, long maxRssKb) {
        double cpu() {
            return user + system;
        }
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]).toAbsolutePath();
        Path revisions = Path.of(args[1]).toAbsolutePath();
        int runs = Integer.parseInt(args[2]);
        List<String> ourCommand = List.of(args).subList(4, args.length);
        Path ourSite = work.resolve("site");
        Path hugoSite = work.resolve("hugo");
        Path hugoOut = work.resolve("hugo-public");

        List<Timed> ours = new ArrayList<>();
        List<Timed> hugo = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            // Both sides start from an empty output folder, emptied outside the timing (FullRender would otherwise
            // delete the previous run's 3,469 files inside it, while Hugo's folder is deleted before its timing).
            delete(ourSite);
            ours.add(timed(ourCommand, work));
            if (i == 0) {
                // The Hugo site mirrors whatever our render produced: same paths, same count.
                run(List.of(javaCommand(ourCommand), "-cp", classPath(ourCommand), "vn.r57.bench.hugo.HugoSite",
                        revisions.toString(), ourSite.toString(), hugoSite.toString()), work);
            }
            delete(hugoOut);
            hugo.add(timed(List.of("hugo", "--quiet", "-s", hugoSite.toString(), "-d", hugoOut.toString()), work));
        }
        long ourFiles = count(ourSite, true);
        long hugoFiles = count(hugoOut, false);
        long ourBytes = bytes(ourSite);
        long hugoBytes = bytes(hugoOut);
        Timed o = median(ours);
        Timed h = median(hugo);
        Properties figures = new Properties();
        try (var in = Files.newBufferedReader(work.resolve("results/figures.properties"))) {
            figures.load(in);
        }
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Median of %d alternating runs; each side a fresh process. Ours: %s.%n%n", runs,
                String.join(" ", ourCommand.subList(1, ourCommand.indexOf("-cp")))));
        md.append("| | ours: full render (portal render path) | Hugo ").append(hugoVersion()).append(" | ours ÷ Hugo |\n|---|---:|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| files written | %d | %d | |%n", ourFiles, hugoFiles));
        md.append(String.format(Locale.ROOT, "| of which HTML pages | %s | %d | |%n", figures.getProperty("render.html", "?"), countHtml(hugoOut)));
        md.append(String.format(Locale.ROOT, "| bytes written | %.1f MB | %.1f MB | %.2f |%n", ourBytes / 1e6, hugoBytes / 1e6, (double) ourBytes / hugoBytes));
        md.append(String.format(Locale.ROOT, "| **wall time** | %.2f s | %.2f s | %.2f |%n", o.wall(), h.wall(), o.wall() / h.wall()));
        md.append(String.format(Locale.ROOT, "| CPU time (user + system, all threads) | %.2f s | %.2f s | %.2f |%n", o.cpu(), h.cpu(), o.cpu() / h.cpu()));
        md.append(String.format(Locale.ROOT, "| files per second (wall) | %.0f | %.0f | %.2f |%n", ourFiles / o.wall(), hugoFiles / h.wall(),
                (ourFiles / o.wall()) / (hugoFiles / h.wall())));
        md.append(String.format(Locale.ROOT, "| peak resident memory | %.0f MB | %.0f MB | %.2f |%n", o.maxRssKb() / 1024.0, h.maxRssKb() / 1024.0,
                (double) o.maxRssKb() / h.maxRssKb()));
        md.append(String.format(Locale.ROOT, "| peak Java heap (goal ≤ 512 MB) | %s MB | – | |%n", figures.getProperty("render.peakheap.mb")));
        md.append(String.format(Locale.ROOT, "| garbage collection | %s | – | |%n", figures.getProperty("render.gc")));
        md.append("\nAll runs, wall s: ours ").append(walls(ours)).append("; Hugo ").append(walls(hugo)).append('\n');
        Results.write(work, "full-render", md.toString());
        Results.value(work, "render.wall.s", String.format(Locale.ROOT, "%.2f", o.wall()));
        Results.value(work, "hugo.wall.s", String.format(Locale.ROOT, "%.2f", h.wall()));
        System.out.print(md);
    }

    private static Timed timed(List<String> command, Path work) throws IOException, InterruptedException {
        Path timeFile = work.resolve("time.txt");
        List<String> wrapped = new ArrayList<>(List.of("/usr/bin/time", "-o", timeFile.toString(), "-f", "%e %U %S %M"));
        wrapped.addAll(command);
        run(wrapped, work);
        String[] fields = Files.readString(timeFile).trim().split("\\s+");
        int n = fields.length;
        return new Timed(Double.parseDouble(fields[n - 4]), Double.parseDouble(fields[n - 3]), Double.parseDouble(fields[n - 2]),
                Long.parseLong(fields[n - 1]));
    }

    private static void run(List<String> command, Path work) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        Files.writeString(work.resolve("side-by-side.log"), output, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private static String javaCommand(List<String> command) {
        return command.get(0);
    }

    private static String classPath(List<String> command) {
        return command.get(command.indexOf("-cp") + 1);
    }

    private static String hugoVersion() {
        try {
            Process process = new ProcessBuilder("hugo", "version").redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return text.split(" ")[1].split("[+-]")[0];
        } catch (Exception e) {
            return "";
        }
    }

    private static long count(Path folder, boolean skipManifest) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> !(skipManifest && folder.relativize(path).toString().startsWith("_render")))
                    .count();
        }
    }

    private static long countHtml(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> path.toString().endsWith(".html")).count();
        }
    }

    private static long bytes(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static Timed median(List<Timed> runs) {
        List<Timed> sorted = new ArrayList<>(runs);
        sorted.sort(java.util.Comparator.comparingDouble(Timed::wall));
        Timed middle = sorted.get(sorted.size() / 2);
        double[] cpu = runs.stream().mapToDouble(Timed::cpu).sorted().toArray();
        long[] rss = runs.stream().mapToLong(Timed::maxRssKb).sorted().toArray();
        double cpuMedian = cpu[cpu.length / 2];
        return new Timed(middle.wall(), cpuMedian, 0, rss[rss.length / 2]);
    }

    private static String walls(List<Timed> runs) {
        return String.join(", ", runs.stream().map(t -> String.format(Locale.ROOT, "%.1f", t.wall())).toList());
    }
}
