import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * The measurement behind docs/local.md's choice of SQLite over H2: a new file, its table, then 300 snapshots of 7
 * values committed one by one. Run from the repository root, with both drivers in the local Maven repository:
 *
 * <pre>
 * M=~/.m2/repository; CP=$M/org/xerial/sqlite-jdbc/3.54.1.0/sqlite-jdbc-3.54.1.0.jar:$M/com/h2database/h2/2.5.252/h2-2.5.252.jar
 * for store in sqlite h2; do /usr/bin/time -f "%e s" java -cp $CP local/store-sqlite/measure/StoreChoice.java $store; done
 * </pre>
 *
 * (Fetch H2 once with {@code mvn dependency:get -Dartifact=com.h2database:h2:2.5.252}; it is not a dependency.)
 */
public class StoreChoice {

    public static void main(String[] arguments) throws Exception {
        String store = arguments[0];
        Path folder = Files.createTempDirectory("store-choice");
        long start = System.nanoTime();
        String url = store.equals("sqlite") ? "jdbc:sqlite:" + folder.resolve("portal.db") : "jdbc:h2:file:" + folder.resolve("portal");
        try (Connection connection = DriverManager.getConnection(url)) {
            try (Statement statement = connection.createStatement()) {
                if (store.equals("sqlite")) {
                    statement.execute("PRAGMA journal_mode=WAL");
                    statement.execute("PRAGMA synchronous=FULL");
                }
                statement.execute("CREATE TABLE revisions (province VARCHAR(64), series VARCHAR(200), revision INT, amount VARCHAR(100),"
                        + " json VARCHAR(100000), PRIMARY KEY (province, series, revision))");
            }
            long opened = System.nanoTime();
            connection.setAutoCommit(false);
            int snapshots = 300;
            for (int i = 0; i < snapshots; i++) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO revisions VALUES (?, ?, ?, ?, ?)")) {
                    for (int value = 0; value < 7; value++) {
                        insert.setString(1, "thanh-hoa");
                        insert.setString(2, "indicator-" + value);
                        insert.setInt(3, i);
                        insert.setString(4, "99.510");
                        insert.setString(5, "{\"value\":99.510}".repeat(20));
                        insert.executeUpdate();
                    }
                }
                connection.commit();
            }
            long done = System.nanoTime();
            System.out.printf("%s: open and table %.0f ms, %d commits %.0f ms (%.2f ms each)%n", store, (opened - start) / 1e6,
                    snapshots, (done - opened) / 1e6, (done - opened) / 1e6 / snapshots);
        }
    }
}
