package vn.r57.submit;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One bad request of the corpus ({@code src/test/resources/corpus/*.http}): directives, an HTTP request line and
 * headers, a blank line, then the body bytes exactly as sent (they may be invalid UTF-8 on purpose).
 *
 * <pre>
 * ### what this request tries
 * ### expect 422
 * ### error out-of-range #/values/0/value     (a JSON pointer into the body, as a URI fragment)
 * ### error bad-idempotency-key header:Idempotency-Key
 * ### error not-found request                  (about the request as a whole)
 * ### base64                                   (the body is already base64, as API Gateway passes binary bodies)
 * ### pad 262145                               (spaces appended up to that many bytes)
 * POST /v1/snapshots
 * Authorization: Bearer {token:thanh-hoa}      ({token:P}, {forged:P}, {swapped:P} and {snapshot:seeded} are filled in)
 * </pre>
 */
record CorpusRequest(
        String name,
        String description,
        int expectedStatus,
        List<String> expectedErrors,
        String method,
        String path,
        Map<String, String> headers,
        byte[] body,
        boolean base64) {

    static CorpusRequest read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int split = indexOf(bytes, "\n\n".getBytes(StandardCharsets.US_ASCII));
        if (split < 0) {
            throw new IllegalArgumentException(file + ": no blank line between the headers and the body");
        }
        String head = new String(bytes, 0, split, StandardCharsets.UTF_8);
        byte[] body = Arrays.copyOfRange(bytes, split + 2, bytes.length);
        String description = "";
        int status = 0;
        List<String> errors = new ArrayList<>();
        boolean base64 = false;
        String method = null;
        String path = null;
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : head.split("\n")) {
            if (line.startsWith("### ")) {
                String[] words = line.substring(4).split(" ", 2);
                switch (words[0]) {
                    case "expect" -> status = Integer.parseInt(words[1]);
                    case "error" -> errors.add(words[1]);
                    case "base64" -> base64 = true;
                    case "pad" -> body = padded(body, Integer.parseInt(words[1]));
                    default -> description = line.substring(4);
                }
            } else if (method == null) {
                String[] requestLine = line.split(" ");
                method = requestLine[0];
                path = requestLine[1];
            } else {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        if (status == 0 || method == null || errors.isEmpty()) {
            throw new IllegalArgumentException(file + ": needs an expect line, at least one error line and a request line");
        }
        String name = file.getFileName().toString().replaceFirst("\\.http$", "");
        return new CorpusRequest(name, description, status, List.copyOf(errors), method, path, headers, body, base64);
    }

    /**
     * The event API Gateway would deliver: a matched route with its key and path parameters, else {@code $default}.
     * A body that is not UTF-8 text travels base64-encoded, as the gateway sends bytes it cannot pass as text.
     */
    APIGatewayV2HTTPEvent event(UnaryOperator<String> placeholders) {
        String resolvedPath = placeholders.apply(path);
        Map<String, String> resolvedHeaders = new LinkedHashMap<>();
        headers.forEach((name, value) -> resolvedHeaders.put(name, placeholders.apply(value)));
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setVersion("2.0");
        event.setRawPath(resolvedPath);
        event.setRawQueryString("");
        event.setHeaders(resolvedHeaders);
        String routeKey = "$default";
        if (method.equals("POST") && resolvedPath.equals("/v1/snapshots")) {
            routeKey = Route.SUBMIT_KEY;
        } else if (method.equals("GET") && resolvedPath.matches("/v1/snapshots/[^/]+")) {
            routeKey = Route.GET_KEY;
            event.setPathParameters(Map.of("id", resolvedPath.substring("/v1/snapshots/".length())));
        }
        event.setRouteKey(routeKey);
        event.setRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                .withRequestId("corpus-" + name)
                .withRouteKey(routeKey)
                .withStage("$default")
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(resolvedPath).build())
                .build());
        if (base64) {
            event.setBody(new String(body, StandardCharsets.US_ASCII));
            event.setIsBase64Encoded(true);
        } else if (isUtf8(body)) {
            event.setBody(new String(body, StandardCharsets.UTF_8));
            event.setIsBase64Encoded(false);
        } else {
            event.setBody(java.util.Base64.getEncoder().encodeToString(body));
            event.setIsBase64Encoded(true);
        }
        return event;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] padded(byte[] body, int length) {
        byte[] out = Arrays.copyOf(body, length);
        Arrays.fill(out, body.length, length, (byte) ' ');
        return out;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
