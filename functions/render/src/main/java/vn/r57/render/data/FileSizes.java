package vn.r57.render.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.r57.render.output.Output;

/**
 * The byte size of each open data file in one run, noted when the run renders the file. The data page lists every file
 * with its size; with this it renders only the files the run itself does not (on an incremental run, the untouched
 * ones), instead of rendering all of them a second time, the 16 MB national CSV included.
 *
 * <p>Safe to use from the renderer's threads at once: the data page is rendered in the same stage as the CSV, feed,
 * catalog and package, possibly while one of them is being rendered on another thread.
 */
public final class FileSizes {

    private final Map<String, Measured> files = new ConcurrentHashMap<>();

    /** The same outputs, except that rendering one notes its size here. */
    public List<Output> measure(List<Output> outputs) {
        return outputs.stream().map(output -> {
            Measured measured = new Measured(output.content());
            files.put(output.path(), measured);
            return new Output(output.path(), output.contentType(), output.cacheControl(), output.stage(),
                    output.scope(), measured::render);
        }).toList();
    }

    /** The size of the file at {@code path}, rendering it if the run has not; empty when it is not an output here. */
    public Optional<Long> size(String path) {
        return Optional.ofNullable(files.get(path)).map(Measured::size);
    }

    /**
     * One file's content and, once known, its size. Rendering holds the lock, so a size asked for while another
     * thread renders the file waits for that rendering instead of making a second one.
     */
    private static final class Measured {

        private final Supplier<byte[]> content;
        private long size = -1;

        Measured(Supplier<byte[]> content) {
            this.content = content;
        }

        synchronized byte[] render() {
            byte[] bytes = content.get();
            size = bytes.length;
            return bytes;
        }

        synchronized long size() {
            if (size < 0) {
                size = content.get().length;
            }
            return size;
        }
    }
}
