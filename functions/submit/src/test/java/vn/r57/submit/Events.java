package vn.r57.submit;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;

/** The repository's sample events (events/ at the root), as tests and {@code sam local invoke} both use them. */
final class Events {

    private static final Path DIRECTORY = Path.of("../../events");

    private Events() {}

    static APIGatewayV2HTTPEvent load(String name) {
        Path file = DIRECTORY.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no sample event " + file.toAbsolutePath());
        }
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent(file.toString());
        // Tests change headers (the token above all); keep the loaded map's contents but make it ours.
        event.setHeaders(new HashMap<>(event.getHeaders()));
        return event;
    }

    static APIGatewayV2HTTPEvent withToken(APIGatewayV2HTTPEvent event, String token) {
        event.getHeaders().put("authorization", "Bearer " + token);
        return event;
    }
}
