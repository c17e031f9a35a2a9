package vn.r57.render;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.r57.core.history.Instants;
import vn.r57.core.json.JsonNumber;
import vn.r57.core.json.JsonReader;
import vn.r57.core.json.MalformedJsonException;
import vn.r57.render.output.JsonWriter;

/**
 * What the last successful run published: the output format, its cut (the watermark: every revision received up to it
 * is published, none after, except one still becoming visible, which the next run's overlap catches), the published
 * revisions received shortly before the cut (the next run's overlapping window sees them again), the reporting calendar,
 * and the digest ({@link vn.r57.core.Hashes#sha512_256}) of every object it owns. Written last, so it only
 * ever describes objects that are already in place.
 */
record Manifest(
        int format, Optional<Instant> watermark, List<String> recent, List<String> calendar, Map<String, String> objects) {

    static final String KEY = "_render/manifest.json";

    Manifest {
        recent = List.copyOf(recent);
        calendar = List.copyOf(calendar);
        objects = Map.copyOf(objects);
    }

    byte[] toJson() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("format", format);
        watermark.ifPresent(time -> tree.put("watermark", Instants.format(time)));
        tree.put("recent", recent);
        tree.put("calendar", calendar);
        tree.put("objects", new TreeMap<>(objects));
        return JsonWriter.write(tree);
    }

    /** The manifest in {@code bytes}; empty when it is unreadable, which makes the next run a full rebuild. */
    static Optional<Manifest> parse(byte[] bytes) {
        try {
            Map<?, ?> tree = (Map<?, ?>) new JsonReader(8).read(bytes);
            Map<String, String> objects = new TreeMap<>();
            ((Map<?, ?>) tree.get("objects")).forEach((key, hash) -> objects.put((String) key, (String) hash));
            return Optional.of(new Manifest(
                    Integer.parseInt(((JsonNumber) tree.get("format")).text()),
                    Optional.ofNullable((String) tree.get("watermark")).map(Instants::parse),
                    ((List<?>) tree.get("recent")).stream().map(String.class::cast).toList(),
                    ((List<?>) tree.get("calendar")).stream().map(String.class::cast).toList(),
                    objects));
        } catch (MalformedJsonException | RuntimeException e) {
            System.err.println("render: ignoring an unreadable manifest (" + e + "); rebuilding everything: "
                    + new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8));
            return Optional.empty();
        }
    }
}
