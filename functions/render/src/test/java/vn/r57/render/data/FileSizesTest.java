package vn.r57.render.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.r57.render.output.Output;
import vn.r57.render.output.Scope;
import vn.r57.render.output.Stage;

class FileSizesTest {

    private final AtomicInteger renderings = new AtomicInteger();

    @Test
    void theSizeOfAFileTheRunRenderedComesWithoutRenderingItAgain() {
        FileSizes sizes = new FileSizes();
        Output measured = sizes.measure(List.of(file(() -> "twelve bytes"))).get(0);

        byte[] bytes = measured.content().get();

        assertEquals("twelve bytes", new String(bytes, StandardCharsets.UTF_8));
        assertEquals(Optional.of(12L), sizes.size("data/v1/feed.atom"));
        assertEquals(1, renderings.get());
    }

    @Test
    void theSizeOfAFileTheRunHasNotRenderedIsMeasuredByRenderingItOnce() {
        FileSizes sizes = new FileSizes();
        sizes.measure(List.of(file(() -> "twelve bytes")));

        assertEquals(Optional.of(12L), sizes.size("data/v1/feed.atom"));
        assertEquals(Optional.of(12L), sizes.size("data/v1/feed.atom"));
        assertEquals(1, renderings.get());
    }

    @Test
    void aPathThatIsNoOpenDataFileHasNoSize() {
        FileSizes sizes = new FileSizes();
        sizes.measure(List.of(file(() -> "twelve bytes")));

        assertEquals(Optional.empty(), sizes.size("data/v1/catalog.json"));
    }

    @Test
    void aSizeAskedForWhileAnotherThreadRendersTheFileWaitsForThatRenderingInsteadOfMakingASecond() throws Exception {
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        FileSizes sizes = new FileSizes();
        Output measured = sizes.measure(List.of(file(() -> {
            rendering.countDown();
            await(finish);
            return "twelve bytes";
        }))).get(0);
        CompletableFuture<byte[]> renderer = CompletableFuture.supplyAsync(() -> measured.content().get());
        rendering.await();
        Thread asking = new Thread(() -> sizes.size("data/v1/feed.atom"));
        asking.start();

        // Released only once the asking thread waits: had it started a rendering of its own, that would be counted.
        while (!List.of(Thread.State.BLOCKED, Thread.State.WAITING, Thread.State.TERMINATED).contains(asking.getState())) {
            Thread.onSpinWait();
        }
        finish.countDown();
        asking.join();

        assertEquals(12, renderer.get().length);
        assertEquals(Optional.of(12L), sizes.size("data/v1/feed.atom"));
        assertEquals(1, renderings.get());
    }

    private Output file(Supplier<String> text) {
        return new Output(Links.FEED, Output.ATOM, Output.CACHE_CHANGING, Stage.INDEX, Scope.everyChange(), () -> {
            renderings.incrementAndGet();
            return text.get().getBytes(StandardCharsets.UTF_8);
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
