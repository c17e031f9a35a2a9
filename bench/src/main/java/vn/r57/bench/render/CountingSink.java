package vn.r57.bench.render;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.r57.render.sink.PageSink;

/** Passes every call on to a real sink and tallies what was PUT, by kind of file. */
final class CountingSink implements PageSink {

    private final PageSink sink;
    private final Map<String, Integer> puts = new TreeMap<>();
    private long bytes;
    private int deletes;

    CountingSink(PageSink sink) {
        this.sink = sink;
    }

    @Override
    public Optional<byte[]> read(String key) {
        return sink.read(key);
    }

    @Override
    public void put(String key, String contentType, String cacheControl, byte[] content) {
        sink.put(key, contentType, cacheControl, content);
        puts.merge(kind(key, contentType), 1, Integer::sum);
        bytes += content.length;
    }

    @Override
    public void delete(String key) {
        sink.delete(key);
        deletes++;
    }

    static String kind(String key, String contentType) {
        if (key.startsWith("_render/")) {
            return "manifest";
        }
        String type = contentType.split(";")[0].trim();
        return switch (type) {
            case "text/html" -> "html";
            case "image/svg+xml" -> "svg";
            case "application/json", "application/schema+json" -> "json";
            case "text/csv" -> "csv";
            case "application/atom+xml" -> "atom";
            default -> type;
        };
    }

    Map<String, Integer> puts() {
        return puts;
    }

    int total() {
        return puts.values().stream().mapToInt(Integer::intValue).sum();
    }

    long bytes() {
        return bytes;
    }

    int deletes() {
        return deletes;
    }
}
