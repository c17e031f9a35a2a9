package vn.r57.emulators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** moto runs as a child process: it must never outlive what started it, however that ends. */
class MotoServerIT {

    @Test
    void closeEndsTheMotoProcessAndNothingAnswersAnyMore() throws Exception {
        MotoServer moto = MotoServer.start();
        ProcessHandle process = ProcessHandle.of(moto.pid()).orElseThrow();
        try (DynamoDbClient dynamoDb = EmulatorClients.dynamoDb(moto.endpoint())) {
            assertEquals(List.of(), dynamoDb.listTables().tableNames());
        }

        moto.close();

        process.onExit().get(10, TimeUnit.SECONDS);
        assertFalse(process.isAlive());
    }

    // No exit hook runs in a JVM killed with SIGKILL: moto then ends because its standard input closes.
    @Test
    void motoEndsWhenTheJvmThatStartedItIsKilled() throws Exception {
        Process jvm = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                MotoInAnotherJvm.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        long motoPid;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
             AutoCloseable killedAtTheLatestHere = jvm::destroyForcibly) {
            // The other JVM may first say that it installs moto; its process id is the line that is a number.
            String line = output.readLine();
            while (line != null && !line.matches("[0-9]+")) {
                line = output.readLine();
            }
            motoPid = Long.parseLong(line);
            ProcessHandle moto = ProcessHandle.of(motoPid).orElseThrow();
            assertTrue(moto.isAlive());

            jvm.destroyForcibly().waitFor();

            moto.onExit().get(10, TimeUnit.SECONDS);
            assertFalse(moto.isAlive());
        }
    }

    /** Starts moto, says its process id, and waits to be killed. */
    static final class MotoInAnotherJvm {
        public static void main(String[] args) throws InterruptedException {
            MotoServer moto = MotoServer.start();
            System.out.println(moto.pid());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
