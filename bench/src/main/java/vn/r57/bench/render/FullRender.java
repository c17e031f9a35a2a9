package vn.r57.bench.render;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import vn.r57.bench.Results;
import vn.r57.core.catalog.Catalog;
import vn.r57.render.OutputSets;
import vn.r57.render.RenderReport;
import vn.r57.render.Renderer;
import vn.r57.render.sink.DirectorySink;
import vn.r57.revisions.RevisionFile;

/**
 * The full national render, as {@code portal render --full} runs it: read the revision file, build the model, render every
 * data file, page and chart in both languages, write them to an empty folder. Run in a fresh JVM with -Xmx512m; reports
 * wall time from JVM start, objects by kind, pages per second, peak heap (sum of the heap pools' peaks, an upper
 * bound) and garbage collection.
 *
 * <p>Arguments: work folder, revision file, output folder, site URL.
 */
public final class FullRender {

    private FullRender() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Path revisions = Path.of(args[1]);
        Path out = Path.of(args[2]);
        String siteUrl = args[3];
        if (Files.exists(out)) {
            try (Stream<Path> paths = Files.walk(out)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        long started = System.nanoTime();
        long threadCpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        CountingSink sink = new CountingSink(new DirectorySink(out));
        RenderReport report = new Renderer(Catalog.load(), RevisionFile.read(revisions), OutputSets.all(siteUrl, false), sink).render(true);
        long renderMillis = (System.nanoTime() - started) / 1_000_000;
        long sinceJvmStart = ManagementFactory.getRuntimeMXBean().getUptime();
        long renderCpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadCpuStart) / 1_000_000;
        long processCpuMillis = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;

        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        long gcCount = 0;
        long gcMillis = 0;
        StringBuilder collectors = new StringBuilder();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += gc.getCollectionCount();
            gcMillis += gc.getCollectionTime();
            collectors.append(gc.getName()).append(' ').append(gc.getCollectionCount()).append("× ")
                    .append(gc.getCollectionTime()).append(" ms; ");
        }
        int html = sink.puts().getOrDefault("html", 0);
        int objects = sink.total() - sink.puts().getOrDefault("manifest", 0);
        String summary = String.format(Locale.ROOT,
                "objects=%d %s, bytes=%d, render=%d ms (render thread CPU %d ms, process CPU %d ms), jvm-uptime=%d ms, objects/s=%.0f, html/s=%.0f, peak-heap=%.0f MB, gc=%d (%d ms: %s), report=%s",
                objects, sink.puts(), sink.bytes(), renderMillis, renderCpuMillis, processCpuMillis, sinceJvmStart, objects * 1000.0 / sinceJvmStart,
                html * 1000.0 / sinceJvmStart, peakHeap / 1048576.0, gcCount, gcMillis, collectors, report.toMap());
        System.out.println(summary);
        Results.value(work, "render.objects", Integer.toString(objects));
        Results.value(work, "render.html", Integer.toString(html));
        Results.value(work, "render.kinds", sink.puts().toString());
        Results.value(work, "render.ms", Long.toString(sinceJvmStart));
        Results.value(work, "render.inner.ms", Long.toString(renderMillis));
        Results.value(work, "render.thread.cpu.ms", Long.toString(renderCpuMillis));
        Results.value(work, "render.process.cpu.ms", Long.toString(processCpuMillis));
        Results.value(work, "render.peakheap.mb", String.format(Locale.ROOT, "%.0f", peakHeap / 1048576.0));
        Results.value(work, "render.gc", gcCount + " collections, " + gcMillis + " ms");
    }
}
