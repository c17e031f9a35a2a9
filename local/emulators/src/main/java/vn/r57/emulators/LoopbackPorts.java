package vn.r57.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Loopback addresses and free ports for emulators that cannot be told to pick a port themselves. */
final class LoopbackPorts {

    static final String HOST = InetAddress.getLoopbackAddress().getHostAddress();

    private LoopbackPorts() {
    }

    /**
     * A port that was free a moment ago. Another process may take it before the caller binds it,
     * so callers retry on a bind failure.
     */
    static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }
}
