package vn.r57.store;

import java.time.Duration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * DynamoDB clients as every function builds them: the small URLConnection HTTP client, region, credentials and
 * endpoint from the standard configuration (in Lambda, {@code AWS_REGION}; locally, {@code AWS_ENDPOINT_URL_DYNAMODB}
 * or {@code AWS_ENDPOINT_URL}), and timeouts short enough to answer 503 well inside API Gateway's 30 seconds.
 */
public final class DynamoDbClients {

    private DynamoDbClients() {}

    public static DynamoDbClient fromEnvironment() {
        return builder().build();
    }

    /** For callers that add an endpoint of their own (tests, the local runner). */
    public static DynamoDbClientBuilder builder() {
        return DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(5)))
                .overrideConfiguration(config -> config
                        .apiCallAttemptTimeout(Duration.ofSeconds(5))
                        .apiCallTimeout(Duration.ofSeconds(12)));
    }
}
