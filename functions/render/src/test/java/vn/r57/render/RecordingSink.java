package vn.r57.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.r57.render.sink.PageSink;

/**
 * A real sink that also remembers which keys were written and deleted, in order; it can stop the run after a given
 * number of writes, the way a Lambda timeout or a crash would.
 */
public final class RecordingSink implements PageSink {

    private final PageSink target;
    private final int crashAfterPuts;
    public final List<String> puts = new ArrayList<>();
    public final List<String> deletes = new ArrayList<>();

    public RecordingSink(PageSink target) {
        this(target, Integer.MAX_VALUE);
    }

    RecordingSink(PageSink target, int crashAfterPuts) {
        this.target = target;
        this.crashAfterPuts = crashAfterPuts;
    }

    @Override
    public Optional<byte[]> read(String key) {
        return target.read(key);
    }

    @Override
    public void put(String key, String contentType, String cacheControl, byte[] bytes) {
        if (puts.size() == crashAfterPuts) {
            throw new IllegalStateException("simulated crash after " + crashAfterPuts + " writes");
        }
        target.put(key, contentType, cacheControl, bytes);
        puts.add(key);
    }

    @Override
    public void delete(String key) {
        target.delete(key);
        deletes.add(key);
    }
}
