package vn.r57.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.history.Instants;
import vn.r57.core.keys.ApiKey;
import vn.r57.core.keys.Tokens;
import vn.r57.store.KeyRequests;
import vn.r57.store.KeyStore;

/** Keys as rows of {@code api_keys}, listed oldest first (ties by id, as the DynamoDB adapter's index sorts them). */
public final class SqliteKeyStore implements KeyStore {

    private static final String COLUMNS = "id, province, label, secret_hash, created_at, revoked_at FROM api_keys";

    private final SqliteDatabase database;
    private final Catalog catalog;

    public SqliteKeyStore(SqliteDatabase database, Catalog catalog) {
        this.database = database;
        this.catalog = catalog;
    }

    @Override
    public Tokens.Token create(String province, String label, Instant now) {
        KeyRequests.check(catalog, province, label);
        while (true) {
            Tokens.Token token = Tokens.generate();
            boolean created = database.write("creating a key", connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO api_keys (id, province, label, secret_hash, created_at) VALUES (?, ?, ?, ?, ?)")) {
                    insert.setString(1, token.keyId());
                    insert.setString(2, province);
                    insert.setString(3, label);
                    insert.setString(4, Tokens.hash(token.secret()));
                    insert.setString(5, Instants.format(now));
                    insert.executeUpdate();
                    return true;
                } catch (SQLiteException e) {
                    if (e.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY) {
                        return false; // 60 random bits of id collided: draw another.
                    }
                    throw e;
                }
            });
            if (created) {
                return token;
            }
        }
    }

    @Override
    public Optional<ApiKey> find(String keyId) {
        return database.read("reading a key", connection -> find(connection, keyId));
    }

    @Override
    public List<ApiKey> list() {
        return database.read("listing keys", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " ORDER BY created_at, id");
                    ResultSet rows = select.executeQuery()) {
                List<ApiKey> keys = new ArrayList<>();
                while (rows.next()) {
                    keys.add(apiKey(rows));
                }
                return keys;
            }
        });
    }

    @Override
    public Revocation revoke(String keyId, Instant now) {
        return database.write("revoking a key", connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
                update.setString(1, Instants.format(now));
                update.setString(2, keyId);
                if (update.executeUpdate() == 1) {
                    return Revocation.REVOKED;
                }
            }
            return find(connection, keyId).isPresent() ? Revocation.ALREADY_REVOKED : Revocation.UNKNOWN_KEY;
        });
    }

    private static Optional<ApiKey> find(Connection connection, String keyId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " WHERE id = ?")) {
            select.setString(1, keyId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(apiKey(row)) : Optional.empty();
            }
        }
    }

    private static ApiKey apiKey(ResultSet row) throws SQLException {
        return new ApiKey(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                Instants.parse(row.getString(5)), Optional.ofNullable(row.getString(6)).map(Instants::parse));
    }
}
