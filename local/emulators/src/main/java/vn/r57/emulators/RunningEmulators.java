package vn.r57.emulators;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The in-memory emulators of one test JVM (moto for DynamoDB, s3proxy for S3) and the clients shared by its tests. */
final class RunningEmulators implements ExtensionContext.Store.CloseableResource {

    private final MotoServer dynamoDb;
    private final S3Emulator s3;
    private final EmulatorEndpoints endpoints;
    private final DynamoDbClient dynamoDbClient;
    private final S3Client s3Client;

    private RunningEmulators(MotoServer dynamoDb, S3Emulator s3) {
        this.dynamoDb = dynamoDb;
        this.s3 = s3;
        this.endpoints = new EmulatorEndpoints(dynamoDb.endpoint(), s3.endpoint());
        this.dynamoDbClient = EmulatorClients.dynamoDb(endpoints.dynamoEndpoint());
        this.s3Client = EmulatorClients.s3(endpoints.s3Endpoint());
    }

    static RunningEmulators start() {
        MotoServer dynamoDb = timed("moto " + MotoServer.VERSION + " (DynamoDB, in memory)", MotoServer::start);
        try {
            S3Emulator s3 = timed("s3proxy (in memory)", S3Emulator::inMemory);
            RunningEmulators emulators = new RunningEmulators(dynamoDb, s3);
            // moto loads a service's code on its first request: paid here once, not by whichever test comes first.
            emulators.dynamoDbClient.listTables();
            return emulators;
        } catch (RuntimeException e) {
            dynamoDb.close();
            throw e;
        }
    }

    EmulatorEndpoints endpoints() {
        return endpoints;
    }

    DynamoDbClient dynamoDbClient() {
        return dynamoDbClient;
    }

    S3Client s3Client() {
        return s3Client;
    }

    @Override
    public void close() {
        try (dynamoDb; s3; dynamoDbClient; s3Client) {
            // try-with-resources closes them in reverse order: clients first, then the emulators.
        }
    }

    // Start-up cost is paid by every module's integration tests, so it is worth seeing in their output.
    static <T extends AutoCloseable> T timed(String name, Supplier<T> starter) {
        long begin = System.nanoTime();
        T started = starter.get();
        System.out.printf("[emulators] %s started in %d ms%n", name, (System.nanoTime() - begin) / 1_000_000);
        return started;
    }
}
