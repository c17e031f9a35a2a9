package vn.r57.local.keys;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.r57.core.catalog.Catalog;
import vn.r57.local.run.DataDirectory;
import vn.r57.store.DynamoDbClients;
import vn.r57.store.DynamoKeyStore;
import vn.r57.store.KeyStore;
import vn.r57.store.sqlite.SqliteDatabase;
import vn.r57.store.sqlite.SqliteKeyStore;

/**
 * Where the keys command finds the keys. With {@code --table NAME}, that table through the standard AWS
 * configuration. Otherwise the local portal's SQLite database in the data folder, whether the portal runs or not.
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

    /**
     * Opens the data folder's database for the length of the command, also while the portal runs: SQLite's
     * write-ahead log lets both use the file, and a write waits for the other's (short) transaction.
     */
    static KeyStoreAccess local(DataDirectory data, Catalog catalog) {
        data.requireCurrentLayout();
        if (!data.hasDatabase()) {
            throw new StoreUnreachableException("there is no local portal data in " + data.root()
                    + ": start the portal first (./portal), pass --data DIR for another folder, or --table NAME for a table in AWS");
        }
        SqliteDatabase database = SqliteDatabase.open(data.database());
        return new KeyStoreAccess(new SqliteKeyStore(database, catalog), "the local portal data in " + data.root(), List.of(database));
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
