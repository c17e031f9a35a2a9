package vn.r57.store.sqlite;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.r57.core.history.Instants;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Qualifier;
import vn.r57.core.snapshot.Source;
import vn.r57.store.RevisionSource;

/**
 * A province's history through the revisions' primary key, changes since a time through the {@code changes} index;
 * both in the order the DynamoDB adapter's sort keys give. Reads see committed transactions only, so the change
 * index here is never behind.
 */
public final class SqliteRevisionSource implements RevisionSource {

    private static final String COLUMNS = "province, indicator, kind, period, revision, value, qualifier, note, source_title,"
            + " source_url, received_at, snapshot_id FROM revisions";

    private final SqliteDatabase database;

    public SqliteRevisionSource(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public List<Revision> revisions(String province) {
        return query("reading revisions", "SELECT " + COLUMNS + " WHERE province = ? ORDER BY indicator, kind, period, revision", province);
    }

    @Override
    public List<Revision> receivedSince(Instant since) {
        return query("reading changes", "SELECT " + COLUMNS + " WHERE received_at >= ? ORDER BY received_at, snapshot_id, value_index",
                Instants.format(since));
    }

    @Override
    public Optional<Instant> latestChange() {
        return database.read("reading the latest change", connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT max(received_at) FROM revisions")) {
                String latest = row.next() ? row.getString(1) : null;
                return Optional.ofNullable(latest).map(Instants::parse);
            }
        });
    }

    private List<Revision> query(String what, String sql, String parameter) {
        return database.read(what, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, parameter);
                try (ResultSet rows = select.executeQuery()) {
                    List<Revision> revisions = new ArrayList<>();
                    while (rows.next()) {
                        revisions.add(revision(rows));
                    }
                    return revisions;
                }
            }
        });
    }

    private static Revision revision(ResultSet row) throws SQLException {
        String kind = row.getString(3);
        String period = row.getString(4);
        String qualifier = row.getString(7);
        return new Revision(
                row.getString(1),
                row.getString(2),
                Kind.fromWireName(kind).orElseThrow(() -> corrupt(row, "kind", kind)),
                Period.parse(period).orElseThrow(() -> corrupt(row, "period", period)),
                row.getInt(5),
                new BigDecimal(row.getString(6)),
                Optional.ofNullable(qualifier).map(q -> Qualifier.fromWireName(q).orElseThrow(() -> corrupt(row, "qualifier", q))),
                Optional.ofNullable(row.getString(8)),
                new Source(row.getString(9), Optional.ofNullable(row.getString(10))),
                Instants.parse(row.getString(11)),
                row.getString(12));
    }

    private static IllegalStateException corrupt(ResultSet row, String column, String value) {
        try {
            return new IllegalStateException("revision of " + row.getString(1) + " / " + row.getString(2) + ": unreadable " + column
                    + " \"" + value + "\"");
        } catch (SQLException e) {
            return new IllegalStateException("unreadable " + column + " \"" + value + "\"", e);
        }
    }
}
