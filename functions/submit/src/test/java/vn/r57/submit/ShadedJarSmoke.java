package vn.r57.submit;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Run by {@link ShadedJarIT} in a JVM of its own, on the shaded jar alone: what Lambda does, minus the runtime.
 * The handler is built by its no-arg constructor, so configuration comes from the environment as in AWS.
 */
public final class ShadedJarSmoke {

    private ShadedJarSmoke() {}

    public static void main(String[] args) throws Exception {
        String token = args[0];
        String body = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("POST /v1/snapshots")
                .withRawPath("/v1/snapshots")
                .withHeaders(Map.of("authorization", "Bearer " + token, "content-type", "application/json"))
                .withBody(body)
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId("smoke")
                        .withStage("$default")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST").withPath("/v1/snapshots").build())
                        .build())
                .build();
        APIGatewayV2HTTPResponse response = new SubmitHandler().handleRequest(event, null);
        System.out.println("STATUS " + response.getStatusCode());
        System.out.println("BODY " + response.getBody());
    }
}
