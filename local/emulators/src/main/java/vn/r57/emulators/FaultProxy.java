package vn.r57.emulators;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A TCP proxy on loopback between an SDK client and an emulator (moto, s3proxy) for fault-injection tests.
 * It reads each HTTP request and, depending on its mode, passes it on, cuts the connection, answers a DynamoDB
 * throttling error in DynamoDB's own wire format, or passes the request on and then cuts the connection before the
 * answer arrives (the write happened, the caller never learns it). Faults apply to the requests a predicate on the
 * request head (request line and headers) selects, after a number of them have passed.
 */
public final class FaultProxy implements AutoCloseable {

    public enum Mode { PASS, RESET, THROTTLE, LOSE_RESPONSE }

    private static final String THROTTLED_BODY =
            "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ThrottlingException\",\"message\":\"Rate of requests exceeds the allowed throughput.\"}";

    private final URI upstream;
    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private volatile Mode mode = Mode.PASS;
    private volatile Predicate<String> selects = head -> false;
    private volatile int passBeforeFaults;
    private volatile int remainingFaults;
    public final AtomicInteger requests = new AtomicInteger();
    public final AtomicInteger faults = new AtomicInteger();

    public FaultProxy(URI upstream) throws IOException {
        this.upstream = upstream;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.submit(this::acceptLoop);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** Injects {@code mode} into the next {@code count} DynamoDB requests for {@code operation} (e.g. "TransactWriteItems"). */
    public void inject(Mode mode, String operation, int count) {
        String target = ("x-amz-target: dynamodb_20120810." + operation).toLowerCase(Locale.ROOT);
        inject(mode, head -> head.toLowerCase(Locale.ROOT).contains(target), 0, count);
    }

    /** Lets {@code pass} selected requests through, then injects {@code mode} into the next {@code count} selected ones. */
    public synchronized void inject(Mode mode, Predicate<String> selects, int pass, int count) {
        this.selects = selects;
        this.passBeforeFaults = pass;
        this.remainingFaults = count;
        this.mode = mode;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                threads.submit(() -> serve(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                byte[] head = readHead(in);
                if (head == null) {
                    return;
                }
                String headers = new String(head, StandardCharsets.ISO_8859_1);
                byte[] body = in.readNBytes(contentLength(headers));
                requests.incrementAndGet();
                Mode applied = faultFor(headers);
                switch (applied) {
                    case RESET -> {
                        client.setSoLinger(true, 0);
                        return;
                    }
                    case THROTTLE -> {
                        byte[] answer = THROTTLED_BODY.getBytes(StandardCharsets.UTF_8);
                        out.write(("HTTP/1.1 400 Bad Request\r\nContent-Type: application/x-amz-json-1.0\r\n"
                                + "x-amzn-RequestId: fault-proxy\r\nContent-Length: " + answer.length + "\r\n\r\n")
                                .getBytes(StandardCharsets.ISO_8859_1));
                        out.write(answer);
                        out.flush();
                    }
                    case LOSE_RESPONSE -> {
                        forward(head, body);
                        client.setSoLinger(true, 0);
                        return;
                    }
                    case PASS -> out.write(forward(head, body));
                }
            }
        } catch (IOException e) {
            // The SDK closed its side; nothing to do.
        }
    }

    private synchronized Mode faultFor(String headers) {
        if (mode == Mode.PASS || remainingFaults <= 0 || !selects.test(headers)) {
            return Mode.PASS;
        }
        if (passBeforeFaults > 0) {
            passBeforeFaults--;
            return Mode.PASS;
        }
        remainingFaults--;
        faults.incrementAndGet();
        return mode;
    }

    /** One request over a fresh upstream connection that the server closes after answering: the answer is all it sends. */
    private byte[] forward(byte[] head, byte[] body) throws IOException {
        String headers = new String(head, StandardCharsets.ISO_8859_1).replaceAll("(?im)^connection:.*\r\n", "");
        headers = headers.substring(0, headers.length() - 2) + "Connection: close\r\n\r\n";
        try (Socket socket = new Socket(upstream.getHost(), upstream.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(headers.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return socket.getInputStream().readAllBytes();
        }
    }

    private static byte[] readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toByteArray();
    }

    private static int contentLength(String headers) {
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).trim());
            }
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
