package vn.r57.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.r57.emulators.EmulatorEndpoints;
import vn.r57.emulators.Emulators;

/** The Lambda artifact on its own: no dependency of the build on the class path, configuration from the environment. */
@ExtendWith(Emulators.class)
class ShadedJarIT {

    private static final Path JAR = Path.of("target/r57-submit.jar");

    @Test
    void theShadedJarStoresASnapshotConfiguredOnlyByEnvironmentVariables(DynamoDbClient client, EmulatorEndpoints endpoints) throws Exception {
        assertTrue(Files.isRegularFile(JAR), "package the module first: " + JAR.toAbsolutePath());
        Api api = new Api(client);
        String token = api.token("thanh-hoa");
        Path body = Files.createTempFile("snapshot", ".json");
        Files.writeString(body, Events.load("submit-good.json").getBody(), StandardCharsets.UTF_8);

        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", JAR + File.pathSeparator + "target/test-classes",
                ShadedJarSmoke.class.getName(), token, body.toString());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("AWS_"));
        environment.putAll(Map.of(
                "TABLE_NAME", api.table,
                "AWS_REGION", "ap-southeast-1",
                "AWS_ENDPOINT_URL_DYNAMODB", endpoints.dynamoEndpoint().toString(),
                "AWS_ACCESS_KEY_ID", "emulator",
                "AWS_SECRET_ACCESS_KEY", "emulator",
                "AWS_CONFIG_FILE", "/nonexistent/aws-config",
                "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/aws-credentials"));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        Files.delete(body);

        assertEquals(0, process.exitValue(), output);
        List<String> lines = output.lines().toList();
        assertEquals("STATUS 201", lines.get(lines.size() - 2), output);
        String json = lines.get(lines.size() - 1).substring("BODY ".length());
        String id = json.substring("{\"id\":\"".length(), json.indexOf('"', "{\"id\":\"".length()));
        // The real clock ran here: the receipt time is whatever it said, in the fixed-width format.
        int at = json.indexOf("\"receivedAt\":\"") + "\"receivedAt\":\"".length();
        String receivedAt = json.substring(at, json.indexOf('"', at));
        assertTrue(receivedAt.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"), receivedAt);
        assertEquals(SubmitApiIT.goodSnapshotJson(id, receivedAt), json);
        assertEquals(1, api.count("SNAP#"));
    }
}
