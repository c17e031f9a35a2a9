package vn.r57.render.data;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.r57.render.output.Output;

/**
 * The byte size of each open data file in one run, noted when the run renders the file. The data page lists every file
 * with its size; with this it renders only the files the run itself does not (on an incremental run, the untouched
 * ones), instead of rendering all of them a second time, the 16 MB national CSV included.
 */
public final class FileSizes {

    private final Map<String, Supplier<byte[]>> contents = new LinkedHashMap<>();
    private final Map<String, Long> sizes = new HashMap<>();

    /** The same outputs, except that rendering one notes its size here. */
    public List<Output> measure(List<Output> outputs) {
        return outputs.stream().map(output -> {
            contents.put(output.path(), output.content());
            return new Output(output.path(), output.contentType(), output.cacheControl(), output.stage(),
                    output.scope(), () -> noted(output.path(), output.content().get()));
        }).toList();
    }

    /** The size of the file at {@code path}, rendering it if the run has not; empty when it is not an output here. */
    public Optional<Long> size(String path) {
        Supplier<byte[]> content = contents.get(path);
        if (content == null) {
            return Optional.empty();
        }
        return Optional.of(sizes.computeIfAbsent(path, unmeasured -> (long) content.get().length));
    }

    private byte[] noted(String path, byte[] bytes) {
        sizes.put(path, (long) bytes.length);
        return bytes;
    }
}
