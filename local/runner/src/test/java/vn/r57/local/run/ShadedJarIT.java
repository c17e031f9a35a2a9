package vn.r57.local.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import vn.r57.emulators.EmulatorEndpoints;
import vn.r57.emulators.Emulators;
import vn.r57.store.Tables;

/**
 * portal-local.jar as users run it: its own JVM, stopped by a signal as Ctrl-C does, and pointed at a deployed table
 * and bucket by environment variables alone.
 */
@ExtendWith(Emulators.class)
class ShadedJarIT {

    private static final String SNAPSHOT = """
        {"province": "thanh-hoa", "period": "2025", "source": {"title": "Báo cáo"},
         "values": [{"indicator": "e-signature-document-rate", "value": 98.40}]}
        """;

    @Test
    void theJarRunsOnAFolderStopsCleanlyAndItsKeysOutliveIt(@TempDir Path folder) throws Exception {
        String data = folder.toString();
        String keyId;
        try (PortalProcess portal = PortalProcess.run(Map.of(), "--port", "0", "--data", data, "--no-demo")) {
            List<String> created = PortalProcess.command(Map.of(), "keys", "create", "--province", "thanh-hoa", "--data", data);
            assertEquals("0", created.get(0), created.get(2));
            String token = created.get(1).strip();
            keyId = token.substring(4, 16);
            assertEquals(created.get(1), token + "\n", "the secret alone on standard output");

            submitAndRender(portal.baseUri(), token);
            assertEquals(Optional.of("98.40"), Published.currentValue(portal.baseUri(), "thanh-hoa", "e-signature-document-rate", "2025"));

            assertTrue(portal.stop(30), "the portal stops on a signal:\n" + portal.output());
            assertTrue(portal.output().contains("stopping the local portal...\n"), portal.output());
            assertTrue(portal.output().endsWith("stopped; data kept in " + folder.toAbsolutePath() + "\n"), portal.output());
            assertFalse(portal.output().contains("render failed"), "a render in progress is finished, not cut: " + portal.output());
        }
        assertFalse(Files.exists(new DataDirectory(folder).runningFile()));

        List<String> listed = PortalProcess.command(Map.of(), "keys", "list", "--data", data);
        assertEquals("0", listed.get(0), listed.get(2));
        assertTrue(listed.get(1).contains(keyId + "  thanh-hoa             active"), listed.get(1));
        assertEquals("", listed.get(2), "nothing but the list is printed");
    }

    @Test
    void theSameJarUsesADeployedTableAndBucketNamedByTheEnvironment(
            EmulatorEndpoints endpoints, DynamoDbClient dynamoDb, S3Client s3, @TempDir Path folder) throws Exception {
        Tables.create(dynamoDb, "shaded-jar-it");
        s3.createBucket(b -> b.bucket("shaded-jar-it-site"));
        Map<String, String> aws = Map.of(
                "AWS_ENDPOINT_URL_DYNAMODB", endpoints.dynamoEndpoint().toString(),
                "AWS_ENDPOINT_URL_S3", endpoints.s3Endpoint().toString(),
                "AWS_REGION", "ap-southeast-1",
                "AWS_ACCESS_KEY_ID", "test",
                "AWS_SECRET_ACCESS_KEY", "test");

        List<String> created = PortalProcess.command(aws, "keys", "create", "--province", "thanh-hoa", "--table", "shaded-jar-it");
        assertEquals("0", created.get(0), created.get(2));
        Map<String, String> deployment = new java.util.HashMap<>(aws);
        deployment.put("TABLE_NAME", "shaded-jar-it");
        deployment.put("BUCKET_NAME", "shaded-jar-it-site");
        try (PortalProcess portal = PortalProcess.run(deployment, "--port", "0", "--data", folder.toString())) {
            submitAndRender(portal.baseUri(), created.get(1).strip());
            assertEquals(Optional.of("98.40"), Published.currentValue(portal.baseUri(), "thanh-hoa", "e-signature-document-rate", "2025"));
            assertTrue(portal.stop(30), portal.output());
        }
        assertTrue(s3.headObject(h -> h.bucket("shaded-jar-it-site").key("data/v1/provinces/thanh-hoa.json")).contentLength() > 0,
                "the render wrote into the deployed bucket");
        assertFalse(Files.exists(new DataDirectory(folder).database()), "no local store was opened");
    }

    private static void submitAndRender(URI base, String token) throws Exception {
        HttpResponse<String> submitted = Published.submit(base, token, SNAPSHOT, Optional.empty());
        assertEquals(201, submitted.statusCode(), submitted.body());
        HttpResponse<String> render = Published.renderNow(base);
        assertEquals(200, render.statusCode(), render.body());
    }
}
