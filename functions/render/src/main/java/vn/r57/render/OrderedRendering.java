package vn.r57.render;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import vn.r57.core.Hashes;
import vn.r57.render.output.Output;

/**
 * Renders outputs and digests their bytes on several threads, while the caller takes the results one by one in the
 * order given, so that it can write them in that order. Rendering and digesting are nearly all of a run's CPU time;
 * writing stays on the caller's thread.
 *
 * <p>At most {@link #AHEAD_PER_THREAD} outputs per thread are rendered ahead of the one the caller takes, which bounds
 * the bytes held at once (on the national data set, the 8 largest outputs come to about 27 MB; with 16 ahead per thread
 * a full render needed a full collection, with 4 none). With one thread there is no pool at all: each output is
 * rendered when the caller takes it, exactly as a plain loop would.
 */
final class OrderedRendering implements AutoCloseable {

    /** Outputs ahead per thread: enough to keep every thread busy while the caller waits on a long one. */
    static final int AHEAD_PER_THREAD = 4;

    /** One output's bytes and their {@link Hashes#sha512_256} digest. */
    record Rendered(Output output, byte[] bytes, String digest) {}

    private final ExecutorService pool;
    private final int window;
    private final Deque<Future<Rendered>> ahead = new ArrayDeque<>();

    OrderedRendering(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, daemons());
        this.window = AHEAD_PER_THREAD * threads;
    }

    /**
     * The renderings of {@code outputs}, in their order. An exception of an output's content comes out of the
     * iterator at that output, after the outputs before it; the outputs after it are not rendered any further.
     */
    Iterable<Rendered> inOrder(List<Output> outputs) {
        return () -> pool == null ? outputs.stream().map(OrderedRendering::render).iterator() : new Ahead(outputs);
    }

    /** Outputs still ahead (the caller stopped at an exception) are cancelled; the threads end. */
    @Override
    public void close() {
        ahead.forEach(future -> future.cancel(false));
        ahead.clear();
        if (pool != null) {
            pool.shutdown();
        }
    }

    private static Rendered render(Output output) {
        byte[] bytes = output.content().get();
        return new Rendered(output, bytes, Hashes.sha512_256(bytes));
    }

    /** Keeps up to {@code window} outputs submitted ahead of the one taken. */
    private final class Ahead implements Iterator<Rendered> {

        private final List<Output> outputs;
        private int submitted;
        private int taken;

        Ahead(List<Output> outputs) {
            this.outputs = outputs;
        }

        @Override
        public boolean hasNext() {
            return taken < outputs.size();
        }

        @Override
        public Rendered next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            while (submitted < outputs.size() && submitted - taken < window) {
                Output output = outputs.get(submitted++);
                ahead.add(pool.submit(() -> render(output)));
            }
            taken++;
            return result(ahead.remove());
        }
    }

    private static Rendered result(Future<Rendered> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            // As the plain loop would: the output's own exception, not a wrapper.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an output to render", e);
        }
    }

    /** Daemon threads: a run that fails half-way must not keep the JVM (or a Lambda invocation) alive. */
    private static ThreadFactory daemons() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "render-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
