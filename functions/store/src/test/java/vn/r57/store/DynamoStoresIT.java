package vn.r57.store;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import vn.r57.core.catalog.Catalog;
import vn.r57.emulators.Emulators;

/** The store contract on the DynamoDB adapter: a fresh table for every test, in the emulator the extension runs. */
@ExtendWith(Emulators.class)
class DynamoStoresIT {

    static StoresUnderTest fresh(DynamoDbClient client) {
        String table = StoreFixture.newTable(client);
        return new StoresUnderTest(new DynamoSubmissionStore(client, table), new DynamoRevisionSource(client, table),
                new DynamoKeyStore(client, table, Catalog.load()));
    }

    @Nested
    class Submissions extends SubmissionStoreContract {
        Submissions(DynamoDbClient client) {
            super(fresh(client));
        }
    }

    @Nested
    class Revisions extends RevisionSourceContract {
        Revisions(DynamoDbClient client) {
            super(fresh(client));
        }
    }

    @Nested
    class Keys extends KeyStoreContract {
        Keys(DynamoDbClient client) {
            super(fresh(client));
        }
    }

    @Nested
    class Concurrency extends StoreConcurrencyContract {
        Concurrency(DynamoDbClient client) {
            super(fresh(client));
        }
    }
}
