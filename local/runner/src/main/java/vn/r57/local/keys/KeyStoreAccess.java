package vn.r57.local.keys;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.r57.core.catalog.Catalog;
import vn.r57.emulators.DynamoDbLocal;
import vn.r57.emulators.EmulatorClients;
import vn.r57.local.Quiet;
import vn.r57.local.run.DataDirectory;
import vn.r57.store.DynamoDbClients;
import vn.r57.store.DynamoKeyStore;
import vn.r57.store.KeyStore;

/**
 * Where the keys command finds the keys. With {@code --table NAME}, that table through the standard AWS
 * configuration. Otherwise the local portal's store: through the running portal's DynamoDB Local when there is one
 * (its database file is in use then), else by opening the data folder's database for the length of the command.
 */
final class KeyStoreAccess implements AutoCloseable {

    private final KeyStore keys;
    private final String description;
    private final List<AutoCloseable> resources;

    private KeyStoreAccess(KeyStore keys, String description, List<AutoCloseable> resources) {
        this.keys = keys;
        this.description = description;
        this.resources = resources;
    }

    KeyStore keys() {
        return keys;
    }

    String description() {
        return description;
    }

    static KeyStoreAccess table(String table, Catalog catalog) {
        DynamoDbClient client = DynamoDbClients.fromEnvironment();
        return new KeyStoreAccess(new DynamoKeyStore(client, table, catalog), "table " + table, List.of(client));
    }

    static KeyStoreAccess local(DataDirectory data, Catalog catalog) {
        Optional<String> running = data.runningDynamoDbEndpoint();
        if (running.isPresent()) {
            DynamoDbClient client = EmulatorClients.dynamoDb(URI.create(running.get()));
            if (answers(client)) {
                return new KeyStoreAccess(new DynamoKeyStore(client, DataDirectory.TABLE, catalog),
                        "the running local portal (" + data.root() + ")", List.of(client));
            }
            client.close();
        }
        if (!data.hasDatabase()) {
            throw new StoreUnreachableException("there is no local portal data in " + data.root()
                    + ": start the portal first (./portal), pass --data DIR for another folder, or --table NAME for a table in AWS");
        }
        List<AutoCloseable> resources = new ArrayList<>();
        // Standard output carries only what the command prints there (the secret).
        DynamoDbLocal database = Quiet.withoutStandardOutput(() -> DynamoDbLocal.persistent(data.dynamoDb()));
        resources.add(database);
        DynamoDbClient client = EmulatorClients.dynamoDb(database.endpoint());
        resources.add(client);
        return new KeyStoreAccess(new DynamoKeyStore(client, DataDirectory.TABLE, catalog), "the local portal data in " + data.root(), resources);
    }

    private static boolean answers(DynamoDbClient client) {
        try {
            client.describeTable(describe -> describe.tableName(DataDirectory.TABLE)
                    .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(3))));
            return true;
        } catch (SdkException e) {
            return false;
        }
    }

    @Override
    public void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                throw new IllegalStateException("closing the key store failed", e);
            }
        }
    }
}
