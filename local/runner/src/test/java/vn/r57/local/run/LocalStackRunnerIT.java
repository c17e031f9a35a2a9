package vn.r57.local.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import vn.r57.emulators.EmulatorClients;
import vn.r57.emulators.EmulatorEndpoints;
import vn.r57.emulators.Emulators;
import vn.r57.emulators.LocalStackS3;
import vn.r57.store.Tables;

/**
 * portal-local.jar unchanged, pointed by the standard endpoint variables alone at LocalStack's own S3 and at moto's
 * DynamoDB (LocalStack's DynamoDB is DynamoDB Local): the keys command, a submission over HTTP and the render work
 * there as on a deployment. Skipped where LocalStack is not installed, failed under {@code CI=true}.
 */
@ExtendWith(Emulators.class)
class LocalStackRunnerIT {

    private static final String TABLE = "localstack-runner-it";
    private static final String BUCKET = "localstack-runner-it-site";
    private static final String SNAPSHOT = """
        {"province": "thanh-hoa", "period": "2025", "source": {"title": "Báo cáo"},
         "values": [{"indicator": "e-signature-document-rate", "value": 98.40}]}
        """;

    @Test
    void thePortalJarSubmitsAndPublishesToLocalStackS3(EmulatorEndpoints endpoints, DynamoDbClient dynamoDb,
            @TempDir Path folder) throws Exception {
        Tables.create(dynamoDb, TABLE);
        try (LocalStackS3 localStack = LocalStackS3.startForTest();
             S3Client s3 = EmulatorClients.s3(localStack.endpoint())) {
            s3.createBucket(create -> create.bucket(BUCKET));
            Map<String, String> aws = Map.of(
                    "AWS_ENDPOINT_URL_DYNAMODB", endpoints.dynamoEndpoint().toString(),
                    "AWS_ENDPOINT_URL_S3", localStack.endpoint().toString(),
                    "AWS_REGION", EmulatorClients.REGION.id(),
                    "AWS_ACCESS_KEY_ID", "test",
                    "AWS_SECRET_ACCESS_KEY", "test");

            List<String> created = PortalProcess.command(aws, "keys", "create", "--province", "thanh-hoa", "--table", TABLE);
            assertEquals("0", created.get(0), created.get(2));
            Map<String, String> deployment = new HashMap<>(aws);
            deployment.put("TABLE_NAME", TABLE);
            deployment.put("BUCKET_NAME", BUCKET);
            try (PortalProcess portal = PortalProcess.run(deployment, "--port", "0", "--data", folder.toString())) {
                HttpResponse<String> submitted = Published.submit(portal.baseUri(), created.get(1).strip(), SNAPSHOT,
                        Optional.empty());
                assertEquals(201, submitted.statusCode(), submitted.body());
                HttpResponse<String> render = Published.renderNow(portal.baseUri());
                assertEquals(200, render.statusCode(), render.body());

                assertEquals(Optional.of("98.40"),
                        Published.currentValue(portal.baseUri(), "thanh-hoa", "e-signature-document-rate", "2025"));
                assertTrue(portal.stop(30), portal.output());
            }
            ResponseBytes<GetObjectResponse> published = s3.getObjectAsBytes(get -> get.bucket(BUCKET)
                    .key("data/v1/provinces/thanh-hoa.json"));
            assertEquals("application/json; charset=utf-8", published.response().contentType());
            assertTrue(published.asUtf8String().contains("98.40"), "the exact decimal reached LocalStack's bucket");
        }
    }
}
