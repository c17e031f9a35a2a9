package vn.r57.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * s3proxy running inside this JVM on a loopback port, without authentication.
 *
 * <p>One known difference from S3: content types are stored verbatim, but s3proxy's Jetty answers the
 * types it knows (text/html, text/plain, application/json with a charset) in its own spelling, e.g.
 * {@code text/html;charset=utf-8} for {@code text/html; charset=utf-8}.
 */
public final class S3Emulator implements AutoCloseable {

    private final S3Proxy proxy;
    private final BlobStore store;
    private final URI endpoint;

    private S3Emulator(S3Proxy proxy, BlobStore store) {
        this.proxy = proxy;
        this.store = store;
        this.endpoint = URI.create("http://" + LoopbackPorts.HOST + ":" + proxy.getPort());
    }

    /** Buckets live in an in-memory file system and vanish on {@link #close()}: for tests. */
    public static S3Emulator inMemory() {
        return start(new TransientNio2BlobStore());
    }

    /** Buckets are folders of {@code directory}, objects are files: for the local runner. */
    public static S3Emulator persistent(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create S3 emulator directory " + directory, e);
        }
        return start(new FilesystemNio2BlobStore(directory.toAbsolutePath().toString()));
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not stop", e);
        } finally {
            store.close();
        }
    }

    private static S3Emulator start(BlobStore store) {
        // s3proxy accepts port 0 and reports the port Jetty bound: no race for a free port.
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://" + LoopbackPorts.HOST + ":0"))
                .awsAuthentication(AuthenticationType.NONE, null, null)
                // No graceful stop: it waits on the clients' idle keep-alive connections, a second or two
                // on every close, and nothing is lost by cutting them.
                .stopTimeout(0)
                .build();
        try {
            proxy.start();
        } catch (Exception e) {
            store.close();
            throw new IllegalStateException("s3proxy did not start", e);
        }
        return new S3Emulator(proxy, store);
    }
}
