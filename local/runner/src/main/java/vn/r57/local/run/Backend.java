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
import vn.r57.core.catalog.Catalog;
import vn.r57.emulators.EmulatorClients;
import vn.r57.emulators.S3Emulator;
import vn.r57.render.sink.S3Sink;
import vn.r57.render.sink.S3Clients;
import vn.r57.store.DynamoDbClients;
import vn.r57.store.DynamoKeyStore;
import vn.r57.store.DynamoRevisionSource;
import vn.r57.store.DynamoSubmissionStore;
import vn.r57.store.KeyStore;
import vn.r57.store.RevisionSource;
import vn.r57.store.SubmissionStore;
import vn.r57.store.sqlite.SqliteDatabase;
import vn.r57.store.sqlite.SqliteKeyStore;
import vn.r57.store.sqlite.SqliteRevisionSource;
import vn.r57.store.sqlite.SqliteSubmissionStore;

/**
 * The stores and the bucket the handlers use. By default the SQLite store and s3proxy, both on the data folder; with
 * {@code TABLE_NAME} and {@code BUCKET_NAME} set, the table and bucket of a LocalStack or AWS deployment through the
 * DynamoDB adapter and the standard AWS configuration ({@code AWS_ENDPOINT_URL}, region, credentials), exactly as the
 * functions find them.
 *
 * @param where what the banner names as the place the data is kept
 * @param onDataFolder the built-in store and bucket on the data folder (not a deployment)
 */
record Backend(SubmissionStore submissions, KeyStore keys, RevisionSource revisions, S3Client s3, String bucket, String where,
        boolean onDataFolder, List<AutoCloseable> resources) {

    static final String TABLE_NAME = vn.r57.core.EnvironmentVariables.TABLE_NAME;
    static final String BUCKET_NAME = vn.r57.core.EnvironmentVariables.BUCKET_NAME;

    /** The deployment named by the environment, if it names one. */
    static Optional<Backend> fromEnvironment(Map<String, String> environment, Catalog catalog) {
        String table = environment.get(TABLE_NAME);
        String bucket = environment.get(BUCKET_NAME);
        boolean hasTable = table != null && !table.isBlank();
        boolean hasBucket = bucket != null && !bucket.isBlank();
        if (hasTable != hasBucket) {
            throw new IllegalArgumentException("set both " + TABLE_NAME + " and " + BUCKET_NAME
                    + " to use a deployed table and bucket, or neither to use the built-in store and bucket");
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
        return Optional.of(new Backend(new DynamoSubmissionStore(dynamoDb, table), new DynamoKeyStore(dynamoDb, table, catalog),
                new DynamoRevisionSource(dynamoDb, table), s3, bucket, "table " + table + ", bucket " + bucket, false,
                List.of(s3, dynamoDb)));
    }

    /** The SQLite store and s3proxy on the data folder, with the database and bucket made on the first start. */
    static Backend local(DataDirectory data, Catalog catalog) {
        data.requireCurrentLayout();
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            // s3proxy takes seconds to start, the database (its native library loaded) under one: side by side.
            CompletableFuture<S3Emulator> starting = CompletableFuture.supplyAsync(() -> S3Emulator.persistent(data.s3()));
            SqliteDatabase database;
            try {
                database = SqliteDatabase.open(data.database());
            } catch (RuntimeException e) {
                starting.thenAccept(s3Proxy -> closeAll(List.of(s3Proxy)));
                throw e;
            }
            resources.add(database);
            S3Emulator s3Proxy = starting.join();
            resources.add(s3Proxy);
            S3Client s3 = EmulatorClients.s3(s3Proxy.endpoint());
            resources.add(s3);
            ensureBucket(s3);
            data.announceRunning();
            return new Backend(new SqliteSubmissionStore(database), new SqliteKeyStore(database, catalog),
                    new SqliteRevisionSource(database), s3, DataDirectory.BUCKET, data.root().toString(), true, resources);
        } catch (RuntimeException e) {
            closeAll(resources);
            throw e;
        }
    }

    S3Sink sink() {
        return new S3Sink(s3, bucket);
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

    /** In the reverse order of opening: the S3 client, s3proxy, then the store. */
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
