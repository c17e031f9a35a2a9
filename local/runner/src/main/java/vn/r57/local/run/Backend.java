package vn.r57.local.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import vn.r57.emulators.DynamoDbLocal;
import vn.r57.emulators.EmulatorClients;
import vn.r57.emulators.S3Emulator;
import vn.r57.local.Quiet;
import vn.r57.render.sink.S3Clients;
import vn.r57.store.DynamoDbClients;
import vn.r57.store.Tables;

/**
 * The table and the bucket the handlers use. By default both emulators run in this JVM on the data folder; with
 * {@code TABLE_NAME} and {@code BUCKET_NAME} set, the table and bucket of a LocalStack or AWS deployment are used
 * through the standard AWS configuration ({@code AWS_ENDPOINT_URL}, region, credentials), exactly as the functions
 * find them.
 */
record Backend(DynamoDbClient dynamoDb, S3Client s3, String table, String bucket, boolean emulated, List<AutoCloseable> resources) {

    static final String TABLE_NAME = vn.r57.core.EnvironmentVariables.TABLE_NAME;
    static final String BUCKET_NAME = vn.r57.core.EnvironmentVariables.BUCKET_NAME;

    /** The deployment named by the environment, if it names one. */
    static Optional<Backend> fromEnvironment(Map<String, String> environment) {
        String table = environment.get(TABLE_NAME);
        String bucket = environment.get(BUCKET_NAME);
        boolean hasTable = table != null && !table.isBlank();
        boolean hasBucket = bucket != null && !bucket.isBlank();
        if (hasTable != hasBucket) {
            throw new IllegalArgumentException("set both " + TABLE_NAME + " and " + BUCKET_NAME
                    + " to use a deployed table and bucket, or neither to use the built-in emulators");
        }
        if (!hasTable) {
            return Optional.empty();
        }
        DynamoDbClient dynamoDb = DynamoDbClients.fromEnvironment();
        S3Client s3 = S3Clients.fromEnvironment();
        try {
            dynamoDb.describeTable(describe -> describe.tableName(table));
        } catch (ResourceNotFoundException e) {
            throw new IllegalStateException("table " + table + " does not exist there; deploy first (see docs/local.md)", e);
        }
        s3.headBucket(head -> head.bucket(bucket));
        return Optional.of(new Backend(dynamoDb, s3, table, bucket, false, List.of(s3, dynamoDb)));
    }

    /** DynamoDB Local and s3proxy on the data folder, with the table and bucket made on the first start. */
    static Backend emulators(DataDirectory data) {
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            CompletableFuture<S3Emulator> s3Emulator = CompletableFuture.supplyAsync(() -> S3Emulator.persistent(data.s3()));
            DynamoDbLocal dynamoDbLocal = Quiet.withoutStandardOutput(() -> DynamoDbLocal.persistent(data.dynamoDb()));
            resources.add(dynamoDbLocal);
            S3Emulator s3Proxy = s3Emulator.join();
            resources.add(s3Proxy);
            DynamoDbClient dynamoDb = EmulatorClients.dynamoDb(dynamoDbLocal.endpoint());
            resources.add(dynamoDb);
            S3Client s3 = EmulatorClients.s3(s3Proxy.endpoint());
            resources.add(s3);
            ensureTable(dynamoDb);
            ensureBucket(s3);
            data.announceRunning(dynamoDbLocal.endpoint().toString());
            return new Backend(dynamoDb, s3, DataDirectory.TABLE, DataDirectory.BUCKET, true, resources);
        } catch (RuntimeException e) {
            closeAll(resources);
            throw e;
        }
    }

    private static void ensureTable(DynamoDbClient dynamoDb) {
        try {
            dynamoDb.describeTable(describe -> describe.tableName(DataDirectory.TABLE));
        } catch (ResourceNotFoundException e) {
            Tables.create(dynamoDb, DataDirectory.TABLE);
        }
    }

    private static void ensureBucket(S3Client s3) {
        try {
            s3.headBucket(head -> head.bucket(DataDirectory.BUCKET));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            s3.createBucket(create -> create.bucket(DataDirectory.BUCKET));
        }
    }

    /** Clients first, then the emulators behind them; DynamoDB Local writes its file as it stops. */
    static void closeAll(List<AutoCloseable> resources) {
        RuntimeException failure = null;
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("stopping the local portal failed", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
