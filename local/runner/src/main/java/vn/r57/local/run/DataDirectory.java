package vn.r57.local.run;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The local runner's folder (default {@code ./.portal-data}): the SQLite database of submissions, keys and revisions,
 * the bucket's files, and two small properties files, one present while a runner uses the folder, one remembering
 * what a later start needs to know.
 */
public record DataDirectory(Path root) {

    public static final Path DEFAULT = Path.of(".portal-data");
    /** Overrides the default folder for both commands (tests and scripts point it elsewhere). */
    public static final String DATA_VARIABLE = "PORTAL_DATA";

    /** The local bucket; in AWS its name comes from the stack. */
    public static final String BUCKET = "r57-local-site";

    static final String DATABASE_FILE = "portal.db";
    /** Where runners before the SQLite store kept everything but the bucket, in DynamoDB Local's own format. */
    static final Path OLD_DATABASE = Path.of("dynamodb", "shared-local-instance.db");
    static final String DEMO = "demo";
    static final String SITE_URL = "site.url";

    public DataDirectory {
        root = root.toAbsolutePath().normalize();
    }

    /** {@code PORTAL_DATA} when set, else {@code ./.portal-data}. */
    public static Path defaultPath(Map<String, String> environment) {
        String configured = environment.get(DATA_VARIABLE);
        return configured == null || configured.isBlank() ? DEFAULT : Path.of(configured);
    }

    /** The SQLite database (with its {@code -wal} and {@code -shm} files beside it while in use). */
    public Path database() {
        return root.resolve(DATABASE_FILE);
    }

    public Path s3() {
        return root.resolve("s3");
    }

    /** Present while a runner uses this folder. */
    public Path runningFile() {
        return root.resolve("running.properties");
    }

    Path stateFile() {
        return root.resolve("state.properties");
    }

    /** True before the first start: no database yet. */
    public boolean isNew() {
        return !Files.exists(database());
    }

    public boolean hasDatabase() {
        return !isNew();
    }

    /**
     * Refuses a folder that an earlier runner wrote with DynamoDB Local, which this one cannot read: starting on it
     * would show an empty portal beside the user's data, or mix two stores in one folder.
     *
     * @throws OldDataFolderException naming the folder and what to do
     */
    public void requireCurrentLayout() {
        Path old = root.resolve(OLD_DATABASE);
        if (Files.exists(old) && !Files.exists(database())) {
            throw new OldDataFolderException(root, old);
        }
    }

    void announceRunning() {
        Properties properties = new Properties();
        properties.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        write(runningFile(), properties, "written by the running portal; removed when it stops");
    }

    void announceStopped() {
        try {
            Files.deleteIfExists(runningFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether demonstration data was loaded into this folder: then every page says so. */
    public boolean holdsDemoData() {
        return Boolean.parseBoolean(read(stateFile()).getProperty(DEMO));
    }

    Optional<String> lastSiteUrl() {
        return Optional.ofNullable(read(stateFile()).getProperty(SITE_URL));
    }

    void remember(boolean demo, String siteUrl) {
        Properties properties = new Properties();
        properties.setProperty(DEMO, Boolean.toString(demo));
        properties.setProperty(SITE_URL, siteUrl);
        write(stateFile(), properties, "the local portal's state");
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return properties;
    }

    private static void write(Path file, Properties properties, String comment) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, comment);
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
