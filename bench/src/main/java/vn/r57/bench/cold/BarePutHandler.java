package vn.r57.bench.cold;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The baseline: the least a Java function behind API Gateway can do with DynamoDB. One PutItem of the raw body with
 * the bare SDK and the same URLConnection HTTP client, endpoint, region and credentials from the same standard
 * configuration, then 201. No validation, no authentication, no idempotency, no revision numbers.
 */
public final class BarePutHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final DynamoDbClient client;
    private final String table;

    public BarePutHandler() {
        this(DynamoDbClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build(), System.getenv("TABLE_NAME"));
    }

    /** For the load test's HTTP adapter, next to the submit handler on the same client. */
    public BarePutHandler(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String id = UUID.randomUUID().toString();
        client.putItem(put -> put.tableName(table).item(Map.of(
                "pk", AttributeValue.fromS("BARE#" + id),
                "sk", AttributeValue.fromS("BARE"),
                "body", AttributeValue.fromS(event.getBody() == null ? "" : event.getBody()))));
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(201)
                .withHeaders(Map.of("Content-Type", "application/json", "Location", "/bare/" + id))
                .withBody("{\"id\":\"" + id + "\"}")
                .withIsBase64Encoded(false)
                .build();
    }
}
