package vn.r57.emulators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

@ExtendWith(Emulators.class)
class EmulatorsIT {

    @BeforeAll
    static void remember(EmulatorEndpoints endpoints) {
        EndpointsSeenByTestClasses.record(EmulatorsIT.class, endpoints);
    }

    @Test
    void dynamoDbStoresAnItemAndGivesItBackByKey(DynamoDbClient dynamoDb) {
        dynamoDb.createTable(table -> table
                .tableName("emulators-it-snapshots")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder()
                        .attributeName("pk").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build()));
        Map<String, AttributeValue> item = Map.of(
                "pk", AttributeValue.fromS("thanh-hoa#2025"),
                "value", AttributeValue.fromS("99.510"),
                "title", AttributeValue.fromS("Tỷ lệ hồ sơ giải quyết đúng hạn"));

        dynamoDb.putItem(put -> put.tableName("emulators-it-snapshots").item(item));
        Map<String, AttributeValue> stored = dynamoDb.getItem(get -> get
                .tableName("emulators-it-snapshots")
                .key(Map.of("pk", AttributeValue.fromS("thanh-hoa#2025")))
                .consistentRead(true)).item();

        assertEquals(item, stored);
    }

    @Test
    void s3KeepsUtf8KeysBodiesAndContentTypes(S3Client s3) {
        String bucket = "emulators-it-data";
        String key = "vi/tỉnh/thanh-hoá/quan-sát.csv";
        String csv = "tỉnh,giá trị\nThanh Hoá,99.510\n";
        s3.createBucket(create -> create.bucket(bucket));

        s3.putObject(put -> put.bucket(bucket).key(key).contentType("text/csv; charset=utf-8"),
                RequestBody.fromString(csv, StandardCharsets.UTF_8));
        s3.putObject(put -> put.bucket(bucket).key("data/v1/feed.atom").contentType("application/atom+xml; charset=utf-8"),
                RequestBody.fromString("<feed/>", StandardCharsets.UTF_8));
        ResponseBytes<GetObjectResponse> read = s3.getObjectAsBytes(get -> get.bucket(bucket).key(key));
        List<String> keys = s3.listObjectsV2(list -> list.bucket(bucket)).contents().stream()
                .map(S3Object::key).toList();

        assertEquals(csv, read.asUtf8String());
        assertEquals("text/csv; charset=utf-8", read.response().contentType());
        assertEquals(List.of("data/v1/feed.atom", key), keys);
    }

    // A known difference from S3, kept visible here: s3proxy stores the content type verbatim, but its
    // Jetty rewrites the types it knows (text/html, text/plain, application/json with a charset) into
    // its own spelling when answering. Tests of other modules must expect that spelling from s3proxy.
    @Test
    void s3proxyAnswersTheContentTypesJettyKnowsInJettySpelling(S3Client s3) {
        String bucket = "emulators-it-site";
        s3.createBucket(create -> create.bucket(bucket));

        s3.putObject(put -> put.bucket(bucket).key("vi/index.html").contentType("text/html; charset=utf-8"),
                RequestBody.fromString("<h1>Chuyển đổi số</h1>", StandardCharsets.UTF_8));
        s3.putObject(put -> put.bucket(bucket).key("data/v1/catalog.json").contentType("application/json; charset=UTF-8"),
                RequestBody.fromString("{}", StandardCharsets.UTF_8));

        assertEquals("text/html;charset=utf-8",
                s3.headObject(head -> head.bucket(bucket).key("vi/index.html")).contentType());
        assertEquals("application/json;charset=utf-8",
                s3.headObject(head -> head.bucket(bucket).key("data/v1/catalog.json")).contentType());
    }

    @Test
    void everyTestClassOfThisJvmGetsTheSameEmulators(EmulatorEndpoints endpoints) {
        assertEquals(List.of(endpoints), EndpointsSeenByTestClasses.distinct());
    }
}
